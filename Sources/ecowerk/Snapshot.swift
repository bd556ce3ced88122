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
  /// Only these sections (all when empty); for CSV only its three tables may be named.
  var sections: Set<ReportSectionID> = []
  var dialect: CSVExport.Dialect = .dutch
  /// The earlier version whose changes the snapshot starts with (text, md and html).
  var since: ChangesSince?

  func bytes(of plan: Plan) -> [UInt8] {
    let chosen = sections.isEmpty ? nil : sections
    switch format {
    case .json:
      return PlanFile.encode(plan)
    case .csv:
      let csv = CSVExport(plan: plan, language: language, dialect: dialect)
      return Array(csv.render(sections: chosen).utf8)
    case .text, .md, .html:
      let text = Report.render(
        plan, format: format.reportFormat ?? .text, language: language, today: today,
        rubric: rubric, sections: chosen, since: since)
      return Array(text.utf8)
    }
  }

  /// Reads `--section` names; a name the format cannot hold is a usage error that lists the
  /// names it can.
  static func sections(_ names: [String], for format: SnapshotFormat) throws(UsageError)
    -> Set<ReportSectionID>
  {
    let allowed = format == .csv ? CSVExport.sections : ReportSectionID.allCases
    var sections: Set<ReportSectionID> = []
    for name in names {
      guard let section = ReportSectionID(rawValue: name), allowed.contains(section) else {
        let known = allowed.map(\.rawValue).joined(separator: ", ")
        throw UsageError(
          format == .csv ? "usage.unknownCSVSection" : "cli.unknownSection", name, known)
      }
      sections.insert(section)
    }
    return sections
  }
}
