import EcowerkChecks
import EcowerkModel
import EcowerkText

/// Under the dashboard's table: the selected KPI in full, whether it belongs to an element of
/// the Theory of Change or to an action — what it belongs to and why it stands where it does,
/// then its figures, the cause of a miss and the assumption that broke, the yearly milestones
/// and every measurement. With the keyboard there (`w`, F6) each line is edited as in the
/// Theory of Change's detail: milestones and measurements added and deleted, Tab along a
/// measurement's figure, who, note and date. It is the one place an action's KPI keeps its
/// history.
extension KpiDashboard {
  /// The selected KPI's detail in `area`, or nil when there is none or no room.
  static func detailFrame(_ state: AppState, in area: Rect) -> TheoryOfChangePane.DetailFrame? {
    let board = board(state)
    let row = state.views.actions.board.row
    guard !area.isEmpty, board.entries.indices.contains(row) else { return nil }
    let entry = board.entries[row]
    let detail = detail(entry, state, width: area.width)
    let total = DetailView(items: detail.items).lineCount
    let window = total > area.height && area.height > 1 ? area.height - 1 : area.height
    return TheoryOfChangePane.DetailFrame(detail: detail, area: area, window: window)
  }

  /// The KPI's lines: its name with the progress bar, what it belongs to, its standing in
  /// words, then the figures, milestones and measurements.
  static func detail(_ entry: KpiBoard.Entry, _ state: AppState, width: Int)
    -> TheoryOfChangePane.Detail
  {
    let s = state.strings
    // Everything comes with the board's row: nothing is looked up in the plan per frame.
    let list: ListRef
    switch entry.ref {
    case .actionKPI(let action, _): list = .actionKPIs(action)
    case .nodeKPI(let node, _): list = .nodeKPIs(node)
    default: return TheoryOfChangePane.Detail()
    }
    var builder = NodeDetailBuilder(width: width, labelWidth: 0, glyphs: state.settings.glyphs)
    TheoryOfChangePane.kpiItems(
      entry.kpi, ref: entry.ref, in: list, index: entry.position, start: entry.start,
      label: "", state, &builder)
    var detail = builder.detail
    let marker = entry.standing.marker(state.settings.glyphs)
    var about: [DetailItem] = [
      .row([
        Span("  " + s["kpis.label.belongsTo"] + " ", .muted), Span(KpiColumns.owner(entry, s)),
      ]),
      .row([
        Span(
          "  " + (marker.isEmpty ? "" : marker + " ") + entry.standing.label(s) + ": ",
          entry.standing == .onTrack ? Style(bold: true) : entry.standing.style),
        Span(s.explanation(entry, today: state.settings.today)),
      ]),
    ]
    // With the keyboard in the table, the key that goes into the detail.
    if state.views.actions.boardFocus == .table {
      about.append(.row([Span("  " + state.keyed(s["kpis.detailHint"]), .muted)]))
    }
    // After the name line, whose bar keeps its place (bars count items from the top).
    let after = min(1, detail.items.count)
    detail.items.insert(contentsOf: about, at: after)
    detail.bars = detail.bars.map { mark in
      var mark = mark
      if mark.item >= after { mark.item += about.count }
      return mark
    }
    return detail
  }

  static func drawKpiDetail(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard let frame = detailFrame(state, in: rect) else { return }
    let view = state.views.actions
    let focused = view.boardFocus == .detail
    TheoryOfChangePane.drawFrame(
      frame, cursor: focused ? view.boardDetail : ListCursor(row: -1), state, into: &grid,
      in: rect)
  }

  /// The keys with the keyboard in the detail: lines up and down (Tab goes on to the next
  /// line), back to the table with the focus key, `v` or Esc.
  static func handleInDetail(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    let area = Layout(rect, rows: board(state).entries.count).detail
    guard let frame = detailFrame(state, in: area) else {
      state.views.actions.boardFocus = .table
      return false
    }
    var cursor = state.views.actions.boardDetail
    switch command {
    case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom:
      TheoryOfChangePane.move(command, &cursor, in: frame)
    case .moveRight: TheoryOfChangePane.move(.moveDown, &cursor, in: frame)
    case .moveLeft: TheoryOfChangePane.move(.moveUp, &cursor, in: frame)
    case .switchFocus:
      state.views.actions.boardFocus = .table
      return true
    // Enter edits the line: the workbench does that when the pane leaves it alone.
    case .activate: return false
    default: return false
    }
    state.views.actions.boardDetail = cursor
    normalize(&state, in: rect)
    return true
  }

  /// The selected line of the detail, with the keyboard there.
  static func selectedDetailItem(_ state: AppState, in rect: Rect) -> (
    TheoryOfChangePane.DetailFrame, DetailItem
  )? {
    let view = state.views.actions
    guard view.boardFocus == .detail,
      let frame = detailFrame(state, in: Layout(rect, rows: board(state).entries.count).detail),
      frame.detail.items.indices.contains(view.boardDetail.row)
    else { return nil }
    return (frame, frame.detail.items[view.boardDetail.row])
  }

  /// Puts the keyboard in the detail on the line of `field` of `ref` (a milestone or a
  /// measurement just added), after the rows were ordered again.
  static func selectInDetail(_ ref: EntityRef, _ field: Field?, _ state: inout AppState) {
    let rect = Workbench.paneRect(state)
    normalize(&state, in: rect)
    let area = Layout(rect, rows: board(state).entries.count).detail
    guard let frame = detailFrame(state, in: area), let index = frame.line(of: ref, field)
    else { return }
    state.views.actions.boardFocus = .detail
    state.views.actions.boardDetail.row = index
    normalize(&state, in: rect)
  }

  /// Keeps the detail's selection on a line and in view.
  static func normalizeDetail(_ state: inout AppState, in rect: Rect) {
    guard state.views.actions.boardFocus == .detail else {
      state.views.actions.boardDetail = ListCursor()
      return
    }
    let area = Layout(rect, rows: board(state).entries.count).detail
    guard let frame = detailFrame(state, in: area) else {
      state.views.actions.boardFocus = .table
      state.views.actions.boardDetail = ListCursor()
      return
    }
    state.views.actions.boardDetail = frame.view.normalized(
      state.views.actions.boardDetail, height: frame.window)
  }
}
