/// The peer review profile as SVG: per dimension one bar per review on the 1–5 scale, oldest
/// review on top, each review in its own pattern, the level written at the end of its bar.
enum ReviewProfileSVG {
  static let width = 680.0
  static let labelWidth = 200.0
  static let barHeight = 12.0
  static let fontSize = 10.0

  static func render(_ data: ReviewProfile, title: String, description: String, id: String)
    -> String
  {
    let reviews = data.reviews.count
    let groupHeight = Double(max(1, reviews)) * (barHeight + 3) + 12
    let legendRows = (reviews + 2) / 3
    let top = 22.0
    let height = top + Double(data.dimensions.count) * groupHeight + 12 + Double(legendRows) * 18
    var svg = SVGWriter(width: width, height: height, idPrefix: id)
    let length = width - labelWidth - 50
    let highest = Double(max(1, data.highestLevel))
    let plotBottom = top + Double(data.dimensions.count) * groupHeight
    for level in 0...data.highestLevel {
      let x = labelWidth + Double(level) / highest * length
      svg.line(x1: x, y1: top - 4, x2: x, y2: plotBottom, stroke: "#bbb", width: 0.6)
      svg.text(String(level), x: x, y: top - 8, size: 9.5, anchor: "middle")
    }
    for (row, dimension) in data.dimensions.enumerated() {
      let y = top + Double(row) * groupHeight + 6
      let lines = SVGText.wrap(dimension, width: labelWidth - 10, size: fontSize, maxLines: 3)
      svg.text(lines, x: 0, y: y + fontSize, size: fontSize, bold: true)
      for (index, review) in data.reviews.enumerated() {
        let barY = y + Double(index) * (barHeight + 3)
        guard row < review.levels.count, let level = review.levels[row] else {
          svg.text("–", x: labelWidth + 4, y: barY + barHeight - 2, size: 9.5)
          continue
        }
        let bar = min(max(level, 0), highest) / highest * length
        svg.rect(
          x: labelWidth, y: barY, width: bar, height: barHeight, fill: fill(index),
          strokeWidth: 0.8)
        let caption = row < review.captions.count ? review.captions[row] : ""
        svg.text(caption, x: labelWidth + bar + 4, y: barY + barHeight - 2, size: 9.5)
      }
    }
    for (index, review) in data.reviews.enumerated() {
      let x = labelWidth + Double(index % 3) * 150 - 60
      let y = plotBottom + 16 + Double(index / 3) * 18
      svg.rect(x: max(0, x), y: y - 9, width: 16, height: 11, fill: fill(index), strokeWidth: 0.8)
      svg.text(review.label, x: max(0, x) + 22, y: y, size: 10)
    }
    return svg.document(title: title, description: description)
  }

  /// The newest review is black, older ones lighter patterns.
  static func fill(_ index: Int) -> SVGFill {
    let fills: [SVGFill] = [.hatch, .black, .dots, .grey, .crossHatch, .horizontal]
    return fills[index % fills.count]
  }
}
