/// A file a partner sent as a spreadsheet, recognised by its content rather than its name: an
/// Excel workbook, or text (CSV, Excel's "Unicode text"); anything else is refused with what
/// it turned out to be, so the message can say what to do with it.
public enum SpreadsheetFile: Sendable {
  case workbook(Workbook)
  case text(TextSheet)

  /// The rows of a text file and how they were read.
  public struct TextSheet: Sendable {
    public var rows: [SheetRow]
    public var encoding: DecodedText.Encoding
    public var separator: Character
    /// Bytes that are not UTF-8 in an otherwise UTF-8 file, with their lines.
    public var badBytes: [DecodedText.BadByte]
  }

  /// Recognises and opens `bytes`; a text file is read at once (at most `maxRows` rows), a
  /// workbook only as far as its list of sheets.
  public static func open(_ bytes: [UInt8], maxRows: Int, limits: ZipArchive.Limits = .standard)
    throws(SheetError) -> SpreadsheetFile
  {
    guard !bytes.isEmpty else { throw .empty }
    if let kind = binaryKind(bytes) { throw .notASpreadsheet(kind) }
    if bytes.starts(with: Magic.zip) || bytes.starts(with: Magic.emptyZip) {
      return .workbook(try workbook(bytes, limits: limits))
    }
    if bytes.starts(with: Magic.ole) {
      // An Excel file with a password is an OLE2 container holding the encrypted package.
      let marker = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
      throw contains(bytes, marker) ? .encrypted : .notASpreadsheet(.xls)
    }
    let decoded = DecodedText(bytes)
    if let kind = textKind(decoded.text) { throw .notASpreadsheet(kind) }
    if decoded.encoding == .utf8 || decoded.encoding == .windows1252,
      bytes.prefix(4096).contains(0)
    {
      throw .notASpreadsheet(.binary)
    }
    let (rows, separator) = try CSVReader.read(decoded.text, maxRows: maxRows)
    return .text(
      TextSheet(
        rows: rows, encoding: decoded.encoding, separator: separator,
        badBytes: decoded.badBytes))
  }

  enum Magic {
    static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let emptyZip: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    static let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
  }

  static func binaryKind(_ bytes: [UInt8]) -> SheetError.FileKind? {
    if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
    if bytes.starts(with: [0x1F, 0x8B]) { return .gzip }
    if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) || bytes.starts(with: [0xFF, 0xD8, 0xFF])
      || bytes.starts(with: Array("GIF8".utf8))
    {
      return .image
    }
    return nil
  }

  /// Text that is a plan file, a web page or the XML spreadsheet of Excel 2003.
  static func textKind(_ text: String) -> SheetError.FileKind? {
    let head = String(text.prefix(2048)).lowercased()
    let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    if start.hasPrefix("{") && head.contains("\"ecowerk-plan\"") { return .plan }
    if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return .html }
    if start.hasPrefix("<?xml") && head.contains("urn:schemas-microsoft-com:office:spreadsheet") {
      return .spreadsheetML2003
    }
    return nil
  }

  /// What a zip file holds: a workbook is opened, anything else is named.
  static func workbook(_ bytes: [UInt8], limits: ZipArchive.Limits) throws(SheetError) -> Workbook {
    let archive = try ZipArchive(bytes, limits: limits)
    if archive.contains("mimetype") {
      let type = String(decoding: try archive.data("mimetype") ?? [], as: UTF8.self)
      if type.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") {
        throw .notASpreadsheet(.ods)
      }
      if type.hasPrefix("application/vnd.oasis.opendocument") {
        throw .notASpreadsheet(.openDocument)
      }
    }
    if archive.contains("xl/workbook.bin") { throw .notASpreadsheet(.xlsb) }
    if archive.contains("word/document.xml") { throw .notASpreadsheet(.docx) }
    if archive.contains("ppt/presentation.xml") { throw .notASpreadsheet(.pptx) }
    if archive.contains("EncryptedPackage") { throw .encrypted }
    guard archive.contains("[Content_Types].xml"),
      archive.entries.contains(where: { $0.name.hasPrefix("xl/") })
    else { throw .notASpreadsheet(.zip) }
    return try Workbook(archive)
  }

  static func contains(_ bytes: [UInt8], _ marker: [UInt8]) -> Bool {
    guard let first = marker.first, bytes.count >= marker.count else { return false }
    var index = 0
    while index <= bytes.count - marker.count {
      if bytes[index] == first && bytes[index...].starts(with: marker) { return true }
      index += 1
    }
    return false
  }
}
