/// The question when the file changed on disk: what happened and the three ways on.
enum SaveConflictDialog {
  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let strings = state.strings
    let lines =
      [strings["conflict.title"], "", strings.format("conflict.explain", state.fileName), ""]
      + QuestionLines.lines(.saveConflict, state)
    DialogBox.draw(lines, into: &grid, in: rect)
  }
}

/// The question before a delete that takes more with it: what goes, then the answers.
enum DeleteQuestionDialog {
  static func draw(
    _ question: DeleteQuestion, _ state: AppState, into grid: inout CellGrid, in rect: Rect
  ) {
    let strings = state.strings
    let width = max(20, min(rect.width - 6, 70))
    let lines =
      [strings["delete.title"], ""] + TextLayoutBridge.wrap(question.text, width) + [
        ""
      ] + QuestionLines.lines(.deleteQuestion, state)
    DialogBox.draw(lines, into: &grid, in: rect)
  }
}
