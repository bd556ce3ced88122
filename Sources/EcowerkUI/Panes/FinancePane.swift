import EcowerkModel
import EcowerkStrings

/// Pane 6: the financial plan as a year × partner table — what each partner puts in, cash and in
/// kind, the NGF subsidy, income and costs per year, with a Total column — and under it the
/// cofinancing share and the plain verdict: does the plan stand without NGF after the last year?
///
/// The cursor is a cell: `j`/`k` pick a row (a partner's cash, the NGF…), `h`/`l` a year. Rows
/// count partner rows first, then the totals, whether or not the totals are pinned. `r` shows
/// the actual figures in the same grid, `v` the chart of where each year's money comes from.
enum FinancePane: PaneBehavior {
  /// The sheet, the footer's lines and where everything goes, for one frame or one event.
  struct Frame {
    var sheet: FinanceSheet
    var footer: [[Span]]
    var layout: FinanceLayout
  }

  static func frame(_ state: AppState, in rect: Rect) -> Frame {
    let sheet = FinanceSheet(
      state.plan, state.strings, width: rect.width, actuals: state.views.finance.actuals)
    let footer = footerLines(state, sheet, width: rect.width)
    let layout = FinanceLayout(
      rect, partnerRows: sheet.partnerRowCount, totalRows: FinanceSheet.totals.count,
      footerLines: footer.count)
    return Frame(sheet: sheet, footer: footer, layout: layout)
  }

  /// The table of partner rows (or of all rows when the totals are not pinned) and the pinned
  /// totals' table, each with the cursor's row translated into its own rows.
  static func tables(_ state: AppState, _ frame: Frame) -> (main: Table, totals: Table?) {
    let cursor = state.views.finance
    let sheet = frame.sheet
    let s = state.strings
    let partnerRows = sheet.partnerRowCount
    let partnersTitle = s[sheet.actuals ? "finance.column.actuals" : "finance.column.partner"]
    let firstTitle = partnerRows > 0 ? partnersTitle : s["finance.column.totals"]
    guard frame.layout.totals != nil else {
      let main = Table(
        columns: sheet.columns(title: firstTitle), frozen: 1, rowCount: sheet.rowCount,
        rows: cursor.rows, selectedColumn: cursor.column, columnOffset: cursor.columnOffset)
      return (main, nil)
    }
    let inPartners = cursor.rows.row < partnerRows
    let main = Table(
      columns: sheet.columns(title: firstTitle), frozen: 1, rowCount: partnerRows,
      rows: ListCursor(row: inPartners ? cursor.rows.row : -1, offset: cursor.rows.offset),
      selectedColumn: cursor.column, columnOffset: cursor.columnOffset)
    let totals = Table(
      columns: sheet.columns(title: s["finance.column.totals"]), frozen: 1,
      rowCount: FinanceSheet.totals.count,
      rows: ListCursor(row: inPartners ? -1 : cursor.rows.row - partnerRows, offset: 0),
      selectedColumn: cursor.column, columnOffset: cursor.columnOffset)
    return (main, totals)
  }

  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let frame = frame(state, in: rect)
    if state.views.finance.chart {
      drawChart(state, frame.sheet, into: &grid, in: rect)
      return
    }
    let (main, totals) = tables(state, frame)
    let sheet = frame.sheet
    main.draw(into: &grid, in: frame.layout.main) { row, column in sheet.cell(row, column) }
    if let totals, let area = frame.layout.totals {
      let first = sheet.partnerRowCount
      totals.draw(into: &grid, in: area) { row, column in sheet.cell(first + row, column) }
    }
    let footer = frame.layout.footer
    for (index, line) in frame.footer.enumerated() where index < footer.height {
      var x = footer.x
      for span in line {
        x = grid.text(span.text, x: x, y: footer.y + index, style: span.style, clip: footer)
      }
    }
  }

  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    let frame = frame(state, in: rect)
    var cursor = state.views.finance
    switch command {
    case .toggleChart:
      cursor.chart.toggle()
    case .toggleActuals:
      // The actual figures are typed in the table, so asking for them leaves the chart.
      cursor.actuals = cursor.chart || !cursor.actuals
      cursor.chart = false
      state.status = StatusMessage(
        state.strings[cursor.actuals ? "finance.showingActuals" : "finance.showingPlan"])
    case .activate where cursor.chart:
      cursor.chart = false
    case .activate:
      // Enter on an entered figure opens the editor; on a calculated one it says why not.
      guard frame.sheet.target(row: cursor.rows.row, column: cursor.column) == nil else {
        return false
      }
      state.status = StatusMessage(state.strings["finance.derived"], .warning)
      return true
    default:
      guard cursor.chart ? moveYear(command, &cursor, frame, rect) : move(command, &cursor, frame)
      else { return false }
    }
    state.views.finance = cursor
    normalize(&state, frame, width: rect.width)
    return true
  }

  /// A move in the table; false for commands that are not moves.
  private static func move(_ command: Command, _ cursor: inout FinanceView, _ frame: Frame)
    -> Bool
  {
    let count = frame.sheet.rowCount
    let page = frame.layout.visibleRows
    switch command {
    case .moveDown: cursor.rows.move(1, count: count)
    case .moveUp: cursor.rows.move(-1, count: count)
    case .pageDown: cursor.rows.move(page, count: count)
    case .pageUp: cursor.rows.move(-page, count: count)
    case .top: cursor.rows.row = 0
    case .bottom: cursor.rows.row = max(0, count - 1)
    case .moveRight: cursor.column = min(frame.sheet.columnCount - 1, cursor.column + 1)
    case .moveLeft: cursor.column = max(0, cursor.column - 1)
    default: return false
    }
    return true
  }

  /// In the chart every move picks a year (a column of the table), one bar per year.
  private static func moveYear(
    _ command: Command, _ cursor: inout FinanceView, _ frame: Frame, _ rect: Rect
  ) -> Bool {
    let years = frame.sheet.years.count
    let page = max(1, chartBarRows(rect, years: years))
    let index = chartYear(cursor, years: years)
    switch command {
    case .moveDown, .moveRight: cursor.column = 1 + min(years - 1, index + 1)
    case .moveUp, .moveLeft: cursor.column = 1 + max(0, index - 1)
    case .pageDown: cursor.column = 1 + min(years - 1, index + page)
    case .pageUp: cursor.column = 1 + max(0, index - page)
    case .top: cursor.column = 1
    case .bottom: cursor.column = years
    default: return false
    }
    return true
  }

  /// Finds a row by its name: a partner ("tubantia"), "NGF", "saldo".
  static func search(_ query: String, forward: Bool, _ state: inout AppState, in rect: Rect)
    -> Bool
  {
    let frame = frame(state, in: rect)
    let texts = (0..<frame.sheet.rowCount).map(frame.sheet.searchText)
    guard
      let index = TextSearch.next(
        in: texts, matching: query, after: state.views.finance.rows.row, forward: forward)
    else { return false }
    // A row found is a row of the table: show it.
    state.views.finance.chart = false
    state.views.finance.rows.row = index
    normalize(&state, frame, width: rect.width)
    return true
  }

  static func click(x: Int, y: Int, _ state: inout AppState, in rect: Rect) {
    let frame = frame(state, in: rect)
    if state.views.finance.chart {
      clickChart(y: y, &state, frame.sheet, in: rect)
      return
    }
    let (main, totals) = tables(state, frame)
    let layout = frame.layout
    var cursor = state.views.finance
    if y > layout.main.y, y < layout.main.maxY {
      let row = cursor.rows.offset + (y - layout.main.y - 1)
      guard row < main.rowCount else { return }
      cursor.rows.row = row
    } else if let area = layout.totals, let totals, y > area.y, y < area.maxY {
      let row = y - area.y - 1
      guard row < totals.rowCount else { return }
      cursor.rows.row = frame.sheet.partnerRowCount + row
    } else {
      return
    }
    var left = rect.x
    for column in main.visibleColumns(width: rect.width) {
      let width = main.columns[column].width
      if x >= left && x < left + width {
        cursor.column = column
        break
      }
      left += width + 1
    }
    state.views.finance = cursor
    normalize(&state, frame, width: rect.width)
  }

  static func normalize(_ state: inout AppState, in rect: Rect) {
    normalize(&state, frame(state, in: rect), width: rect.width)
  }

  /// Keeps the cell inside the table and on screen: the partner rows scroll, pinned totals
  /// do not, and the selected year scrolls into view sideways.
  static func normalize(_ state: inout AppState, _ frame: Frame, width: Int) {
    let sheet = frame.sheet
    var cursor = state.views.finance
    let visible = frame.layout.visibleRows
    cursor.rows.row = min(max(0, cursor.rows.row), sheet.rowCount - 1)
    if frame.layout.totals == nil {
      cursor.rows.clamp(count: sheet.rowCount, visible: visible)
    } else if cursor.rows.row < sheet.partnerRowCount {
      cursor.rows.clamp(count: sheet.partnerRowCount, visible: visible)
    } else {
      cursor.rows.offset = max(0, min(cursor.rows.offset, sheet.partnerRowCount - visible))
    }
    cursor.column = min(max(0, cursor.column), sheet.columnCount - 1)
    cursor.columnOffset = Table.normalizedOffset(
      columns: sheet.columns(title: ""), frozen: 1, selected: cursor.column,
      offset: cursor.columnOffset, width: width)
    state.views.finance = cursor
  }
}
