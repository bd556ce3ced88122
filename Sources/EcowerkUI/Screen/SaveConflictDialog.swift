/// The question when the file changed on disk: what happened and the three ways on.
enum SaveConflictDialog {
  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let strings = state.strings
    let lines = [
      strings["conflict.title"], "", strings.format("conflict.explain", state.fileName), "",
      strings["conflict.reload"], strings["conflict.overwrite"], strings["conflict.elsewhere"],
      strings["conflict.cancel"],
    ]
    DialogBox.draw(lines, into: &grid, in: rect)
  }
}
