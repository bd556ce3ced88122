/// SMEs taking part against the target as SVG: per segment an open box as long as the target
/// and a black bar inside it as long as the SMEs that take part, the figures beside it.
enum ReachChartSVG {
  static let width = 680.0
  static let labelWidth = 190.0
  static let captionWidth = 110.0
  static let rowHeight = 20.0
  static let fontSize = 10.0
  /// Rows per picture: more would not fit one page, so the bars go on in a next picture.
  static let rowsPerPicture = 32

  static func scale(_ data: ReachChart) -> Double {
    data.rows.map { max($0.reached, $0.target ?? 0) }.max().map { $0 > 0 ? $0 : 1 } ?? 1
  }

  /// The pictures, `rowsPerPicture` rows each, on one shared scale.
  static func render(_ data: ReachChart, title: String, description: String, id: String)
    -> [String]
  {
    let maximum = scale(data)
    let chunks = stride(from: 0, to: max(1, data.rows.count), by: rowsPerPicture).map {
      Array(data.rows[$0..<min(data.rows.count, $0 + rowsPerPicture)])
    }
    return chunks.enumerated().map { index, rows in
      picture(
        rows, data: data, maximum: maximum, title: title, description: description,
        id: id + "p\(index)-")
    }
  }

  private static func picture(
    _ rows: [ReachChart.Row], data: ReachChart, maximum: Double, title: String,
    description: String, id: String
  ) -> String {
    let barLength = width - labelWidth - captionWidth - 16
    let height = Double(rows.count) * rowHeight + 30
    var svg = SVGWriter(width: width, height: height, idPrefix: id)
    var y = 6.0
    for row in rows {
      if row.isTotal {
        svg.line(x1: 0, y1: y, x2: width, y2: y, width: 0.8)
        y += 2
      }
      let lines = SVGText.wrap(
        row.label, width: labelWidth - 8, size: fontSize, bold: row.isTotal, maxLines: 2)
      let textTop = y + rowHeight / 2 - Double(lines.count) * fontSize * 0.62 + fontSize * 0.8
      svg.text(
        lines, x: 0, y: textTop, size: fontSize, bold: row.isTotal, lineHeight: fontSize * 1.1)
      let x = labelWidth
      if let target = row.target, target > 0 {
        svg.rect(
          x: x, y: y + 4, width: target / maximum * barLength, height: rowHeight - 8,
          fill: .white, strokeWidth: 1.5)
      }
      let reached = min(row.reached, maximum) / maximum * barLength
      if reached > 0 {
        svg.rect(x: x, y: y + 8, width: reached, height: rowHeight - 16, fill: .black, stroke: nil)
      }
      svg.text(
        row.caption, x: width - captionWidth, y: y + rowHeight / 2 + 3.5, size: fontSize,
        bold: row.isTotal)
      y += rowHeight
    }
    // Legend.
    let legendY = y + 18
    svg.rect(x: labelWidth, y: legendY - 8, width: 18, height: 8, fill: .black, stroke: nil)
    svg.text(data.reachedLabel, x: labelWidth + 24, y: legendY, size: fontSize)
    let second = labelWidth + 40 + SVGText.width(data.reachedLabel, size: fontSize)
    svg.rect(x: second, y: legendY - 10, width: 24, height: 12, fill: .white, strokeWidth: 1.5)
    svg.text(data.targetLabel, x: second + 30, y: legendY, size: fontSize)
    return svg.document(title: title, description: description)
  }
}
