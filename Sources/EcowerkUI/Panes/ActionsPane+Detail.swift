import EcowerkChecks
import EcowerkModel
import EcowerkStrings
import EcowerkText

/// Under the table: the selected action in full — what the narrow columns cut or leave out —
/// or, with the keyboard there (`w`), its KPIs as a small table to edit cell by cell; and the
/// summary line at the bottom.
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
      (
        s["actions.column.kpis"],
        kpis.isEmpty ? state.keyed(s["actions.noKPIsHint"]) : kpis.joined(separator: "; ")
      ),
    ]
    let labelWidth = (rows.map { DisplayWidth.of($0.0) }.max() ?? 0) + 1
    for (index, row) in rows.enumerated() where index + 1 < rect.height {
      let y = rect.y + 1 + index
      grid.field(row.0, x: rect.x, y: y, width: labelWidth, style: .muted, clip: rect)
      grid.field(
        row.1, x: rect.x + labelWidth + 1, y: y, width: rect.width - labelWidth - 1, clip: rect)
    }
  }

  /// Where the KPI table goes in the detail: under the action's heading, above the hints.
  static func kpiTableRect(_ detail: Rect) -> Rect {
    let hints = detail.height >= 4 ? 1 : 0
    return Rect(
      x: detail.x, y: detail.y + 1, width: detail.width,
      height: max(0, detail.height - 1 - hints))
  }

  /// The action's KPIs with the keyboard on one cell: name, unit, baseline, actual, target,
  /// deadline, each typed in place; the marker says how each stands (late, behind, reached).
  static func drawKPIs(
    _ action: Action, _ state: AppState, into grid: inout CellGrid, in rect: Rect
  ) {
    guard !rect.isEmpty else { return }
    let s = state.strings
    let glyphs = state.settings.glyphs
    let view = state.views.actions
    let title = s.format("actions.kpisOf", action.what.isEmpty ? "–" : action.what)
    grid.heading(title, x: rect.x, y: rect.y, width: rect.width, glyphs: glyphs)
    let area = kpiTableRect(rect)
    let columns = ActionKpiColumns(width: area.width, strings: s)
    let start = action.start ?? CalendarDate(year: state.plan.startYear, month: 1, day: 1)
    let today = state.settings.today
    columns.table(
      rows: action.kpis.count, cursor: view.kpiRows, selected: view.kpiColumn, width: area.width, s
    )
    .draw(into: &grid, in: area) { row, column in
      let kpi = action.kpis[row]
      let standing = KpiStanding.of(kpi, start: start, today: today)
      return columns.cell(column, kpi, standing: standing, s, glyphs: glyphs)
    }
    if action.kpis.isEmpty {
      grid.text(
        state.keyed(s["actions.noKPIsYet"]), x: area.x + 2, y: area.y + 1, style: .muted, clip: area
      )
    }
    guard rect.height >= 4 else { return }
    let keymap = state.settings.keymap
    let hints = [Command.add, .delete, .duplicate, .edit, .switchFocus].compactMap { command in
      keymap.keyLabel(for: command, in: .actions).map { "\($0) \(s[command.hintKey])" }
    }
    grid.text(
      hints.joined(separator: "  "), x: rect.x, y: rect.maxY - 1, style: .muted, clip: rect)
  }

  /// "14 actions · 3 overdue · 5 done   as of 29-11-2026": counted over the whole plan, once
  /// per plan version (with the date order).
  static func drawSummary(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let s = state.strings
    let total = state.plan.actions.count
    let today = state.settings.today
    let (overdue, done) = counts(state)
    let count = s.format(
      total == 1 ? "actions.count.one" : "actions.count.other", s.number(total))
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
