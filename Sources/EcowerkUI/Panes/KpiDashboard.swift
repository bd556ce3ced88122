import EcowerkChecks
import EcowerkModel
import EcowerkReport
import EcowerkStrings
import EcowerkText

/// The KPI dashboard, pane 7's other face (`v`): every KPI of the Theory of Change and of the
/// action plan on one screen — late and behind-schedule ones first (`KpiStanding`) — with
/// baseline → actual → target and a progress bar; under it what the selected KPI belongs to
/// and why it stands where it does, and a count per standing.
///
/// In a workshop the actual figure is what gets updated, so `e` (or Enter) on a row types it
/// in place; the KPI itself is edited where it lives, under its action or in the ToC. After
/// an edit the rows are ordered again and the selection goes with the KPI.
enum KpiDashboard {
  struct Layout: Hashable {
    var table: Rect
    var detail: Rect
    var summary: Rect

    /// The table takes the rows it needs, leaving the detail at least two fifths of the
    /// height; the detail has the rest.
    init(_ rect: Rect, rows: Int) {
      let summaryHeight = rect.height >= 3 ? 1 : 0
      let least = rows == 0 ? 0 : rect.height >= 14 ? max(3, rect.height * 2 / 5) : 0
      let gap = least > 0 ? 1 : 0
      let room = max(0, rect.height - summaryHeight - least - gap)
      table = rect.splitTop(rows == 0 ? room : min(room, 1 + rows)).0
      let detailHeight =
        least > 0 ? max(0, rect.height - summaryHeight - gap - table.height) : 0
      detail = Rect(x: rect.x, y: table.maxY + gap, width: rect.width, height: detailHeight)
      summary = Rect(x: rect.x, y: detail.maxY, width: rect.width, height: summaryHeight)
    }
  }

  /// The rows, from the view state when they are current.
  static func board(_ state: AppState) -> KpiBoard {
    if let board = state.views.actions.dashboard, isCurrent(board, state) { return board }
    return KpiBoard(state.plan, version: state.version, today: state.settings.today)
  }

  private static func isCurrent(_ board: KpiBoard, _ state: AppState) -> Bool {
    board.version == state.version && board.today == state.settings.today
  }

  static func table(_ state: AppState, _ columns: KpiColumns, rows: Int) -> Table {
    Table(
      columns: columns.tableColumns(state.strings, glyphs: state.settings.glyphs), frozen: 2,
      rowCount: rows, rows: state.views.actions.board, selectedColumn: columns.selectedColumn,
      columnOffset: 2)
  }

  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let s = state.strings
    let glyphs = state.settings.glyphs
    let board = board(state)
    let layout = Layout(rect, rows: board.entries.count)
    let columns = KpiColumns(width: rect.width, strings: s)
    let cursor = state.views.actions.board
    table(state, columns, rows: board.entries.count).draw(into: &grid, in: layout.table) {
      row, column in
      columns.cell(column, board.entries[row], selected: row == cursor.row, s, glyphs: glyphs)
    }
    if board.entries.isEmpty {
      let lines = TextLayout.wrap(s["kpis.empty"], width: max(1, rect.width - 2))
      for (index, line) in lines.enumerated() {
        grid.text(line, x: rect.x + 1, y: layout.table.y + 2 + index, style: .muted, clip: rect)
      }
    } else if board.entries.indices.contains(cursor.row) {
      drawKpiDetail(state, into: &grid, in: layout.detail)
    }
    drawSummary(board, state, into: &grid, in: layout.summary)
  }

  /// "13 KPIs · ! 0 late · ↓ 9 behind · ? 2 without figures · ✓ 1 reached   as of …"
  static func drawSummary(
    _ board: KpiBoard, _ state: AppState, into grid: inout CellGrid, in rect: Rect
  ) {
    guard !rect.isEmpty else { return }
    let s = state.strings
    let glyphs = state.settings.glyphs
    let total = board.entries.count
    var spans = [
      Span(
        s.format(total == 1 ? "kpis.count.one" : "kpis.count.other", s.number(total)),
        Style(bold: true))
    ]
    let parts: [(KpiStanding, String)] = [
      (.late, "kpis.summary.late"), (.behind, "kpis.summary.behind"),
      (.unmeasured, "kpis.summary.unmeasured"), (.reached, "kpis.summary.reached"),
    ]
    for (standing, key) in parts {
      let count = board.count(standing)
      spans.append(Span(" · ", .muted))
      spans.append(
        Span(
          standing.marker(glyphs) + " " + s.format(key, s.number(count)),
          count > 0 ? standing.style : .plain))
    }
    var x = rect.x
    for span in spans {
      x = grid.text(span.text, x: x, y: rect.y, style: span.style, clip: rect)
    }
    // The date only where it fits whole: cut, "peildat" would read as a mistake.
    let asOf = "   " + s.format("actions.asOf", s.date(board.today))
    if x + DisplayWidth.of(asOf) <= rect.maxX {
      grid.text(asOf, x: x, y: rect.y, style: .muted, clip: rect)
    }
  }
}
