import EcowerkModel
import EcowerkStore
import Testing

@testable import EcowerkUI

/// A partner who left stays in the stakeholder matrix, marked as former, with the day and the
/// reason it left; its dates are columns of the matrix, edited like any cell.
@Suite struct FormerPartnerTests {
  @Test func theFormerPartnerIsMarkedAndItsLeavingSaidInFull() throws {
    var s = try Session.demo(width: 100, height: 30)
    s.press(.showPane(.stakeholders))
    let row = try #require(s.state.plan.stakeholders.firstIndex { $0.isFormer })
    let line = try #require(
      s.screen.split(separator: "\n").first { $0.hasPrefix("Energiecoöperatie Twentse") })
    #expect(line.contains("✗"), "\(line)")
    s.state.views.stakeholders.rows.row = row
    s.state.views.stakeholders.column = 3
    s.press(.moveDown)
    s.press(.moveUp)
    #expect(s.screen.contains("left on 2026-06-30: Opgegaan in een landelijke energiecoöperatie"))
  }

  @Test func theDayAPartnerLeftIsTypedInTheMatrixAndUndone() throws {
    var s = try Session.demo(width: 200, height: 60)
    let before = s.state.plan
    s.press(.showPane(.stakeholders))
    s.state.views.stakeholders.column =
      StakeholdersPane.columns.firstIndex { $0.field == .left } ?? 0
    s.press(.moveDown)
    s.press(.moveUp)
    s.press(.edit)
    s.key(.ctrl("u"))
    s.type("31-12-2026")
    s.key(.enter)
    #expect(s.state.plan.stakeholders[0].left == CalendarDate(year: 2026, month: 12, day: 31))
    #expect(s.state.plan.mveMembers.count == before.mveMembers.count - 1)
    s.press(.undo)
    #expect(s.state.plan == before)
  }
}

/// The overview's plan at a glance says how the MVE and the bowling alley grew, and who left.
@Suite struct GrowthOverviewTests {
  @Test func theOverviewShowsTheGrowthAndWhoLeft() throws {
    var s = try Session.demo(width: 200, height: 60)
    // The plan at a glance closes the overview.
    s.press(.bottom)
    #expect(s.screen.contains("2025: 8 partners, 2 segments · 2026: 8 partners, 5 segments"))
    #expect(s.screen.contains("Energiecoöperatie Twentse Wind (2026-06-30)"))
  }

  @Test func aPlanWithoutDatesHasNoGrowthLine() {
    let s = Session(plan: Plan(startYear: 2025), width: 200, height: 60)
    #expect(!s.screen.contains("Growth"))
  }
}
