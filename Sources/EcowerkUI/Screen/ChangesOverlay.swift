import EcowerkModel
import EcowerkReport
import EcowerkStrings
import EcowerkText

/// The changes overlay (`:changes`): a line per change with a marker (+ added, − removed,
/// ~ changed, ↕ moved) and the change in words, grouped as the method's steps order them; under
/// the list the selected change in full with its step.
///
/// Only the rows on screen are put into words: a large plan can have thousands of changes.
enum ChangesOverlay {
  static func detailHeight(in rect: Rect) -> Int { rect.height >= 12 ? 4 : 0 }

  /// The rows the changes get: the pane less the title and the detail.
  static func listHeight(in rect: Rect) -> Int {
    max(1, rect.height - 1 - detailHeight(in: rect))
  }

  static func draw(_ list: ChangesList, _ state: AppState, into grid: inout CellGrid, in rect: Rect)
  {
    guard !rect.isEmpty else { return }
    let s = state.strings
    grid.fill(rect)
    let count = s.format(
      list.changes.count == 1 ? "change.count.one" : "change.count.other",
      s.number(list.changes.count))
    grid.heading(
      s.format("changes.title", list.since, count), x: rect.x, y: rect.y, width: rect.width,
      glyphs: state.settings.glyphs)
    let body = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
    let words = ChangeWords(strings: s, names: list.names, plan: state.plan)
    let height = listHeight(in: rect)
    var cursor = list.cursor
    cursor.clamp(count: list.changes.count, visible: height)
    for (offset, change) in list.changes.dropFirst(cursor.offset).prefix(height).enumerated() {
      let y = body.y + offset
      var line = Style.plain
      if cursor.offset + offset == cursor.row { line.reverse = true }
      grid.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: line)
      let (symbol, style) = marker(change.kind)
      grid.text(
        symbol, x: body.x, y: y, style: line.reverse ? style.with { $0.reverse = true } : style,
        clip: body)
      grid.field(
        words.sentence(change), x: body.x + 2, y: y, width: body.width - 2, style: line,
        clip: body)
    }
    let detail = detailHeight(in: rect)
    guard detail > 0, list.changes.indices.contains(cursor.row) else { return }
    let change = list.changes[cursor.row]
    let top = rect.maxY - detail
    grid.text(
      String(repeating: state.settings.glyphs.horizontal, count: rect.width), x: rect.x, y: top,
      style: .muted, clip: rect)
    for (index, text) in TextLayout.wrap(words.sentence(change), width: max(1, body.width))
      .prefix(detail - 2).enumerated()
    {
      grid.text(text, x: body.x, y: top + 1 + index, clip: body)
    }
    let group = ChangeGroup.of([change]).first?.title(s) ?? ""
    grid.text(group, x: body.x, y: rect.maxY - 1, style: .muted, clip: body)
  }

  /// What happened, as a sign that reads without colour: colour only adds to it.
  static func marker(_ kind: PlanChange.Kind) -> (String, Style) {
    switch kind {
    case .added: return ("+", .colored(.good, bold: true))
    case .removed: return ("−", .colored(.bad, bold: true))
    case .changed: return ("~", .colored(.accent))
    case .moved: return ("↕", .muted)
    }
  }
}
