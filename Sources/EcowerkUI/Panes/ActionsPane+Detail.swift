import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The selected action in full under the table — what the narrow columns cut or leave out —
/// and the summary line at the bottom.
extension ActionsPane {
  static func drawDetail(
    _ action: Action, lookup: ActionLookup, _ state: AppState, into grid: inout CellGrid,
    in rect: Rect
  ) {
    guard !rect.isEmpty else { return }
    let s = state.strings
    grid.heading(
      action.what, x: rect.x, y: rect.y, width: rect.width, glyphs: state.settings.glyphs)
    let kpis = action.kpis.map { kpi in
      var text = s.format("actions.kpi", kpi.name, s.decimal(kpi.actual), s.decimal(kpi.target))
      if !kpi.unit.isEmpty { text += " " + kpi.unit }
      return text
    }
    let node = action.node.map { lookup.nodes[$0] ?? $0.rawValue } ?? "–"
    let rows: [(String, String)] = [
      (s.label(Field.output), action.output.isEmpty ? "–" : action.output),
      (s.label(Field.node), node),
      (s["actions.column.kpis"], kpis.isEmpty ? s["actions.noKPIs"] : kpis.joined(separator: "; ")),
    ]
    let labelWidth = (rows.map { DisplayWidth.of($0.0) }.max() ?? 0) + 1
    for (index, row) in rows.enumerated() where index + 1 < rect.height {
      let y = rect.y + 1 + index
      grid.field(row.0, x: rect.x, y: y, width: labelWidth, style: .muted, clip: rect)
      grid.field(
        row.1, x: rect.x + labelWidth + 1, y: y, width: rect.width - labelWidth - 1, clip: rect)
    }
  }

  /// "14 actions · 3 overdue · 5 done   as of 29-11-2026": counted over the whole plan.
  static func drawSummary(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let s = state.strings
    let actions = state.plan.actions
    let today = state.settings.today
    var overdue = 0
    var done = 0
    // By index: iterating would copy every action with all its texts, 20,000 per frame.
    for index in actions.indices {
      if actions[index].status == .done {
        done += 1
      } else if actions[index].isOverdue(on: today) {
        overdue += 1
      }
    }
    let count = s.format(
      actions.count == 1 ? "actions.count.one" : "actions.count.other", s.number(actions.count))
    let spans = [
      Span(count, Style(bold: true)),
      Span(" · ", .muted),
      Span(
        (overdue > 0 ? "\(state.settings.glyphs.warning) " : "")
          + s.format("actions.overdue", s.number(overdue)),
        overdue > 0 ? .colored(.warning, bold: true) : .plain),
      Span(" · ", .muted),
      Span(s.format("actions.done", s.number(done)), done > 0 ? .colored(.good) : .plain),
      Span("   " + s.format("actions.asOf", s.date(today)), .muted),
    ]
    var x = rect.x
    for span in spans {
      x = grid.text(span.text, x: x, y: rect.y, style: span.style, clip: rect)
    }
  }
}
