import EcowerkStrings
import EcowerkText

/// The pane tabs with their number keys and each pane's count of open findings (see
/// `TabBar+Counts`): long names where they fit, short ones where they don't, and numbers with
/// as many names as fit on a narrow terminal.
enum TabBar {
  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    var x = rect.x
    for (pane, label) in zip(PaneID.allCases, labels(state, width: rect.width)) {
      let current = pane == state.pane
      let style = current ? Style(color: .accent, bold: true, reverse: true) : .plain
      x = grid.text(label.name, x: x, y: rect.y, style: style, clip: rect)
      x = grid.text(label.count, x: x, y: rect.y, style: countStyle(current: current), clip: rect)
      x = grid.text(" ", x: x, y: rect.y, clip: rect)
    }
  }

  /// The pane whose tab is at column `x`, for mouse clicks.
  static func pane(atColumn x: Int, _ state: AppState, width: Int) -> PaneID? {
    var start = 0
    for (pane, label) in zip(PaneID.allCases, labels(state, width: width)) {
      let end = start + label.width
      if x >= start && x < end { return pane }
      start = end + 1
    }
    return nil
  }
}
