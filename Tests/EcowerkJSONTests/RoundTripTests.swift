import EcowerkJSON
import Testing

private let documents: [String] = [
  #"{"plaats": "Gemeente Enschede — ë, ï, é", "cjk": "漢字かな한국어", "emoji": "🌍👩🏽‍💻🇳🇱"}"#,
  #"["\"quoted\"", "back\\slash", "a/b", "\b\f\n\r\t", "\u0000\u0001\u001F\u007F"]"#,
  #"["\u00e9\u20AC\uD83D\uDE00", "mixed é and \n escapes"]"#,
  #"[0, -0, 1, -1, 9223372036854775807, -9223372036854775808, 42]"#,
  #"[0.1, 1e-7, -0.0, 2.5e300, -1.5e-300, 5e-324, 1.7976931348623157e308, 1.0]"#,
  #"{"empty array": [], "empty object": {}, "nested": [[[]], {"a": {"b": [{}]}}]}"#,
  #"[true, false, null, "", " "]"#,
  "\"a lone string\"",
  "12345",
  "null",
  #"{"": "empty key", "dup-looking": {"a": 1}, "other": {"a": 2}}"#,
]

@Test(arguments: documents, [JSONWriter.Style.pretty, .compact])
func parseWriteParseGivesTheSameValue(document: String, style: JSONWriter.Style) throws {
  let first = try JSONParser.parse(document)
  let written = JSONWriter.encode(first.value, style: style)
  let second = try JSONParser.parse(written)
  #expect(second == first)
  // Writing again gives identical bytes, which is what keeps saved plans diff-stable.
  #expect(JSONWriter.encode(second.value, style: style) == written)
}

@Test func compactOutputNeverContainsALineBreak() throws {
  for document in documents {
    let written = JSONWriter.encode(try JSONParser.parse(document).value, style: .compact)
    #expect(!written.contains(UInt8(ascii: "\n")))
  }
}

@Test func decodedTextMatchesTheEscapes() throws {
  let node = try JSONParser.parse(#"["\u00e9\u20AC\uD83D\uDE00", "tab\there", "\/"]"#)
  let texts = node.value.arrayValue?.compactMap(\.value.stringValue)
  #expect(texts == ["é€😀", "tab\there", "/"])
}

@Test func rawUTF8TextIsKeptAsIs() throws {
  let text = "Gemeente Enschede — ë, ï, é 漢字 🇳🇱"
  let node = try JSONParser.parse("\"\(text)\"")
  #expect(node.value == .string(text))
  #expect(
    String(decoding: JSONWriter.encode(node.value, style: .compact), as: UTF8.self)
      == "\"\(text)\"")
}

@Test func offsetsPointAtWhereEachValueStarts() throws {
  let text = "{\n  \"a\": [1, \"x\"],\n  \"b\": null\n}"
  let bytes = Array(text.utf8)
  let root = try JSONParser.parse(bytes)
  #expect(root.offset == 0)
  let object = try #require(root.value.objectValue)
  #expect(object.keys == ["a", "b"])
  let a = try #require(object.members.first)
  #expect(Location(offset: a.keyOffset, in: bytes) == Location(line: 2, column: 3))
  #expect(Location(offset: a.value.offset, in: bytes) == Location(line: 2, column: 8))
  let second = try #require(a.value.value.arrayValue?.last)
  #expect(Location(offset: second.offset, in: bytes) == Location(line: 2, column: 12))
  let b = try #require(object["b"])
  #expect(Location(offset: b.offset, in: bytes) == Location(line: 3, column: 8))
  #expect(object["missing"] == nil)
}

@Test func equalityIgnoresOffsetsButNotKindOrOrder() throws {
  let spaced = try JSONParser.parse("[ 1 ,  {\"a\" : 2} ]")
  let tight = try JSONParser.parse("[1,{\"a\":2}]")
  #expect(spaced == tight)
  #expect(JSONValue.integer(1) != .double(1))
  #expect(try JSONParser.parse("{\"a\":1,\"b\":2}") != JSONParser.parse("{\"b\":2,\"a\":1}"))
}

@Test func accessorsReturnOnlyTheirOwnKind() {
  #expect(JSONValue.integer(3).doubleValue == 3)
  #expect(JSONValue.double(3).integerValue == nil)
  #expect(JSONValue.string("x").stringValue == "x")
  #expect(JSONValue.bool(false).boolValue == false)
  #expect(JSONValue.null.isNull)
  #expect(JSONValue.string("x").kindName == "a text")
  #expect(JSONValue.null.arrayValue == nil)
  #expect(JSONValue.null.objectValue == nil)
}

@Test func whitespaceAroundTheValueIsAllowed() throws {
  #expect(try JSONParser.parse(" \t\r\n[ ]\r\n ").value == .array([]))
}
