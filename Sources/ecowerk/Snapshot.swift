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
  /// The earlier version whose changes the snapshot starts with (text, md and html).
  var since: ChangesSince?

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
        rubric: rubric, sections: chosen, since: since)
      return Array(text.utf8)
    }
  }

  /// Reads `--section` names; a name the format cannot hold is a usage error that lists the
  /// names it can. CSV and xlsx take the names of tables (`tables(_:for:)`).
  static func sections(_ names: [String], for format: SnapshotFormat) throws(UsageError)
    -> Set<ReportSectionID>
  {
    format.isTables ? [] : try parse(names, error: "cli.unknownSection")
  }

  /// Reads `--section` names of tables for CSV and xlsx.
  static func tables(_ names: [String], for format: SnapshotFormat) throws(UsageError)
    -> Set<DataTable>
  {
    format.isTables ? try parse(names, error: "usage.unknownCSVSection") : []
  }

  private static func parse<Name: RawRepresentable & CaseIterable & Hashable>(
    _ names: [String], error: String
  ) throws(UsageError) -> Set<Name> where Name.RawValue == String {
    var parsed: Set<Name> = []
    for name in names {
      guard let value = Name(rawValue: name) else {
        throw UsageError(error, name, Name.allCases.map(\.rawValue).joined(separator: ", "))
      }
      parsed.insert(value)
    }
    return parsed
  }
}
