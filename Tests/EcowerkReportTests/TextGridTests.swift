import EcowerkModel
import EcowerkReport
import EcowerkStore
import Testing

@testable import EcowerkReport

/// The quadrant as a small text grid in the plain-text snapshot: a number per party in the
/// cell of its scores, the names listed under it, never wider than the page.
@Suite struct TextGridTests {
  @Test(arguments: [80, 60, 40])
  func theDemoGridNumbersEveryPartyInItsCell(_ width: Int) throws {
    let plan = try DemoPlan.load()
    let text = Report.render(
      plan, format: .text, language: .english, today: ReportFixture.today,
      sections: [.stakeholders])
    let narrow = TextRenderer(width: width).render(
      ReportBuilder(plan: plan, language: .english, today: ReportFixture.today)
        .build(sections: [.stakeholders]))
    for output in [text, narrow] {
      let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
      let start = try #require(lines.firstIndex { $0.hasPrefix("Influence \\ Interest") })
      let grid = lines[(start + 1)...].prefix { !$0.isEmpty }
      #expect(grid.count >= 7, "the header, five rows and the quadrant line")
      for (index, party) in plan.stakeholders.enumerated() {
        let number = String(index + 1)
        let token = party.isOrchestrator ? "[\(number)]" : party.inMVE ? number + "*" : number
        #expect(
          grid.contains { line in line.split(separator: " ").contains { $0 == token } },
          "\(token) for \(party.name)")
        #expect(output.contains("\(number) \(party.name)") || output.contains(party.name))
      }
      #expect(lines.allSatisfy { $0.count <= max(width, 80) })
    }
  }

  @Test func aCrowdedCellCountsWhatDoesNotFit() {
    let tokens = (1...60).map(String.init)
    let lines = TextPage.cellLines(tokens, width: 12)
    #expect(lines.count == TextPage.cellLines)
    let shown = lines.joined(separator: " ").split(separator: " ").filter { !$0.hasPrefix("+") }
    let hidden = Int(lines.last?.split(separator: " ").last?.dropFirst() ?? "") ?? 0
    #expect(shown.count + hidden == 60)
    #expect(lines.allSatisfy { $0.count <= 12 })
  }
}
