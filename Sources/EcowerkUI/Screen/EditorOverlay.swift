import EcowerkText

/// The one-line editor, drawn over the value it edits.
enum EditorOverlay {
  static func draw(
    _ session: EditSession, _ state: AppState, into grid: inout CellGrid, in rect: Rect
  ) {
    let place =
      PaneRenderer.behavior(state.pane).editPlace(state, in: rect)?.rect
      ?? Rect(x: rect.x, y: rect.maxY - 1, width: rect.width, height: 1)
    let area = Rect(
      x: place.x, y: place.y, width: max(4, min(place.width, rect.maxX - place.x)), height: 1)
    let style = Style(color: session.refusal == nil ? .accent : .bad, underline: true)
    grid.fill(area, style: style)
    let window = session.editor.window(width: area.width)
    grid.text(window.text, x: area.x, y: area.y, style: style, clip: area)
    grid.cursor = Point(x: area.x + window.cursorColumn, y: area.y)
  }
}

/// A pick list drawn as a box near the middle of the pane.
enum PickListOverlay {
  /// Rows of options shown at once.
  static func visibleRows(_ rect: Rect) -> Int { max(1, min(12, rect.height - 4)) }

  static func draw(_ list: PickList, _ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let rows = visibleRows(rect)
    // Measured over the first few hundred options and the ones on screen, not all of them: a
    // "move to" list of a large Theory of Change has thousands, and this runs every frame.
    let visible = list.offset..<min(list.options.count, list.offset + rows)
    let measured = list.options.prefix(400) + list.options[visible]
    let labelWidth = measured.map { DisplayWidth.of($0.label) }.max() ?? 10
    let width = min(rect.width - 2, max(DisplayWidth.of(list.title) + 4, labelWidth + 8))
    let height = min(rect.height, min(rows, list.options.count) + 2)
    let box = rect.centered(width: width, height: height)
    guard !box.isEmpty else { return }
    grid.fill(box, style: Style(reverse: true))
    grid.field(
      " " + list.title, x: box.x, y: box.y, width: box.width,
      style: Style(bold: true, reverse: true), clip: box)
    for (line, index) in (list.offset..<min(list.options.count, list.offset + rows)).enumerated() {
      let option = list.options[index]
      var marker = "  "
      if list.isMultiple {
        marker = list.checked.contains(option.value ?? "") ? "[x] " : "[ ] "
      }
      let selected = index == list.selected
      let style = selected ? Style(color: .accent, bold: true) : Style(reverse: true)
      grid.field(
        (selected ? "›" : " ") + marker + option.label, x: box.x + 1, y: box.y + 1 + line,
        width: box.width - 2, style: style, clip: box)
    }
  }
}
