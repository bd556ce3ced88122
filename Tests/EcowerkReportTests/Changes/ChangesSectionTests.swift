import EcowerkFixtures
import EcowerkModel
import EcowerkReport
import EcowerkStrings
import Testing

@Suite struct ChangesSectionTests {
  static func since(_ old: Plan, _ new: Plan) -> ChangesSince {
    ChangesSince(
      diff: PlanDiff(from: old, to: new), name: "plan-maart.ecowerk.json",
      date: CalendarDate(year: 2027, month: 3, day: 1))
  }

  static let old = FixturePlans.rich()
  static let new: Plan = {
    var plan = FixturePlans.rich()
    plan.stakeholders[1].influence = 5
    plan.segments.append(Segment(id: "seg-new", name: "Logistiek"))
    return plan
  }()

  @Test(arguments: ReportFormat.allCases)
  func theChangesComeFirstInEveryFormat(format: ReportFormat) {
    let output = Report.render(
      Self.new, format: format, language: .english, today: ReportFixture.today,
      since: Self.since(Self.old, Self.new))
    let heading = output.range(of: "Changes since 2027-03-01")
    let status = output.range(of: "Status at a glance")
    #expect(heading != nil)
    #expect(status != nil)
    if let heading, let status { #expect(heading.lowerBound < status.lowerBound) }
    #expect(output.contains("Segment Logistiek added"))
    #expect(output.contains("plan-maart.ecowerk.json"))
    #expect(output.contains("influence 4 → 5"))
  }

  @Test func inDutchTheDateIsWrittenTheDutchWay() {
    let output = Report.render(
      Self.new, format: .text, language: .dutch, today: ReportFixture.today,
      since: Self.since(Self.old, Self.new))
    #expect(output.contains("Wijzigingen sinds 1-3-2027"))
    #expect(output.contains("Segment Logistiek toegevoegd"))
  }

  @Test func withoutAnEarlierVersionThereIsNoChangesSection() {
    var builder = ReportBuilder(plan: Self.new, language: .english, today: ReportFixture.today)
    #expect(builder.build().section(.changes) == nil)
    builder.since = Self.since(Self.old, Self.new)
    #expect(builder.build().sections.first?.id == .changes)
    #expect(builder.build(sections: [.finance]).section(.changes) == nil)
  }

  @Test func nothingChangedSaysSo() {
    let output = Report.render(
      Self.old, format: .text, language: .english, today: ReportFixture.today,
      since: Self.since(Self.old, Self.old))
    #expect(output.contains("Nothing changed since the earlier version."))
  }
}
