/// Any bar chart of the document as SVG: per row its label, a bar whose parts are told apart
/// by pattern, and the figure itself; a legend when the bars have parts.
enum BarChartSVG {
  static let width = 680.0
  static let labelWidth = 170.0
  static let captionWidth = 120.0
  static let rowHeight = 20.0
  static let fontSize = 10.0

  static func render(_ chart: ReportBarChart, title: String, id: String) -> String {
    let legendRows = chart.legend.isEmpty ? 0 : (chart.legend.count + 3) / 4
    let height = Double(chart.rows.count) * rowHeight + Double(legendRows) * 18 + 8
    var svg = SVGWriter(width: width, height: height, idPrefix: id)
    let length = width - labelWidth - captionWidth - 12
    var y = 2.0
    for row in chart.rows {
      let label = SVGText.wrap(row.label, width: labelWidth - 8, size: fontSize, maxLines: 1)
      svg.text(label, x: 0, y: y + rowHeight / 2 + 3.5, size: fontSize)
      svg.rect(
        x: labelWidth, y: y + 4, width: length, height: rowHeight - 8, stroke: "#999",
        strokeWidth: 0.6)
      var x = labelWidth
      var total = 0.0
      for (index, fraction) in row.fractions.enumerated() {
        let part = fraction.isFinite ? max(0, fraction) : 0
        let end = min(1, total + part)
        let partLength = (end - total) * length
        total = end
        guard partLength > 0 else { continue }
        svg.rect(
          x: x, y: y + 4, width: partLength, height: rowHeight - 8, fill: fill(index),
          strokeWidth: 0.6)
        x += partLength
      }
      svg.text(row.caption, x: width - captionWidth, y: y + rowHeight / 2 + 3.5, size: fontSize)
      y += rowHeight
    }
    for (index, name) in chart.legend.enumerated() {
      let x = labelWidth + Double(index % 4) * 120
      let legendY = y + 14 + Double(index / 4) * 18
      svg.rect(x: x, y: legendY - 9, width: 16, height: 11, fill: fill(index), strokeWidth: 0.8)
      svg.text(name, x: x + 22, y: legendY, size: fontSize)
    }
    let description = chart.rows.map { "\($0.label): \($0.caption)" }.joined(separator: "; ")
    return svg.document(title: title, description: description)
  }

  static func fill(_ index: Int) -> SVGFill {
    MoneyChartSVG.fill(index)
  }
}
