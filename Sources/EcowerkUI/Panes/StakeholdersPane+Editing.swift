import EcowerkModel

/// Editing the stakeholder matrix live: every cell in place, rows added, deleted, duplicated
/// and moved, MVE and orchestrator toggled with one key, and digits setting influence or
/// interest when that column is selected.
extension StakeholdersPane {
  static var tabCommands: (next: Command, previous: Command) { (.moveRight, .moveLeft) }

  static func editPlace(_ state: AppState, in rect: Rect) -> EditPlace? {
    guard !state.views.stakeholders.quadrant, let index = selectedIndex(state) else { return nil }
    let (body, _) = split(rect)
    let cursor = state.views.stakeholders
    let field = columns[cursor.column].field
    let target = Target(.stakeholder(state.plan.stakeholders[index].id), field)
    var x = body.x
    var width = columns[cursor.column].width
    for column in table(state).visibleColumns(width: body.width) {
      if column == cursor.column {
        width = min(columns[column].width, body.maxX - x)
        break
      }
      x += columns[column].width + 1
    }
    let y = body.y + 1 + cursor.rows.row - cursor.rows.offset
    guard y < body.maxY else { return nil }
    // Narrow columns (a score, a flag) get a wider editor so the typing stays visible.
    return EditPlace(target: target, rect: Rect(x: x, y: y, width: max(width, 12), height: 1))
  }

  static func action(for command: Command, _ state: AppState, in rect: Rect) -> PaneAction? {
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
    case .setScale(let value):
      let field = columns[cursor.column].field
      guard field == .influence || field == .interest, let selected, let ref,
        let current = plan.stakeholders[selected].value(of: field)
      else { return nil }
      guard current != .integer(value) else { return .refuse(state.strings["edit.unchanged"]) }
      return .edit(.set(ref, field, from: current, to: .integer(value)))
    case .cycleValue:
      guard let selected, let ref else { return nil }
      let field = columns[cursor.column].field
      guard field == .influence || field == .interest,
        case .integer(let value?)? = plan.stakeholders[selected].value(of: field)
      else { return nil }
      // Space on a score counts up 1 → 5 and round again.
      return .edit(.set(ref, field, from: .integer(value), to: .integer(value % 5 + 1)))
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
        return .refuse(state.strings["stakeholders.sortedRefuse"])
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
