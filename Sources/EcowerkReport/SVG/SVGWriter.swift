/// Writes one standalone SVG picture as text: shapes, and text that is always sanitised and
/// escaped, so that a name from a plan can neither add markup nor close the element it is in.
///
/// The picture draws with nothing but its own elements: no scripts, no links, no `href`, no
/// fonts or images fetched from anywhere. Coordinates are written with at most one decimal, in
/// a fixed notation, so the same picture always gives the same bytes.
struct SVGWriter {
  /// The size of the drawing in SVG units; the page scales it to its width.
  let width: Double
  let height: Double
  /// A prefix for the ids inside the picture (its title and description), unique within the
  /// document the picture is placed in.
  let idPrefix: String
  private(set) var body = ""

  init(width: Double, height: Double, idPrefix: String) {
    self.width = width
    self.height = height
    self.idPrefix = idPrefix
  }

  /// The whole `<svg>` element. `title` and `description` are its text alternative: what a
  /// screen reader says, and what a reader who cannot see the picture needs to know.
  func document(title: String, description: String) -> String {
    let titleID = idPrefix + "title"
    let descriptionID = idPrefix + "desc"
    // No xmlns: inside HTML the parser knows an <svg> element, and the page names no URL.
    var svg = "<svg viewBox=\"0 0 \(Self.number(width)) "
    svg += "\(Self.number(height))\" width=\"\(Self.number(width))\" "
    svg += "role=\"img\" aria-labelledby=\"\(titleID) \(descriptionID)\" class=\"picture\">\n"
    svg += "<title id=\"\(titleID)\">\(Self.escape(title))</title>\n"
    svg += "<desc id=\"\(descriptionID)\">\(Self.escape(description))</desc>\n"
    return svg + body + "</svg>\n"
  }

  /// A rectangle. A patterned fill is drawn as lines or dots of its own, not as an SVG
  /// pattern: browsers print a pattern as a picture the size of the whole drawing, once per
  /// shape, which made a 25-page snapshot 2 MB.
  mutating func rect(
    x: Double, y: Double, width: Double, height: Double, fill: SVGFill = .none,
    stroke: String? = "#000", strokeWidth: Double = 1, dashed: Bool = false, radius: Double = 0
  ) {
    let frame = SVGRect(x: x, y: y, width: max(0, width), height: max(0, height))
    var element = "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" "
    element += "width=\"\(Self.number(frame.width))\" height=\"\(Self.number(frame.height))\""
    if radius > 0 { element += " rx=\"\(Self.number(radius))\"" }
    element += " fill=\"\(fill.isPattern ? "#fff" : fill.colour)\""
    if fill.isPattern {
      body += element + "/>\n"
      let marks = SVGFill.marks(fill, in: frame)
      if !marks.isEmpty { body += marks }
      element = "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" "
      element += "width=\"\(Self.number(frame.width))\" height=\"\(Self.number(frame.height))\""
      element += " fill=\"none\""
    }
    element += stroke.map { " stroke=\"\($0)\" stroke-width=\"\(Self.number(strokeWidth))\"" } ?? ""
    if dashed { element += " stroke-dasharray=\"4 3\"" }
    body += element + "/>\n"
  }

  mutating func line(
    x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#000",
    width strokeWidth: Double = 1, dashed: Bool = false
  ) {
    var element = "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" "
    element += "x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" stroke=\"\(stroke)\" "
    element += "stroke-width=\"\(Self.number(strokeWidth))\""
    if dashed { element += " stroke-dasharray=\"4 3\"" }
    body += element + "/>\n"
  }

  /// A circle, in a plain fill.
  mutating func circle(
    cx: Double, cy: Double, radius: Double, fill: SVGFill, strokeWidth: Double = 1
  ) {
    let paint = fill.colour
    body += "<circle cx=\"\(Self.number(cx))\" cy=\"\(Self.number(cy))\" "
    body += "r=\"\(Self.number(radius))\" fill=\"\(paint)\" stroke=\"#000\" "
    body += "stroke-width=\"\(Self.number(strokeWidth))\"/>\n"
  }

  /// A closed shape through the points, such as an arrowhead or a star.
  mutating func polygon(_ points: [(Double, Double)], fill: SVGFill, stroke: String? = "#000") {
    let paint = fill.colour
    let list = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
    body += "<polygon points=\"\(list)\" fill=\"\(paint)\""
    body += stroke.map { " stroke=\"\($0)\"" } ?? ""
    body += "/>\n"
  }

  /// A line with an arrowhead at its end, pointing from the first point to the second.
  mutating func arrow(from start: (Double, Double), to end: (Double, Double), head: Double = 6) {
    let dx = end.0 - start.0
    let dy = end.1 - start.1
    let length = (dx * dx + dy * dy).squareRoot()
    guard length > 0 else { return }
    let (ux, uy) = (dx / length, dy / length)
    let base = (end.0 - ux * head, end.1 - uy * head)
    line(x1: start.0, y1: start.1, x2: base.0, y2: base.1)
    polygon(
      [
        end, (base.0 - uy * head / 2, base.1 + ux * head / 2),
        (base.0 + uy * head / 2, base.1 - ux * head / 2),
      ], fill: .black, stroke: nil)
  }

  /// Text; one `<text>` per line, so no line depends on the viewer's wrapping. `anchor` is
  /// `start`, `middle` or `end`.
  mutating func text(
    _ lines: [String], x: Double, y: Double, size: Double, anchor: String = "start",
    bold: Bool = false, italic: Bool = false, lineHeight: Double? = nil
  ) {
    let step = lineHeight ?? size * SVGText.lineHeight
    for (index, line) in lines.enumerated() {
      var element = "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y + Double(index) * step))\""
      element += " font-size=\"\(Self.number(size))\""
      if anchor != "start" { element += " text-anchor=\"\(anchor)\"" }
      if bold { element += " font-weight=\"bold\"" }
      if italic { element += " font-style=\"italic\"" }
      body += element + ">\(Self.escape(line))</text>\n"
    }
  }

  mutating func text(
    _ line: String, x: Double, y: Double, size: Double, anchor: String = "start",
    bold: Bool = false, italic: Bool = false
  ) {
    text([line], x: x, y: y, size: size, anchor: anchor, bold: bold, italic: italic)
  }

  /// A number in SVG notation: at most one decimal, no exponent, "-0" written as "0".
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = tenths.magnitude
    let whole = "\(sign)\(magnitude / 10)"
    return magnitude % 10 == 0 ? whole : "\(whole).\(magnitude % 10)"
  }

  /// Text made safe for an SVG text node or an attribute value: control characters and bidi
  /// overrides shown as visible symbols, then the five XML specials escaped.
  static func escape(_ text: String) -> String {
    HTMLText.escape(text)
  }

}
