/// Why a file cannot be read as a spreadsheet: a kind and its values, no words. The words, in
/// the session's language, are chosen where the message is shown (`SheetErrorText` in
/// EcowerkReport).
public enum SheetError: Error, Hashable, Sendable {
  /// The file is something else; `kind` says what, so the message can say what to do.
  case notASpreadsheet(FileKind)
  /// The file is empty.
  case empty
  /// The workbook or file is protected with a password.
  case encrypted
  case zip(ZipProblem)
  /// A part of the workbook is missing or is not the XML it should be.
  case workbook(WorkbookProblem)
  /// `--sheet NAME` names no sheet of the workbook; `available` lists the ones it has.
  case noSuchSheet(String, available: [String])
  /// More rows than a plan's list may hold; refused before anything is read into the plan.
  case tooManyRows(count: Int, limit: Int)
  /// A quote is opened on `line` and never closed.
  case unclosedQuote(line: Int)

  /// What a file that is not a spreadsheet we can read turns out to be.
  public enum FileKind: String, Hashable, Sendable, CaseIterable {
    case pdf
    /// An OpenDocument spreadsheet (LibreOffice's own format).
    case ods
    /// Another OpenDocument file (text, presentation).
    case openDocument
    /// An Excel 97–2003 workbook (`.xls`), or another OLE2 compound file (`.doc`).
    case xls
    /// An Excel binary workbook (`.xlsb`).
    case xlsb
    /// A Word document (`.docx`).
    case docx
    /// A PowerPoint presentation (`.pptx`).
    case pptx
    /// A zip file that holds no workbook.
    case zip
    case gzip
    case image
    /// An ecowerk plan file: it is opened, not imported.
    case plan
    /// A web page (Excel's "Web page" is sometimes saved as `.xls`).
    case html
    /// Excel 2003's XML spreadsheet.
    case spreadsheetML2003
    /// Some other binary file.
    case binary
  }

  public enum ZipProblem: Hashable, Sendable {
    /// No central directory: not a zip file, or cut off.
    case noDirectory
    case tooManyEntries(count: Int, limit: Int)
    case entryTooLarge(String, size: Int, limit: Int)
    case tooLarge(size: Int, limit: Int)
    /// An entry inflates far more than any spreadsheet does: a zip bomb.
    case suspiciousRatio(String)
    /// An absolute name, `..`, a backslash or a NUL in an entry's name.
    case badName(String)
    case duplicateName(String)
    /// Two entries share bytes.
    case overlapping(String)
    /// The entry inflates to another size than the directory declares.
    case sizeMismatch(String)
    case unsupportedMethod(String, Int)
    /// The entry's data does not inflate, or its checksum does not match.
    case damaged(String)
  }

  public enum WorkbookProblem: Hashable, Sendable {
    case missingPart(String)
    /// `part` is not well-formed XML near `line` of the part.
    case badXML(part: String, line: Int)
    /// The XML declares a document type; workbooks never do, and entity tricks live there.
    case documentType(part: String)
    /// A cell refers to shared string `index`, which the workbook does not have.
    case missingSharedString(cell: String, index: Int)
    /// The workbook has no sheets.
    case noSheets
  }
}
