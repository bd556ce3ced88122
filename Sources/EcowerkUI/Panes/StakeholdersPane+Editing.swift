import EcowerkModel

/// Editing the stakeholder matrix live: every cell in place, rows added, deleted, duplicated
/// and moved, MVE and orchestrator toggled with one key (vim keys). A score changes only
/// through its editor or `+` / `-`, never by a digit typed in passing.
extension StakeholdersPane {
  static var tabCommands: (next: Command, previous: Command) { (.moveRight, .moveLeft) }

  static func editPlace(_ state: AppState, in rect: Rect) -> EditPlace? {
    let view = state.views.stakeholders
    if view.chainLinks { return ChainLinksView.editPlace(state, in: parts(rect).table) }
    guard !view.quadrant, let index = selectedIndex(state) else { return nil }
    let body = parts(rect).table
    let field = columns[view.column].field
    let target = Target(.stakeholder(state.plan.stakeholders[index].id), field)
    let placed = table(state).placed(width: body.width)
    guard let cell = placed.first(where: { $0.column == view.column }) else { return nil }
    let y = body.y + 1 + view.rows.row - view.rows.offset
    guard y < body.maxY else { return nil }
    // Narrow columns (a score, a flag) get a wider editor so the typing stays visible; a
    // text column's editor reaches to the right edge, so a long name shows whole as it is
    // typed.
    let numeric = FieldKind.of(field, on: target.ref).isNumeric
    let width = numeric ? max(cell.width, 12) : body.width - cell.x
    return EditPlace(target: target, rect: Rect(x: body.x + cell.x, y: y, width: width, height: 1))
  }

  /// On the empty row at the end of the matrix, or the chain links view's, typing adds.
  static func isOnNewEntry(_ state: AppState, in rect: Rect) -> Bool {
    let view = state.views.stakeholders
    if view.chainLinks {
      return ChainLinksView.selectedItem(state, in: parts(rect).table)?.isNewEntry ?? false
    }
    return !view.quadrant && view.rows.row == rows(state).count
  }

  static func action(for command: Command, _ state: AppState, in rect: Rect) -> PaneAction? {
    if state.views.stakeholders.chainLinks {
      return ChainLinksView.action(for: command, state, in: parts(rect).table)
    }
    let plan = state.plan
    let cursor = state.views.stakeholders
    let selected = selectedIndex(state)
    let ref = selected.map { EntityRef.stakeholder(plan.stakeholders[$0].id) }
    switch command {
    case .toggleMVE, .toggleOrchestrator:
      guard let selected, let ref else { return nil }
      let stakeholder = plan.stakeholders[selected]
      let field: Field = command == .toggleMVE ? .inMVE : .isOrchestrator
      let old = command == .toggleMVE ? stakeholder.inMVE : stakeholder.isOrchestrator
      return .edit(.set(ref, field, from: .flag(old), to: .flag(!old)))
    case .add, .addBefore:
      let position = selected.map { command == .add ? $0 + 1 : $0 } ?? plan.stakeholders.count
      guard
        let (entity, _) = NewEntity.make(for: .stakeholders, in: plan, today: state.settings.today),
        let newRef = entity.ref(in: .stakeholders)
      else { return nil }
      return .edit(
        .insert(entity, into: .stakeholders, at: position),
        select: { state in
          state.views.stakeholders.filter = ""
          state.views.stakeholders.column = 0
          select(newRef, &state)
        }, openEditor: true)
    case .delete:
      guard let ref, let removal = plan.removal(of: ref) else { return nil }
      return .edit(removal)
    case .duplicate:
      guard let ref,
        let (edit, copy) = Duplicate.edit(
          of: ref, in: plan, suffix: state.strings["edit.copySuffix"])
      else { return nil }
      return .edit(edit, select: { state in select(copy, &state) })
    case .moveItemUp, .moveItemDown:
      guard let selected, let ref else { return nil }
      guard cursor.sort == nil, cursor.filter.isEmpty else {
        return .refuse(state.keyed(state.strings["stakeholders.sortedRefuse"]))
      }
      let to = selected + (command == .moveItemUp ? -1 : 1)
      guard plan.stakeholders.indices.contains(to) else {
        return .refuse(state.strings["edit.atEnd"])
      }
      return .edit(
        .move(.stakeholders, from: selected, to: to), select: { state in select(ref, &state) })
    default:
      return nil
    }
  }

  /// Selects the row of stakeholder `ref`, wherever sorting puts it.
  static func select(_ ref: EntityRef, _ state: inout AppState) {
    guard case .stakeholder(let id) = ref,
      let index = state.plan.stakeholders.firstIndex(where: { $0.id == id })
    else { return }
    refreshOrder(&state)
    reveal(index, &state)
  }
}
