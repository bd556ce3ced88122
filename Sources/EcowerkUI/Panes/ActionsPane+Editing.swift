import EcowerkModel

/// Editing the action plan live. In the table every cell of the selected action is typed in
/// place or picked (owner, ToC node, status), Tab walking to the next column; rows are added,
/// deleted and duplicated, but not moved — the plan is read in date order, so an action moves
/// when its dates change. In the detail the same keys work on the action's KPIs.
///
/// Every command builds one edit and says where the selection goes afterwards, by id, since
/// a new or changed action can land anywhere in the date order.
extension ActionsPane {
  static var tabCommands: (next: Command, previous: Command) { (.moveRight, .moveLeft) }

  /// On the dashboard's detail: the placeholder of an empty list of milestones adds one.
  static func isOnNewEntry(_ state: AppState, in rect: Rect) -> Bool {
    guard state.views.actions.showsKPIs,
      let (_, item) = KpiDashboard.selectedDetailItem(state, in: rect)
    else { return false }
    return item.isNewEntry
  }

  /// On the dashboard's detail: a measurement's other fields, which Tab visits in turn.
  static func secondaryField(after field: Field?, _ state: AppState, in rect: Rect) -> Target? {
    guard state.views.actions.showsKPIs,
      let (_, item) = KpiDashboard.selectedDetailItem(state, in: rect)
    else { return nil }
    return item.secondary(after: field)
  }

  static func editPlace(_ state: AppState, in rect: Rect) -> EditPlace? {
    let view = state.views.actions
    if view.showsKPIs { return KpiDashboard.editPlace(state, in: rect) }
    guard let action = selectedAction(state) else { return nil }
    let layout = layout(state, rect)
    if view.focus == .detail {
      let area = kpiTableRect(layout.detail)
      let row = view.kpiRows.row
      let field = ActionKpiColumns.fields[view.kpiColumn]
      let columns = ActionKpiColumns(width: area.width, strings: state.strings)
      guard action.kpis.indices.contains(row),
        let place = columns.place(of: view.kpiColumn, width: area.width, state.strings)
      else { return nil }
      let y = area.y + 1 + row - view.kpiRows.offset
      guard y < area.maxY else { return nil }
      return EditPlace(
        target: Target(.actionKPI(action.id, action.kpis[row].id), field),
        rect: Rect(x: area.x + place.x, y: y, width: max(place.width, 12), height: 1))
    }
    let columns = ActionColumns(width: rect.width, strings: state.strings)
    guard let field = columns.kinds[view.column].field else { return nil }
    let y = layout.table.y + 1 + view.rows.row - view.rows.offset
    guard y < layout.table.maxY else { return nil }
    var x = layout.table.x
    var width = columns.width(columns.kinds[view.column])
    for column in table(state, columns: columns).visibleColumns(width: layout.table.width) {
      if column == view.column {
        width = min(width, layout.table.maxX - x)
        break
      }
      x += columns.width(columns.kinds[column]) + 1
    }
    // A date column is ten wide: the editor gets a little more so the typing stays visible.
    return EditPlace(
      target: Target(.action(action.id), field),
      rect: Rect(x: x, y: y, width: max(width, 12), height: 1))
  }

  static func action(for command: Command, _ state: AppState, in rect: Rect) -> PaneAction? {
    if state.views.actions.showsKPIs {
      return KpiDashboard.action(for: command, state, in: rect)
    }
    if state.views.actions.focus == .detail { return kpiAction(command, state) }
    let plan = state.plan
    let s = state.strings
    let selected = selectedAction(state)
    switch command {
    case .add, .addBefore:
      // Where it goes in the list does not matter: the table shows it by its date.
      let action = Action(
        id: plan.newID(Action.self), start: state.settings.today, status: .planned)
      return .edit(
        .insert(.action(action), into: .actions, at: plan.actions.count),
        select: { state in select(action.id, &state, column: 1) }, openEditor: true)
    case .delete:
      guard let selected, let removal = plan.removal(of: .action(selected.id)) else { return nil }
      return .edit(removal)
    case .duplicate:
      guard let selected,
        let (edit, copy) = Duplicate.edit(
          of: .action(selected.id), in: plan, suffix: s["edit.copySuffix"]),
        case .action(let id) = copy
      else { return nil }
      return .edit(edit, select: { state in select(id, &state) })
    case .moveItemUp, .moveItemDown:
      guard selected != nil else { return nil }
      return .refuse(s["actions.sortedByDate"])
    default:
      return nil
    }
  }

  /// The commands on the selected action's KPIs: add, delete, duplicate, move within the list.
  static func kpiAction(_ command: Command, _ state: AppState) -> PaneAction? {
    let plan = state.plan
    guard let action = selectedAction(state) else { return nil }
    let list = ListRef.actionKPIs(action.id)
    let row = state.views.actions.kpiRows.row
    let kpi = action.kpis.indices.contains(row) ? action.kpis[row] : nil
    switch command {
    case .add, .addBefore:
      let index = kpi == nil ? action.kpis.count : command == .add ? row + 1 : row
      let new = KPI(id: plan.newID(KPI.self))
      return .edit(
        .insert(.kpi(new), into: list, at: index),
        select: { state in selectKPI(at: index, &state) }, openEditor: true)
    case .delete:
      guard let kpi, let removal = plan.removal(of: .actionKPI(action.id, kpi.id)) else {
        return nil
      }
      return .edit(removal)
    case .duplicate:
      guard let kpi,
        let (edit, _) = Duplicate.edit(
          of: .actionKPI(action.id, kpi.id), in: plan, suffix: state.strings["edit.copySuffix"])
      else { return nil }
      let column = state.views.actions.kpiColumn
      return .edit(edit, select: { state in selectKPI(at: row + 1, column: column, &state) })
    case .moveItemUp, .moveItemDown:
      guard kpi != nil else { return nil }
      let to = row + (command == .moveItemUp ? -1 : 1)
      guard action.kpis.indices.contains(to) else {
        return .refuse(state.strings["edit.atEnd"])
      }
      let column = state.views.actions.kpiColumn
      return .edit(
        .move(list, from: row, to: to),
        select: { state in selectKPI(at: to, column: column, &state) })
    default:
      return nil
    }
  }

  /// An action cannot end before it starts: a typed date that would do so is refused with the
  /// other date in the message, and the editor stays open to correct it.
  static func refusal(of edit: Edit, _ state: AppState) -> String? {
    guard case .set(.action(let id), let field, from: _, to: .date(let date?)) = edit,
      field == .start || field == .end,
      let action = state.plan.actions.first(where: { $0.id == id })
    else { return nil }
    let s = state.strings
    if field == .end, let start = action.start, date < start {
      return s.format("actions.endBeforeStart", s.date(date), s.date(start))
    }
    if field == .start, let end = action.end, end < date {
      return s.format("actions.startAfterEnd", s.date(date), s.date(end))
    }
    return nil
  }
}
