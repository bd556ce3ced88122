import EcowerkStrings
import EcowerkText

/// The one-line editor, drawn over the value it edits.
enum EditorOverlay {
  static func draw(
    _ session: EditSession, _ state: AppState, into grid: inout CellGrid, in rect: Rect
  ) {
    let place =
      PaneRenderer.behavior(state.pane).editPlace(state, in: rect)?.rect
      ?? Rect(x: rect.x, y: rect.maxY - 1, width: rect.width, height: 1)
    // A new entry of a list of texts goes after the selected one: its editor opens on the
    // line below, so the entry it follows stays readable.
    let below = session.inserting && place.y + 1 < rect.maxY ? 1 : 0
    let area = Rect(
      x: place.x, y: place.y + below, width: max(4, min(place.width, rect.maxX - place.x)),
      height: 1)
    let style = Style(color: session.refusal == nil ? .accent : .bad, underline: true)
    grid.fill(area, style: style)
    let window = session.editor.window(width: area.width)
    // A value that typing will replace is shown selected.
    var textStyle = style
    if session.replacesOnType { textStyle.reverse = true }
    grid.text(window.text, x: area.x, y: area.y, style: textStyle, clip: area)
    grid.cursor = Point(x: area.x + window.cursorColumn, y: area.y)
  }
}

/// A pick list drawn as a box near the middle of the pane: its title, what was typed to narrow
/// it, then the matching options (a "new …" row last where one can be made).
enum PickListOverlay {
  /// Rows of options shown at once.
  static func visibleRows(_ rect: Rect) -> Int { max(1, min(12, rect.height - 5)) }

  static func draw(_ list: PickList, _ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let rows = visibleRows(rect)
    let s = state.strings
    // Measured over the first few hundred options and the ones on screen, not all of them: a
    // "move to" list of a large Theory of Change has thousands, and this runs every frame.
    let visible = list.shown.dropFirst(list.offset).prefix(rows)
    let measured = list.options.prefix(400).map(\.label) + visible.map { label($0, list, s) }
    let labelWidth = measured.map { DisplayWidth.of($0) }.max() ?? 10
    // Wide enough for the line that says nothing matches, when it is shown.
    let message =
      list.shown.isEmpty ? DisplayWidth.of(s.format("pick.noMatch", list.filter.text)) + 4 : 0
    let width = min(
      rect.width - 2, max(DisplayWidth.of(list.title) + 4, labelWidth + 8, 30, message))
    let height = min(rect.height, max(1, min(rows, list.shown.count)) + 3)
    let box = rect.centered(width: width, height: height)
    guard !box.isEmpty else { return }
    grid.fill(box, style: Style(reverse: true))
    grid.field(
      " " + list.title, x: box.x, y: box.y, width: box.width,
      style: Style(bold: true, reverse: true), clip: box)
    // The typed filter, with the cursor in it.
    let filter = Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: 1)
    grid.fill(filter, style: Style(color: .accent, underline: true))
    let window = list.filter.window(width: max(2, filter.width - 2))
    let prompt = window.text.isEmpty ? s["hint.narrow"] : window.text
    grid.text(
      "› " + prompt, x: filter.x, y: filter.y,
      style: window.text.isEmpty ? Style(color: .accent, dim: true) : Style(color: .accent),
      clip: filter)
    grid.cursor = Point(x: filter.x + 2 + window.cursorColumn, y: filter.y)
    if list.shown.isEmpty {
      grid.field(
        s.format("pick.noMatch", list.filter.text), x: box.x + 2, y: box.y + 2,
        width: box.width - 3, style: Style(reverse: true), clip: box)
      return
    }
    for (line, index) in visible.enumerated() {
      var marker = "  "
      if list.isMultiple, let option = list.options[safe: index] {
        marker = list.checked.contains(option.value ?? "") ? "[x] " : "[ ] "
      }
      let selected = index == list.selected
      let style = selected ? Style(color: .accent, bold: true) : Style(reverse: true)
      grid.field(
        (selected ? "›" : " ") + marker + label(index, list, s), x: box.x + 1,
        y: box.y + 2 + line, width: box.width - 2, style: style, clip: box)
    }
  }

  /// An option's label, or the "new …" row's.
  static func label(_ index: Int, _ list: PickList, _ s: Strings) -> String {
    if let option = list.options[safe: index] { return option.label }
    guard let kind = list.creates else { return "" }
    let name = list.filter.text.trimmed
    return name.isEmpty
      ? s["pick.new.\(kind.key)"] : s.format("pick.newNamed.\(kind.key)", ValueText.shortened(name))
  }
}
