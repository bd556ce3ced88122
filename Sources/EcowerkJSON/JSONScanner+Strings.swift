/// Strings: escapes, UTF-8 validation and the text limit.
extension JSONScanner {
  /// Parses the string whose opening quote is at `quote` and leaves `position` after the
  /// closing quote.
  ///
  /// Most texts in a plan have no escapes, so the first loop only validates and, at the closing
  /// quote, builds the `String` straight from the input bytes. The first backslash switches to
  /// `parseEscapedString`, which assembles the decoded bytes in `scratch`.
  mutating func parseString(quote: Int) throws(JSONParseError) -> String {
    let contentStart = quote + 1
    var index = contentStart
    var isPlainASCII = true
    while index < end {
      if let raw {
        // Skip eight bytes at a time while none of them is special.
        while index + 8 <= end {
          let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          guard !Self.hasSpecialStringByte(word) else { break }
          index += 8
        }
        guard index < end else { break }
      }
      let byte = input[index]
      if byte == UInt8(ascii: "\"") {
        if index - contentStart > limits.maxStringBytes {
          throw stringLimitError(at: quote)
        }
        position = index + 1
        lastStringFingerprint =
          isPlainASCII ? keyFingerprint(from: contentStart, to: index) : 0
        return String(
          decoding: UnsafeBufferPointer(rebasing: input[contentStart..<index]), as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        return try parseEscapedString(quote: quote, firstEscape: index)
      }
      if byte < 0x20 {
        throw controlCharacterError(at: index)
      }
      if byte < 0x80 {
        index += 1
      } else {
        let length = utf8SequenceLength(at: index)
        if length == 0 { throw invalidUTF8Error(at: index) }
        index += length
        isPlainASCII = false
      }
    }
    throw unterminatedStringError(at: quote)
  }

  /// Whether any of the eight bytes in `word` needs attention inside a string: a quote, a
  /// backslash, a control character or a non-ASCII byte. Uses the classic "has a zero byte"
  /// bit trick, which never misses a match (it only matters whether there is one, not where).
  @inline(__always)
  private static func hasSpecialStringByte(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
    let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
    let hasQuote = (quotes &- ones) & ~quotes
    let hasBackslash = (backslashes &- ones) & ~backslashes
    // Valid once non-ASCII bytes are ruled out, which `word` itself does through `highBits`.
    let hasControl = (word &- ones &* 0x20) & ~word
    return (hasQuote | hasBackslash | hasControl | word) & highBits != 0
  }

  /// The slow path of `parseString`, from the first backslash on. Runs of plain bytes are still
  /// copied in bulk; only escapes are handled one at a time.
  private mutating func parseEscapedString(
    quote: Int, firstEscape: Int
  ) throws(JSONParseError) -> String {
    scratch.removeAll(keepingCapacity: true)
    appendInput(from: quote + 1, to: firstEscape)
    var index = firstEscape
    var runStart = index
    while index < end {
      let byte = input[index]
      if byte == UInt8(ascii: "\"") {
        appendInput(from: runStart, to: index)
        if scratch.count > limits.maxStringBytes {
          throw stringLimitError(at: quote)
        }
        position = index + 1
        lastStringFingerprint = 0
        return String(decoding: scratch, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        appendInput(from: runStart, to: index)
        index = try decodeEscape(at: index, quote: quote)
        runStart = index
      } else if byte < 0x20 {
        throw controlCharacterError(at: index)
      } else if byte < 0x80 {
        index += 1
      } else {
        let length = utf8SequenceLength(at: index)
        if length == 0 { throw invalidUTF8Error(at: index) }
        index += length
      }
    }
    throw unterminatedStringError(at: quote)
  }

  /// Copies input bytes into `scratch`.
  @inline(__always)
  private mutating func appendInput(from start: Int, to stop: Int) {
    if start < stop {
      scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<stop]))
    }
  }

  /// Decodes the escape whose backslash is at `backslash` into `scratch` and returns the index
  /// after it.
  private mutating func decodeEscape(
    at backslash: Int, quote: Int
  ) throws(JSONParseError) -> Int {
    guard backslash + 1 < end else { throw unterminatedStringError(at: quote) }
    let simple: UInt8
    switch input[backslash + 1] {
    case UInt8(ascii: "\""): simple = 0x22
    case UInt8(ascii: "\\"): simple = 0x5C
    case UInt8(ascii: "/"): simple = 0x2F
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"):
      return try decodeUnicodeEscape(at: backslash, quote: quote)
    default:
      throw invalidEscapeError(at: backslash)
    }
    scratch.append(simple)
    return backslash + 2
  }

  /// Decodes `\uXXXX`, joining a surrogate pair written as two escapes into one scalar.
  private mutating func decodeUnicodeEscape(
    at backslash: Int, quote: Int
  ) throws(JSONParseError) -> Int {
    let unit = try hexQuad(at: backslash + 2, quote: quote)
    var scalar = unit
    var next = backslash + 6
    switch unit {
    case 0xD800...0xDBFF:
      guard next + 1 < end, input[next] == UInt8(ascii: "\\"), input[next + 1] == UInt8(ascii: "u")
      else {
        throw loneSurrogateError(at: backslash, unit: unit)
      }
      let low = try hexQuad(at: next + 2, quote: quote)
      guard (0xDC00...0xDFFF).contains(low) else {
        throw loneSurrogateError(at: backslash, unit: unit)
      }
      scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
      next += 6
    case 0xDC00...0xDFFF:
      throw loneSurrogateError(at: backslash, unit: unit)
    default:
      break
    }
    appendUTF8(scalar)
    return next
  }

  /// Reads the four hex digits of a `\u` escape.
  private func hexQuad(at start: Int, quote: Int) throws(JSONParseError) -> UInt32 {
    var value: UInt32 = 0
    for index in start..<(start + 4) {
      guard index < end else { throw unterminatedStringError(at: quote) }
      let byte = input[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw badHexDigitError(at: index)
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  /// Appends a scalar (never a surrogate) to `scratch` as UTF-8.
  private mutating func appendUTF8(_ scalar: UInt32) {
    switch scalar {
    case 0..<0x80:
      scratch.append(UInt8(truncatingIfNeeded: scalar))
    case 0x80..<0x800:
      scratch.append(UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      scratch.append(UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    default:
      scratch.append(UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    }
  }

  /// The length of the well-formed UTF-8 sequence starting at `start`, or 0 when it is not
  /// well-formed. Follows the Unicode table of well-formed sequences, so overlong forms,
  /// UTF-16 surrogates encoded as UTF-8 and values above U+10FFFF are all refused.
  func utf8SequenceLength(at start: Int) -> Int {
    let lead = input[start]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; high = 0x9F
    case 0xF0: length = 4; low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; high = 0x8F
    default: return 0
    }
    guard start + length <= end else { return 0 }
    let second = input[start + 1]
    guard second >= low && second <= high else { return 0 }
    for index in (start + 2)..<(start + length) where input[index] & 0xC0 != 0x80 {
      return 0
    }
    return length
  }
}
