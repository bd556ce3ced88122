import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// A large plan reads back the same, and a file broken in two places gets the first error in
/// file order (what a reader that splits the work across threads must keep).
@Suite struct LargePlanReadTests {
  static func large() -> Plan {
    var plan = PlanGenerator(seed: 11).plan(
      stakeholders: 300, segments: 10, nodes: 1_200, actions: 2_500)
    plan.stakeholders[5].name = "BROKEN-STAKEHOLDER"
    plan.actions[1_500].what = "BROKEN-ACTION"
    return plan
  }

  static func text(_ plan: Plan) -> String {
    String(decoding: PlanFile.encode(plan), as: UTF8.self)
  }

  @Test func aLargePlanReadsBackTheSame() throws {
    let plan = Self.large()
    #expect(try PlanFile.decode(PlanFile.encode(plan), file: "large.json") == plan)
  }

  @Test func anErrorAmongTheActionsNamesTheAction() throws {
    let text = Self.text(Self.large()).replacingOccurrences(
      of: "\"BROKEN-ACTION\"", with: "12")
    do {
      _ = try PlanFile.decode(Array(text.utf8), file: "large.json")
      Issue.record("a number where text belongs is refused")
    } catch {
      #expect(error.path == "actions[1500].what", "\(error.description)")
    }
  }

  @Test func withErrorsInBothPartsTheEarlierOneInTheFileIsReported() throws {
    let text = Self.text(Self.large()).replacingOccurrences(
      of: "\"BROKEN-ACTION\"", with: "12"
    ).replacingOccurrences(of: "\"BROKEN-STAKEHOLDER\"", with: "13")
    do {
      _ = try PlanFile.decode(Array(text.utf8), file: "large.json")
      Issue.record("a number where text belongs is refused")
    } catch {
      #expect(error.path == "stakeholders[5].name", "\(error.description)")
    }
  }
}
