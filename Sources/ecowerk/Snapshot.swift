import EcowerkModel
import EcowerkReport
import EcowerkStore
import EcowerkStrings

/// One snapshot of a plan as bytes, the same for `ecowerk print` and the workbench's `p`:
/// the same plan, language, date and rubric always give the same bytes.
struct Snapshot {
  var format: SnapshotFormat
  var language: Language
  var today: CalendarDate
  var rubric: Rubric?
  /// Only these sections (all when empty); for CSV and xlsx, the tables below.
  var sections: Set<ReportSectionID> = []
  /// Only these tables of CSV and xlsx (all when empty).
  var tables: Set<DataTable> = []
  var dialect: CSVExport.Dialect = .dutch

  func bytes(of plan: Plan) -> [UInt8] {
    let chosen = sections.isEmpty ? nil : sections
    let chosenTables = tables.isEmpty ? nil : tables
    switch format {
    case .json:
      return PlanFile.encode(plan)
    case .csv:
      let csv = CSVExport(plan: plan, language: language, dialect: dialect, today: today)
      return Array(csv.render(tables: chosenTables).utf8)
    case .xlsx:
      return WorkbookExport.xlsx(plan, language: language, today: today, tables: chosenTables)
    case .text, .md, .html:
      let text = Report.render(
        plan, format: format.reportFormat ?? .text, language: language, today: today,
        rubric: rubric, sections: chosen)
      return Array(text.utf8)
    }
  }

  /// Reads `--section` names; a name the format cannot hold is a usage error that lists the
  /// names it can. CSV and xlsx take the names of tables.
  static func sections(_ names: [String], for format: SnapshotFormat) throws(UsageError)
    -> Set<ReportSectionID>
  {
    guard !format.isTables else { return [] }
    var sections: Set<ReportSectionID> = []
    for name in names {
      guard let section = ReportSectionID(rawValue: name) else {
        let known = ReportSectionID.allCases.map(\.rawValue).joined(separator: ", ")
        throw UsageError("cli.unknownSection", name, known)
      }
      sections.insert(section)
    }
    return sections
  }

  /// Reads `--section` names of tables for CSV and xlsx.
  static func tables(_ names: [String], for format: SnapshotFormat) throws(UsageError)
    -> Set<DataTable>
  {
    guard format.isTables else { return [] }
    var tables: Set<DataTable> = []
    for name in names {
      guard let table = DataTable(rawValue: name) else {
        let known = DataTable.allCases.map(\.rawValue).joined(separator: ", ")
        throw UsageError("usage.unknownCSVSection", name, known)
      }
      tables.insert(table)
    }
    return tables
  }
}
