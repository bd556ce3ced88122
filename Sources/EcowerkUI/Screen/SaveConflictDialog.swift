import EcowerkText

/// The question when the file changed on disk: what happened and the three ways on.
enum SaveConflictDialog {
  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let strings = state.strings
    let lines = [
      strings["conflict.title"], "", strings.format("conflict.explain", state.fileName), "",
      strings["conflict.reload"], strings["conflict.overwrite"], strings["conflict.elsewhere"],
      strings["conflict.cancel"],
    ]
    let width = min(rect.width, (lines.map { DisplayWidth.of($0) }.max() ?? 20) + 4)
    let box = rect.centered(width: width, height: lines.count + 2)
    grid.fill(box, style: Style(reverse: true))
    for (index, line) in lines.enumerated() {
      grid.text(
        line, x: box.x + 2, y: box.y + 1 + index,
        style: Style(reverse: true).with { $0.bold = index == 0 }, clip: box)
    }
  }
}
