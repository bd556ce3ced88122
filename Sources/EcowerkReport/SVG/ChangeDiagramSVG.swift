/// One part of the Theory of Change as SVG: a column per level headed by its name, a box per
/// node with its title and a note of its KPIs and assumptions, and an arrow from each node to
/// the one it contributes to. A node with a broken assumption has a dashed border; nodes drawn
/// as context for a part are grey.
enum ChangeDiagramSVG {
  static func render(
    _ part: ChangeDiagramPart, in diagram: ChangeDiagram, maxDepth: Int, title: String,
    description: String, id: String
  ) -> String {
    let layout = ChangeDiagramLayout(part, maxDepth: maxDepth)
    var svg = SVGWriter(width: layout.width, height: layout.height, idPrefix: id)
    for depth in 0..<layout.columns {
      guard depth < diagram.columnTitles.count else { continue }
      let x =
        Double(layout.columns - 1 - depth) * (layout.boxWidth + ChangeDiagramLayout.columnGap)
      svg.text(
        diagram.columnTitles[depth], x: x + layout.boxWidth / 2, y: 14, size: 11,
        anchor: "middle", bold: true)
    }
    for arrow in layout.arrows {
      let elbow = arrow.to.x - ChangeDiagramLayout.columnGap / 2
      svg.line(x1: arrow.from.x, y1: arrow.from.y, x2: elbow, y2: arrow.from.y)
      svg.line(x1: elbow, y1: arrow.from.y, x2: elbow, y2: arrow.to.y)
      svg.arrow(from: (elbow, arrow.to.y), to: (arrow.to.x, arrow.to.y), head: 5)
    }
    // The links beside the tree: a dashed line from the side of one box to the side of the
    // other, both in this part; a link whose own assumption broke is red.
    let frames = Dictionary(layout.boxes.map { ($0.node.id, $0.frame) }) { first, _ in first }
    for link in diagram.links {
      guard let from = frames[link.from], let to = frames[link.to] else { continue }
      let rightwards = to.x >= from.x + from.width
      let start = (rightwards ? from.x + from.width : from.x, from.y + from.height * 0.75)
      let end = (rightwards ? to.x : to.x + to.width, to.y + to.height * 0.25)
      let colour = link.broken ? "#b00020" : "#555"
      svg.line(
        x1: start.0, y1: start.1, x2: end.0, y2: end.1, stroke: colour, width: 1.2, dashed: true)
      svg.arrow(from: (end.0 - (rightwards ? 1 : -1), end.1), to: end, head: 5)
    }
    let pad = ChangeDiagramLayout.padding
    let size = ChangeDiagramLayout.titleSize
    for box in layout.boxes {
      let frame = box.frame
      svg.rect(
        x: frame.x, y: frame.y, width: frame.width, height: frame.height,
        fill: box.isContext ? .lightGrey : .white, strokeWidth: box.depth == 0 ? 2 : 1,
        dashed: box.node.broken, radius: 3)
      svg.text(
        box.lines, x: frame.x + pad, y: frame.y + pad + size * 0.9, size: size,
        bold: box.depth == 0)
      if !box.node.note.isEmpty {
        let noteY =
          frame.y + pad + Double(box.lines.count) * size * SVGText.lineHeight
          + ChangeDiagramLayout.noteSize * 0.9
        let note = SVGText.wrap(
          box.node.note, width: frame.width - pad * 2, size: ChangeDiagramLayout.noteSize,
          maxLines: 1)
        svg.text(note, x: frame.x + pad, y: noteY, size: ChangeDiagramLayout.noteSize, italic: true)
      }
    }
    return svg.document(title: title, description: description)
  }
}
