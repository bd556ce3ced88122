/// The bowling alley as SVG: a box per segment in the order it is served, arrows from each to
/// the next, rows of `perRow` read left to right and top to bottom; each box names the
/// propositions that serve the segment and its ambassadors.
enum AlleySequenceSVG {
  static let width = 680.0
  static let perRow = 4
  static let gap = 22.0
  static let fontSize = 9.5
  static let rowsPerPicture = 6

  static var boxWidth: Double {
    (width - gap * Double(perRow - 1) - 4) / Double(perRow)
  }

  /// The lines of one step's box: its name in bold, then the propositions and ambassadors.
  static func lines(_ step: AlleySequence.Step) -> (name: [String], rest: [String]) {
    let inner = boxWidth - 12
    let name = SVGText.wrap(
      step.position + ". " + step.segment, width: inner, size: fontSize + 1, bold: true,
      maxLines: 3)
    var rest: [String] = []
    for text in [step.propositions, step.ambassadors] where !text.isEmpty {
      rest += SVGText.wrap(text, width: inner, size: fontSize, maxLines: 8)
    }
    return (name, rest)
  }

  static func render(_ data: AlleySequence, title: String, description: String, id: String)
    -> [String]
  {
    let perPicture = perRow * rowsPerPicture
    let chunks = stride(from: 0, to: max(1, data.steps.count), by: perPicture).map {
      Array(data.steps[$0..<min(data.steps.count, $0 + perPicture)])
    }
    return chunks.enumerated().map { index, steps in
      picture(
        steps, continues: index < chunks.count - 1, title: title, description: description,
        id: id + "p\(index)-")
    }
  }

  private static func picture(
    _ steps: [AlleySequence.Step], continues: Bool, title: String, description: String,
    id: String
  ) -> String {
    let rows = stride(from: 0, to: steps.count, by: perRow).map {
      Array(steps[$0..<min(steps.count, $0 + perRow)])
    }
    let heights = rows.map { row in
      row.map { step -> Double in
        let (name, rest) = lines(step)
        return 10 + Double(name.count) * (fontSize + 1) * SVGText.lineHeight
          + Double(rest.count) * fontSize * SVGText.lineHeight
      }.max() ?? 30
    }
    let height = heights.reduce(0, +) + Double(rows.count) * 26 + 4
    var svg = SVGWriter(width: width, height: height, idPrefix: id)
    var y = 4.0
    var previous: (x: Double, y: Double)?
    for (rowIndex, row) in rows.enumerated() {
      let rowHeight = heights[rowIndex]
      for (column, step) in row.enumerated() {
        let x = 2 + Double(column) * (boxWidth + gap)
        svg.rect(
          x: x, y: y, width: boxWidth, height: rowHeight, fill: .white,
          strokeWidth: rowIndex == 0 && column == 0 ? 2 : 1, radius: 4)
        let (name, rest) = lines(step)
        svg.text(name, x: x + 6, y: y + 14, size: fontSize + 1, bold: true)
        let restTop = y + 14 + Double(name.count) * (fontSize + 1) * SVGText.lineHeight
        svg.text(rest, x: x + 6, y: restTop, size: fontSize)
        if let previous {
          if column == 0 {
            // From the end of the row above back to the start of this one.
            let turn = y - 12
            svg.line(x1: previous.x, y1: previous.y, x2: previous.x, y2: turn)
            svg.line(x1: previous.x, y1: turn, x2: x + boxWidth / 2, y2: turn)
            svg.arrow(from: (x + boxWidth / 2, turn), to: (x + boxWidth / 2, y), head: 5)
          } else {
            svg.arrow(from: (previous.x, previous.y), to: (x, y + rowHeight / 2), head: 5)
          }
        }
        let isLastInRow = column == row.count - 1
        previous =
          isLastInRow ? (x + boxWidth / 2, y + rowHeight) : (x + boxWidth, y + rowHeight / 2)
      }
      y += rowHeight + 26
    }
    if continues, let previous {
      svg.arrow(from: (previous.x, previous.y), to: (previous.x, previous.y + 18), head: 5)
    }
    return svg.document(title: title, description: description)
  }
}
