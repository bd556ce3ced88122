/// Fits text into a number of terminal columns: cut, pad, wrap and scroll sideways.
///
/// Everything is measured with `DisplayWidth` and cut only between grapheme clusters, so an
/// accent never loses its letter and a flag never splits into two letters. Input is expected
/// to be sanitised already; a raw control character would measure 0 columns here.
public enum TextLayout {
  /// Where padding goes when text is narrower than its column.
  public enum Alignment: Sendable, Hashable {
    case left
    case right
    /// Odd padding puts the extra space on the right, so centred labels lean left the same way
    /// in every row.
    case center
  }

  /// The ellipsis marks a cut so a reader never mistakes a shortened name for the full one.
  static let ellipsis = "\u{2026}"

  /// `s` cut to at most `width` columns, ending in "…" when anything was cut.
  ///
  /// A wide character that would straddle the limit is dropped rather than half drawn, so the
  /// result can be one column short; `pad(_:toWidth:alignment:)` fills that in.
  public static func truncate(_ s: String, toWidth width: Int) -> String {
    fit(s, toWidth: width).text
  }

  /// `s` truncated to `width` columns, then padded with spaces to exactly `width` columns, so
  /// table cells line up whatever mix of accents, CJK and emoji they hold.
  public static func pad(
    _ s: String, toWidth width: Int, alignment: Alignment = .left
  ) -> String {
    guard width > 0 else { return "" }
    let fitted = fit(s, toWidth: width)
    let gap = width - fitted.width
    guard gap > 0 else { return fitted.text }
    switch alignment {
    case .left:
      return fitted.text + spaces(gap)
    case .right:
      return spaces(gap) + fitted.text
    case .center:
      return spaces(gap / 2) + fitted.text + spaces(gap - gap / 2)
    }
  }

  /// The `width` columns of `s` that start `skippingColumns` columns in, for horizontal
  /// scrolling.
  ///
  /// A wide character cut by the left edge becomes a space, so everything after it stays in
  /// its column while scrolling; one cut by the right edge is dropped, like in `truncate`, and
  /// the caller pads.
  public static func clip(_ s: String, skippingColumns skip: Int, width: Int) -> String {
    guard width > 0 else { return "" }
    let skip = max(0, skip)
    if isPrintableASCII(s) {
      let utf8 = s.utf8
      let start = utf8.index(utf8.startIndex, offsetBy: min(skip, utf8.count))
      let end = utf8.index(
        start, offsetBy: min(width, utf8.distance(from: start, to: utf8.endIndex)))
      return String(s[start..<end])
    }
    var result = ""
    var column = 0
    var used = 0
    for character in s {
      let characterWidth = DisplayWidth.of(character)
      if column < skip {
        column += characterWidth
        // Only a wide character can reach past the edge; its visible half becomes blank.
        if column > skip {
          let visible = min(column - skip, width)
          result += spaces(visible)
          used += visible
        }
        continue
      }
      if used + characterWidth > width { break }
      result.append(character)
      used += characterWidth
    }
    return result
  }

  /// The longest prefix that fits, with its width, so `pad` need not measure twice.
  static func fit(_ s: String, toWidth width: Int) -> (text: String, width: Int) {
    guard width > 0 else { return ("", 0) }
    // A cluster never takes more columns than it has UTF-8 bytes, so short text always fits.
    if s.utf8.count <= width { return (s, DisplayWidth.of(s)) }
    // Most labels are plain ASCII: one column per byte, so cut by bytes without grapheme work.
    if isPrintableASCII(s) {
      let cut = s.utf8.index(s.utf8.startIndex, offsetBy: width - 1)
      return (String(s[..<cut]) + ellipsis, width)
    }
    var used = 0
    var offset = 0
    // The end of the longest prefix that still leaves a column for the ellipsis.
    var cutOffset = 0
    var cutWidth = 0
    for character in s {
      used += DisplayWidth.of(character)
      if used > width {
        let cut = s.utf8.index(s.utf8.startIndex, offsetBy: cutOffset)
        return (String(s[..<cut]) + ellipsis, cutWidth + 1)
      }
      offset += character.utf8.count
      if used < width {
        cutOffset = offset
        cutWidth = used
      }
    }
    return (s, used)
  }

  static func spaces(_ count: Int) -> String {
    String(repeating: " ", count: count)
  }

  /// Printable ASCII is one column per byte, which lets clipping index bytes directly.
  static func isPrintableASCII(_ s: String) -> Bool {
    s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }
}
