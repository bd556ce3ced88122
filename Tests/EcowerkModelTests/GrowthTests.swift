import EcowerkFixtures
import EcowerkModel
import Testing

/// How the MVE and the bowling alley grew, from the dates partners joined and left and
/// segments and propositions were added.
@Suite struct GrowthTests {
  static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
  }

  @Test func theEventsAreInDateOrderAndAFormerPartnerLeavesWithItsReason() {
    let events = FixturePlans.rich().growthEvents
    #expect(events.map(\.date) == events.map(\.date).sorted())
    #expect(
      events.map(\.kind) == [
        .partnerJoined, .segmentAdded, .propositionAdded, .partnerJoined, .partnerLeft,
      ])
    let left = events.last
    #expect(left?.entity == .stakeholder("sh-3"))
    #expect(left?.reason == "Fusie met een landelijke coöperatie")
  }

  @Test func theMVEIsCountedAtEachYearsEndWithoutThoseWhoLeft() {
    // sh-1 joined 2025, sh-2 undated (there from the start), sh-3 from March 2025 to
    // February 2026.
    let growth = FixturePlans.rich().growth(through: Self.day(2026, 11, 29))
    #expect(growth.map(\.year) == [2025, 2026])
    #expect(growth.map(\.partners) == [3, 2])
    #expect(growth.map(\.segments) == [3, 3])
  }

  @Test func aPartnerWhoLeftStaysInThePlanButNotInTheMVE() {
    let plan = FixturePlans.rich()
    #expect(plan.stakeholder("sh-3")?.isFormer == true)
    #expect(plan.formerPartners.map(\.id) == ["sh-3"])
    #expect(!plan.mveMembers.contains { $0.id == "sh-3" })
    // Leaving on the last day of a year counts for that year.
    var leaving = plan
    leaving.stakeholders[2].left = Self.day(2025, 12, 31)
    #expect(leaving.growth(through: Self.day(2025, 12, 31)).map(\.partners) == [2])
  }

  @Test func aPlanWithoutDatesHasNoHistory() {
    var plan = FixturePlans.rich()
    for index in plan.stakeholders.indices {
      plan.stakeholders[index].joined = nil
      plan.stakeholders[index].left = nil
    }
    for index in plan.segments.indices { plan.segments[index].added = nil }
    for index in plan.propositions.indices { plan.propositions[index].added = nil }
    #expect(plan.growthEvents.isEmpty)
    #expect(plan.growth(through: Self.day(2026, 1, 1)).isEmpty)
  }
}
