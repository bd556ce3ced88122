import EcowerkReport
import Testing

/// Reading CSV as Excel and LibreOffice write it.
@Suite struct CSVReaderTests {
  static func read(_ text: String) throws -> CSVReader {
    try CSVReader(bytes: Array(text.utf8))
  }

  @Test(
    "the separator is found from the header line",
    arguments: [
      ("naam;soort;sector\r\nA;b;c\r\n", Character(";")),
      ("name,kind,sector\nA,b,c\n", ","),
      ("name\tkind\nA\tb\n", "\t"),
      ("\"a;b\",c,d\n", ","),
      ("name\nA\n", ";"),
    ])
  func separatorDetection(text: String, separator: Character) throws {
    #expect(try Self.read(text).separator == separator)
  }

  @Test func quotedFieldsKeepSeparatorsQuotesAndLineBreaks() throws {
    let reader = try Self.read(
      "naam;rol\r\n\"Bank; Rabo\";\"zegt \"\"ja\"\"\"\r\n\"Twee\r\nregels\";x\r\nLaatste;y")
    #expect(
      reader.records.map(\.fields) == [
        ["naam", "rol"], ["Bank; Rabo", "zegt \"ja\""], ["Twee\nregels", "x"], ["Laatste", "y"],
      ])
    #expect(reader.records.map(\.line) == [1, 2, 3, 5], "a record starts on its own line")
  }

  @Test func aByteOrderMarkIsSkippedAndEmptyFieldsKept() throws {
    let reader = try CSVReader(bytes: [0xEF, 0xBB, 0xBF] + Array("naam;;x\n;;\n".utf8))
    #expect(reader.encoding == .utf8)
    #expect(reader.records.map(\.fields) == [["naam", "", "x"], ["", "", ""]])
  }

  @Test func windows1252FromAnOldExcelIsRead() throws {
    // "Coöperatie;€ 5" and "Zeeën" in Windows-1252.
    let bytes: [UInt8] =
      Array("naam;bedrag\r\nCo".utf8) + [0xF6] + Array("peratie;".utf8) + [0x80]
      + Array(" 5\r\nZee".utf8) + [0xEB, 0x6E, 0x3B, 0x93, 0x71, 0x94]
    let reader = try CSVReader(bytes: bytes)
    #expect(reader.encoding == .windows1252)
    #expect(reader.records[1].fields == ["Coöperatie", "€ 5"])
    #expect(reader.records[2].fields == ["Zeeën", "“q”"])
  }

  @Test func aQuoteThatNeverClosesIsReportedWithItsLine() throws {
    #expect(throws: CSVReader.UnclosedQuote(line: 3)) {
      try Self.read("naam;rol\nA;b\n\"C;d\nE;f\n")
    }
  }
}
