import EcowerkSheets
import EcowerkStrings

/// The words for a file that cannot be read as a spreadsheet, in the session's language: what
/// it is and what to do with it.
extension SheetError {
  public func message(_ strings: Strings) -> String {
    switch self {
    case .notASpreadsheet(let kind): return strings["file.\(kind.rawValue)"]
    case .empty: return strings["file.empty"]
    case .encrypted: return strings["file.encrypted"]
    case .zip(let problem):
      switch problem {
      case .noDirectory: return strings["file.zip.noDirectory"]
      case .tooManyEntries(let count, let limit):
        return strings.format("file.zip.tooManyEntries", count, limit)
      case .entryTooLarge(let name, let size, let limit):
        return strings.format("file.zip.entryTooLarge", name, size, limit)
      case .tooLarge(let size, let limit): return strings.format("file.zip.tooLarge", size, limit)
      case .suspiciousRatio(let name): return strings.format("file.zip.suspiciousRatio", name)
      case .badName(let name): return strings.format("file.zip.badName", name)
      case .duplicateName(let name): return strings.format("file.zip.duplicateName", name)
      case .overlapping(let name): return strings.format("file.zip.overlapping", name)
      case .sizeMismatch(let name): return strings.format("file.zip.sizeMismatch", name)
      case .unsupportedMethod(let name, let method):
        return strings.format("file.zip.unsupportedMethod", name, method)
      case .damaged(let name): return strings.format("file.zip.damaged", name)
      }
    case .workbook(let problem):
      switch problem {
      case .missingPart(let part): return strings.format("file.workbook.missingPart", part)
      case .badXML(let part, let line): return strings.format("file.workbook.badXML", part, line)
      case .documentType(let part): return strings.format("file.workbook.documentType", part)
      case .missingSharedString(let cell, let index):
        return strings.format("file.workbook.missingSharedString", cell, index)
      case .noSheets: return strings["file.workbook.noSheets"]
      }
    case .noSuchSheet(let name, let available):
      return strings.format("file.noSuchSheet", name, available.joined(separator: ", "))
    case .tooManyRows(let count, let limit): return strings.format("file.tooManyRows", count, limit)
    case .unclosedQuote(let line): return strings.format("file.unclosedQuote", line)
    }
  }
}
