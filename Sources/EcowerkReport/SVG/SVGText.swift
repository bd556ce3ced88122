import EcowerkText

/// How much room text takes in a picture, estimated without a font: a picture is drawn before
/// any browser has chosen one.
///
/// The estimate is deliberately generous (DejaVu Sans, the widest common sans-serif, averages
/// 0.55 em a character, digits 0.64 em), so a label measured to fit does fit in any font the
/// reader's machine falls back to.
enum SVGText {
  /// Average width of one display column, in ems.
  static let columnWidth = 0.6
  /// Lines of text sit this many font sizes apart.
  static let lineHeight = 1.25

  /// The estimated width of one line of text.
  static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
    Double(DisplayWidth.of(Sanitizer.line(text))) * size * columnWidth * (bold ? 1.08 : 1)
  }

  /// How many display columns fit in `width`.
  static func columns(_ width: Double, size: Double, bold: Bool = false) -> Int {
    max(1, Int(width / (size * columnWidth * (bold ? 1.08 : 1))))
  }

  /// The text wrapped to `width`, at most `maxLines` lines; a last line that had to be cut
  /// ends in "…". The whole text is always in the picture's text alternative and in the
  /// tables of the document.
  static func wrap(
    _ text: String, width: Double, size: Double, bold: Bool = false, maxLines: Int = .max
  ) -> [String] {
    let columns = columns(width, size: size, bold: bold)
    let lines = TextLayout.wrap(Sanitizer.line(text), width: columns)
    guard lines.count > maxLines, maxLines > 0 else { return lines.isEmpty ? [""] : lines }
    var kept = Array(lines.prefix(maxLines))
    var last = TextLayout.truncate(kept[maxLines - 1] + " " + lines[maxLines], toWidth: columns)
    if !last.hasSuffix("…") { last = TextLayout.truncate(last, toWidth: columns - 1) + "…" }
    kept[maxLines - 1] = last
    return kept
  }
}
