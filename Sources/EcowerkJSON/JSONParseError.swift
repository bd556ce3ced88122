/// Why a file could not be read as JSON, and the byte where the problem is.
///
/// The error is data — a kind and its values — so that the words can be chosen where it is
/// shown, in the session's language; `message` is an English fallback for logs and tests.
/// It keeps a byte offset rather than a line and column because computing those needs a scan
/// from the start of the file, which only the error path should pay for; `located(in:)` does
/// that scan when the message is shown.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The byte offset of the problem; equal to the input's length when the file ends too early.
  public var offset: Int
  /// What is wrong.
  public var kind: Kind

  /// Creates an error at `offset`.
  public init(offset: Int, _ kind: Kind) {
    self.offset = offset
    self.kind = kind
  }

  /// A plain-English explanation, for logs: users read the string table's words.
  public var message: String { kind.fallback }

  /// The message with its byte offset, for logs where the source is not at hand.
  public var description: String {
    "byte \(offset): \(message)"
  }

  /// The message prefixed with a 1-based line and column, for logs.
  public func located(in bytes: [UInt8]) -> String {
    let location = SourceLocation(offset: offset, in: bytes)
    return "line \(location.line), column \(location.column): \(message)"
  }
}

extension JSONParseError {
  /// What is wrong with the file, written for people who do not know JSON's grammar: the
  /// usual mistakes (a trailing comma, single quotes, a Windows path, a file saved as
  /// Windows-1252) each have a kind of their own, so the words can suggest the fix.
  public enum Kind: Hashable, Sendable {
    // The file as a whole.
    case empty
    /// Only spaces, tabs and line breaks.
    case onlyWhitespace
    /// A UTF-8 byte order mark at the start.
    case byteOrderMark
    /// Saved as UTF-16.
    case utf16

    // Structure.
    /// Something else than `expected` was found.
    case unexpected(Expected, found: Found)
    /// The file ends where a value should come.
    case endsBeforeValue
    /// A comma right before `closer` (`]` or `}`).
    case trailingComma(closer: String)
    /// A key used twice in one object; `key` as shown (escaped, shortened), with where it
    /// was first.
    case duplicateKey(String, firstLine: Int, firstColumn: Int)
    /// Nested deeper than the limit.
    case tooDeep(limit: Int)
    /// A text longer than the limit, in bytes.
    case textTooLong(limit: Int)
    /// An array with more elements than the limit.
    case arrayTooLong(limit: Int)
    /// An object with more members than the limit.
    case objectTooLarge(limit: Int)

    // Numbers and words.
    case plusSign
    case noDigitBeforePoint
    case noDigitAfterPoint
    case noDigitInExponent
    /// `NaN`, `Infinity` or `-Infinity`, as written.
    case notFinite(String)
    /// A word without quotes other than true, false and null; shown shortened.
    case unexpectedWord(String)
    case leadingZero
    /// A whole number beyond what 64 bits hold.
    case integerOutOfRange
    /// A number whose size no double holds.
    case numberOutOfRange

    // Text.
    case singleQuotes
    /// A byte that is not UTF-8.
    case invalidUTF8(byte: UInt8)
    /// A raw line break inside text (or a missing closing quote).
    case lineBreakInText
    case carriageReturnInText
    case tabInText
    /// Another control character inside text, by code point.
    case controlCharacterInText(UInt32)
    /// A backslash followed by something that is not an escape.
    case invalidEscape(after: Found)
    /// A `\uD800`–`\uDBFF` escape without its second half.
    case loneHighSurrogate(UInt32)
    /// A `\uDC00`–`\uDFFF` escape without its first half.
    case loneLowSurrogate(UInt32)
    /// A text with no closing quote before the end of the file.
    case unterminatedText
  }

  /// What the grammar allowed where something else was found.
  public enum Expected: Hashable, Sendable {
    case endOfFile
    case value
    case commaOrObjectEnd
    case commaOrArrayEnd
    case keyOrObjectEnd
    case keyAfterComma
    /// `:` after a key, as shown.
    case colonAfterKey(String)
    case hexDigits
    case digitAfterMinus
  }

  /// What was found instead.
  public enum Found: Hashable, Sendable {
    /// A printable character.
    case character(String)
    /// A control character, by code point.
    case controlCharacter(UInt32)
    case endOfFile
  }
}

extension JSONParseError.Kind {
  /// The English fallback.
  var fallback: String {
    switch self {
    case .empty: return "the file is empty"
    case .onlyWhitespace:
      return "the file contains only blank space (spaces, tabs or line breaks)"
    case .byteOrderMark:
      return "the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM"
    case .utf16: return "the file is saved as UTF-16; save it as UTF-8 without BOM"
    case .unexpected(let expected, .endOfFile):
      return "\(expected.fallback), but the file ends here"
    case .unexpected(let expected, let found):
      return "\(expected.fallback), but found \(found.fallback)"
    case .endsBeforeValue: return "the file ends where a value was expected"
    case .trailingComma(let closer):
      return "a comma must not come right before '\(closer)'; remove it"
    case .duplicateKey(let key, let line, let column):
      return "duplicate key \"\(key)\" (first at line \(line), column \(column))"
    case .tooDeep(let limit): return "nested more than \(limit) levels deep"
    case .textTooLong(let limit): return "a text longer than \(limit) bytes"
    case .arrayTooLong(let limit): return "an array with more than \(limit) elements"
    case .objectTooLarge(let limit): return "an object with more than \(limit) members"
    case .plusSign: return "a number must not start with '+'"
    case .noDigitBeforePoint:
      return "a number must have a digit before the decimal point, as in 0.5"
    case .noDigitAfterPoint: return "expected a digit after the decimal point"
    case .noDigitInExponent: return "expected a digit in the exponent (after 'e')"
    case .notFinite(let word): return "\(word) is not allowed: numbers must be finite"
    case .unexpectedWord(let word):
      return "unexpected word \"\(word)\"; only true, false and null may be written without quotes"
    case .leadingZero:
      return "a number must not start with 0 followed by more digits; "
        + "put codes such as phone numbers in double quotes"
    case .integerOutOfRange:
      return "number out of range: whole numbers must lie between \(Int64.min) and \(Int64.max)"
    case .numberOutOfRange: return "number out of range: it is too large"
    case .singleQuotes: return "text must be in double quotes (\"), not single quotes (')"
    case .invalidUTF8(let byte):
      return "invalid UTF-8 (byte 0x\(Self.hex(UInt32(byte), width: 2))); save the file as UTF-8, "
        + "not as Windows-1252 or Latin-1"
    case .lineBreakInText:
      return "a line break inside text must be written as \\n (or the closing quote is missing)"
    case .carriageReturnInText: return "a carriage return inside text must be written as \\r"
    case .tabInText: return "a tab inside text must be written as \\t"
    case .controlCharacterInText(let code):
      return "control character U+\(Self.hex(code, width: 4)) inside text must be written as "
        + "\\u\(Self.hex(code, width: 4))"
    case .invalidEscape(let after):
      let shown = after == .endOfFile ? "the end of the file" : after.fallback
      return "a backslash in text must be followed by one of \" \\ / b f n r t u, not \(shown); "
        + "to write a backslash itself (as in a Windows path), double it: \\\\"
    case .loneHighSurrogate(let unit):
      return "lone surrogate \\u\(Self.hex(unit, width: 4)): it must be followed by a second "
        + "escape \\uDC00 to \\uDFFF"
    case .loneLowSurrogate(let unit):
      return "lone surrogate \\u\(Self.hex(unit, width: 4)): it must come right after an escape "
        + "\\uD800 to \\uDBFF"
    case .unterminatedText:
      return "the text starting here has no closing double quote before the end of the file"
    }
  }

  /// Upper-case hex, zero-padded to `width`, the way code points are usually written.
  public static func hex(_ value: UInt32, width: Int) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - hex.count)) + hex
  }
}

extension JSONParseError.Expected {
  var fallback: String {
    switch self {
    case .endOfFile: return "expected the end of the file after the data"
    case .value: return "expected a value"
    case .commaOrObjectEnd: return "expected ',' or '}' after a member of an object"
    case .commaOrArrayEnd: return "expected ',' or ']' after an element of an array"
    case .keyOrObjectEnd: return "expected a key in double quotes or '}'"
    case .keyAfterComma: return "expected a key in double quotes after ','"
    case .colonAfterKey(let key): return "expected ':' after the key \"\(key)\""
    case .hexDigits: return "expected four hexadecimal digits (0-9, A-F) after \\u"
    case .digitAfterMinus: return "expected a digit after '-'"
    }
  }
}

extension JSONParseError.Found {
  var fallback: String {
    switch self {
    case .character(let text): return "'\(text)'"
    case .controlCharacter(let code):
      return "control character U+\(JSONParseError.Kind.hex(code, width: 4))"
    case .endOfFile: return "the end of the file"
    }
  }
}
