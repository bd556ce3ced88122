import EcowerkModel

/// The shared behaviour of panes that are one scrolling detail view: moving, paging, search
/// and clicks all work on the items the pane builds.
protocol DetailPane: PaneBehavior {
  static func items(_ state: AppState, width: Int) -> [DetailItem]
  static func cursor(_ state: AppState) -> ListCursor
  static func setCursor(_ cursor: ListCursor, _ state: inout AppState)
}

extension DetailPane {
  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let view = DetailView(items: items(state, width: rect.width))
    view.draw(into: &grid, in: rect, cursor: cursor(state), focused: true)
  }

  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    let view = DetailView(items: items(state, width: rect.width))
    let current = cursor(state)
    let page = max(1, rect.height - 1)
    let moved: ListCursor
    switch command {
    case .moveDown: moved = view.moved(current, by: 1, height: rect.height)
    case .moveUp: moved = view.moved(current, by: -1, height: rect.height)
    case .pageDown: moved = view.moved(current, by: page, height: rect.height)
    case .pageUp: moved = view.moved(current, by: -page, height: rect.height)
    case .top: moved = view.normalized(ListCursor(row: 0, offset: 0), height: rect.height)
    case .bottom:
      moved = view.moved(
        ListCursor(row: view.items.count - 1, offset: current.offset), by: 0, height: rect.height)
    default: return false
    }
    setCursor(moved, &state)
    return true
  }

  static func search(_ query: String, forward: Bool, _ state: inout AppState, in rect: Rect) -> Bool
  {
    let view = DetailView(items: items(state, width: rect.width))
    let texts = view.searchTexts.enumerated().map { view.items[$0].isSelectable ? $1 : "" }
    guard
      let index = TextSearch.next(
        in: texts, matching: query, after: cursor(state).row, forward: forward)
    else { return false }
    var moved = cursor(state)
    moved.row = index
    setCursor(view.normalized(moved, height: rect.height), &state)
    return true
  }

  static func click(x: Int, y: Int, _ state: inout AppState, in rect: Rect) {
    let view = DetailView(items: items(state, width: rect.width))
    guard let index = view.item(atLine: y, in: rect, cursor: cursor(state)),
      view.items[index].isSelectable
    else { return }
    var moved = cursor(state)
    moved.row = index
    setCursor(view.normalized(moved, height: rect.height), &state)
  }

  static func editPlace(_ state: AppState, in rect: Rect) -> EditPlace? {
    DetailView(items: items(state, width: rect.width)).editPlace(in: rect, cursor: cursor(state))
  }

  static func action(for command: Command, _ state: AppState, in rect: Rect) -> PaneAction? {
    let view = DetailView(items: items(state, width: rect.width))
    let row = cursor(state).row
    guard view.items.indices.contains(row) else { return nil }
    return ItemActions.action(
      for: command, item: view.items[row], state: state,
      select: { ref, field, state in select(ref, field, &state) })
  }

  static func isOnNewEntry(_ state: AppState, in rect: Rect) -> Bool {
    let items = items(state, width: rect.width)
    return items.indices.contains(cursor(state).row) && items[cursor(state).row].isNewEntry
  }

  static func secondaryField(after field: Field?, _ state: AppState, in rect: Rect) -> Target? {
    let items = items(state, width: rect.width)
    let row = cursor(state).row
    return items.indices.contains(row) ? items[row].secondary(after: field) : nil
  }

  /// Puts the selection on the item showing `field` of `ref`.
  static func select(_ ref: EntityRef, _ field: Field?, _ state: inout AppState) {
    let rect = Workbench.paneRect(state)
    let view = DetailView(items: items(state, width: rect.width))
    let index =
      view.items.firstIndex { $0.target?.ref == ref && (field == nil || $0.target?.field == field) }
      ?? view.items.firstIndex { $0.target?.ref == ref }
    guard let index else { return }
    var moved = cursor(state)
    moved.row = index
    setCursor(view.normalized(moved, height: rect.height), &state)
  }

  static func normalize(_ state: inout AppState, in rect: Rect) {
    let view = DetailView(items: items(state, width: rect.width))
    setCursor(view.normalized(cursor(state), height: rect.height), &state)
  }
}
