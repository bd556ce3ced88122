/// The errors, kept together so that each says what was found as a person would recognise
/// it. They are data (`JSONParseError.Kind`); the words are chosen where they are shown. None
/// of this runs unless parsing fails.
extension JSONScanner {
  /// An error for finding something other than what the grammar allows at `offset`, naming
  /// what was found. A broken UTF-8 sequence there is reported as such instead, because
  /// "found '?'" would hide the real problem.
  @inline(never)
  func unexpected(at offset: Int, expected: JSONParseError.Expected) -> JSONParseError {
    guard offset < end else {
      return JSONParseError(offset: end, .unexpected(expected, found: .endOfFile))
    }
    let byte = input[offset]
    if byte >= 0x80 && utf8SequenceLength(at: offset) == 0 {
      return invalidUTF8Error(at: offset)
    }
    return JSONParseError(offset: offset, .unexpected(expected, found: found(at: offset)))
  }

  /// The character at `offset` as users would recognise it: itself if printable, by code
  /// point if not.
  func found(at offset: Int) -> JSONParseError.Found {
    let byte = input[offset]
    if byte < 0x20 || byte == 0x7F {
      return .controlCharacter(UInt32(byte))
    }
    if byte < 0x80 {
      return .character(String(Character(Unicode.Scalar(byte))))
    }
    let length = max(utf8SequenceLength(at: offset), 1)
    return .character(
      String(
        decoding: UnsafeBufferPointer(rebasing: input[offset..<(offset + length)]), as: UTF8.self))
  }

  /// Explains a value that cannot start the way it does, recognising the usual mistakes
  /// (numbers written the JavaScript way, single quotes, unquoted words).
  @inline(never)
  func unexpectedValueStart(at offset: Int) -> JSONParseError {
    let byte = input[offset]
    let kind: JSONParseError.Kind
    switch byte {
    case UInt8(ascii: "+"):
      kind = .plusSign
    case UInt8(ascii: "."):
      kind = .noDigitBeforePoint
    case UInt8(ascii: "'"):
      kind = .singleQuotes
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "_"):
      let word = String(
        decoding: UnsafeBufferPointer(rebasing: input[offset..<endOfWord(from: offset)]),
        as: UTF8.self)
      switch word {
      case "NaN", "Infinity": kind = .notFinite(word)
      default: kind = .unexpectedWord(shown(word))
      }
    default:
      return unexpected(at: offset, expected: .value)
    }
    return JSONParseError(offset: offset, kind)
  }

  @inline(never)
  func invalidUTF8Error(at offset: Int) -> JSONParseError {
    JSONParseError(offset: offset, .invalidUTF8(byte: input[offset]))
  }

  @inline(never)
  func controlCharacterError(at offset: Int) -> JSONParseError {
    switch input[offset] {
    case 0x0A: return JSONParseError(offset: offset, .lineBreakInText)
    case 0x0D: return JSONParseError(offset: offset, .carriageReturnInText)
    case 0x09: return JSONParseError(offset: offset, .tabInText)
    default: return JSONParseError(offset: offset, .controlCharacterInText(UInt32(input[offset])))
    }
  }

  @inline(never)
  func invalidEscapeError(at backslash: Int) -> JSONParseError {
    let after: JSONParseError.Found = backslash + 1 < end ? found(at: backslash + 1) : .endOfFile
    return JSONParseError(offset: backslash, .invalidEscape(after: after))
  }

  @inline(never)
  func badHexDigitError(at offset: Int) -> JSONParseError {
    unexpected(at: offset, expected: .hexDigits)
  }

  @inline(never)
  func loneSurrogateError(at backslash: Int, unit: UInt32) -> JSONParseError {
    JSONParseError(
      offset: backslash, unit < 0xDC00 ? .loneHighSurrogate(unit) : .loneLowSurrogate(unit))
  }

  @inline(never)
  func unterminatedStringError(at quote: Int) -> JSONParseError {
    JSONParseError(offset: quote, .unterminatedText)
  }

  @inline(never)
  func trailingCommaError(at comma: Int, closer: Character) -> JSONParseError {
    JSONParseError(offset: comma, .trailingComma(closer: String(closer)))
  }

  @inline(never)
  func duplicateKeyError(_ key: String, at offset: Int, first: Int) -> JSONParseError {
    let location = SourceLocation(offset: first, in: input)
    return JSONParseError(
      offset: offset,
      .duplicateKey(shown(key), firstLine: location.line, firstColumn: location.column))
  }

  @inline(never)
  func digitAfterMinusError(at offset: Int) -> JSONParseError {
    unexpected(at: offset, expected: .digitAfterMinus)
  }

  @inline(never)
  func leadingZeroError(at zero: Int) -> JSONParseError {
    JSONParseError(offset: zero, .leadingZero)
  }

  @inline(never)
  func stringLimitError(at quote: Int) -> JSONParseError {
    JSONParseError(offset: quote, .textTooLong(limit: limits.maxStringBytes))
  }

  @inline(never)
  func arrayLimitError(at bracket: Int) -> JSONParseError {
    JSONParseError(offset: bracket, .arrayTooLong(limit: limits.maxArrayCount))
  }

  @inline(never)
  func objectLimitError(at brace: Int) -> JSONParseError {
    JSONParseError(offset: brace, .objectTooLarge(limit: limits.maxObjectMembers))
  }

  /// A key or word as it appears in messages (without its quotes): anything unprintable
  /// escaped and very long ones shortened, so a hostile key cannot garble or flood the message.
  func shown(_ key: String) -> String {
    var result = ""
    var count = 0
    for scalar in key.unicodeScalars {
      if count == 60 {
        result += "…"
        break
      }
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
        result += "\\u" + JSONParseError.Kind.hex(scalar.value, width: 4)
      default: result.unicodeScalars.append(scalar)
      }
      count += 1
    }
    return result
  }
}
