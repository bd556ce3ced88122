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

  /// The length the segments' bars are measured against: the largest target or reach of a
  /// segment. The total is drawn against its own target, or it would shrink every segment
  /// to a sliver.
  static func scale(_ rows: [ReachChart.Row]) -> Double {
    rows.filter { !$0.isTotal }.map { max($0.reached, $0.target ?? 0) }.max()
      .map { $0 > 0 ? $0 : 1 } ?? 1
  }

  /// The label's lines and the row's height: a label on two lines makes its row taller.
  static func rowLayout(_ row: ReachChart.Row) -> (lines: [String], height: Double) {
    let lines = SVGText.wrap(
      row.label, width: labelWidth - 8, size: fontSize, bold: row.isTotal, maxLines: 2)
    return (lines, max(rowHeight, Double(lines.count) * fontSize * 1.15 + 8))
  }

  /// The pictures, `rowsPerPicture` rows each, on one shared scale.
  static func render(_ data: ReachChart, title: String, description: String, id: String)
    -> [String]
  {
    let maximum = scale(data.rows)
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
    let height = rows.map { rowLayout($0).height }.reduce(0, +) + 34
    var svg = SVGWriter(width: width, height: height, idPrefix: id)
    var y = 6.0
    for row in rows {
      let (lines, rowHeight) = rowLayout(row)
      if row.isTotal {
        svg.line(x1: 0, y1: y, x2: width, y2: y, width: 0.8)
        y += 2
      }
      let textTop = y + rowHeight / 2 - Double(lines.count - 1) * fontSize * 0.55 + 3.5
      svg.text(
        lines, x: 0, y: textTop, size: fontSize, bold: row.isTotal, lineHeight: fontSize * 1.1)
      let scale = row.isTotal ? max(row.target ?? 0, row.reached, 1) : maximum
      let x = labelWidth
      if let target = row.target, target > 0 {
        svg.rect(
          x: x, y: y + 4, width: min(target, scale) / scale * barLength,
          height: rowHeight - 8, fill: .white, strokeWidth: 1.5)
      }
      let reached = min(row.reached, scale) / scale * barLength
      if reached > 0 {
        svg.rect(
          x: x, y: y + 8, width: reached, height: rowHeight - 16, fill: .black, stroke: nil)
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
