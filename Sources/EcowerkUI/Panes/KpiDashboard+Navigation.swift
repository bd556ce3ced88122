import EcowerkChecks
import EcowerkModel

/// Moving through the dashboard, finding a KPI, and typing its actual figure. The rows are
/// ordered once per plan version and kept in the view state; after an edit reorders them the
/// selection follows the KPI it was on.
extension KpiDashboard {
  /// Brings the stored rows up to date; true when they had to be made again.
  @discardableResult
  static func refresh(_ state: inout AppState) -> Bool {
    if let board = state.views.actions.dashboard, board.version == state.version,
      board.today == state.settings.today
    {
      return false
    }
    state.views.actions.dashboard = KpiBoard(
      state.plan, version: state.version, today: state.settings.today)
    return true
  }

  /// j/k and h/l move a row (so Tab in the editor goes on to the next KPI's actual), `v`
  /// goes back to the table.
  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    if command != .toggleKPIs, state.views.actions.boardFocus == .detail {
      return handleInDetail(command, &state, in: rect)
    }
    var view = state.views.actions
    let count = board(state).entries.count
    let page = Table.visibleRows(height: Layout(rect, rows: count).table.height)
    let row = view.board.row
    switch command {
    case .toggleKPIs:
      view.showsKPIs = false
      view.boardFocus = .table
      state.views.actions = view
      ActionsPane.normalize(&state, in: rect)
      return true
    case .switchFocus:
      // Into the selected KPI's detail, on its first line.
      guard count > 0 else { return true }
      view.boardFocus = .detail
      view.boardDetail = ListCursor()
      state.views.actions = view
      normalize(&state, in: rect)
      return true
    case .moveDown, .moveRight: view.board.move(1, count: count)
    case .moveUp, .moveLeft: view.board.move(-1, count: count)
    case .pageDown: view.board.move(page, count: count)
    case .pageUp: view.board.move(-page, count: count)
    case .top: view.board.row = 0
    case .bottom: view.board.row = max(0, count - 1)
    default: return false
    }
    // Another KPI: its detail starts at the top.
    if view.board.row != row { view.boardDetail = ListCursor() }
    state.views.actions = view
    normalize(&state, in: rect)
    return true
  }

  /// After the board was made again, the selected row goes to the KPI it was on.
  static func followSelection(_ state: inout AppState) {
    let view = state.views.actions
    guard let ref = view.selectedKPI, let row = view.dashboard?.row(of: ref) else { return }
    state.views.actions.board.row = row
  }

  static func normalize(_ state: inout AppState, in rect: Rect) {
    if refresh(&state) { followSelection(&state) }
    var view = state.views.actions
    let entries = view.dashboard?.entries ?? []
    let table = Layout(rect, rows: entries.count).table
    view.board.clamp(count: entries.count, visible: Table.visibleRows(height: table.height))
    view.selectedKPI = entries.indices.contains(view.board.row) ? entries[view.board.row].ref : nil
    state.views.actions = view
    normalizeDetail(&state, in: rect)
  }

  /// Finds a KPI by its name, unit, or the node or action it belongs to.
  static func search(_ query: String, forward: Bool, _ state: inout AppState, in rect: Rect)
    -> Bool
  {
    let texts = board(state).entries.map { $0.kpi.name + " " + $0.kpi.unit + " " + $0.owner }
    guard
      let row = TextSearch.next(
        in: texts, matching: query, after: state.views.actions.board.row, forward: forward)
    else { return false }
    state.views.actions.board.row = row
    normalize(&state, in: rect)
    return true
  }

  /// A click on a row selects the KPI; a click on a line of its detail selects that line.
  static func click(x: Int, y: Int, _ state: inout AppState, in rect: Rect) {
    let count = board(state).entries.count
    let layout = Layout(rect, rows: count)
    if layout.detail.contains(x: x, y: y), let frame = detailFrame(state, in: layout.detail) {
      let view = state.views.actions
      let current = view.boardFocus == .detail ? view.boardDetail : ListCursor()
      guard let index = frame.view.item(atLine: y, in: frame.shown, cursor: current),
        frame.detail.items[index].isSelectable
      else { return }
      state.views.actions.boardFocus = .detail
      state.views.actions.boardDetail = ListCursor(row: index, offset: current.offset)
      normalize(&state, in: rect)
      return
    }
    let table = layout.table
    guard y > table.y, y < table.maxY else { return }
    let row = state.views.actions.board.offset + (y - table.y - 1)
    guard row < count else { return }
    if row != state.views.actions.board.row { state.views.actions.boardDetail = ListCursor() }
    state.views.actions.board.row = row
    state.views.actions.boardFocus = .table
    normalize(&state, in: rect)
  }

  /// The selected KPI's actual figure, typed over the figures cell.
  static func editPlace(_ state: AppState, in rect: Rect) -> EditPlace? {
    if state.views.actions.boardFocus == .detail {
      guard let (frame, _) = selectedDetailItem(state, in: rect) else { return nil }
      return frame.view.editPlace(in: frame.shown, cursor: state.views.actions.boardDetail)
    }
    let board = board(state)
    let cursor = state.views.actions.board
    guard board.entries.indices.contains(cursor.row) else { return nil }
    let table = Layout(rect, rows: board.entries.count).table
    let y = table.y + 1 + cursor.row - cursor.offset
    guard y < table.maxY else { return nil }
    let columns = KpiColumns(width: rect.width, strings: state.strings)
    var x = table.x
    for kind in columns.kinds.prefix(columns.selectedColumn) { x += columns.width(kind) + 1 }
    guard x < table.maxX else { return nil }
    return EditPlace(
      target: Target(board.entries[cursor.row].ref, .actual),
      rect: Rect(
        x: x, y: y, width: max(12, min(columns.width(.figures), table.maxX - x)), height: 1))
  }

  /// In the table only the actual figure is changed; adding, deleting, duplicating or moving
  /// a KPI is done where it lives, so those keys say where that is. In the detail the keys
  /// work on the selected line (a milestone, a measurement) as in the Theory of Change.
  static func action(for command: Command, _ state: AppState, in rect: Rect) -> PaneAction? {
    if let (_, item) = selectedDetailItem(state, in: rect) {
      return ItemActions.action(
        for: command, item: item, state: state,
        select: { ref, field, state in selectInDetail(ref, field, &state) })
    }
    switch command {
    case .add, .addBefore, .delete, .duplicate, .moveItemUp, .moveItemDown, .cycleValue:
      return .refuse(state.strings["kpis.onlyActual"])
    default:
      return nil
    }
  }
}
