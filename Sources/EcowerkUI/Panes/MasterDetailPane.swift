import EcowerkModel

/// The shared behaviour of panes that are a list of entities beside the selected one's detail
/// (Segments, Pilots): the keyboard is in one of the two, Enter or h/l moves it across, and
/// moving in the list shows the next entity's detail from its top.
///
/// Only the visible list rows and the selected entity's detail are ever built, so a plan of
/// five hundred segments costs a keystroke no more than a plan of five.
protocol MasterDetailPane: PaneBehavior {
  static func view(_ state: AppState) -> MasterDetail
  static func setView(_ view: MasterDetail, _ state: inout AppState)
  static func rowCount(_ state: AppState) -> Int
  static func columns(_ state: AppState) -> [MasterList.Column]
  /// One span per column for each row in `rows`.
  static func cells(_ state: AppState, rows: Range<Int>) -> [[Span]]
  /// What search looks in, one text per row.
  static func searchTexts(_ state: AppState) -> [String]
  /// The detail of row `row`, wrapped to `width`.
  static func items(_ state: AppState, row: Int, width: Int) -> [DetailItem]
  /// What an empty list shows instead: a sentence that says what belongs here.
  static func emptyItems(_ state: AppState, width: Int) -> [DetailItem]
  /// Totals and legends under a list short enough to leave room for them.
  static func footer(_ state: AppState) -> [MasterList.FooterLine]
  /// The list the rows are (segments, pilots), the entity of a row, and the field the name
  /// column shows — for adding, deleting and renaming from the list.
  static var masterList: ListRef { get }
  static func masterRef(_ state: AppState, row: Int) -> EntityRef?
  static var nameField: Field { get }
  static var nameColumn: Int { get }
}

extension MasterDetailPane {
  static func layout(_ state: AppState, in rect: Rect) -> MasterDetailLayout {
    MasterDetailLayout(rect, rowCount: rowCount(state))
  }

  static func detailView(_ state: AppState, in layout: MasterDetailLayout) -> DetailView {
    let row = view(state).list.row
    guard row < rowCount(state) else {
      // The empty row: the detail says what typing there does.
      return DetailView(
        items: [
          .text(
            state.strings["\(masterList.kind.rawValue).newRowDetail"],
            width: max(1, layout.detail.width),
            style: .muted)
        ])
    }
    return DetailView(items: items(state, row: row, width: max(1, layout.detail.width)))
  }

  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    drawMasterDetail(state, into: &grid, in: rect)
  }

  /// The empty row at the end of the list, where typing a name adds an entry.
  static func newRowCells(_ state: AppState) -> [Span] {
    var cells = Array(repeating: Span(""), count: columns(state).count)
    let key =
      rowCount(state) == 0
      ? "\(masterList.kind.rawValue).emptyRow" : "\(masterList.kind.rawValue).newRow"
    if cells.indices.contains(nameColumn) { cells[nameColumn] = Span(state.strings[key], .muted) }
    return cells
  }

  static func drawMasterDetail(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let count = rowCount(state)
    guard count > 0 else {
      let empty = DetailView(
        items: [
          .row(
            [Span(" ")] + [
              Span(state.strings["\(masterList.kind.rawValue).emptyRow"], Style(reverse: true))
            ], selectable: true)
        ]
          + emptyItems(state, width: max(1, rect.width - 2)))
      let inner = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height)
      empty.draw(into: &grid, in: inner, cursor: ListCursor(row: -1), focused: false)
      return
    }
    let view = view(state)
    let layout = layout(state, in: rect)
    let list = MasterList(
      columns: columns(state), rowCount: count + 1, cursor: view.list,
      isFocused: view.focus == .list)
    list.draw(
      into: &grid, in: layout.list,
      rows: { range in
        cells(state, rows: range.clamped(to: 0..<count))
          + (range.contains(count) ? [newRowCells(state)] : [])
      }, footer: { footer(state) })
    layout.drawDivider(into: &grid, glyphs: state.settings.glyphs)
    // With the keyboard in the list the detail shows no selection: one cursor on screen is
    // enough for a room full of people following the projector.
    var cursor = view.detail
    if view.focus == .list { cursor.row = -1 }
    detailView(state, in: layout).draw(
      into: &grid, in: layout.detail, cursor: cursor, focused: view.focus == .detail)
  }

  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    handleMasterDetail(command, &state, in: rect)
  }

  static func handleMasterDetail(_ command: Command, _ state: inout AppState, in rect: Rect)
    -> Bool
  {
    let count = rowCount(state)
    let layout = layout(state, in: rect)
    var view = view(state)
    switch command {
    case .switchFocus:
      view.focus = view.focus == .list && view.list.row < count ? .detail : .list
    case .activate:
      // Enter in the list opens the detail; in the detail it edits (the workbench does that
      // when a pane leaves Enter alone), and on the empty row it adds.
      guard view.focus == .list, view.list.row < count else { return false }
      view.focus = .detail
    case .moveRight:
      if view.list.row < count { view.focus = .detail }
    case .moveLeft:
      view.focus = .list
    case .nextField, .previousField:
      // Tab walks the entry's fields: from its name in the list into the detail, line by
      // line, and Shift-Tab from the detail's first line back to the name.
      guard view.list.row < count else { return false }
      let detail = detailView(state, in: layout)
      let height = layout.detail.height
      if view.focus == .list {
        guard command == .nextField else { return false }
        view.focus = .detail
        view.detail = detail.moved(
          detail.normalized(ListCursor(), height: height), by: 1, height: height)
      } else {
        let first = detail.normalized(ListCursor(), height: height).row
        if command == .previousField && view.detail.row <= first {
          view.focus = .list
        } else {
          view.detail = detail.moved(
            view.detail, by: command == .nextField ? 1 : -1, height: height)
        }
      }
    case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom:
      if view.focus == .list {
        let before = view.list.row
        let page = MasterList.visibleRows(height: layout.list.height)
        // The empty row at the end is a row too.
        switch command {
        case .moveDown: view.list.move(1, count: count + 1)
        case .moveUp: view.list.move(-1, count: count + 1)
        case .pageDown: view.list.move(page, count: count + 1)
        case .pageUp: view.list.move(-page, count: count + 1)
        case .top: view.list.row = 0
        default: view.list.row = max(0, count - 1)
        }
        if view.list.row != before { view.detail = ListCursor() }
      } else {
        let detail = detailView(state, in: layout)
        let height = layout.detail.height
        let page = max(1, height - 1)
        switch command {
        case .moveDown: view.detail = detail.moved(view.detail, by: 1, height: height)
        case .moveUp: view.detail = detail.moved(view.detail, by: -1, height: height)
        case .pageDown: view.detail = detail.moved(view.detail, by: page, height: height)
        case .pageUp: view.detail = detail.moved(view.detail, by: -page, height: height)
        case .top: view.detail = detail.normalized(ListCursor(), height: height)
        default:
          let last = ListCursor(row: detail.items.count - 1, offset: view.detail.offset)
          view.detail = detail.moved(last, by: 0, height: height)
        }
      }
    default:
      return false
    }
    setView(view, &state)
    normalize(&state, in: rect)
    return true
  }

  static func search(
    _ query: String, forward: Bool, _ state: inout AppState, in rect: Rect
  ) -> Bool {
    var view = view(state)
    guard
      let index = TextSearch.next(
        in: searchTexts(state), matching: query, after: view.list.row, forward: forward)
    else { return false }
    if index != view.list.row { view.detail = ListCursor() }
    view.list.row = index
    view.focus = .list
    setView(view, &state)
    normalize(&state, in: rect)
    return true
  }

  static func click(x: Int, y: Int, _ state: inout AppState, in rect: Rect) {
    let count = rowCount(state)
    guard count > 0 else { return }
    let layout = layout(state, in: rect)
    var view = view(state)
    if layout.list.contains(x: x, y: y) {
      let list = MasterList(columns: [], rowCount: count + 1, cursor: view.list, isFocused: true)
      guard let row = list.row(atLine: y, in: layout.list) else { return }
      if row != view.list.row { view.detail = ListCursor() }
      view.list.row = row
      view.focus = .list
    } else if layout.detail.contains(x: x, y: y) {
      let detail = detailView(state, in: layout)
      guard let index = detail.item(atLine: y, in: layout.detail, cursor: view.detail),
        detail.items[index].isSelectable
      else { return }
      view.detail.row = index
      view.focus = .detail
    } else {
      return
    }
    setView(view, &state)
    normalize(&state, in: rect)
  }

  static func normalize(_ state: inout AppState, in rect: Rect) {
    let count = rowCount(state)
    guard count > 0 else {
      setView(MasterDetail(), &state)
      return
    }
    let layout = layout(state, in: rect)
    var view = view(state)
    view.list.clamp(count: count + 1, visible: MasterList.visibleRows(height: layout.list.height))
    if view.list.row == count { view.focus = .list }
    setView(view, &state)
    view.detail = detailView(state, in: layout).normalized(
      view.detail, height: layout.detail.height)
    setView(view, &state)
  }
}
