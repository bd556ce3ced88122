/// Makes untrusted text safe to put on a terminal, in standard error or in a text snapshot.
///
/// A plan file can arrive by e-mail, so any string in it may carry escape sequences that
/// recolour, clear or retitle the terminal, carriage returns that overprint a line, or bidi
/// controls that make a line read differently from what it contains (Trojan Source). Every
/// such character is replaced by a visible stand-in rather than removed, so the reader can see
/// that something was there, and nothing is ever interpreted by the terminal.
///
/// - C0 controls U+0000–001F become Control Pictures U+2400–241F, so ESC shows as ␛, TAB as ␉.
/// - LF, CR, CR LF, U+2028 and U+2029 become one ↵ U+21B5 (`text` keeps LF and turns CR LF
///   into LF).
/// - DEL U+007F becomes ␡ U+2421; C1 controls U+0080–009F become � U+FFFD.
/// - Bidi marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–202E,
///   U+2066–2069) become ⇄ U+21C4.
///
/// The bidi stand-in is ⇄ rather than ↔ because U+2194 is East Asian Ambiguous and would be
/// drawn two columns wide by a CJK-configured terminal; U+21C4 is Neutral, so it is one column
/// everywhere, and DejaVu Sans Mono has it. (DejaVu lacks the Control Pictures, so ␛ and ␉
/// come from the terminal's fallback font, still one column.)
public enum Sanitizer {
  /// Text for one screen row, a status line or one line of standard error: line breaks become
  /// ↵ so multi-line text shown on one line stays readable and cannot move the cursor.
  ///
  /// Returns the input itself when nothing needs replacing, which is almost always.
  public static func line(_ s: String) -> String {
    guard needsRewrite(s, keepingNewlines: false) else { return s }
    return rewrite(s, keepingNewlines: false)
  }

  /// Text for multi-line output such as a text report: "\n" stays a real line break and
  /// "\r\n" becomes "\n", while a lone "\r" still becomes ↵ because it would overprint the line.
  public static func text(_ s: String) -> String {
    guard needsRewrite(s, keepingNewlines: true) else { return s }
    return rewrite(s, keepingNewlines: true)
  }

  /// Whether `line(_:)` would change `s`; lets a caller skip copying, or flag a suspicious field.
  public static func needsSanitizing(_ s: String) -> Bool {
    needsRewrite(s, keepingNewlines: false)
  }

  private static let newlineSymbol: Unicode.Scalar = "\u{21B5}"
  private static let bidiSymbol: Unicode.Scalar = "\u{21C4}"
  private static let deleteSymbol: Unicode.Scalar = "\u{2421}"
  private static let replacementSymbol: Unicode.Scalar = "\u{FFFD}"

  /// Scans UTF-8 bytes instead of scalars, because every character we replace has a byte
  /// signature that is cheap to spot and clean text is the common case.
  private static func needsRewrite(_ s: String, keepingNewlines: Bool) -> Bool {
    if let found = s.utf8.withContiguousStorageIfAvailable({
      containsUnsafeBytes($0, keepingNewlines: keepingNewlines)
    }) {
      return found
    }
    return containsUnsafeBytes(Array(s.utf8), keepingNewlines: keepingNewlines)
  }

  private static func containsUnsafeBytes<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, keepingNewlines: Bool
  ) -> Bool where Bytes.Index == Int {
    var index = bytes.startIndex
    let end = bytes.endIndex
    while index < end {
      let byte = bytes[index]
      if byte >= 0x20 && byte < 0x7F {
        index += 1
        continue
      }
      if byte < 0x80 {
        if byte == 0x0A && keepingNewlines {
          index += 1
          continue
        }
        return true
      }
      // A string holds valid UTF-8, so a lead byte is followed by its continuation bytes;
      // the bounds checks only guard against a truncated buffer.
      let second: UInt8 = index + 1 < end ? bytes[index + 1] : 0
      let third: UInt8 = index + 2 < end ? bytes[index + 2] : 0
      switch (byte, second) {
      case (0xC2, 0x80...0x9F):  // C1 controls U+0080–009F
        return true
      case (0xD8, 0x9C):  // U+061C ARABIC LETTER MARK
        return true
      case (0xE2, 0x80) where (0x8E...0x8F).contains(third) || (0xA8...0xAE).contains(third):
        return true  // U+200E, U+200F, U+2028, U+2029, U+202A–202E
      case (0xE2, 0x81) where (0xA6...0xA9).contains(third):
        return true  // U+2066–2069
      default:
        index += 1
      }
    }
    return false
  }

  private static func rewrite(_ s: String, keepingNewlines: Bool) -> String {
    var result = ""
    result.reserveCapacity(s.utf8.count + 16)
    let lineBreak: Unicode.Scalar = keepingNewlines ? "\n" : newlineSymbol
    // A CR is held back one scalar, to tell CR LF (one line break) from a lone CR.
    var pendingCarriageReturn = false
    for scalar in s.unicodeScalars {
      if pendingCarriageReturn {
        pendingCarriageReturn = false
        result.unicodeScalars.append(scalar == "\n" ? lineBreak : newlineSymbol)
        if scalar == "\n" { continue }
      }
      switch scalar.value {
      case 0x0A:
        result.unicodeScalars.append(lineBreak)
      case 0x0D:
        pendingCarriageReturn = true
      case 0x00...0x1F:
        result.unicodeScalars.append(controlPicture(for: scalar.value))
      case 0x7F:
        result.unicodeScalars.append(deleteSymbol)
      case 0x80...0x9F:
        result.unicodeScalars.append(replacementSymbol)
      case 0x2028, 0x2029:
        result.unicodeScalars.append(newlineSymbol)
      case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
        result.unicodeScalars.append(bidiSymbol)
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    if pendingCarriageReturn { result.unicodeScalars.append(newlineSymbol) }
    return result
  }

  private static func controlPicture(for value: UInt32) -> Unicode.Scalar {
    Unicode.Scalar(0x2400 + value) ?? replacementSymbol
  }
}
