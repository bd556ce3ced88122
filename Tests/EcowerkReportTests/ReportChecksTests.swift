import EcowerkChecks
import EcowerkModel
import EcowerkReport
import EcowerkStrings
import Testing

/// The checklist at the end of a snapshot: the plan against the method.
@Suite("Checklist section")
struct ReportChecksTests {
  @Test("the full report ends with the findings, per step and severity, in words")
  func theReportEndsWithTheChecklist() throws {
    let plan = ReportFixture.plan
    let document = ReportBuilder(
      plan: plan, language: .dutch, today: ReportFixture.today, rubric: ReportFixture.rubric
    ).build()
    let section = try #require(document.sections.last)
    #expect(section.id == .checks && section.step == nil)
    #expect(section.title == "Controle tegen de methode")
    guard case .paragraph(let summary) = section.blocks.first else {
      Issue.record("no summary first")
      return
    }
    #expect(summary == "3 fouten, 26 waarschuwingen, 1 tip", "one tip, not one tips")
    var headings: [String] = []
    var lists: [String] = []
    var items: [String] = []
    for block in section.blocks {
      switch block {
      case .heading(let text): headings.append(text)
      case .list(let title?, let list):
        lists.append(title)
        items += list
      default: break
      }
    }
    #expect(headings == headings.sorted() && !headings.isEmpty, "step 1, 2, 3 in order")
    #expect(Set(lists).isSubset(of: ["Op te lossen", "Aandacht nodig", "Tips"]))
    let health = PlanHealth(plan: plan, today: ReportFixture.today)
    let strings = Strings(.dutch)
    #expect(items == health.findings.map { strings.message($0, in: plan) }, "every finding once")
    #expect(items.count == 30)
  }

  @Test("no check id and no checkbox reaches a snapshot in any format")
  func noIDsInTheChecklist() {
    for format in ReportFormat.allCases {
      let text = Report.render(
        ReportFixture.plan, format: format, language: .english, today: ReportFixture.today,
        rubric: ReportFixture.rubric)
      let ids = Check.allCases.map(\.id).filter { text.contains($0) }
      #expect(ids.isEmpty, "\(format): \(ids)")
      #expect(!text.contains("[ ]"), "\(format)")
    }
  }

  @Test("a plan with findings says what to do, in every format")
  func everyFormatHasTheChecklist() {
    for format in ReportFormat.allCases {
      let text = Report.render(
        Plan(startYear: 2025), format: format, language: .english, today: ReportFixture.today,
        sections: [.checks])
      #expect(text.contains("Checked against the method"), "\(format)")
      #expect(text.contains("To fix"), "\(format)")
      #expect(!text.contains("why.segments-missing"), "\(format)")
    }
  }
}
