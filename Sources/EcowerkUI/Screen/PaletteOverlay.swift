import EcowerkText

/// The command palette, drawn as a box over the pane: what was typed at the top, then every
/// matching command with its keys on the right.
enum PaletteOverlay {
  /// Rows of commands shown at once.
  static func visibleRows(_ rect: Rect) -> Int { max(1, min(16, rect.height - 5)) }

  static func draw(_ palette: Palette, _ state: AppState, into grid: inout CellGrid, in rect: Rect)
  {
    let rows = visibleRows(rect)
    let width = min(rect.width - 2, 72)
    let height = min(rect.height, max(1, min(rows, palette.shown.count)) + 4)
    let box = rect.centered(width: width, height: height)
    guard !box.isEmpty else { return }
    let s = state.strings
    grid.fill(box, style: Style(reverse: true))
    grid.field(
      " " + s["palette.title"], x: box.x, y: box.y, width: box.width,
      style: Style(bold: true, reverse: true), clip: box)
    // The query line, typed in place, with the cursor.
    let query = Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: 1)
    grid.fill(query, style: Style(color: .accent, underline: true))
    let prompt = "› "
    let window = palette.query.window(width: max(2, query.width - 2))
    grid.text(
      prompt + window.text, x: query.x, y: query.y, style: Style(color: .accent), clip: query)
    grid.cursor = Point(x: query.x + 2 + window.cursorColumn, y: query.y)
    let list = Rect(x: box.x + 1, y: box.y + 2, width: box.width - 2, height: box.height - 4)
    if palette.shown.isEmpty {
      grid.text(
        s["palette.nothing"], x: list.x + 1, y: list.y, style: Style(reverse: true), clip: list)
    }
    for (line, index) in palette.shown.dropFirst(palette.cursor.offset).prefix(rows).enumerated() {
      let entry = palette.entries[index]
      let selected = palette.cursor.offset + line == palette.cursor.row
      let style = selected ? Style(color: .accent, bold: true) : Style(reverse: true)
      let y = list.y + line
      let keysWidth = min(18, DisplayWidth.of(entry.keys))
      grid.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: style)
      grid.field(
        (selected ? "›" : " ") + entry.label, x: list.x, y: y,
        width: max(1, list.width - keysWidth - 1), style: style, clip: list)
      grid.field(
        entry.keys, x: list.maxX - keysWidth, y: y, width: keysWidth,
        style: style.with { $0.bold = true }, alignment: .right, clip: list)
    }
    let footer = s.format("palette.count", palette.shown.count, palette.entries.count)
    grid.text(footer, x: box.x + 1, y: box.maxY - 1, style: Style(reverse: true), clip: box)
  }
}
