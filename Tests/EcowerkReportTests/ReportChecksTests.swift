import EcowerkModel
import EcowerkReport
import EcowerkStrings
import Testing

/// The checklist at the end of a snapshot: the plan against the method.
@Suite("Checklist section")
struct ReportChecksTests {
  @Test("the full report ends with the findings, per step, each with its check id")
  func theReportEndsWithTheChecklist() throws {
    let document = ReportBuilder(
      plan: ReportFixture.plan, language: .dutch, today: ReportFixture.today,
      rubric: ReportFixture.rubric
    ).build()
    let section = try #require(document.sections.last)
    #expect(section.id == .checks && section.step == nil)
    #expect(section.title == "Controle tegen de methode")
    guard case .paragraph(let summary) = section.blocks.first else {
      Issue.record("no summary first")
      return
    }
    #expect(summary == "3 fouten, 13 waarschuwingen, 1 tip", "one tip, not one tips")
    var steps: [String] = []
    for case .list(let title?, let items) in section.blocks {
      steps.append(title)
      #expect(items.allSatisfy { $0.hasPrefix("[ ] ") && $0.hasSuffix(")") })
    }
    #expect(!steps.isEmpty)
    #expect(steps == steps.sorted(), "step 1, 2, 3 in order")
  }

  @Test("a plan that meets every check says so in one sentence")
  func aHealthyPlanSaysSo() {
    // An empty plan has findings; a plan without any is hard to build by hand, so the sentence
    // is checked through the English table against the same builder.
    let text = Report.render(
      Plan(startYear: 2025), format: .text, language: .english, today: ReportFixture.today,
      sections: [.checks])
    #expect(text.contains("Checked against the method"))
    #expect(text.contains("why.vision-missing"))
    #expect(text.contains("blueprint.orchestrator-missing"))
  }

  @Test("Markdown and text come from the same blocks")
  func everyFormatHasTheChecklist() {
    for format in [ReportFormat.text, .markdown, .html] {
      let text = Report.render(
        Plan(startYear: 2025), format: format, language: .dutch, today: ReportFixture.today,
        sections: [.checks])
      #expect(text.contains("why.segments-missing"), "\(format)")
    }
  }
}
