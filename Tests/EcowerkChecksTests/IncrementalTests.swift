import EcowerkChecks
import EcowerkFixtures
import EcowerkModel
import Testing

/// Re-checking only what an edit touched gives the same findings as checking the whole plan.
@Suite struct IncrementalTests {
  /// Every edit of the catalog (every field of every entity, every insert, removal and move)
  /// on the rich fixture and on a generated plan, each followed by its undo.
  @Test(arguments: [
    FixturePlans.rich(),
    PlanGenerator(seed: 7).plan(
      stakeholders: 30, segments: 5, nodes: 25, actions: 30),
  ])
  func recheckingAfterEveryEditEqualsCheckingAfresh(_ start: Plan) throws {
    let today = CleanPlan.today
    let before = PlanHealth(plan: start, today: today)
    let edits = EditCatalog.edits(on: start)
    #expect(edits.count > 100)
    for edit in edits {
      var plan = start
      var health = before
      try plan.apply(edit)
      health.recheck(after: [edit], in: plan)
      #expect(health == PlanHealth(plan: plan, today: today), "after \(edit)")
      try plan.apply(edit.inverse)
      health.recheck(after: [edit.inverse], in: plan)
      #expect(health == before, "after undoing \(edit)")
    }
  }

  @Test func anEditTouchesTheRightParts() {
    #expect(
      Edit.set(.action("a"), .output, from: .text(""), to: .text("x")).touchedParts == .actions)
    #expect(
      Edit.moveNode("n", from: .init(parent: nil, index: 0), to: .init(parent: nil, index: 1))
        .touchedParts == .theoryOfChange)
    let group = Edit.group([
      .set(.plan, .phase, from: .choice("starten"), to: .choice("valideren")),
      .set(.contribution(year: 2025, partner: "sh-1"), .cash, from: .money(.zero), to: .money(nil)),
    ])
    #expect(group.touchedParts == [.planFields, .finance])
  }
}
