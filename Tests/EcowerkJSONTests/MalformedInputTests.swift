import EcowerkJSON
import Testing

/// One broken file and where and how the parser must complain about it.
struct MalformedCase: Sendable, CustomTestStringConvertible {
  var name: String
  var bytes: [UInt8]
  var fragment: String
  var line: Int
  var column: Int

  init(_ name: String, _ text: String, _ fragment: String, _ line: Int, _ column: Int) {
    self.init(name, Array(text.utf8), fragment, line, column)
  }

  init(_ name: String, _ bytes: [UInt8], _ fragment: String, _ line: Int, _ column: Int) {
    self.name = name
    self.bytes = bytes
    self.fragment = fragment
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
  .init("empty file", "", "the file is empty", 1, 1),
  .init("only whitespace", " \n\t\r\n ", "the file contains only blank space", 1, 1),
  .init(
    "UTF-8 byte order mark", [0xEF, 0xBB, 0xBF] + Array("{}".utf8),
    "the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM", 1, 1),
  .init("UTF-16 file", [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], "saved as UTF-16", 1, 1),
  .init(
    "trailing content", "{\n  \"a\": 1\n}\nx",
    "expected the end of the file after the data, but found 'x'", 4, 1),
  .init(
    "two documents", "{}{}", "expected the end of the file after the data, but found '{'", 1, 3),
  .init("extra closing brace", "{\"a\":1}}", "but found '}'", 1, 8),
]

private let structureCases: [MalformedCase] = [
  .init(
    "trailing comma in array", "[\n  1,\n  22,\n]",
    "a comma must not come right before ']'", 3, 5),
  .init(
    "trailing comma in object", "{\n  \"a\": 1,\n}",
    "a comma must not come right before '}'", 2, 9),
  .init(
    "missing comma between members", "{\n  \"a\": 1\n  \"b\": 2\n}",
    "expected ',' or '}' after a member of an object, but found '\"'", 3, 3),
  .init(
    "missing comma between elements", "[1 2]",
    "expected ',' or ']' after an element of an array, but found '2'", 1, 4),
  .init("missing colon", "{\"a\" 1}", "expected ':' after the key \"a\", but found '1'", 1, 6),
  .init(
    "unquoted key", "{a: 1}", "expected a key in double quotes or '}', but found 'a'", 1, 2),
  .init(
    "key missing after comma", "{\"a\": 1, 2}",
    "expected a key in double quotes after ',', but found '2'", 1, 10),
  .init(
    "duplicate key", "{\n  \"name\": \"A\",\n  \"name\": \"B\"\n}",
    "duplicate key \"name\" (first at line 2, column 3)", 3, 3),
  .init(
    "duplicate key in a nested object", "[{\"a\": {\"x\": 1, \"y\": 2, \"x\": 3}}]",
    "duplicate key \"x\" (first at line 1, column 9)", 1, 25),
  .init(
    "duplicate accented key counts scalars", "{\n\"é\": 1, \"é\": 2}",
    "duplicate key \"é\" (first at line 2, column 1)", 2, 9),
  .init("unclosed array", "[1, 2", "expected ',' or ']' after an element of an array", 1, 6),
  .init("unclosed object", "{\"a\": 1", "but the file ends here", 1, 8),
  .init("lone opening bracket", "[", "the file ends where a value was expected", 1, 2),
  .init("value missing after colon", "{\"a\": }", "expected a value, but found '}'", 1, 7),
  .init("single quotes", "['x']", "text must be in double quotes", 1, 2),
  .init("capitalised literal", "[True]", "unexpected word \"True\"", 1, 2),
  .init("truncated literal", "[nul]", "unexpected word \"nul\"", 1, 2),
  .init("literal with a tail", "[nullx]", "unexpected word \"nullx\"", 1, 2),
  .init("stray accented letter", "[é]", "expected a value, but found 'é'", 1, 2),
  .init("control character outside text", "[\u{1}]", "found control character U+0001", 1, 2),
]

private let numberCases: [MalformedCase] = [
  .init("NaN", "[NaN]", "NaN is not allowed", 1, 2),
  .init("Infinity", "[1, Infinity]", "Infinity is not allowed", 1, 5),
  .init("minus Infinity", "[-Infinity]", "-Infinity is not allowed", 1, 2),
  .init("overflowing exponent", "1e999", "number out of range", 1, 1),
  .init("negative overflow", "[0, -1e999]", "number out of range", 1, 5),
  .init(
    "long overflowing literal", "[1" + String(repeating: "0", count: 400) + ".5]",
    "number out of range", 1, 2),
  .init("integer above Int64", "9223372036854775808", "number out of range", 1, 1),
  .init("integer below Int64", "[-9223372036854775809]", "number out of range", 1, 2),
  .init("very long integer", "123456789012345678901234567890", "number out of range", 1, 1),
  .init("leading zero", "01", "must not start with 0 followed by more digits", 1, 1),
  .init("negative leading zero", "[-012]", "must not start with 0", 1, 3),
  .init("leading plus", "+1", "a number must not start with '+'", 1, 1),
  .init("no digit before point", "[.5]", "a digit before the decimal point", 1, 2),
  .init("no digit after point", "[5.]", "expected a digit after the decimal point", 1, 4),
  .init("point at end of file", "5.", "expected a digit after the decimal point", 1, 3),
  .init("empty exponent", "[1e]", "expected a digit in the exponent", 1, 4),
  .init("signed empty exponent", "1E+", "expected a digit in the exponent", 1, 4),
  .init("lone minus", "-", "expected a digit after '-', but the file ends here", 1, 2),
  .init("minus before letter", "[-x]", "expected a digit after '-', but found 'x'", 1, 3),
  .init("hex number", "[0x1F]", "expected ',' or ']' after an element of an array", 1, 3),
]

private let textCases: [MalformedCase] = [
  .init(
    "unterminated text at end of input", "{\n  \"a\": \"abc",
    "the text starting here has no closing double quote", 2, 8),
  .init("unterminated key", "{\"ab", "no closing double quote", 1, 2),
  .init("unterminated after backslash", "[\"ab\\", "no closing double quote", 1, 2),
  .init("raw line break in text", "[\"ab\ncd\"]", "a line break inside text must be written", 1, 5),
  .init("raw tab in text", "\"a\tb\"", "a tab inside text must be written as \\t", 1, 3),
  .init(
    "raw control character", "\"a\u{1}\"",
    "control character U+0001 inside text must be written as \\u0001", 1, 3),
  .init(
    "control character after an escape", "\"a\\n\u{1F}\"", "control character U+001F", 1, 5),
  .init("Windows path", "[\"C:\\Users\"]", "double it: \\\\", 1, 5),
  .init("bad hex digit", "\"\\u12G4\"", "expected four hexadecimal digits", 1, 6),
  .init("short unicode escape", "\"\\u12\"", "expected four hexadecimal digits", 1, 6),
  .init("lone high surrogate", "[\"x\\uD800\"]", "lone surrogate \\uD800", 1, 4),
  .init("high surrogate then letter", "\"\\uD83D\\u0041\"", "lone surrogate \\uD83D", 1, 2),
  .init("lone low surrogate", "\"ab\\uDC00\"", "lone surrogate \\uDC00", 1, 4),
  .init(
    "stray continuation byte", withRawBytes("[\"ab#\"]", [0x80]), "invalid UTF-8 (byte 0x80)",
    1, 5),
  .init(
    "Latin-1 accent", withRawBytes("\"caf#\"", [0xE9]), "invalid UTF-8 (byte 0xE9)", 1, 5),
  .init("overlong slash", withRawBytes("\"#\"", [0xC0, 0xAF]), "invalid UTF-8 (byte 0xC0)", 1, 2),
  .init(
    "overlong three bytes", withRawBytes("\"#\"", [0xE0, 0x80, 0x80]), "invalid UTF-8", 1, 2),
  .init(
    "surrogate encoded in UTF-8", withRawBytes("\"#\"", [0xED, 0xA0, 0x80]),
    "invalid UTF-8 (byte 0xED)", 1, 2),
  .init(
    "beyond U+10FFFF", withRawBytes("\"#\"", [0xF4, 0x90, 0x80, 0x80]),
    "invalid UTF-8 (byte 0xF4)", 1, 2),
  .init(
    "truncated at end of file", withRawBytes("\"ab#", [0xE2, 0x82]), "invalid UTF-8", 1, 4),
  .init(
    "invalid byte in escaped text", withRawBytes("\"\\n#\"", [0xFF]),
    "invalid UTF-8 (byte 0xFF)", 1, 4),
  .init(
    "invalid byte outside text", withRawBytes("[1, #]", [0xFF]), "invalid UTF-8 (byte 0xFF)",
    1, 5),
  .init(
    "error after accented text", "{\"Enschede — ë\": 1,}", "a comma must not come", 1, 19),
]

@Test(arguments: fileLevelCases + structureCases + numberCases + textCases)
func malformedInputIsRejectedAtTheProblem(_ testCase: MalformedCase) {
  #expect {
    _ = try JSONParser.parse(testCase.bytes)
  } throws: { error in
    guard let error = error as? JSONParseError else { return false }
    let location = Location(offset: error.offset, in: testCase.bytes)
    #expect(error.message.contains(testCase.fragment), "message: \(error.message)")
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
    return error.message == "duplicate key \"k42\" (first at line 44, column 3)"
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

@Test func errorsReadAsLineAndColumnForUsers() {
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
    (error as? JSONParseError)?.message.hasPrefix("duplicate key \"a\\u0007\"") == true
  }
}
