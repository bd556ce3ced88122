import EcowerkJSON
import Testing

/// A small plan-like document written through the streaming API.
private func writeSample(_ style: JSONWriter.Style) -> String {
  var writer = JSONWriter(style: style)
  writer.beginObject()
  writer.key("name")
  writer.string("Gemeente Enschede — ë, ï, é")
  writer.key("year")
  writer.integer(2025)
  writer.key("budget")
  writer.double(1250000.5)
  writer.key("active")
  writer.bool(true)
  writer.key("owner")
  writer.null()
  writer.key("tags")
  writer.beginArray()
  writer.string("energie")
  writer.string("water")
  writer.endArray()
  writer.key("partners")
  writer.beginArray()
  writer.beginObject()
  writer.key("id")
  writer.integer(-7)
  writer.key("roles")
  writer.beginArray()
  writer.endArray()
  writer.endObject()
  writer.endArray()
  writer.key("notes")
  writer.beginObject()
  writer.endObject()
  writer.endObject()
  return writer.text
}

@Test func prettyOutputHasAFixedLayout() {
  let expected = """
    {
      "name": "Gemeente Enschede — ë, ï, é",
      "year": 2025,
      "budget": 1250000.5,
      "active": true,
      "owner": null,
      "tags": [
        "energie",
        "water"
      ],
      "partners": [
        {
          "id": -7,
          "roles": []
        }
      ],
      "notes": {}
    }

    """
  #expect(writeSample(.pretty) == expected)
}

@Test func compactOutputIsOneLineWithoutSpaces() {
  let expected =
    #"{"name":"Gemeente Enschede — ë, ï, é","year":2025,"budget":1250000.5,"active":true,"#
    + #""owner":null,"tags":["energie","water"],"partners":[{"id":-7,"roles":[]}],"notes":{}}"#
  #expect(writeSample(.compact) == expected)
}

@Test func requiredAndInvisibleCharactersAreEscapedAndNothingElse() {
  var writer = JSONWriter(style: .compact)
  writer.string("q\" b\\ s/ n\n t\t r\r b\u{8} f\u{C} z\u{0} u\u{1F} del\u{7F} é 漢 🌍")
  #expect(
    writer.text
      == #""q\" b\\ s/ n\n t\t r\r b\b f\f z\u0000 u\u001f del\u007f"# + " é 漢 🌍\"")
}

/// A plan shown with `cat`, `less -R` or in a diff must not drive the terminal or hide text:
/// C1 controls (NEL U+0085, CSI U+009B), the separators and every bidi control are written as
/// escapes, and read back as the same characters.
@Test(arguments: [
  ("\u{80}", "\\u0080"), ("\u{85}", "\\u0085"), ("\u{9B}", "\\u009b"), ("\u{9F}", "\\u009f"),
  ("\u{61C}", "\\u061c"), ("\u{200E}", "\\u200e"), ("\u{200F}", "\\u200f"),
  ("\u{2028}", "\\u2028"), ("\u{2029}", "\\u2029"), ("\u{202A}", "\\u202a"),
  ("\u{202E}", "\\u202e"), ("\u{2066}", "\\u2066"), ("\u{2069}", "\\u2069"),
])
func invisibleControlsAreEscapedAndReadBack(character: String, escape: String) throws {
  let text = "a" + character + "b é" + character
  var writer = JSONWriter(style: .compact)
  writer.string(text)
  #expect(writer.text == "\"a\(escape)b é\(escape)\"")
  #expect(!writer.bytes.contains(0x7F) && !writer.bytes.contains(0xC2))
  #expect(try JSONParser.parse(writer.bytes).value == .string(text))
}

@Test func neighboursOfTheEscapedCharactersStayRaw() {
  // U+2027, U+202F, U+2065, U+206A and U+00A0 share lead bytes with escaped ones.
  let text = "\u{2027}\u{202F}\u{2065}\u{206A}\u{A0}\u{60C}\u{200D}"
  var writer = JSONWriter(style: .compact)
  writer.string(text)
  #expect(writer.text == "\"" + text + "\"")
}

@Test func keysAreEscapedLikeText() {
  var writer = JSONWriter(style: .compact)
  writer.beginObject()
  writer.key("a\"b\n")
  writer.integer(1)
  writer.endObject()
  #expect(writer.text == #"{"a\"b\n":1}"#)
}

@Test(arguments: [
  (Int64.max, "9223372036854775807"),
  (Int64.min, "-9223372036854775808"),
  (0, "0"),
  (-1, "-1"),
  (1_000_000, "1000000"),
])
func integersAreWrittenInPlainDecimal(value: Int64, expected: String) {
  var writer = JSONWriter(style: .compact)
  writer.integer(value)
  #expect(writer.text == expected)
}

@Test func intOverloadWritesTheSameDigits() {
  var writer = JSONWriter(style: .compact)
  writer.integer(Int(-12))
  #expect(writer.text == "-12")
}

@Test(arguments: [
  (0.1, "0.1"),
  (1e-7, "1e-07"),
  (-0.0, "-0.0"),
  (3.0, "3.0"),
  (1e16, "1e+16"),
  (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"),
])
func doublesUseTheShortestRoundTripForm(value: Double, expected: String) throws {
  var writer = JSONWriter(style: .compact)
  writer.double(value)
  #expect(writer.text == expected)
  #expect(try JSONParser.parse(writer.bytes).value == .double(value))
}

@Test func prettyTopLevelValuesEndWithANewline() {
  #expect(String(decoding: JSONWriter.encode(.integer(1)), as: UTF8.self) == "1\n")
  #expect(String(decoding: JSONWriter.encode(.array([])), as: UTF8.self) == "[]\n")
  #expect(String(decoding: JSONWriter.encode(.object(JSONObject())), as: UTF8.self) == "{}\n")
  #expect(String(decoding: JSONWriter.encode(.null, style: .compact), as: UTF8.self) == "null")
}

@Test func writerReportsWhenTheTopValueIsFinished() {
  var writer = JSONWriter(style: .pretty)
  #expect(!writer.isFinished)
  writer.beginArray()
  writer.integer(1)
  #expect(!writer.isFinished)
  #expect(writer.text == "[\n  1")
  writer.endArray()
  #expect(writer.isFinished)
  #expect(writer.text == "[\n  1\n]\n")
}

@Test func writingAParsedValueKeepsMemberOrder() throws {
  let node = try JSONParser.parse(#"{"z": 1, "a": [true, null], "m": {"y": "x"}}"#)
  let written = String(decoding: JSONWriter.encode(node.value, style: .compact), as: UTF8.self)
  #expect(written == #"{"z":1,"a":[true,null],"m":{"y":"x"}}"#)
}

@Test func aValueInAnObjectWithoutAKeyStopsTheProgram() async {
  await #expect(processExitsWith: .failure) {
    var writer = JSONWriter(style: .compact)
    writer.beginObject()
    writer.integer(1)
  }
}

@Test func nonFiniteDoublesStopTheProgram() async {
  await #expect(processExitsWith: .failure) {
    var writer = JSONWriter(style: .compact)
    writer.double(.infinity)
  }
}

@Test func mismatchedEndStopsTheProgram() async {
  await #expect(processExitsWith: .failure) {
    var writer = JSONWriter(style: .compact)
    writer.beginArray()
    writer.endObject()
  }
}
