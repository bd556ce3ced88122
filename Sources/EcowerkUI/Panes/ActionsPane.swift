import EcowerkModel
import EcowerkStrings
import EcowerkText

/// Pane 7: the action plan as a table in date order — who does what, when, what it yields,
/// which Theory of Change node it serves, its KPIs and status — with overdue actions (against
/// the injected `today`, never the clock) marked across the whole row; under it the selected
/// action in full and a summary line: "14 actions · 3 overdue · 5 done".
///
/// The cursor's row is a position in date order, not an index into `plan.actions`.
enum ActionsPane: PaneBehavior {
  /// Where the table, the selected action's detail and the summary line go.
  struct Layout: Hashable {
    var table: Rect
    var detail: Rect
    var summary: Rect

    /// Panes this high get four lines of detail; lower ones two, very low ones none.
    static let fullDetailHeight = 18

    init(_ rect: Rect, rows: Int) {
      let summaryHeight = rect.height >= 3 ? 1 : 0
      let detailHeight =
        rows == 0 ? 0 : rect.height >= Self.fullDetailHeight ? 4 : rect.height >= 12 ? 2 : 0
      let gap = detailHeight > 0 ? 1 : 0
      let room = max(0, rect.height - summaryHeight - detailHeight - gap)
      // A short plan keeps its detail and summary right under the rows, not at the far bottom.
      table = rect.splitTop(rows == 0 ? room : min(room, 1 + rows)).0
      detail = Rect(x: rect.x, y: table.maxY + gap, width: rect.width, height: detailHeight)
      summary = Rect(x: rect.x, y: detail.maxY, width: rect.width, height: summaryHeight)
    }
  }

  static func table(_ state: AppState, columns: ActionColumns) -> Table {
    Table(
      columns: columns.tableColumns(state.strings), frozen: 2, rowCount: state.plan.actions.count,
      rows: state.views.actions, selectedColumn: nil, columnOffset: 0)
  }

  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let plan = state.plan
    let s = state.strings
    let glyphs = state.settings.glyphs
    let today = state.settings.today
    let layout = Layout(rect, rows: plan.actions.count)
    let columns = ActionColumns(width: rect.width, strings: s)
    let table = table(state, columns: columns)
    guard !plan.actions.isEmpty else {
      table.draw(into: &grid, in: layout.table) { _, _ in ("", .plain) }
      let lines = TextLayout.wrap(s["actions.empty"], width: max(1, rect.width - 2))
      for (index, line) in lines.enumerated() {
        grid.text(line, x: rect.x + 1, y: layout.table.y + 2 + index, style: .muted, clip: rect)
      }
      return
    }
    let order = ActionOrder.sorted(plan.actions)
    let cursor = state.views.actions
    let shown = order.dropFirst(cursor.offset).prefix(
      Table.visibleRows(height: layout.table.height))
    let selected = order.indices.contains(cursor.row) ? plan.actions[order[cursor.row]] : nil
    let lookup = ActionLookup(
      plan, for: shown.map { plan.actions[$0] } + (selected.map { [$0] } ?? []))
    table.draw(into: &grid, in: layout.table) { row, column in
      let action = plan.actions[order[row]]
      return ActionColumns.cell(
        columns.kinds[column], action, overdue: action.isOverdue(on: today), lookup: lookup, s,
        glyphs: glyphs)
    }
    if let selected {
      drawDetail(selected, lookup: lookup, state, into: &grid, in: layout.detail)
    }
    drawSummary(state, into: &grid, in: layout.summary)
  }

  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    let count = state.plan.actions.count
    let page = Table.visibleRows(height: Layout(rect, rows: count).table.height)
    var cursor = state.views.actions
    switch command {
    case .moveDown: cursor.move(1, count: count)
    case .moveUp: cursor.move(-1, count: count)
    case .pageDown: cursor.move(page, count: count)
    case .pageUp: cursor.move(-page, count: count)
    case .top: cursor.row = 0
    case .bottom: cursor.row = max(0, count - 1)
    default: return false
    }
    state.views.actions = cursor
    normalize(&state, in: rect)
    return true
  }

  /// Finds an action by what it is, who owns it or what it yields.
  static func search(_ query: String, forward: Bool, _ state: inout AppState, in rect: Rect)
    -> Bool
  {
    let plan = state.plan
    let lookup = ActionLookup(plan, for: plan.actions)
    let texts = ActionOrder.sorted(plan.actions).map { index in
      let action = plan.actions[index]
      let owner = action.owner.flatMap { lookup.owners[$0] } ?? ""
      return action.what + " " + owner + " " + action.output
    }
    guard
      let row = TextSearch.next(
        in: texts, matching: query, after: state.views.actions.row, forward: forward)
    else { return false }
    state.views.actions.row = row
    normalize(&state, in: rect)
    return true
  }

  static func click(x: Int, y: Int, _ state: inout AppState, in rect: Rect) {
    let table = Layout(rect, rows: state.plan.actions.count).table
    guard y > table.y, y < table.maxY else { return }
    let row = state.views.actions.offset + (y - table.y - 1)
    guard row < state.plan.actions.count else { return }
    state.views.actions.row = row
    normalize(&state, in: rect)
  }

  static func normalize(_ state: inout AppState, in rect: Rect) {
    let count = state.plan.actions.count
    let table = Layout(rect, rows: count).table
    state.views.actions.clamp(count: count, visible: Table.visibleRows(height: table.height))
  }

  /// The action a row shows, for editing in place.
  static func target(_ state: AppState, row: Int) -> Target? {
    let order = ActionOrder.sorted(state.plan.actions)
    guard order.indices.contains(row) else { return nil }
    return Target(.action(state.plan.actions[order[row]].id), .what)
  }
}
