import EcowerkJSON
import Testing

/// Writes `count` plan-like records, the shape Ecowerk saves, with escapes and accents mixed in.
private func largeDocument(records count: Int) -> [UInt8] {
  var writer = JSONWriter(style: .pretty)
  writer.beginObject()
  writer.key("records")
  writer.beginArray()
  for index in 0..<count {
    writer.beginObject()
    writer.key("id")
    writer.integer(index)
    writer.key("title")
    writer.string("Deelproject \(index) — Enschede, café \"De Poort\"")
    writer.key("share")
    writer.double(Double(index) / 7)
    writer.key("done")
    writer.bool(index % 3 == 0)
    writer.key("tags")
    writer.beginArray()
    writer.string("fase-\(index % 5)")
    writer.string("🌍")
    writer.endArray()
    writer.endObject()
  }
  writer.endArray()
  writer.endObject()
  return writer.bytes
}

@Test func fiftyThousandRecordsParseAndRoundTrip() throws {
  let bytes = largeDocument(records: 50_000)
  let root = try JSONParser.parse(bytes)
  let records = try #require(root.value.objectValue?["records"]?.value.arrayValue)
  #expect(records.count == 50_000)
  let last = try #require(records.last?.value.objectValue)
  #expect(last["id"]?.value == .integer(49_999))
  #expect(last["title"]?.value.stringValue == "Deelproject 49999 — Enschede, café \"De Poort\"")
  #expect(last["share"]?.value == .double(49_999.0 / 7))
  #expect(JSONWriter.encode(root.value, style: .pretty) == bytes)
  let compact = JSONWriter.encode(root.value, style: .compact)
  #expect(try JSONParser.parse(compact) == root)
}
