import EcowerkModel

/// What the editing commands mean on a selected detail item, the same in every pane: a text
/// list entry (a pain, a learning) is added, removed or moved within its field; an entity in a
/// list (a barrier, an assumption) is added, deleted, duplicated or moved in its list.
enum ItemActions {
  /// `select` puts the selection on an entity's field once the edit is made (the pane knows
  /// how); `today` dates new conversations.
  static func action(
    for command: Command, item: DetailItem, state: AppState,
    select: @escaping (EntityRef, Field?, inout AppState) -> Void
  ) -> PaneAction? {
    let plan = state.plan
    // Entries of a list of texts.
    if let target = item.target, let field = target.field,
      FieldKind.of(field, on: target.ref) == .textList,
      case .texts(let entries)? = plan.value(of: field, at: target.ref)
    {
      return textListAction(command, target: target, field: field, entries: entries, state: state)
    }
    switch command {
    case .cycleValue:
      guard let target = item.target, let field = item.cycleField,
        let current = plan.value(of: field, at: target.ref)
      else { return nil }
      switch (FieldKind.of(field, on: target.ref), current) {
      case (.flag, .flag(let flag)):
        return .edit(.set(target.ref, field, from: current, to: .flag(!flag)))
      case (.choice(let options, _), .choice(let raw)):
        let index = options.firstIndex { $0 == raw } ?? -1
        return .edit(
          .set(target.ref, field, from: current, to: .choice(options[(index + 1) % options.count])))
      default:
        return nil
      }
    case .add, .addBefore:
      guard let list = item.list else { return nil }
      guard
        let (entity, field) = NewEntity.make(
          for: list, in: plan, choice: item.newChoice, today: state.settings.today),
        let ref = entity.ref(in: list)
      else {
        // Nothing to add here: say why rather than nothing at all.
        switch list {
        case .milestones: return .refuse(state.strings["kpis.milestonesFull"])
        case .changeLinks: return .refuse(state.keyed(state.strings["toc.addLinkHint"]))
        default: return nil
        }
      }
      let count = plan.count(of: list) ?? 0
      let index = item.position.map { command == .add ? $0 + 1 : $0 } ?? count
      return .edit(
        .insert(entity, into: list, at: min(index, count)),
        select: { state in select(ref, field, &state) }, openEditor: true)
    case .delete:
      guard item.position != nil, let ref = item.target?.ref, let removal = plan.removal(of: ref)
      else { return nil }
      return .edit(removal)
    case .duplicate:
      guard item.position != nil, let ref = item.target?.ref,
        let (edit, copy) = Duplicate.edit(
          of: ref, in: plan, suffix: state.strings["edit.copySuffix"])
      else { return nil }
      return .edit(
        edit, select: { state in select(copy, NewEntity.primaryField(of: copy), &state) })
    case .moveItemUp, .moveItemDown:
      guard let list = item.list, let position = item.position, let ref = item.target?.ref,
        let count = plan.count(of: list)
      else { return nil }
      let to = position + (command == .moveItemUp ? -1 : 1)
      guard to >= 0, to < count else { return .refuse(state.strings["edit.atEnd"]) }
      return .edit(
        .move(list, from: position, to: to),
        select: { state in select(ref, item.target?.field, &state) })
    default:
      return nil
    }
  }

  static func textListAction(
    _ command: Command, target: Target, field: Field, entries: [String], state: AppState
  ) -> PaneAction? {
    let current = FieldValue.texts(entries)
    switch command {
    case .add, .addBefore:
      var at = target.index.map { command == .add ? $0 + 1 : $0 } ?? entries.count
      at = min(max(0, at), entries.count)
      var session = EditSession(
        target: Target(target.ref, field, index: at), kind: .textList, text: "", inserting: true)
      session.refusal = nil
      return .beginEdit(session)
    case .delete:
      guard let index = target.index, entries.indices.contains(index) else { return nil }
      var without = entries
      without.remove(at: index)
      return .edit(.set(target.ref, field, from: current, to: .texts(without)))
    case .duplicate:
      guard let index = target.index, entries.indices.contains(index) else { return nil }
      var doubled = entries
      doubled.insert(entries[index], at: index + 1)
      return .edit(.set(target.ref, field, from: current, to: .texts(doubled)))
    case .moveItemUp, .moveItemDown:
      guard let index = target.index, entries.indices.contains(index) else { return nil }
      let to = index + (command == .moveItemUp ? -1 : 1)
      guard entries.indices.contains(to) else { return .refuse(state.strings["edit.atEnd"]) }
      var moved = entries
      moved.swapAt(index, to)
      let step: Command = command == .moveItemUp ? .moveUp : .moveDown
      return .edit(
        .set(target.ref, field, from: current, to: .texts(moved)),
        select: { state in
          _ = PaneRenderer.behavior(state.pane).handle(step, &state, in: Workbench.paneRect(state))
        })
    default:
      return nil
    }
  }
}
