/// The error messages, kept together so their wording stays consistent. They are read by
/// programme managers, not programmers, so they avoid grammar jargon and suggest a fix where
/// the likely cause is known. None of this runs unless parsing fails.
extension JSONScanner {
  /// An error for finding something other than what the grammar allows at `offset`, naming
  /// what was found. A broken UTF-8 sequence there is reported as such instead, because
  /// "found '?'" would hide the real problem.
  @inline(never)
  func unexpected(at offset: Int, expected: String) -> JSONParseError {
    guard offset < end else {
      return JSONParseError(offset: end, message: "\(expected), but the file ends here")
    }
    let byte = input[offset]
    if byte >= 0x80 && utf8SequenceLength(at: offset) == 0 {
      return invalidUTF8Error(at: offset)
    }
    return JSONParseError(offset: offset, message: "\(expected), but found \(describe(at: offset))")
  }

  /// The character at `offset` as users would recognise it: quoted if printable, by code
  /// point if not.
  func describe(at offset: Int) -> String {
    let byte = input[offset]
    if byte < 0x20 || byte == 0x7F {
      return "control character \(codePoint(UInt32(byte)))"
    }
    if byte < 0x80 {
      return "'\(Character(Unicode.Scalar(byte)))'"
    }
    let length = max(utf8SequenceLength(at: offset), 1)
    let text = String(
      decoding: UnsafeBufferPointer(rebasing: input[offset..<(offset + length)]), as: UTF8.self)
    return "'\(text)'"
  }

  /// Explains a value that cannot start the way it does, recognising the usual mistakes
  /// (numbers written the JavaScript way, single quotes, unquoted words).
  @inline(never)
  func unexpectedValueStart(at offset: Int) -> JSONParseError {
    let byte = input[offset]
    let message: String
    switch byte {
    case UInt8(ascii: "+"):
      message = "a number must not start with '+'"
    case UInt8(ascii: "."):
      message = "a number must have a digit before the decimal point, as in 0.5"
    case UInt8(ascii: "'"):
      message = "text must be in double quotes (\"), not single quotes (')"
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "_"):
      let word = String(
        decoding: UnsafeBufferPointer(rebasing: input[offset..<endOfWord(from: offset)]),
        as: UTF8.self)
      switch word {
      case "NaN", "Infinity":
        message = "\(word) is not allowed: numbers must be finite"
      default:
        message =
          "unexpected word \"\(word)\"; only true, false and null may be written without quotes"
      }
    default:
      return unexpected(at: offset, expected: "expected a value")
    }
    return JSONParseError(offset: offset, message: message)
  }

  @inline(never)
  func invalidUTF8Error(at offset: Int) -> JSONParseError {
    JSONParseError(
      offset: offset,
      message:
        "invalid UTF-8 (byte \(hexByte(input[offset]))); save the file as UTF-8, not as "
        + "Windows-1252 or Latin-1")
  }

  @inline(never)
  func controlCharacterError(at offset: Int) -> JSONParseError {
    let message: String
    switch input[offset] {
    case 0x0A:
      message = "a line break inside text must be written as \\n (or the closing quote is missing)"
    case 0x0D:
      message = "a carriage return inside text must be written as \\r"
    case 0x09:
      message = "a tab inside text must be written as \\t"
    default:
      message =
        "control character \(codePoint(UInt32(input[offset]))) inside text must be written "
        + "as \\u\(hexDigits(UInt32(input[offset]), width: 4))"
    }
    return JSONParseError(offset: offset, message: message)
  }

  @inline(never)
  func invalidEscapeError(at backslash: Int) -> JSONParseError {
    let after = backslash + 1 < end ? describe(at: backslash + 1) : "the end of the file"
    return JSONParseError(
      offset: backslash,
      message:
        "a backslash in text must be followed by one of \" \\ / b f n r t u, not \(after); "
        + "to write a backslash itself (as in a Windows path), double it: \\\\")
  }

  @inline(never)
  func badHexDigitError(at offset: Int) -> JSONParseError {
    unexpected(at: offset, expected: "expected four hexadecimal digits (0-9, A-F) after \\u")
  }

  @inline(never)
  func loneSurrogateError(at backslash: Int, unit: UInt32) -> JSONParseError {
    let hex = hexDigits(unit, width: 4)
    let message =
      unit < 0xDC00
      ? "lone surrogate \\u\(hex): it must be followed by a second escape \\uDC00 to \\uDFFF"
      : "lone surrogate \\u\(hex): it must come right after an escape \\uD800 to \\uDBFF"
    return JSONParseError(offset: backslash, message: message)
  }

  @inline(never)
  func unterminatedStringError(at quote: Int) -> JSONParseError {
    JSONParseError(
      offset: quote,
      message: "the text starting here has no closing double quote before the end of the file")
  }

  @inline(never)
  func trailingCommaError(at comma: Int, closer: Character) -> JSONParseError {
    JSONParseError(
      offset: comma, message: "a comma must not come right before '\(closer)'; remove it")
  }

  @inline(never)
  func duplicateKeyError(_ key: String, at offset: Int, first: Int) -> JSONParseError {
    let location = SourceLocation(offset: first, in: input)
    return JSONParseError(
      offset: offset,
      message:
        "duplicate key \(quoted(key)) (first at line \(location.line), column \(location.column))")
  }

  @inline(never)
  func digitAfterMinusError(at offset: Int) -> JSONParseError {
    unexpected(at: offset, expected: "expected a digit after '-'")
  }

  @inline(never)
  func leadingZeroError(at zero: Int) -> JSONParseError {
    JSONParseError(
      offset: zero,
      message:
        "a number must not start with 0 followed by more digits; "
        + "put codes such as phone numbers in double quotes")
  }

  @inline(never)
  func stringLimitError(at quote: Int) -> JSONParseError {
    JSONParseError(offset: quote, message: "a text longer than \(limits.maxStringBytes) bytes")
  }

  @inline(never)
  func arrayLimitError(at bracket: Int) -> JSONParseError {
    JSONParseError(
      offset: bracket, message: "an array with more than \(limits.maxArrayCount) elements")
  }

  @inline(never)
  func objectLimitError(at brace: Int) -> JSONParseError {
    JSONParseError(
      offset: brace, message: "an object with more than \(limits.maxObjectMembers) members")
  }

  /// A key as it appears in messages: in double quotes, with anything unprintable escaped and
  /// very long keys shortened, so a hostile key cannot garble or flood the message.
  func quoted(_ key: String) -> String {
    var result = "\""
    var shown = 0
    for scalar in key.unicodeScalars {
      if shown == 60 {
        result += "…"
        break
      }
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
        result += "\\u" + hexDigits(scalar.value, width: 4)
      default: result.unicodeScalars.append(scalar)
      }
      shown += 1
    }
    return result + "\""
  }

  private func codePoint(_ value: UInt32) -> String {
    "U+" + hexDigits(value, width: 4)
  }

  private func hexByte(_ byte: UInt8) -> String {
    "0x" + hexDigits(UInt32(byte), width: 2)
  }

  /// Upper-case hex, zero-padded to `width`, the way code points are usually written.
  private func hexDigits(_ value: UInt32, width: Int) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - hex.count)) + hex
  }
}
