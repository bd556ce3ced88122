/// Where every box and arrow of one part of the Theory of Change diagram goes: pure
/// arithmetic, tested without drawing.
///
/// Causes on the left, effects on the right: activities, then outputs, outcomes, and the
/// impact goal in the rightmost column, as a logic model reads. A node is centred on the
/// nodes that contribute to it; each subtree takes the height of its tallest side, so boxes
/// never overlap, and each box is as tall as its wrapped title needs.
struct ChangeDiagramLayout {
  struct Box: Hashable {
    var node: ChangeDiagram.Node
    var depth: Int
    var frame: SVGRect
    var lines: [String]
    /// Whether this box is drawn as context above a part, its other children elsewhere.
    var isContext: Bool
  }

  struct Arrow: Hashable {
    /// The right edge of the contributing node.
    var from: (x: Double, y: Double)
    /// The left edge of the node it contributes to.
    var to: (x: Double, y: Double)

    static func == (lhs: Arrow, rhs: Arrow) -> Bool {
      lhs.from == rhs.from && lhs.to == rhs.to
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(from.x)
      hasher.combine(from.y)
      hasher.combine(to.x)
      hasher.combine(to.y)
    }
  }

  static let pageWidth = 680.0
  static let columnGap = 28.0
  static let narrowestBox = 100.0
  static let verticalGap = 8.0
  static let headerHeight = 24.0
  static let titleSize = 10.0
  static let noteSize = 8.5
  static let padding = 5.0
  static let maxTitleLines = 6
  /// The most a part may be tall, at page width: an A4 page under its caption.
  static let pageHeight = 860.0

  let columns: Int
  let boxWidth: Double
  let width: Double
  let height: Double
  let boxes: [Box]
  let arrows: [Arrow]

  /// The column count and box width for a diagram whose deepest node is at `maxDepth`.
  static func columns(maxDepth: Int) -> (count: Int, boxWidth: Double, width: Double) {
    let count = max(1, maxDepth + 1)
    let gaps = Double(count - 1) * columnGap
    let box = max(narrowestBox, (pageWidth - gaps) / Double(count))
    return (count, box, Double(count) * box + gaps)
  }

  /// The height of a node's box with its title wrapped to `boxWidth`.
  static func boxHeight(_ node: ChangeDiagram.Node, boxWidth: Double) -> Double {
    let lines = titleLines(node, boxWidth: boxWidth).count
    let note = node.note.isEmpty ? 0 : noteSize * SVGText.lineHeight
    return padding * 2 + Double(lines) * titleSize * SVGText.lineHeight + note
  }

  static func titleLines(_ node: ChangeDiagram.Node, boxWidth: Double) -> [String] {
    SVGText.wrap(
      node.title, width: boxWidth - padding * 2, size: titleSize, maxLines: maxTitleLines)
  }

  /// The height the subtrees take stacked one above the other.
  static func stackHeight(_ nodes: [ChangeDiagram.Node], boxWidth: Double) -> Double {
    guard !nodes.isEmpty else { return 0 }
    return nodes.reduce(0) { $0 + span($1, boxWidth: boxWidth) }
      + Double(nodes.count - 1) * verticalGap
  }

  /// The height a subtree takes: its own box or its children stacked, whichever is taller.
  static func span(_ node: ChangeDiagram.Node, boxWidth: Double) -> Double {
    max(boxHeight(node, boxWidth: boxWidth), stackHeight(node.children, boxWidth: boxWidth))
  }

  /// What a part costs in page height, scaled as the page will scale the picture.
  static func cost(
    _ path: [ChangeDiagram.Node], _ nodes: [ChangeDiagram.Node], maxDepth: Int
  ) -> Double {
    let box = columns(maxDepth: maxDepth)
    let context = path.map { boxHeight($0, boxWidth: box.boxWidth) }.max() ?? 0
    let height = headerHeight + max(context, stackHeight(nodes, boxWidth: box.boxWidth))
    return height * pageWidth / box.width
  }

  init(_ part: ChangeDiagramPart, maxDepth: Int) {
    let shape = Self.columns(maxDepth: maxDepth)
    columns = shape.count
    boxWidth = shape.boxWidth
    width = shape.width
    var boxes: [Box] = []
    var arrows: [Arrow] = []
    let x = { (depth: Int) -> Double in
      Double(shape.count - 1 - min(depth, shape.count - 1)) * (shape.boxWidth + Self.columnGap)
    }
    let boxWidth = shape.boxWidth
    let baseDepth = part.path.count
    // Lays out a subtree from `top`; returns the centre of its root's box.
    func place(_ node: ChangeDiagram.Node, depth: Int, top: Double) -> Double {
      let own = Self.boxHeight(node, boxWidth: boxWidth)
      let stack = Self.stackHeight(node.children, boxWidth: boxWidth)
      let span = max(own, stack)
      var centres: [Double] = []
      var childTop = top + (span - stack) / 2
      for child in node.children {
        centres.append(place(child, depth: depth + 1, top: childTop))
        childTop += Self.span(child, boxWidth: boxWidth) + Self.verticalGap
      }
      var centre = centres.isEmpty ? top + span / 2 : (centres[0] + centres[centres.count - 1]) / 2
      centre = min(max(centre, top + own / 2), top + span - own / 2)
      let frame = SVGRect(x: x(depth), y: centre - own / 2, width: boxWidth, height: own)
      boxes.append(
        Box(
          node: node, depth: depth, frame: frame,
          lines: Self.titleLines(node, boxWidth: boxWidth), isContext: false))
      for centre in centres {
        arrows.append(Arrow(from: (x(depth + 1) + boxWidth, centre), to: (frame.x, frame.midY)))
      }
      return centre
    }
    let stack = Self.stackHeight(part.nodes, boxWidth: boxWidth)
    let context = part.path.map { Self.boxHeight($0, boxWidth: boxWidth) }.max() ?? 0
    let body = max(stack, context)
    var top = Self.headerHeight + (body - stack) / 2
    var centres: [Double] = []
    for node in part.nodes {
      centres.append(place(node, depth: baseDepth, top: top))
      top += Self.span(node, boxWidth: boxWidth) + Self.verticalGap
    }
    // The context: each node above the part in its own column, centred on what it holds here.
    let middle =
      centres.first.map { first in (first + (centres.last ?? first)) / 2 }
      ?? Self.headerHeight + body / 2
    var sources = centres
    for (depth, node) in part.path.enumerated().reversed() {
      let own = Self.boxHeight(node, boxWidth: boxWidth)
      let centre = min(
        max(middle, Self.headerHeight + own / 2), Self.headerHeight + body - own / 2)
      let frame = SVGRect(x: x(depth), y: centre - own / 2, width: boxWidth, height: own)
      boxes.append(
        Box(
          node: node, depth: depth, frame: frame,
          lines: Self.titleLines(node, boxWidth: boxWidth), isContext: true))
      for source in sources {
        arrows.append(Arrow(from: (x(depth + 1) + boxWidth, source), to: (frame.x, centre)))
      }
      sources = [centre]
    }
    self.boxes = boxes
    self.arrows = arrows
    height = Self.headerHeight + body + 4
  }
}
