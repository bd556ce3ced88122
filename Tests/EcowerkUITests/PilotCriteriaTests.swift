import EcowerkModel
import EcowerkStore
import Testing

@testable import EcowerkUI

/// A pilot's success criteria in its detail: each threshold against its result, what they say
/// about the decision, and criteria added and filled in by keys.
@Suite struct PilotCriteriaTests {
  static func detailRow(_ s: Session, _ matches: (DetailItem) -> Bool) -> Int? {
    let layout = MasterDetailLayout(
      ScreenLayout(s.state.size).pane, rowCount: s.state.plan.pilots.count)
    return PilotsPane.items(s.state, row: s.state.views.pilots.list.row, width: layout.detail.width)
      .firstIndex(where: matches)
  }

  @Test func aDecidedPilotShowsItsCriteriaAgainstTheirResults() throws {
    var s = PilotsPaneTests.open(try DemoPlan.load(), width: 120, height: 60)
    #expect(s.screen.contains("Success criteria"))
    #expect(s.screen.contains("all met"))
    #expect(s.screen.contains("Minstens 40 bedrijven doen de scan"))
    #expect(s.screen.contains("at least 40"))
    #expect(s.screen.contains("48 — met"))
    // The second pilot was adjusted after missing both.
    s.press(.moveDown)
    #expect(s.screen.contains("2 missed"))
    #expect(s.screen.contains("at most 20"))
    #expect(s.screen.contains("25 — missed"))
  }

  @Test func aCriterionIsAddedItsThresholdAndResultTypedAndUndone() throws {
    var s = PilotsPaneTests.open(try DemoPlan.load(), width: 120, height: 60)
    let before = s.state.plan
    s.press(.moveDown, times: 3)
    let pilot = try #require(s.state.plan.pilots.last)
    #expect(pilot.criteria.isEmpty)
    s.press(.switchFocus)
    s.state.views.pilots.detail.row = try #require(
      Self.detailRow(s) { $0.list == .criteria(pilot.id) && $0.isNewEntry })
    s.press(.add)
    s.type("Minstens 15 horecazaken melden zich")
    s.key(.enter)
    let added = try #require(s.state.plan.pilots.last?.criteria.first)
    #expect(added.text == "Minstens 15 horecazaken melden zich")
    s.state.views.pilots.detail.row = try #require(
      Self.detailRow(s) { $0.target == Target(.criterion(pilot.id, added.id), .threshold) })
    s.press(.edit)
    s.type("15")
    s.key(.enter)
    s.state.views.pilots.detail.row = try #require(
      Self.detailRow(s) { $0.target == Target(.criterion(pilot.id, added.id), .observed) })
    s.press(.edit)
    s.type("11")
    s.key(.enter)
    let criterion = try #require(s.state.plan.pilots.last?.criteria.first)
    #expect(criterion.threshold == 15 && criterion.observed == 11)
    #expect(s.screen.contains("11 — missed"))
    #expect(s.state.plan.violations().isEmpty)
    s.press(.undo, times: 3)
    #expect(s.state.plan == before)
  }
}
