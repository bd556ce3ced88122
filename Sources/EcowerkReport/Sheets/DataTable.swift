import EcowerkSheets

/// The tables of a plan that go to a spreadsheet and come back from one: one sheet each in a
/// workbook, one block each in a CSV file. The raw values are what `--section` takes.
public enum DataTable: String, CaseIterable, Sendable {
  case stakeholders
  case chainLinks = "chain-links"
  case segments
  case finance
  case kpis
  case actions

  /// The tables `ecowerk import` reads; KPIs and actions only go out.
  public static let importable: [DataTable] = [.chainLinks, .stakeholders, .segments, .finance]

  /// The key of the table's title (the sheet's name, the line above it in CSV).
  public var titleKey: String {
    switch self {
    case .stakeholders: return "report.section.stakeholders"
    case .chainLinks: return "field.chainLinks"
    case .segments: return "report.section.segments"
    case .finance: return "report.section.finance"
    case .kpis: return "sheet.kpis"
    case .actions: return "report.section.actions"
    }
  }
}

/// One table of a plan as cells, ready for a workbook sheet or a CSV block.
public struct SheetTable: Sendable {
  public var table: DataTable
  public var title: String
  /// The header first.
  public var rows: [[Cell]]
  /// The header and any totals.
  public var boldRows: Set<Int> = [0]
  /// Columns that stay in view while scrolling sideways (the id and the name).
  public var frozenColumns = 0

  public typealias Cell = WorkbookWriter.Cell
}
