import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The chart face of the Finance pane: where each year's money comes from, one bar per year, the
/// selected year (the table's column) marked, and the verdict under the legend.
extension FinancePane {
  static func drawChart(
    _ state: AppState, _ sheet: FinanceSheet, into grid: inout CellGrid, in rect: Rect
  ) {
    let s = state.strings
    let glyphs = state.settings.glyphs
    let chart = FinanceChart(sheet)
    let footer = footerLines(state, sheet, width: rect.width, chart: true)
    let layout = FinanceChartLayout(rect, years: chart.bars.count, footerLines: footer.count)
    let clip = rect
    guard !chart.isEmpty else {
      grid.heading(
        s["finance.chart.heading"], x: rect.x, y: rect.y, width: rect.width, glyphs: glyphs)
      let lines = TextLayout.wrap(
        Sanitizer.text(state.keyed(s["finance.chart.empty"])), width: rect.width)
      for (index, line) in lines.enumerated() where index + 1 < rect.height {
        _ = grid.text(line, x: rect.x, y: rect.y + 1 + index, style: .muted, clip: clip)
      }
      return
    }
    grid.heading(
      s.format("finance.chart.title", s.money(chart.scale)), x: rect.x, y: rect.y,
      width: rect.width, glyphs: glyphs)
    let selected = chartYear(state.views.finance, years: chart.bars.count)
    let shareWidth = chart.shareTexts(s).map(DisplayWidth.of).max() ?? 0
    // The year, a space, the bar, the costs marker's extra cell, a space, the share.
    let barWidth = rect.width - 5 - 1 - 1 - shareWidth
    let offset = FinanceChartLayout.offset(
      selected: selected, rows: layout.bars.height, count: chart.bars.count)
    for row in 0..<layout.bars.height {
      let index = offset + row
      guard index < chart.bars.count else { break }
      let spans = chart.line(
        index, barWidth: barWidth, shareWidth: shareWidth, selected: index == selected,
        glyphs: glyphs, strings: s)
      drawSpans(spans, x: rect.x, y: layout.bars.y + row, into: &grid, clip: clip)
    }
    if layout.legend.height > 0, layout.legend.maxY <= rect.maxY {
      drawSpans(
        chart.legend(glyphs: glyphs, strings: s), x: rect.x, y: layout.legend.y, into: &grid,
        clip: clip)
    }
    for (index, line) in footer.enumerated() where index < layout.footer.height {
      drawSpans(line, x: rect.x, y: layout.footer.y + index, into: &grid, clip: clip)
    }
  }

  static func drawSpans(_ spans: [Span], x: Int, y: Int, into grid: inout CellGrid, clip: Rect) {
    var x = x
    for span in spans {
      x = grid.text(span.text, x: x, y: y, style: span.style, clip: clip)
    }
  }

  /// The year the chart marks: the table's selected year, the first for the names column and
  /// the last for the Total column.
  static func chartYear(_ cursor: FinanceView, years: Int) -> Int {
    min(max(0, cursor.column - 1), max(0, years - 1))
  }

  /// How many bars the chart shows at once in `rect`.
  static func chartBarRows(_ rect: Rect, years: Int) -> Int {
    FinanceChartLayout(rect, years: years, footerLines: 1).bars.height
  }

  /// A click on a bar selects its year.
  static func clickChart(y: Int, _ state: inout AppState, _ sheet: FinanceSheet, in rect: Rect) {
    let footer = footerLines(state, sheet, width: rect.width, chart: true)
    let years = sheet.years.count
    let layout = FinanceChartLayout(rect, years: years, footerLines: footer.count)
    guard y >= layout.bars.y, y < layout.bars.maxY else { return }
    let offset = FinanceChartLayout.offset(
      selected: chartYear(state.views.finance, years: years), rows: layout.bars.height,
      count: years)
    let index = offset + y - layout.bars.y
    guard index < years else { return }
    state.views.finance.column = 1 + index
  }
}
