import Testing

@testable import EcowerkSheets

/// Files are recognised by what they hold, not by their name.
@Suite struct SpreadsheetFileTests {
  static func kind(_ bytes: [UInt8]) -> SheetError? {
    do {
      _ = try SpreadsheetFile.open(bytes, maxRows: 100)
      return nil
    } catch {
      return error
    }
  }

  static func zip(_ entries: [(String, String)]) -> [UInt8] {
    var writer = ZipWriter()
    for (name, text) in entries { writer.add(name, Array(text.utf8)) }
    return writer.finish()
  }

  @Test func otherFilesAreNamedForWhatTheyAre() {
    #expect(Self.kind([]) == .empty)
    #expect(Self.kind(Array("%PDF-1.7\n%âãÏÓ".utf8)) == .notASpreadsheet(.pdf))
    #expect(
      Self.kind([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]) == .notASpreadsheet(.xls))
    let encrypted: [UInt8] =
      [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [0, 0]
      + Array("EncryptionInfo".utf16.flatMap { [UInt8($0), 0] })
    #expect(Self.kind(encrypted) == .encrypted)
    #expect(
      Self.kind(Self.zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet")]))
        == .notASpreadsheet(.ods))
    #expect(
      Self.kind(Self.zip([("mimetype", "application/vnd.oasis.opendocument.text")]))
        == .notASpreadsheet(.openDocument))
    #expect(
      Self.kind(Self.zip([("[Content_Types].xml", "<Types/>"), ("xl/workbook.bin", "")]))
        == .notASpreadsheet(.xlsb))
    #expect(
      Self.kind(Self.zip([("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w/>")]))
        == .notASpreadsheet(.docx))
    #expect(Self.kind(Self.zip([("foto.jpg", "x")])) == .notASpreadsheet(.zip))
    #expect(Self.kind([0x1F, 0x8B, 8, 0]) == .notASpreadsheet(.gzip))
    #expect(Self.kind([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]) == .notASpreadsheet(.image))
    #expect(
      Self.kind(Array("{\n  \"format\": \"ecowerk-plan\",\n  \"schemaVersion\": 1\n}".utf8))
        == .notASpreadsheet(.plan))
    #expect(Self.kind(Array("<html><table><tr><td>x".utf8)) == .notASpreadsheet(.html))
    #expect(
      Self.kind(
        Array(
          "<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">"
            .utf8)) == .notASpreadsheet(.spreadsheetML2003))
    #expect(
      Self.kind([0x41, 0x00, 0x42, 0x43, 0x00, 0x44, 0x45, 0x46]) == .notASpreadsheet(.binary))
  }

  @Test func textAndWorkbooksAreOpened() throws {
    guard case .text(let sheet) = try SpreadsheetFile.open(Array("naam;x\nA;1\n".utf8), maxRows: 10)
    else {
      Issue.record("CSV was not read as text")
      return
    }
    #expect(sheet.rows.count == 2 && sheet.separator == ";" && sheet.encoding == .utf8)
    let workbook = WorkbookWriter.xlsx([
      .init(name: "Lijst", rows: [[.text("Naam")], [.text("A")]])
    ])
    guard case .workbook(let opened) = try SpreadsheetFile.open(workbook, maxRows: 10) else {
      Issue.record("the workbook was not opened as one")
      return
    }
    #expect(opened.sheets.map(\.name) == ["Lijst"])
  }
}
