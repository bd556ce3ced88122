import EcowerkModel

/// The rows of the action table — the plan's actions in date order, sorted once per plan
/// version and kept in the view state — and keeping the selection on the same action when
/// an edit, an undo or a new action changes that order.
extension ActionsPane {
  /// Display rows as indices into `plan.actions`.
  static func rows(_ state: AppState) -> [Int] {
    if let order = state.views.actions.order, isCurrent(order, state) { return order.rows }
    return ActionOrder.sorted(state.plan.actions)
  }

  private static func isCurrent(_ order: ActionRowOrder, _ state: AppState) -> Bool {
    order.version == state.version && order.today == state.settings.today
      && order.rows.count == state.plan.actions.count
  }

  /// Brings the stored order up to date; true when it had to sort again.
  @discardableResult
  static func refreshOrder(_ state: inout AppState) -> Bool {
    if let order = state.views.actions.order, isCurrent(order, state) { return false }
    if var order = state.views.actions.order, order.today == state.settings.today,
      order.rows.count == state.plan.actions.count,
      let changes = state.changes(since: order.version),
      let moved = update(&order, for: changes, state)
    {
      let (overdue, done) = countAll(state)
      order.overdue = overdue
      order.done = done
      order.version = state.version
      state.views.actions.order = order
      return moved
    }
    state.views.actions.order = fullOrder(state)
    return true
  }

  /// The rows made from scratch: every action sorted, counted and its node's title found.
  static func fullOrder(_ state: AppState) -> ActionRowOrder {
    let (overdue, done) = countAll(state)
    return ActionRowOrder(
      rows: ActionOrder.sorted(state.plan.actions), version: state.version,
      today: state.settings.today, overdue: overdue, done: done,
      nodeTitles: ActionLookup(state.plan, for: state.plan.actions, owners: false).nodes)
  }

  /// Brings an order up to date with `changes` without sorting again: edits of other things
  /// leave it, an edit of one action moves that row. Nil when the list itself changed (sort
  /// again); otherwise whether any row moved.
  static func update(_ order: inout ActionRowOrder, for changes: [Change], _ state: AppState)
    -> Bool?
  {
    var touched: Set<ActionID> = []
    var titles = false
    func visit(_ edit: Edit) -> Bool {
      switch edit {
      case .set(.action(let id), let field, _, _):
        touched.insert(id)
        if field == .node { titles = true }
        return true
      case .set(.node, .title, _, _): titles = true
      case .insert(_, let list, _), .remove(_, let list, _), .move(let list, _, _, _):
        if list == .actions { return false }
        if case .nodes = list { titles = true }
      case .group(let edits):
        for step in edits where !visit(step) { return false }
      default: break
      }
      return true
    }
    for change in changes where !visit(change.edit) { return nil }
    let actions = state.plan.actions
    for id in touched {
      guard let index = actions.firstIndex(where: { $0.id == id }) else { return nil }
      if let position = order.rows.firstIndex(of: index) { order.rows.remove(at: position) }
      let key = ActionOrder.key(actions, index)
      var low = 0
      var high = order.rows.count
      while low < high {
        let middle = (low + high) / 2
        if ActionOrder.key(actions, order.rows[middle]) < key {
          low = middle + 1
        } else {
          high = middle
        }
      }
      order.rows.insert(index, at: low)
    }
    if titles {
      order.nodeTitles = ActionLookup(state.plan, for: state.plan.actions, owners: false).nodes
    }
    return !touched.isEmpty
  }

  /// How many actions are overdue and how many done, from the stored order when current.
  static func counts(_ state: AppState) -> (overdue: Int, done: Int) {
    if let order = state.views.actions.order, isCurrent(order, state) {
      return (order.overdue, order.done)
    }
    return countAll(state)
  }

  static func countAll(_ state: AppState) -> (overdue: Int, done: Int) {
    let actions = state.plan.actions
    let today = state.settings.today
    var overdue = 0
    var done = 0
    // By index: iterating would copy every action with all its texts.
    for index in actions.indices {
      if actions[index].status == .done {
        done += 1
      } else if actions[index].isOverdue(on: today) {
        overdue += 1
      }
    }
    return (overdue, done)
  }

  /// The plan index of the selected row's action.
  static func selectedIndex(_ state: AppState) -> Int? {
    let order = rows(state)
    let row = state.views.actions.rows.row
    return order.indices.contains(row) ? order[row] : nil
  }

  static func selectedAction(_ state: AppState) -> Action? {
    selectedIndex(state).map { state.plan.actions[$0] }
  }

  /// Puts the table's selection on action `id`, wherever the date order has it.
  static func select(_ id: ActionID, _ state: inout AppState, column: Int? = nil) {
    refreshOrder(&state)
    guard let index = state.plan.actions.firstIndex(where: { $0.id == id }),
      let row = state.views.actions.order?.rows.firstIndex(of: index)
    else { return }
    state.views.actions.rows.row = row
    state.views.actions.selected = id
    state.views.actions.focus = .table
    if let column { state.views.actions.column = column }
  }

  /// Selects the KPI at `index` of the selected action, with the keyboard in the detail.
  static func selectKPI(at index: Int, column: Int = 0, _ state: inout AppState) {
    state.views.actions.focus = .detail
    state.views.actions.kpiRows.row = index
    state.views.actions.kpiColumn = column
  }

  /// After the order was made again, the selected row goes to the action it was on.
  static func followSelection(_ state: inout AppState) {
    let view = state.views.actions
    guard let id = view.selected, let order = view.order?.rows,
      let index = state.plan.actions.firstIndex(where: { $0.id == id }),
      let row = order.firstIndex(of: index)
    else { return }
    state.views.actions.rows.row = row
  }

  /// After the order changed the row follows the action it was on; then everything is
  /// clamped, the selected column kept on screen, and the action remembered by id.
  static func normalize(_ state: inout AppState, in rect: Rect) {
    if state.views.actions.showsKPIs {
      KpiDashboard.normalize(&state, in: rect)
      return
    }
    if refreshOrder(&state) { followSelection(&state) }
    let actions = state.plan.actions
    let order = state.views.actions.order?.rows ?? []
    var view = state.views.actions
    view.rows.row = actions.isEmpty ? 0 : min(max(0, view.rows.row), actions.count - 1)
    if actions.isEmpty { view.focus = .table }
    state.views.actions = view
    let layout = layout(state, rect)
    view.rows.clamp(count: actions.count, visible: Table.visibleRows(height: layout.table.height))
    let columns = ActionColumns(width: rect.width, strings: state.strings)
    view.column = min(max(1, view.column), columns.kinds.count - 1)
    view.columnOffset = Table.normalizedOffset(
      columns: columns.tableColumns(state.strings), frozen: ActionColumns.frozen,
      selected: view.column, offset: view.columnOffset, width: layout.table.width)
    let selected = order.indices.contains(view.rows.row) ? order[view.rows.row] : nil
    view.selected = selected.map { actions[$0].id }
    let kpis = selected.map { actions[$0].kpis.count } ?? 0
    view.kpiRows.clamp(
      count: kpis, visible: Table.visibleRows(height: kpiTableRect(layout.detail).height))
    view.kpiColumn = min(max(0, view.kpiColumn), ActionKpiColumns.fields.count - 1)
    state.views.actions = view
  }

  /// Finds an action by what it is, who owns it or what it yields.
  static func search(_ query: String, forward: Bool, _ state: inout AppState, in rect: Rect)
    -> Bool
  {
    if state.views.actions.showsKPIs {
      return KpiDashboard.search(query, forward: forward, &state, in: rect)
    }
    let plan = state.plan
    let shown = rows(state)
    // Owners by id once; then each action is matched field by field, stopping at the first.
    var owners: [StakeholderID: String] = [:]
    owners.reserveCapacity(plan.stakeholders.count)
    for index in plan.stakeholders.indices {
      owners[plan.stakeholders[index].id] = plan.stakeholders[index].name
    }
    guard
      let row = TextSearch.next(
        count: shown.count, after: state.views.actions.rows.row, forward: forward, query: query,
        matches: { row, needle in
          let action = plan.actions[shown[row]]
          if TextSearch.contains(action.what, needle) || TextSearch.contains(action.output, needle)
          {
            return true
          }
          return action.owner.flatMap { owners[$0] }.map { TextSearch.contains($0, needle) }
            ?? false
        })
    else { return false }
    state.views.actions.rows.row = row
    state.views.actions.focus = .table
    normalize(&state, in: rect)
    return true
  }

  /// A click on a row selects its cell; a click on the detail puts the keyboard there, on
  /// the KPI clicked when the KPI table is showing.
  static func click(x: Int, y: Int, _ state: inout AppState, in rect: Rect) {
    if state.views.actions.showsKPIs {
      KpiDashboard.click(x: x, y: y, &state, in: rect)
      return
    }
    let layout = layout(state, rect)
    if layout.detail.contains(x: x, y: y) {
      clickInDetail(x: x, y: y, &state, in: layout.detail)
      normalize(&state, in: rect)
      return
    }
    let table = layout.table
    guard y > table.y, y < table.maxY else { return }
    let row = state.views.actions.rows.offset + (y - table.y - 1)
    guard row < state.plan.actions.count else { return }
    state.views.actions.rows.row = row
    state.views.actions.focus = .table
    let columns = ActionColumns(width: rect.width, strings: state.strings)
    var left = table.x
    for column in self.table(state, columns: columns).visibleColumns(width: table.width) {
      let width = columns.width(columns.kinds[column])
      if x >= left && x < left + width {
        state.views.actions.column = max(1, column)
        break
      }
      left += width + 1
    }
    normalize(&state, in: rect)
  }

  private static func clickInDetail(x: Int, y: Int, _ state: inout AppState, in detail: Rect) {
    guard selectedAction(state) != nil else { return }
    let wasInDetail = state.views.actions.focus == .detail
    state.views.actions.focus = .detail
    guard wasInDetail else { return }
    let area = kpiTableRect(detail)
    guard y > area.y, y < area.maxY else { return }
    state.views.actions.kpiRows.row = state.views.actions.kpiRows.offset + (y - area.y - 1)
    let columns = ActionKpiColumns(width: area.width, strings: state.strings)
    if let column = columns.field(
      atX: x - area.x, selected: state.views.actions.kpiColumn, width: area.width,
      state.strings)
    {
      state.views.actions.kpiColumn = column
    }
  }

  /// The action a row shows, for editing in place.
  static func target(_ state: AppState, row: Int) -> Target? {
    let order = rows(state)
    guard order.indices.contains(row) else { return nil }
    return Target(.action(state.plan.actions[order[row]].id), .what)
  }
}
