import EcowerkModel

/// Editing in a list-beside-detail pane: in the list the commands work on the entities (add a
/// segment, delete a pilot); in the detail on the selected line (a pain, a barrier).
extension MasterDetailPane {
  static var tabCommands: (next: Command, previous: Command) { (.nextField, .previousField) }

  static func editPlace(_ state: AppState, in rect: Rect) -> EditPlace? {
    editPlaceMasterDetail(state, in: rect)
  }

  static func action(for command: Command, _ state: AppState, in rect: Rect) -> PaneAction? {
    actionMasterDetail(for: command, state, in: rect)
  }

  /// On the empty row at the end of the list (the only row of an empty one), or on a
  /// placeholder in the detail, typing adds.
  static func isOnNewEntry(_ state: AppState, in rect: Rect) -> Bool {
    isOnNewEntryMasterDetail(state, in: rect)
  }

  static func secondaryField(after field: Field?, _ state: AppState, in rect: Rect) -> Target? {
    let view = view(state)
    guard view.focus == .detail, view.list.row < rowCount(state) else { return nil }
    let items = detailView(state, in: layout(state, in: rect)).items
    return items.indices.contains(view.detail.row)
      ? items[view.detail.row].secondary(after: field) : nil
  }

  static func isOnNewEntryMasterDetail(_ state: AppState, in rect: Rect) -> Bool {
    let view = view(state)
    let count = rowCount(state)
    if view.focus == .list || count == 0 { return view.list.row >= count }
    let items = detailView(state, in: layout(state, in: rect)).items
    return items.indices.contains(view.detail.row) && items[view.detail.row].isNewEntry
  }

  static func editPlaceMasterDetail(_ state: AppState, in rect: Rect) -> EditPlace? {
    let count = rowCount(state)
    guard count > 0 else { return nil }
    let view = view(state)
    let layout = layout(state, in: rect)
    if view.focus == .detail {
      return detailView(state, in: layout).editPlace(in: layout.detail, cursor: view.detail)
    }
    guard let ref = masterRef(state, row: view.list.row) else { return nil }
    let list = MasterList(
      columns: columns(state), rowCount: count, cursor: view.list, isFocused: true)
    let placed = list.placed(width: layout.list.width)
    let name = placed.first { $0.column == nameColumn } ?? placed.first
    let line = view.list.row - view.list.offset
    guard let name, line >= 0 else { return nil }
    return EditPlace(
      target: Target(ref, nameField),
      rect: Rect(
        x: layout.list.x + name.x, y: layout.list.y + 1 + line, width: name.width, height: 1))
  }

  static func actionMasterDetail(for command: Command, _ state: AppState, in rect: Rect)
    -> PaneAction?
  {
    let view = view(state)
    if view.focus == .detail && rowCount(state) > 0 {
      let layout = layout(state, in: rect)
      let detail = detailView(state, in: layout)
      guard detail.items.indices.contains(view.detail.row) else { return nil }
      return ItemActions.action(
        for: command, item: detail.items[view.detail.row], state: state,
        select: { ref, field, state in select(ref, field, &state) })
    }
    // In the list (or an empty pane): the entities themselves.
    let row = view.list.row
    let ref = row < rowCount(state) ? masterRef(state, row: row) : nil
    var item = DetailItem.blank.inList(masterList, at: ref == nil ? nil : row)
    item.target = ref.map { Target($0, nameField) }
    guard [.add, .addBefore, .delete, .duplicate, .moveItemUp, .moveItemDown].contains(command)
    else { return nil }
    return ItemActions.action(
      for: command, item: item, state: state,
      select: { ref, field, state in select(ref, field, &state) })
  }

  /// Puts the selection on `ref`: its list row for a listed entity, or the detail line showing
  /// `field` of a part of the selected one.
  static func select(_ ref: EntityRef, _ field: Field?, _ state: inout AppState) {
    let rect = Workbench.paneRect(state)
    var view = view(state)
    if let row = (0..<rowCount(state)).first(where: { masterRef(state, row: $0) == ref }) {
      if row != view.list.row { view.detail = ListCursor() }
      view.list.row = row
      view.focus = .list
      setView(view, &state)
      normalize(&state, in: rect)
      return
    }
    let layout = layout(state, in: rect)
    let items = detailView(state, in: layout).items
    let index =
      items.firstIndex { $0.target?.ref == ref && (field == nil || $0.target?.field == field) }
      ?? items.firstIndex { $0.target?.ref == ref }
    guard let index else { return }
    view.focus = .detail
    view.detail.row = index
    setView(view, &state)
    normalize(&state, in: rect)
  }
}
