import EcowerkModel
import EcowerkSheets
import EcowerkStrings
import EcowerkText

/// A plan's tables as CSV for a spreadsheet (`PlanTables`, written as text).
///
/// The Dutch dialect is what Excel expects in a Dutch locale (`;` between fields, decimal
/// comma); the English one uses `,` and a decimal point. Both start with a UTF-8 byte order
/// mark, without which Excel reads UTF-8 as Windows-1252 and mangles "ë".
public struct CSVExport: Sendable {
  public enum Dialect: String, CaseIterable, Sendable {
    case dutch = "nl"
    case english = "en"

    var separator: Character { self == .dutch ? ";" : "," }
    var decimal: Character { self == .dutch ? "," : "." }
  }

  public var tables: PlanTables
  public var dialect: Dialect

  public init(plan: Plan, language: Language, dialect: Dialect, today: CalendarDate) {
    tables = PlanTables(plan: plan, language: language, today: today)
    self.dialect = dialect
  }

  /// The chosen tables (all when nil), each under a title line and separated by an empty
  /// line; a single table (the usual case for importing) has no title line above its header.
  public func render(tables chosen: Set<DataTable>? = nil) -> String {
    let sheets = tables.tables(chosen)
    var output = "\u{FEFF}"
    for (index, sheet) in sheets.enumerated() {
      if index > 0 { output += "\r\n" }
      if sheets.count > 1 { output += line([.text(sheet.title)]) }
      for row in sheet.rows { output += line(row) }
    }
    return output
  }

  /// One record: fields quoted when they hold the separator, a quote or a line break.
  func line(_ cells: [SheetTable.Cell]) -> String {
    cells.map(field).joined(separator: String(dialect.separator)) + "\r\n"
  }

  func field(_ cell: SheetTable.Cell) -> String {
    switch cell {
    case .empty: return ""
    case .text(let text): return quoted(FormulaGuard.guarded(text))
    case .integer(let number): return String(number)
    case .number(let number): return decimal(WorkbookWriter.text(of: number))
    case .euros(let cents): return decimal(WorkbookWriter.decimal(cents))
    case .percent(let fraction):
      let tenths = (fraction * 1000).rounded()
      return decimal(WorkbookWriter.text(of: tenths / 10)) + "%"
    case .date(let year, let month, let day):
      return CalendarDate(year: year, month: month, day: day)?.description ?? ""
    }
  }

  /// A number written with a decimal point, in the dialect's notation.
  func decimal(_ text: String) -> String {
    dialect.decimal == "," ? String(text.map { $0 == "." ? "," : $0 }) : text
  }

  func quoted(_ text: String) -> String {
    let needsQuotes =
      text.contains { $0 == dialect.separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || text.first == " " || text.last == " "
    guard needsQuotes else { return text }
    return "\""
      + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
      + "\""
  }
}
