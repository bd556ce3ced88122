import Testing

@testable import EcowerkSheets

@Suite struct XMLPullParserTests {
  static func events(_ xml: String) throws -> [XMLPullParser.Event] {
    var parser = XMLPullParser(Array(xml.utf8))
    var events: [XMLPullParser.Event] = []
    while let event = try parser.next() { events.append(event) }
    return events
  }

  @Test func elementsTextEntitiesCDATAAndPrefixes() throws {
    let events = try Self.events(
      """
      <?xml version="1.0"?>
      <!-- a comment --><x:a b="1 &amp; 2"><x:t>&lt;Tom &#233;&#x20AC;&apos;&quot;&gt;</x:t><e/><![CDATA[<ruw>]]></x:a>
      """)
    #expect(
      events == [
        .start("a"), .start("t"), .text("<Tom é€'\">"), .end("t"), .start("e"), .end("e"),
        .text("<ruw>"), .end("a"),
      ])
  }

  @Test func attributesAreReadByLocalName() throws {
    var parser = XMLPullParser(Array(#"<sheet name='Blad 1' r:id="rId3"/>"#.utf8))
    #expect(try parser.next() == .start("sheet"))
    #expect(parser.attribute("name") == "Blad 1" && parser.attribute("id") == "rId3")
  }

  @Test(
    "malformed XML and document types are refused",
    arguments: [
      "<a><b></a>", "<a>", "<a b=1/>", "<a>&unknown;</a>", "<a>&#xD800;</a>", "x<a/>",
      "<a/><!DOCTYPE a>", "<!DOCTYPE a [<!ENTITY lol \"lol\">]><a>&lol;</a>",
    ])
  func refused(xml: String) {
    #expect(throws: (any Error).self) { try Self.events(xml) }
  }
}
