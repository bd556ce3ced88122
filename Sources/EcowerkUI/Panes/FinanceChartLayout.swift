/// Where the parts of the Finance chart go: the title, one line per year's bar, the legend and
/// the verdict under it.
///
/// A roomy pane gets blank lines between the parts and the whole footer; a low one drops the
/// blank lines and keeps only the verdict's first line, and when even then not every year fits,
/// the bars scroll to keep the selected year in sight.
struct FinanceChartLayout: Hashable {
  var title: Rect
  /// The bars' lines; its height is the number of bars shown at once.
  var bars: Rect
  var legend: Rect
  var footer: Rect

  init(_ rect: Rect, years: Int, footerLines: Int) {
    let roomy = rect.height >= 1 + 1 + years + 1 + 1 + 1 + footerLines
    let gap = roomy ? 1 : 0
    let footerHeight = roomy ? footerLines : min(1, footerLines)
    let fixed = 1 + gap + gap + 1 + (footerHeight > 0 ? gap + footerHeight : 0)
    let barRows = max(0, min(years, rect.height - fixed))
    title = Rect(x: rect.x, y: rect.y, width: rect.width, height: min(1, rect.height))
    bars = Rect(x: rect.x, y: rect.y + 1 + gap, width: rect.width, height: barRows)
    legend = Rect(x: rect.x, y: bars.maxY + gap, width: rect.width, height: 1)
    footer = Rect(
      x: rect.x, y: legend.maxY + gap, width: rect.width, height: footerHeight)
  }

  /// The first bar shown: the selected one stays in sight, as low as it can.
  static func offset(selected: Int, rows: Int, count: Int) -> Int {
    guard rows > 0, count > rows else { return 0 }
    return min(max(0, selected - rows + 1), count - rows)
  }
}
