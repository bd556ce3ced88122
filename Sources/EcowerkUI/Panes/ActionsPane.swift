import EcowerkModel
import EcowerkStrings
import EcowerkText

/// Pane 7: the action plan as a table in date order — who does what, when, what it yields,
/// which Theory of Change node it serves, its KPIs and status — with overdue actions (against
/// the injected `today`, never the clock) marked across the whole row; under it the selected
/// action in full, or with `w` its KPIs to edit, and a summary line: "14 actions · 3 overdue ·
/// 5 done". `v` swaps the table for the KPI dashboard (`KpiDashboard`).
///
/// The cursor's row is a position in date order, not an index into `plan.actions`; the view
/// also keeps the action's id, so that the row follows an action whose dates change.
enum ActionsPane: PaneBehavior {
  /// Where the table, the selected action's detail and the summary line go.
  struct Layout: Hashable {
    var table: Rect
    var detail: Rect
    var summary: Rect

    /// Panes this high get four lines of detail; lower ones two, very low ones none.
    static let fullDetailHeight = 18

    /// `kpis` is the number of the selected action's KPIs while the keyboard is in the detail,
    /// which then grows to show them all — its heading, the KPI table's header, a row per KPI
    /// and a line of key hints — as far as the table keeps its header and three rows.
    init(_ rect: Rect, rows: Int, kpis: Int? = nil) {
      let summaryHeight = rect.height >= 3 ? 1 : 0
      let room = max(0, rect.height - summaryHeight)
      var detailHeight =
        rows == 0 ? 0 : rect.height >= Self.fullDetailHeight ? 4 : rect.height >= 12 ? 2 : 0
      if let kpis, rows > 0 {
        let tableMinimum = min(room / 2, 4)
        detailHeight = max(0, min(3 + max(1, kpis), room - tableMinimum - 1))
      }
      let gap = detailHeight > 0 ? 1 : 0
      let tableRoom = max(0, room - detailHeight - gap)
      // A short plan keeps its detail and summary right under the rows, not at the far bottom.
      table = rect.splitTop(rows == 0 ? tableRoom : min(tableRoom, 1 + rows)).0
      detail = Rect(x: rect.x, y: table.maxY + gap, width: rect.width, height: detailHeight)
      summary = Rect(x: rect.x, y: detail.maxY, width: rect.width, height: summaryHeight)
    }
  }

  static func layout(_ state: AppState, _ rect: Rect) -> Layout {
    let kpis = state.views.actions.focus == .detail ? selectedAction(state)?.kpis.count : nil
    return Layout(rect, rows: state.plan.actions.count, kpis: kpis)
  }

  static func table(_ state: AppState, columns: ActionColumns) -> Table {
    let view = state.views.actions
    return Table(
      columns: columns.tableColumns(state.strings), frozen: ActionColumns.frozen,
      rowCount: state.plan.actions.count, rows: view.rows,
      selectedColumn: view.focus == .table ? view.column : nil, columnOffset: view.columnOffset)
  }

  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    if state.views.actions.showsKPIs {
      KpiDashboard.draw(state, into: &grid, in: rect)
      return
    }
    let plan = state.plan
    let s = state.strings
    let glyphs = state.settings.glyphs
    let today = state.settings.today
    let layout = layout(state, rect)
    let columns = ActionColumns(width: rect.width, strings: s)
    let table = table(state, columns: columns)
    guard !plan.actions.isEmpty else {
      table.draw(into: &grid, in: layout.table) { _, _ in ("", .plain) }
      let lines = TextLayout.wrap(s["actions.empty"], width: max(1, rect.width - 2))
      for (index, line) in lines.enumerated() {
        grid.text(line, x: rect.x + 1, y: layout.table.y + 2 + index, style: .muted, clip: rect)
      }
      drawSummary(state, into: &grid, in: layout.summary)
      return
    }
    let order = rows(state)
    let view = state.views.actions
    let shown = order.dropFirst(view.rows.offset).prefix(
      Table.visibleRows(height: layout.table.height))
    let selected = order.indices.contains(view.rows.row) ? plan.actions[order[view.rows.row]] : nil
    let lookup = ActionLookup(
      plan, for: shown.map { plan.actions[$0] } + (selected.map { [$0] } ?? []),
      nodeTitles: view.order?.version == state.version ? view.order?.nodeTitles : nil)
    table.draw(into: &grid, in: layout.table) { row, column in
      let action = plan.actions[order[row]]
      return ActionColumns.cell(
        columns.kinds[column], action, overdue: action.isOverdue(on: today), lookup: lookup, s,
        glyphs: glyphs)
    }
    if view.focus == .detail {
      // The keyboard is in the detail: the action's row is underlined, not reversed.
      let y = layout.table.y + 1 + view.rows.row - view.rows.offset
      if y < layout.table.maxY {
        grid.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1)) { style in
          style.reverse = false
          style.underline = true
        }
      }
    }
    if let selected {
      if view.focus == .detail {
        drawKPIs(selected, state, into: &grid, in: layout.detail)
      } else {
        drawDetail(selected, lookup: lookup, state, into: &grid, in: layout.detail)
      }
    }
    drawSummary(state, into: &grid, in: layout.summary)
  }

  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    if state.views.actions.showsKPIs {
      return KpiDashboard.handle(command, &state, in: rect)
    }
    var view = state.views.actions
    let count = state.plan.actions.count
    if command == .toggleKPIs {
      view.showsKPIs = true
      view.focus = .table
      state.views.actions = view
      KpiDashboard.normalize(&state, in: rect)
      return true
    }
    if view.focus == .detail { return handleInDetail(command, &state, in: rect) }
    let page = Table.visibleRows(height: layout(state, rect).table.height)
    let last = ActionColumns.Kind.allCases.count - 1
    switch command {
    case .moveDown: view.rows.move(1, count: count)
    case .moveUp: view.rows.move(-1, count: count)
    case .pageDown: view.rows.move(page, count: count)
    case .pageUp: view.rows.move(-page, count: count)
    case .top: view.rows.row = 0
    case .bottom: view.rows.row = max(0, count - 1)
    case .moveLeft: view.column = max(1, view.column - 1)
    case .moveRight: view.column = min(last, view.column + 1)
    case .switchFocus:
      if count > 0 { view.focus = .detail }
    case .activate:
      // Enter on the KPI count opens the action's KPIs; elsewhere it edits the cell.
      guard ActionColumns.Kind.allCases[safe: view.column] == .kpis, count > 0 else {
        return false
      }
      view.focus = .detail
    default: return false
    }
    state.views.actions = view
    normalize(&state, in: rect)
    return true
  }

  /// With the keyboard in the detail: j/k choose a KPI, h/l (and Tab) a field of it.
  static func handleInDetail(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    var view = state.views.actions
    let count = selectedAction(state)?.kpis.count ?? 0
    let page = Table.visibleRows(height: kpiTableRect(layout(state, rect).detail).height)
    switch command {
    case .moveDown: view.kpiRows.move(1, count: count)
    case .moveUp: view.kpiRows.move(-1, count: count)
    case .pageDown: view.kpiRows.move(page, count: count)
    case .pageUp: view.kpiRows.move(-page, count: count)
    case .top: view.kpiRows.row = 0
    case .bottom: view.kpiRows.row = max(0, count - 1)
    case .moveLeft: view.kpiColumn = max(0, view.kpiColumn - 1)
    case .moveRight: view.kpiColumn = min(ActionKpiColumns.fields.count - 1, view.kpiColumn + 1)
    case .switchFocus: view.focus = .table
    default: return false
    }
    state.views.actions = view
    normalize(&state, in: rect)
    return true
  }
}
