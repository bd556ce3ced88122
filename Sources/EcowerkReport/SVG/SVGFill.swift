/// The fills a picture may use. Each reads in black and white, on paper and on a greyscale
/// printer: solid black, white, grey, and patterns of lines and dots, so that parts of a bar
/// are told apart by their pattern and a legend, never by colour alone.
enum SVGFill: String, CaseIterable, Sendable {
  case none
  case white
  case black
  case grey
  case lightGrey
  case hatch
  case crossHatch
  case dots
  case horizontal

  var isPattern: Bool {
    switch self {
    case .hatch, .crossHatch, .dots, .horizontal: return true
    default: return false
    }
  }

  /// The colour of a plain fill; white under a pattern.
  var colour: String {
    switch self {
    case .none: return "none"
    case .white: return "#fff"
    case .black: return "#222"
    case .grey: return "#888"
    case .lightGrey: return "#ddd"
    default: return "#fff"
    }
  }

  /// Distance between the lines or dots of a pattern.
  static let spacing = 5.0

  /// The lines or dots of a patterned fill inside `frame`, as one `<path>` (empty for a plain
  /// fill or an empty frame): geometry of their own, clipped by arithmetic, so nothing
  /// depends on how a viewer paints patterns.
  static func marks(_ fill: SVGFill, in frame: SVGRect) -> String {
    guard frame.width > 0.5, frame.height > 0.5 else { return "" }
    var segments: [(Double, Double, Double, Double)] = []
    switch fill {
    case .hatch:
      segments = rising(frame)
    case .crossHatch:
      segments = rising(frame) + falling(frame)
    case .horizontal:
      var y = frame.y + spacing / 2
      while y < frame.maxY {
        segments.append((frame.x, y, frame.maxX, y))
        y += spacing
      }
    case .dots:
      var path = ""
      var y = frame.y + spacing / 2
      while y < frame.maxY {
        var x = frame.x + spacing / 2
        while x < frame.maxX {
          path += "M\(SVGWriter.number(x - 0.6)),\(SVGWriter.number(y))h1.2"
          x += spacing
        }
        y += spacing
      }
      return path.isEmpty
        ? "" : "<path d=\"\(path)\" stroke=\"#000\" stroke-width=\"1.2\"/>\n"
    default:
      return ""
    }
    guard !segments.isEmpty else { return "" }
    let path = segments.map { segment in
      "M\(SVGWriter.number(segment.0)),\(SVGWriter.number(segment.1))"
        + "L\(SVGWriter.number(segment.2)),\(SVGWriter.number(segment.3))"
    }.joined()
    return "<path d=\"\(path)\" stroke=\"#000\" stroke-width=\"0.8\"/>\n"
  }

  /// Lines rising to the right (x + y constant), clipped to the frame.
  static func rising(_ frame: SVGRect) -> [(Double, Double, Double, Double)] {
    var result: [(Double, Double, Double, Double)] = []
    var c = frame.x + frame.y + spacing / 2
    while c < frame.maxX + frame.maxY {
      let low = max(frame.x, c - frame.maxY)
      let high = min(frame.maxX, c - frame.y)
      if high - low > 0.05 { result.append((low, c - low, high, c - high)) }
      c += spacing
    }
    return result
  }

  /// Lines falling to the right (x − y constant), clipped to the frame.
  static func falling(_ frame: SVGRect) -> [(Double, Double, Double, Double)] {
    var result: [(Double, Double, Double, Double)] = []
    var c = frame.x - frame.maxY + spacing / 2
    while c < frame.maxX - frame.y {
      let low = max(frame.x, c + frame.y)
      let high = min(frame.maxX, c + frame.maxY)
      if high - low > 0.05 { result.append((low, low - c, high, high - c)) }
      c += spacing
    }
    return result
  }
}
