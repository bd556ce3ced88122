import EcowerkJSON
import Testing

/// One broken file and where and how the parser must complain about it.
struct MalformedCase: Sendable, CustomTestStringConvertible {
  var name: String
  var bytes: [UInt8]
  var kind: JSONParseError.Kind
  var line: Int
  var column: Int

  init(
    _ name: String, _ text: String, _ kind: JSONParseError.Kind, _ line: Int, _ column: Int
  ) {
    self.init(name, Array(text.utf8), kind, line, column)
  }

  init(
    _ name: String, _ bytes: [UInt8], _ kind: JSONParseError.Kind, _ line: Int, _ column: Int
  ) {
    self.name = name
    self.bytes = bytes
    self.kind = kind
    self.line = line
    self.column = column
  }

  var testDescription: String { name }
}

/// Bytes for `text` with `raw` bytes spliced in where `text` has a "#".
private func withRawBytes(_ text: String, _ raw: [UInt8]) -> [UInt8] {
  var result: [UInt8] = []
  for byte in text.utf8 {
    if byte == UInt8(ascii: "#") { result += raw } else { result.append(byte) }
  }
  return result
}

private let fileLevelCases: [MalformedCase] = [
  .init("empty file", "", .empty, 1, 1),
  .init("only whitespace", " \n\t\r\n ", .onlyWhitespace, 1, 1),
  .init("UTF-8 byte order mark", [0xEF, 0xBB, 0xBF] + Array("{}".utf8), .byteOrderMark, 1, 1),
  .init("UTF-16 file", [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], .utf16, 1, 1),
  .init(
    "trailing content", "{\n  \"a\": 1\n}\nx", .unexpected(.endOfFile, found: .character("x")),
    4, 1),
  .init("two documents", "{}{}", .unexpected(.endOfFile, found: .character("{")), 1, 3),
  .init("extra closing brace", "{\"a\":1}}", .unexpected(.endOfFile, found: .character("}")), 1, 8),
]

private let structureCases: [MalformedCase] = [
  .init("trailing comma in array", "[\n  1,\n  22,\n]", .trailingComma(closer: "]"), 3, 5),
  .init("trailing comma in object", "{\n  \"a\": 1,\n}", .trailingComma(closer: "}"), 2, 9),
  .init(
    "missing comma between members", "{\n  \"a\": 1\n  \"b\": 2\n}",
    .unexpected(.commaOrObjectEnd, found: .character("\"")), 3, 3),
  .init(
    "missing comma between elements", "[1 2]",
    .unexpected(.commaOrArrayEnd, found: .character("2")), 1, 4),
  .init(
    "missing colon", "{\"a\" 1}", .unexpected(.colonAfterKey("a"), found: .character("1")), 1, 6),
  .init(
    "unquoted key", "{a: 1}", .unexpected(.keyOrObjectEnd, found: .character("a")), 1, 2),
  .init(
    "key missing after comma", "{\"a\": 1, 2}",
    .unexpected(.keyAfterComma, found: .character("2")), 1, 10),
  .init(
    "duplicate key", "{\n  \"name\": \"A\",\n  \"name\": \"B\"\n}",
    .duplicateKey("name", firstLine: 2, firstColumn: 3), 3, 3),
  .init(
    "duplicate key in a nested object", "[{\"a\": {\"x\": 1, \"y\": 2, \"x\": 3}}]",
    .duplicateKey("x", firstLine: 1, firstColumn: 9), 1, 25),
  .init(
    "duplicate accented key counts scalars", "{\n\"é\": 1, \"é\": 2}",
    .duplicateKey("é", firstLine: 2, firstColumn: 1), 2, 9),
  .init(
    "unclosed array", "[1, 2", .unexpected(.commaOrArrayEnd, found: .endOfFile), 1, 6),
  .init(
    "unclosed object", "{\"a\": 1", .unexpected(.commaOrObjectEnd, found: .endOfFile), 1, 8),
  .init("lone opening bracket", "[", .endsBeforeValue, 1, 2),
  .init(
    "value missing after colon", "{\"a\": }", .unexpected(.value, found: .character("}")), 1, 7),
  .init("single quotes", "['x']", .singleQuotes, 1, 2),
  .init("capitalised literal", "[True]", .unexpectedWord("True"), 1, 2),
  .init("truncated literal", "[nul]", .unexpectedWord("nul"), 1, 2),
  .init("literal with a tail", "[nullx]", .unexpectedWord("nullx"), 1, 2),
  .init(
    "long unquoted word is shortened", "[" + String(repeating: "w", count: 100) + "]",
    .unexpectedWord(String(repeating: "w", count: 60) + "…"), 1, 2),
  .init("stray accented letter", "[é]", .unexpected(.value, found: .character("é")), 1, 2),
  .init(
    "control character outside text", "[\u{1}]",
    .unexpected(.value, found: .controlCharacter(1)), 1, 2),
]

private let numberCases: [MalformedCase] = [
  .init("NaN", "[NaN]", .notFinite("NaN"), 1, 2),
  .init("Infinity", "[1, Infinity]", .notFinite("Infinity"), 1, 5),
  .init("minus Infinity", "[-Infinity]", .notFinite("-Infinity"), 1, 2),
  .init("overflowing exponent", "1e999", .numberOutOfRange, 1, 1),
  .init("negative overflow", "[0, -1e999]", .numberOutOfRange, 1, 5),
  .init(
    "long overflowing literal", "[1" + String(repeating: "0", count: 400) + ".5]",
    .numberOutOfRange, 1, 2),
  .init("integer above Int64", "9223372036854775808", .integerOutOfRange, 1, 1),
  .init("integer below Int64", "[-9223372036854775809]", .integerOutOfRange, 1, 2),
  .init("very long integer", "123456789012345678901234567890", .integerOutOfRange, 1, 1),
  .init("leading zero", "01", .leadingZero, 1, 1),
  .init("negative leading zero", "[-012]", .leadingZero, 1, 3),
  .init("leading plus", "+1", .plusSign, 1, 1),
  .init("no digit before point", "[.5]", .noDigitBeforePoint, 1, 2),
  .init("no digit after point", "[5.]", .noDigitAfterPoint, 1, 4),
  .init("point at end of file", "5.", .noDigitAfterPoint, 1, 3),
  .init("empty exponent", "[1e]", .noDigitInExponent, 1, 4),
  .init("signed empty exponent", "1E+", .noDigitInExponent, 1, 4),
  .init("lone minus", "-", .unexpected(.digitAfterMinus, found: .endOfFile), 1, 2),
  .init("minus before letter", "[-x]", .unexpected(.digitAfterMinus, found: .character("x")), 1, 3),
  .init("hex number", "[0x1F]", .unexpected(.commaOrArrayEnd, found: .character("x")), 1, 3),
]

private let textCases: [MalformedCase] = [
  .init("unterminated text at end of input", "{\n  \"a\": \"abc", .unterminatedText, 2, 8),
  .init("unterminated key", "{\"ab", .unterminatedText, 1, 2),
  .init("unterminated after backslash", "[\"ab\\", .unterminatedText, 1, 2),
  .init("raw line break in text", "[\"ab\ncd\"]", .lineBreakInText, 1, 5),
  .init("raw carriage return in text", "[\"ab\rcd\"]", .carriageReturnInText, 1, 5),
  .init("raw tab in text", "\"a\tb\"", .tabInText, 1, 3),
  .init("raw control character", "\"a\u{1}\"", .controlCharacterInText(1), 1, 3),
  .init(
    "control character after an escape", "\"a\\n\u{1F}\"", .controlCharacterInText(0x1F), 1, 5),
  .init("Windows path", "[\"C:\\Users\"]", .invalidEscape(after: .character("U")), 1, 5),
  .init("backslash at the end", "\"\\", .unterminatedText, 1, 1),
  .init(
    "bad hex digit", "\"\\u12G4\"", .unexpected(.hexDigits, found: .character("G")), 1, 6),
  .init(
    "short unicode escape", "\"\\u12\"", .unexpected(.hexDigits, found: .character("\"")),
    1, 6),
  .init("lone high surrogate", "[\"x\\uD800\"]", .loneHighSurrogate(0xD800), 1, 4),
  .init("high surrogate then letter", "\"\\uD83D\\u0041\"", .loneHighSurrogate(0xD83D), 1, 2),
  .init("lone low surrogate", "\"ab\\uDC00\"", .loneLowSurrogate(0xDC00), 1, 4),
  .init(
    "stray continuation byte", withRawBytes("[\"ab#\"]", [0x80]), .invalidUTF8(byte: 0x80), 1, 5),
  .init("Latin-1 accent", withRawBytes("\"caf#\"", [0xE9]), .invalidUTF8(byte: 0xE9), 1, 5),
  .init("overlong slash", withRawBytes("\"#\"", [0xC0, 0xAF]), .invalidUTF8(byte: 0xC0), 1, 2),
  .init(
    "overlong three bytes", withRawBytes("\"#\"", [0xE0, 0x80, 0x80]), .invalidUTF8(byte: 0xE0),
    1, 2),
  .init(
    "surrogate encoded in UTF-8", withRawBytes("\"#\"", [0xED, 0xA0, 0x80]),
    .invalidUTF8(byte: 0xED), 1, 2),
  .init(
    "beyond U+10FFFF", withRawBytes("\"#\"", [0xF4, 0x90, 0x80, 0x80]), .invalidUTF8(byte: 0xF4),
    1, 2),
  .init(
    "truncated at end of file", withRawBytes("\"ab#", [0xE2, 0x82]), .invalidUTF8(byte: 0xE2),
    1, 4),
  .init(
    "invalid byte in escaped text", withRawBytes("\"\\n#\"", [0xFF]), .invalidUTF8(byte: 0xFF),
    1, 4),
  .init(
    "invalid byte outside text", withRawBytes("[1, #]", [0xFF]), .invalidUTF8(byte: 0xFF), 1, 5),
  .init(
    "error after accented text", "{\"Enschede — ë\": 1,}", .trailingComma(closer: "}"), 1, 19),
]

@Test(arguments: fileLevelCases + structureCases + numberCases + textCases)
func malformedInputIsRejectedAtTheProblem(_ testCase: MalformedCase) {
  #expect {
    _ = try JSONParser.parse(testCase.bytes)
  } throws: { error in
    guard let error = error as? JSONParseError else { return false }
    let location = Location(offset: error.offset, in: testCase.bytes)
    #expect(error.kind == testCase.kind, "message: \(error.message)")
    #expect(
      location == Location(line: testCase.line, column: testCase.column),
      "message: \(error.message)")
    return true
  }
}

@Test func duplicateKeyInALargeObjectIsFoundThroughTheKeySet() {
  var text = "{\n"
  for index in 0..<100 {
    text += "  \"k\(index)\": \(index),\n"
  }
  text += "  \"k42\": 0\n}"
  #expect {
    _ = try JSONParser.parse(text)
  } throws: { error in
    guard let error = error as? JSONParseError else { return false }
    let location = Location(offset: error.offset, in: Array(text.utf8))
    return error.kind == .duplicateKey("k42", firstLine: 44, firstColumn: 3)
      && location == Location(line: 102, column: 3)
  }
}

@Test func canonicallyEquivalentKeysCountAsDuplicates() {
  // "é" as one scalar and as "e" plus a combining accent look identical to a user and are the
  // same key for JSONObject's subscript, so accepting both would make lookups ambiguous.
  #expect(throws: JSONParseError.self) {
    _ = try JSONParser.parse("{\"\u{E9}\": 1, \"e\u{301}\": 2}")
  }
}

@Test func errorsReadAsLineAndColumnInTheLogs() {
  let bytes = Array("{\n  \"a\": 1,\n}".utf8)
  #expect {
    _ = try JSONParser.parse(bytes)
  } throws: { error in
    guard let error = error as? JSONParseError else { return false }
    return error.located(in: bytes)
      == "line 2, column 9: a comma must not come right before '}'; remove it"
  }
}

@Test func messagesShowUnprintableKeysEscaped() {
  #expect {
    _ = try JSONParser.parse("{\"a\\u0007\": 1, \"a\\u0007\": 2}")
  } throws: { error in
    (error as? JSONParseError)?.kind == .duplicateKey("a\\u0007", firstLine: 1, firstColumn: 2)
  }
}
