import EcowerkStrings
import EcowerkText

/// The top line: the plan's name, its phase, the file, and whether there are unsaved changes.
enum TopBar {
  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let strings = state.strings
    grid.fill(rect, style: .bar)
    let name = state.plan.name.isEmpty ? strings["top.unnamed"] : state.plan.name
    let phase = strings.label(state.plan.phase)
    var right = state.fileName
    if state.isModified { right += " [+]" }
    if state.settings.readOnly { right += " [" + strings["top.readOnly"] + "]" }
    let rightWidth = min(DisplayWidth.of(right), max(0, rect.width / 2))
    let leftWidth = max(0, rect.width - rightWidth - 2)
    let left = " ecowerk · \(name) · \(phase)"
    grid.field(
      left, x: rect.x, y: rect.y, width: leftWidth, style: Style.bar.with { $0.bold = true })
    grid.field(
      right, x: rect.maxX - rightWidth - 1, y: rect.y, width: rightWidth, style: .bar,
      alignment: .right)
  }
}
