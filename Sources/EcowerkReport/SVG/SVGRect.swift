/// A rectangle in a picture's coordinates: y grows downwards, as in SVG.
struct SVGRect: Hashable, Sendable {
  var x: Double
  var y: Double
  var width: Double
  var height: Double

  var maxX: Double { x + width }
  var maxY: Double { y + height }
  var midX: Double { x + width / 2 }
  var midY: Double { y + height / 2 }

  /// Whether `other` lies wholly inside this rectangle (edges may touch).
  func contains(_ other: SVGRect) -> Bool {
    other.x >= x - 0.001 && other.y >= y - 0.001 && other.maxX <= maxX + 0.001
      && other.maxY <= maxY + 0.001
  }

  /// Whether the two share any area (touching edges do not count).
  func overlaps(_ other: SVGRect) -> Bool {
    x < other.maxX - 0.001 && other.x < maxX - 0.001 && y < other.maxY - 0.001
      && other.y < maxY - 0.001
  }
}
