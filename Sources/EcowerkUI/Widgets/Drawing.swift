import EcowerkText

/// Small drawing helpers the panes share.
extension CellGrid {
  /// A section heading: bold accent text followed by a rule to the right edge.
  mutating func heading(_ title: String, x: Int, y: Int, width: Int, glyphs: Glyphs) {
    let end = text(
      title, x: x, y: y, style: .heading, clip: Rect(x: x, y: y, width: width, height: 1))
    if end + 1 < x + width {
      let rule = String(repeating: glyphs.horizontal, count: x + width - end - 1)
      text(rule, x: end + 1, y: y, style: .muted, clip: Rect(x: x, y: y, width: width, height: 1))
    }
  }

  /// A vertical line, e.g. between a list and its detail view.
  mutating func verticalLine(x: Int, from top: Int, to bottom: Int, glyphs: Glyphs) {
    guard top < bottom else { return }
    for y in top..<bottom {
      set(x, y, Cell(glyphs.vertical, style: .muted))
    }
  }

  /// A horizontal bar of `fraction` (0...1) filled in `width` cells.
  mutating func bar(
    _ fraction: Double, x: Int, y: Int, width: Int, style: Style, glyphs: Glyphs
  ) {
    guard width > 0 else { return }
    let clamped = min(1, max(0, fraction.isFinite ? fraction : 0))
    let filled = Int((clamped * Double(width)).rounded())
    let text =
      String(repeating: glyphs.barFull, count: filled)
      + String(repeating: glyphs.barEmpty, count: width - filled)
    self.text(text, x: x, y: y, style: style)
  }
}
