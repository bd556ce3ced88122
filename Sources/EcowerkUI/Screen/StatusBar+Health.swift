import EcowerkStrings

extension StatusBar {
  /// The plan's open findings after the mode, `!12` (in the colour of errors when there are
  /// any), so a facilitator sees the plan get healthier as the workshop fills it in; `!`
  /// lists them. Nothing is drawn for a plan without findings, and a message from the last key
  /// (what an edit did, why it was refused) takes the room until the next key: on 80 columns
  /// it needs all of it, and the tabs still show the counts. Returns the column after it.
  static func drawHealthTotal(
    _ state: AppState, into grid: inout CellGrid, x: Int, in rect: Rect
  ) -> Int {
    let health = HealthView.current(state)
    guard health.total > 0, state.status == nil else { return x }
    let style = Style(color: health.errors > 0 ? .bad : .warning, bold: true, reverse: true)
    let end = grid.text(
      "\(state.settings.glyphs.warning)\(health.total)", x: x, y: rect.y, style: style,
      clip: rect)
    return end + 1
  }
}
