import EcowerkModel
import EcowerkReport
import EcowerkSheets
import EcowerkStrings

/// Shared helpers for the report tests.
enum Render {
  static func text(
    _ plan: Plan = ReportFixture.plan, _ language: Language = .dutch,
    today: CalendarDate = ReportFixture.today, rubric: Rubric? = ReportFixture.rubric,
    sections: Set<ReportSectionID>? = nil
  ) -> String {
    Report.render(
      plan, format: .text, language: language, today: today, rubric: rubric, sections: sections)
  }

  static func markdown(
    _ plan: Plan = ReportFixture.plan, _ language: Language = .dutch,
    today: CalendarDate = ReportFixture.today, rubric: Rubric? = ReportFixture.rubric,
    sections: Set<ReportSectionID>? = nil
  ) -> String {
    Report.render(
      plan, format: .markdown, language: language, today: today, rubric: rubric,
      sections: sections)
  }

  /// The text with every run of spaces, no-break spaces and line breaks made one space, so a
  /// sentence can be found whatever the wrapping did to it.
  static func flattened(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{00A0}" })
      .joined(separator: " ")
  }

  static func lines(_ text: String) -> [Substring] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// A scalar that must never reach a terminal: C0 (but "\n"), DEL, C1, bidi controls and the
  /// line and paragraph separators.
  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// A plan with one finance row per figure set, for the verdict tests.
  static func financePlan(
    _ years: [(year: Int, partners: Int64, ngf: Int64, income: Int64, costs: Int64)]
  ) -> Plan {
    var plan = Plan(name: "Geldplan", startYear: years.first?.year ?? 2025, horizonYears: 6)
    plan.stakeholders = [Stakeholder(id: .init("a"), name: "Partner A", inMVE: true)]
    plan.finance = years.map { entry in
      FinanceYear(
        year: entry.year,
        contributions: [Contribution(partner: .init("a"), cash: Money(euros: entry.partners))],
        ngf: Money(euros: entry.ngf), income: Money(euros: entry.income),
        costs: Money(euros: entry.costs))
    }
    return plan
  }
}

/// CSV text read back the way `ecowerk import` reads a file.
enum SheetText {
  struct NotText: Error {}

  static func read(_ text: String) throws -> SpreadsheetFile.TextSheet {
    guard case .text(let sheet) = try SpreadsheetFile.open(Array(text.utf8), maxRows: 1_000_000)
    else { throw NotText() }
    return sheet
  }
}
