import EcowerkModel

/// The selected node's detail as a scrolling view with a cursor of its own: drawn with its
/// selection only while the keyboard is in it, so the room sees one cursor at a time.
extension TheoryOfChangePane {
  /// The detail laid out in its area: the items, and the lines they may use — one fewer than
  /// the area when a "more lines" note has to fit under them.
  struct DetailFrame {
    var detail: Detail
    var area: Rect
    var window: Int

    var view: DetailView { DetailView(items: detail.items) }

    /// The line showing `field` of `ref`, else any line of `ref`.
    func line(of ref: EntityRef, _ field: Field?) -> Int? {
      let items = detail.items
      return items.firstIndex {
        $0.target?.ref == ref && (field == nil || $0.target?.field == field)
      } ?? items.firstIndex { $0.target?.ref == ref }
    }
    /// Where the items are drawn.
    var shown: Rect { Rect(x: area.x, y: area.y, width: area.width, height: window) }
  }

  /// The selected node's detail in `area`, or nil when nothing is selected or there is no room.
  static func detailFrame(_ state: AppState, in area: Rect) -> DetailFrame? {
    guard !area.isEmpty, let node = selectedNode(state) else { return nil }
    let detail = self.detail(node, state, width: area.width)
    let total = DetailView(items: detail.items).lineCount
    let window = total > area.height && area.height > 1 ? area.height - 1 : area.height
    return DetailFrame(detail: detail, area: area, window: window)
  }

  static func drawDetail(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard let frame = detailFrame(state, in: rect) else { return }
    let focused = state.views.theoryOfChange.focus == .detail
    drawFrame(
      frame, cursor: focused ? state.views.theoryOfChange.detail : ListCursor(row: -1), state,
      into: &grid, in: rect)
  }

  /// A detail frame with its bars and the "more lines" note; a cursor row of -1 shows no
  /// selection (the keyboard is elsewhere).
  static func drawFrame(
    _ frame: DetailFrame, cursor: ListCursor, _ state: AppState, into grid: inout CellGrid,
    in rect: Rect
  ) {
    let view = frame.view
    let total = view.lineCount
    var cursor = cursor
    cursor.offset = max(0, min(cursor.offset, total - frame.window))
    let area = frame.shown
    view.draw(into: &grid, in: area, cursor: cursor, focused: true)
    let starts = view.lineStarts
    for mark in frame.detail.bars {
      let y = area.y + starts[mark.item] + mark.line - cursor.offset
      guard y >= area.y, y < area.maxY, mark.column + mark.width <= rect.width else { continue }
      let bar = Rect(x: rect.x + mark.column, y: y, width: mark.width, height: 1)
      grid.bar(
        mark.fraction, x: bar.x, y: y, width: mark.width, style: mark.style,
        glyphs: state.settings.glyphs)
      // The bar sits on the selected line too: keep the whole line reversed.
      if mark.item == cursor.row { grid.restyle(bar) { $0.reverse = true } }
    }
    let below = total - cursor.offset - frame.window
    if below > 0 {
      let more =
        below == 1 ? state.strings["toc.more.one"] : state.strings.format("toc.more", below)
      grid.text(
        state.settings.glyphs.ellipsis + " " + more, x: rect.x, y: area.maxY, style: .muted,
        clip: rect)
    }
  }

  /// Moves the detail's selection; the caller stores the cursor.
  static func moveInDetail(_ command: Command, _ cursor: inout TreeCursor, _ frame: DetailFrame) {
    move(command, &cursor.detail, in: frame)
  }

  /// Moves a detail frame's selection by a line, a page, or to the first or last line.
  static func move(_ command: Command, _ cursor: inout ListCursor, in frame: DetailFrame) {
    let view = frame.view
    let height = frame.window
    let page = max(1, height - 1)
    switch command {
    case .moveDown: cursor = view.moved(cursor, by: 1, height: height)
    case .moveUp: cursor = view.moved(cursor, by: -1, height: height)
    case .pageDown: cursor = view.moved(cursor, by: page, height: height)
    case .pageUp: cursor = view.moved(cursor, by: -page, height: height)
    case .top: cursor = view.normalized(ListCursor(), height: height)
    default:
      let last = ListCursor(row: view.items.count - 1, offset: cursor.offset)
      cursor = view.moved(last, by: 0, height: height)
    }
  }

  /// Puts the keyboard in the detail, on the line showing `field` of `ref` (an assumption or
  /// KPI just added, duplicated or moved).
  static func selectInDetail(_ ref: EntityRef, _ field: Field?, _ state: inout AppState) {
    let rect = Workbench.paneRect(state)
    guard let frame = detailFrame(state, in: layout(rect).detail),
      let index = frame.line(of: ref, field)
    else { return }
    state.views.theoryOfChange.focus = .detail
    state.views.theoryOfChange.detail.row = index
    normalize(&state, in: rect)
  }

  /// A click on a detail line selects it and puts the keyboard in the detail.
  static func clickInDetail(y: Int, _ state: inout AppState, in rect: Rect) {
    guard let frame = detailFrame(state, in: layout(rect).detail) else { return }
    var cursor = state.views.theoryOfChange
    let current = cursor.focus == .detail ? cursor.detail : ListCursor()
    guard frame.shown.contains(x: frame.shown.x, y: y),
      let index = frame.view.item(atLine: y, in: frame.shown, cursor: current),
      frame.detail.items[index].isSelectable
    else { return }
    cursor.focus = .detail
    cursor.detail = ListCursor(row: index, offset: current.offset)
    state.views.theoryOfChange = cursor
    normalize(&state, in: rect)
  }
}
