import EcowerkModel
import EcowerkSheets
import EcowerkStrings

/// A plan's tables as an Excel workbook: a sheet per table with its title as the sheet's name,
/// the header bold and frozen (and the id and name columns on the wide tables), totals bold.
public enum WorkbookExport {
  public static func xlsx(
    _ plan: Plan, language: Language, today: CalendarDate, tables: Set<DataTable>? = nil
  ) -> [UInt8] {
    let sheets = PlanTables(plan: plan, language: language, today: today).tables(tables).map {
      WorkbookWriter.Sheet(
        name: $0.title, rows: $0.rows.map { $0.map(guarded) }, boldRows: $0.boldRows,
        frozenRows: 1, frozenColumns: $0.frozenColumns)
    }
    return WorkbookWriter.xlsx(sheets)
  }

  static func guarded(_ cell: SheetTable.Cell) -> SheetTable.Cell {
    guard case .text(let text) = cell else { return cell }
    return .text(FormulaGuard.guardedInWorkbook(text))
  }
}
