/// How many terminal columns text occupies, from our own Unicode 15 table.
///
/// We do not call `wcwidth`: its answer depends on the process locale (it returns -1 for every
/// non-ASCII character under `LC_ALL=C`), and a projector laptop's locale is not something we
/// control. Every cell of every frame is measured, so ASCII never reaches the tables.
///
/// Control characters (C0, DEL, C1) measure 0 columns. They are never meant to be measured
/// raw: `Sanitizer` replaces them with visible symbols before text reaches a layout function,
/// and 0 keeps a stray one from pushing the rest of a row out of alignment.
public enum DisplayWidth {
  /// The column width of one scalar on its own: 0, 1 or 2.
  ///
  /// Ambiguous-width characters (East_Asian_Width A, such as U+2026 and U+FFFD) count 1, as in
  /// every non-CJK terminal; a CJK-configured terminal that draws them wide is not supported.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value >= 0x20 ? 1 : 0 }
    if value < 0xA0 { return 0 }
    // Latin-1 and the rest of Latin up to the combining diacritics: all one column, and this
    // covers Dutch text without a table lookup.
    if value < 0x0300 { return 1 }
    // Nothing below the Hangul Jamo is wide, so only the zero-width table can apply.
    if value < 0x1100 { return contains(zeroWidthRanges, value) ? 0 : 1 }
    if contains(wideRanges, value) { return 2 }
    return contains(zeroWidthRanges, value) ? 0 : 1
  }

  /// The column width of one grapheme cluster: what a user sees as one character.
  ///
  /// The width is that of the first scalar that takes columns, because a terminal draws the
  /// marks that follow into the same cell(s). Emoji are the exception: after a 1-wide emoji
  /// base such as U+2764 or a keycap digit, terminals draw a two-column colour emoji when the
  /// cluster holds U+FE0F (emoji presentation), a skin tone modifier (U+1F3FB–1F3FF), or a ZWJ
  /// followed by another emoji (👁‍🗨). A flag (two regional indicators) and most ZWJ sequences
  /// already start with a 2-wide scalar. A cluster of only zero-width scalars (a lone ZWSP)
  /// measures 0.
  public static func of(_ character: Character) -> Int {
    // `asciiValue` would compare against "\r\n" first; one UTF-8 byte is plain ASCII.
    let utf8 = character.utf8
    if utf8.count == 1, let byte = utf8.first {
      return byte >= 0x20 && byte != 0x7F ? 1 : 0
    }
    var scalars = character.unicodeScalars.makeIterator()
    var baseWidth = 0
    var base: Unicode.Scalar = " "
    while baseWidth == 0, let scalar = scalars.next() {
      baseWidth = of(scalar)
      base = scalar
    }
    // Nothing can make a cluster wider than 2, or turn a 1-wide base into 0.
    guard baseWidth == 1 else { return baseWidth }
    // Only an emoji base can be turned into a colour emoji; "a" + U+FE0F stays one column.
    var afterJoiner = false
    while let scalar = scalars.next() {
      let value = scalar.value
      let asksForEmoji =
        value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(value)
        || (afterJoiner && scalar.properties.isEmoji)
      if asksForEmoji { return base.properties.isEmoji ? 2 : 1 }
      afterJoiner = value == 0x200D
    }
    return 1
  }

  /// The column width of a whole string: the sum of its grapheme clusters' widths.
  ///
  /// Inlinable so that callers in other modules get it specialised for `String` or `Substring`;
  /// unspecialised, every byte would go through a protocol witness call.
  @inlinable
  public static func of(_ string: some StringProtocol) -> Int {
    if let string = string as? String { return width(of: string[...]) }
    if let substring = string as? Substring { return width(of: substring) }
    return width(of: String(string)[...])
  }

  /// Most strings on screen are ASCII labels or Dutch prose. ASCII is counted byte by byte;
  /// after that, scalars known to be a grapheme cluster on their own are measured without the
  /// much slower grapheme walk, which only starts at the first scalar that could join its
  /// neighbour.
  @usableFromInline
  static func width(of text: Substring) -> Int {
    let utf8 = text.utf8
    var width = 0
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte >= 0x80 { break }
      if byte >= 0x20 && byte != 0x7F { width += 1 }
      utf8.formIndex(after: &index)
    }
    guard index < utf8.endIndex else { return width }
    // The first non-ASCII byte starts a scalar, and the ASCII byte before it was its own scalar.
    let scalars = text.unicodeScalars
    var previous = index
    var previousWidth = 0
    if index > utf8.startIndex {
      previous = utf8.index(before: index)
      let byte = utf8[previous]
      previousWidth = byte >= 0x20 && byte != 0x7F ? 1 : 0
    }
    while index < scalars.endIndex {
      guard let scalarWidth = standaloneWidth(scalars[index].value) else {
        // A control never joins what follows (UAX #29 GB4), so the walk can start right here.
        let restart = previousWidth > 0 ? previous : index
        width -= previousWidth
        for character in text[restart...] { width += of(character) }
        return width
      }
      width += scalarWidth
      previous = index
      previousWidth = scalarWidth
      scalars.formIndex(after: &index)
    }
    return width
  }

  /// The width of a scalar that always starts a grapheme cluster, or nil for any scalar that
  /// might continue one or be continued by the next (marks, ZWJ, jamo, regional indicators).
  ///
  /// These ranges hold only characters of grapheme break class Other, Control, CR, LF, or
  /// precomposed Hangul syllables, which join only a following jamo, itself nil here.
  static func standaloneWidth(_ value: UInt32) -> Int? {
    switch value {
    case 0x20..<0x7F, 0xA0..<0x300: return 1
    case 0..<0x20, 0x7F..<0xA0: return 0
    case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: return 1  // punctuation, currency
    case 0x3041...0x3096, 0x30A1...0x30FA: return 2  // kana
    case 0x4E00...0x9FFF, 0xAC00...0xD7A3: return 2  // CJK ideographs, Hangul syllables
    default: return nil
    }
  }

  /// Binary search, because the zero-width table has hundreds of ranges and this runs per cell.
  private static func contains(_ ranges: [(UInt32, UInt32)], _ value: UInt32) -> Bool {
    var low = 0
    var high = ranges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = ranges[middle]
      if value < range.0 {
        high = middle - 1
      } else if value > range.1 {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }
}
