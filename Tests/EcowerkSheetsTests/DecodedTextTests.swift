import Testing

@testable import EcowerkSheets

/// The encoding of a text file, decided on the evidence.
@Suite struct DecodedTextTests {
  static let text = "Naam\tRol\r\nCoöperatie Zeeën\tTrekker €\r\n"

  static func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
    var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
    for unit in text.utf16 {
      let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
      bytes += bigEndian ? pair : pair.reversed()
    }
    return bytes
  }

  @Test(
    "UTF-16 (Excel's Unicode text) with and without a byte order mark",
    arguments: [(false, true), (true, true), (false, false), (true, false)])
  func utf16(bigEndian: Bool, bom: Bool) {
    let decoded = DecodedText(Self.utf16(Self.text, bigEndian: bigEndian, bom: bom))
    #expect(decoded.text == Self.text)
    #expect(decoded.encoding == (bigEndian ? .utf16BE : .utf16LE))
  }

  @Test func utf8WithOrWithoutAByteOrderMark() {
    #expect(DecodedText(Array(Self.text.utf8)).encoding == .utf8)
    let marked = DecodedText([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8))
    #expect(marked.text == Self.text && marked.encoding == .utf8)
  }

  @Test func oneBadByteInAUTF8FileIsABadByteNotWindows1252() {
    // "Café" three times in UTF-8 and one stray Windows-1252 "é" (0xE9) on line 3.
    let bytes =
      Array("naam\nCafé A\nCaf".utf8) + [0xE9] + Array(" B\nCafé C\nCafé D\n".utf8)
    let decoded = DecodedText(bytes)
    #expect(decoded.encoding == .utf8)
    #expect(decoded.text.contains("Café A") && decoded.text.contains("Café D"))
    #expect(decoded.badBytes == [.init(line: 3, byte: 0xE9)])
  }

  @Test func windows1252WhenTheInvalidBytesWin() {
    // "Coöperatie;€ 5" and "Zeeën" in Windows-1252, no valid UTF-8 sequence at all.
    let bytes: [UInt8] =
      Array("naam;bedrag\r\nCo".utf8) + [0xF6] + Array("peratie;".utf8) + [0x80]
      + Array(" 5\r\nZee".utf8) + [0xEB, 0x6E, 0x3B, 0x93, 0x71, 0x94]
    let decoded = DecodedText(bytes)
    #expect(decoded.encoding == .windows1252)
    #expect(decoded.text == "naam;bedrag\r\nCoöperatie;€ 5\r\nZeeën;“q”")
    #expect(decoded.badBytes.isEmpty)
  }
}

/// Reading CSV as Excel and LibreOffice write it.
@Suite struct CSVReaderTests {
  static func read(_ text: String, maxRows: Int = 1000) throws -> (
    rows: [SheetRow], separator: Character
  ) {
    try CSVReader.read(text, maxRows: maxRows)
  }

  @Test(
    "the separator is found from the header line",
    arguments: [
      ("naam;soort;sector\r\nA;b;c\r\n", Character(";")),
      ("name,kind,sector\nA,b,c\n", ","),
      ("name\tkind\nA\tb\n", "\t"),
      ("\"a;b\",c,d\n", ","),
      ("name\nA\n", ";"),
      ("Titel\n\nnaam;a,b\n", ";"),
    ])
  func separatorDetection(text: String, separator: Character) throws {
    #expect(try Self.read(text).separator == separator)
  }

  @Test func quotedFieldsKeepSeparatorsQuotesAndLineBreaks() throws {
    let rows = try Self.read(
      "naam;rol\r\n\"Bank; Rabo\";\"zegt \"\"ja\"\"\"\r\n\"Twee\r\nregels\";x\r\nLaatste;y"
    ).rows
    #expect(
      rows.map(\.fields) == [
        ["naam", "rol"], ["Bank; Rabo", "zegt \"ja\""], ["Twee\nregels", "x"], ["Laatste", "y"],
      ])
    #expect(rows.map(\.line) == [1, 2, 3, 5], "a record starts on its own line")
  }

  @Test func emptyFieldsAndLinesAreKeptAndOldMacLineEndsWork() throws {
    #expect(
      try Self.read("naam;;x\n;;\n").rows.map(\.fields) == [["naam", "", "x"], ["", "", ""]])
    #expect(try Self.read("a;b\rc;d\r").rows.map(\.fields) == [["a", "b"], ["c", "d"]])
  }

  @Test func aQuoteThatNeverClosesIsReportedWithItsLine() throws {
    #expect(throws: SheetError.unclosedQuote(line: 3)) {
      try Self.read("naam;rol\nA;b\n\"C;d\nE;f\n")
    }
  }

  @Test func moreRecordsThanTheLimitAreRefusedBeforeTheyAreRead() throws {
    let text = (0...10).map { "rij \($0);x" }.joined(separator: "\r\n")
    #expect(throws: SheetError.tooManyRows(count: 11, limit: 10)) {
      try Self.read(text, maxRows: 10)
    }
    // Line breaks inside quotes are no records.
    let quoted = "naam\n" + (0..<5).map { "\"a\n\nb \($0)\"" }.joined(separator: "\n")
    #expect(try Self.read(quoted, maxRows: 6).rows.count == 6)
  }
}
