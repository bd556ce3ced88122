import EcowerkModel
import EcowerkReport
import EcowerkStrings

/// The changes overlay (`:changes`): a line per change with a sign (+ added, − removed,
/// ~ changed, ↕ moved) and the change in words, in the plan's order; under the list the
/// selected change in full with the step of the method it belongs to.
enum ChangesOverlay {
  static let layout = ListOverlay(detailLines: 3)

  static func listHeight(in rect: Rect) -> Int { layout.listHeight(in: rect) }

  static func draw(_ list: ChangesList, _ state: AppState, into grid: inout CellGrid, in rect: Rect)
  {
    let s = state.strings
    let words = ChangeWords(strings: s, names: list.names, plan: state.plan)
    let count = s.format(
      list.changes.count == 1 ? "change.count.one" : "change.count.other",
      s.number(list.changes.count))
    layout.draw(
      title: s.format("changes.title", list.since, count), count: list.changes.count,
      cursor: list.cursor, glyphs: state.settings.glyphs, into: &grid, in: rect,
      row: { index in
        let change = list.changes[index]
        let (symbol, style) = marker(change.kind)
        return ListOverlay.Row(marker: symbol, markerStyle: style, text: words.sentence(change))
      },
      detail: { index in
        let change = list.changes[index]
        return [words.sentence(change), "", ChangeGroup.of([change]).first?.title(s) ?? ""]
      })
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
