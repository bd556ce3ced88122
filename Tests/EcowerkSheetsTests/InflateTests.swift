import Testing

@testable import EcowerkSheets

/// Raw deflate: our own inflate against streams from zlib and from our own deflate.
@Suite struct InflateTests {
  /// The text `dynamicBlock` was made from.
  static let text = (0..<120).map { i in
    "Gemeente Enschede \(i);Gemeente;\(i % 5 + 1);\((i * 7) % 5 + 1);ja;Coöperatie €\n"
  }.joined()

  /// `text` compressed by zlib 1.2.13 at level 9 with raw deflate (one dynamic Huffman block):
  /// `python3 -c 'import zlib; c = zlib.compressobj(9, zlib.DEFLATED, -15); …'`.
  static let dynamicBlock = Hex.bytes(
    "9dd8bb4904510086d1dc2ab684fb7e30a1c8d6b1e8800aaea256603dc636602756e206c20426c361b2859f85cb611edf"
      + "717d5ad7f3fb7ab839bfdddeaf77eb212cc7bfdf9678b91e4fcbf5f3f7d7cbfa7a7a7f580f3f1f9f57c77f9bb86dd292"
      + "f76dd2b6c94bddb7c9dba65cfe69d7a66c9b7a59edda5438830667d0e10c069cc184338804412444a110c542140c5134"
      + "44e110c54314105144241191e8de2022928848222289882422928848222289882c22b288c8f4b8101159446411914544"
      + "16115944641151444411114544147a8310114544141151444411114544541151454415115544547aa914115544541151"
      + "454415114d443411d1444413114d4434face10114d443411d1444417115d447411d1454417115d4474faf414115d4474"
      + "113144c4101143440c113144c4101143440caa11226288882922a6889822628a882922a6889822628a884981ca0a1525"
      + "aa408d2a50a40a54a90265aa409d2a50a80a54aa02a5aa4036305f920d0b9856302d615ac3b4886915d332e68e8ef90b"
  )

  @Test func aDynamicHuffmanBlockFromZlibInflates() throws {
    let bytes = try Inflate.decompress(Self.dynamicBlock[...], limit: 1 << 20)
    #expect(bytes == Array(Self.text.utf8))
  }

  @Test func aStoredBlockInflates() throws {
    let data = Array("Hallo, wereld".utf8)
    let stored: [UInt8] = [0x01, UInt8(data.count), 0, ~UInt8(data.count), 0xFF] + data
    #expect(try Inflate.decompress(stored[...], limit: 100) == data)
  }

  @Test(
    "our deflate inflates back to the same bytes",
    arguments: [0, 1, 2, 3, 100, 5_000, 70_000])
  func roundTrip(size: Int) throws {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    let random = (0..<size).map { _ -> UInt8 in
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: seed >> 56)
    }
    let repetitive = (0..<size).map { UInt8(ascii: "a") + UInt8($0 % 7 == 0 ? 1 : 0) }
    let text = Array(String(repeating: Self.text, count: size / 1000 + 1).utf8.prefix(size))
    for data in [random, repetitive, text] {
      let compressed = Deflate.compress(data)
      #expect(try Inflate.decompress(compressed[...], limit: data.count) == data)
    }
  }

  @Test func deflateCompressesSpreadsheetXML() {
    let xml = Array(
      (0..<2000).map { #"<row r="\#($0)"><c r="A\#($0)" t="s"><v>\#($0)</v></c></row>"# }
        .joined().utf8)
    #expect(Deflate.compress(xml).count * 5 < xml.count)
  }

  @Test func outputPastTheLimitStopsAtTheLimit() {
    let zeros = Deflate.compress([UInt8](repeating: 0, count: 100_000))
    #expect(throws: Inflate.Failure.tooLarge) {
      try Inflate.decompress(zeros[...], limit: 99_999)
    }
  }

  @Test func damagedStreamsAreRefused() {
    // Block type 3 does not exist.
    #expect(throws: Inflate.Failure.damaged) { try Inflate.decompress([0x07][...], limit: 10) }
    // A stored block whose length check does not match.
    #expect(throws: Inflate.Failure.damaged) {
      try Inflate.decompress([0x01, 5, 0, 5, 0][...], limit: 10)
    }
    // Cut off in the middle.
    #expect(throws: Inflate.Failure.truncated) {
      try Inflate.decompress(Self.dynamicBlock.prefix(100), limit: 1 << 20)
    }
    #expect(throws: Inflate.Failure.truncated) { try Inflate.decompress([][...], limit: 10) }
    // A fixed block whose first symbol is a match: nothing to copy from yet.
    var writer = BitWriter()
    writer.put(1, bits: 1)
    writer.put(1, bits: 2)
    writer.putLength(3)
    writer.putDistance(1)
    writer.putLiteral(256)
    #expect(throws: Inflate.Failure.distanceTooFar) {
      try Inflate.decompress(writer.finish()[...], limit: 10)
    }
  }

  @Test func crc32MatchesTheStandardCheckValue() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
  }
}

enum Hex {
  static func bytes(_ hex: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var index = hex.startIndex
    while index < hex.endIndex {
      let next = hex.index(index, offsetBy: 2)
      bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
      index = next
    }
    return bytes
  }
}
