import EcowerkModel
import EcowerkReport
import EcowerkSheets

/// `ecowerk import`: the size's stakeholder list, as the CSV and as the workbook `ecowerk
/// print` writes, read into an empty plan — recognising the file, reading the rows, matching
/// them, creating the chain links they name, applying the one edit and checking the plan's
/// rules; everything the command does but load and save the plan file. On the large plan also
/// the first 1,250, 2,500 and 5,000 rows, to show that the time grows linearly, and the same
/// 10,000 rows again into the plan that has them.
extension SizeRun {
  mutating func importFigures(_ plan: Plan) throws {
    let empty = Plan.empty(startYear: plan.startYear)
    let csv = Array(
      CSVExport(plan: plan, language: .dutch, dialect: .dutch, today: Self.today)
        .render(tables: [.stakeholders]).utf8)
    let workbook = WorkbookExport.xlsx(
      plan, language: .dutch, today: Self.today, tables: [.stakeholders])
    let count = plan.stakeholders.count
    let (csvTime, imported) = try timed(csv, into: empty)
    guard imported.stakeholders.count == count else {
      throw BenchError(
        "the CSV import gave \(imported.stakeholders.count) of \(count) stakeholders")
    }
    let (xlsxTime, fromWorkbook) = try timed(workbook, into: empty)
    guard fromWorkbook.stakeholders == imported.stakeholders else {
      throw BenchError("the workbook import differs from the CSV import")
    }
    figures += [
      Figure(
        "import.csv", "import: \(count) stakeholders from CSV into an empty plan, median",
        csvTime.median, .milliseconds, budget: budgets.importStakeholders.map(Budget.atMost),
        note: "min \(Report.number(csvTime.min, .milliseconds)) · \(csv.count) bytes"),
      Figure(
        "import.xlsx", "import: the same from .xlsx, median", xlsxTime.median, .milliseconds,
        budget: budgets.importStakeholders.map(Budget.atMost),
        note: "min \(Report.number(xlsxTime.min, .milliseconds)) · \(workbook.count) bytes"),
    ]
    guard size == .large else { return }
    for rows in [1_250, 2_500, 5_000] {
      var part = plan
      part.stakeholders = Array(plan.stakeholders.prefix(rows))
      let bytes = Array(
        CSVExport(plan: part, language: .dutch, dialect: .dutch, today: Self.today)
          .render(tables: [.stakeholders]).utf8)
      let (time, _) = try timed(bytes, into: empty)
      figures.append(
        Figure(
          "import.csv\(rows)", "of which \(rows) rows", time.median, .milliseconds, level: 1))
    }
    let (again, _) = try timed(csv, into: imported)
    figures.append(
      Figure(
        "import.unchanged", "the same \(count) rows into the plan that has them", again.median,
        .milliseconds, level: 1))
  }

  /// The median of a few imports of `bytes` into `plan`, and the plan the import gives.
  private func timed(_ bytes: [UInt8], into plan: Plan) throws -> (Samples, Plan) {
    var samples = Samples()
    var result = plan
    for run in 0...max(3, size.repetitions / 2) {
      let (imported, milliseconds) = try MonotonicClock.measure { () throws -> Plan in
        let file = try SpreadsheetFile.open(bytes, maxRows: PlanImport.maxRows())
        let planImport = try PlanImport(
          plan: plan, sources: [.init(table: .stakeholders, path: "list", file: file)])
        guard planImport.steps.allSatisfy({ $0.sheetImport.problems.isEmpty }) else {
          throw BenchError("the import refused rows")
        }
        return planImport.result
      }
      if run > 0 { samples.add(milliseconds) }
      result = imported
    }
    return (samples, result)
  }
}
