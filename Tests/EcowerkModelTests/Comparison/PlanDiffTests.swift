import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Testing

@Suite struct PlanDiffTests {
  static func plans() throws -> [(String, Plan)] {
    [
      ("rich", FixturePlans.rich()), ("demo", try DemoPlan.load()),
      (
        "generated",
        PlanGenerator(seed: 5).plan(stakeholders: 40, segments: 6, nodes: 30, actions: 30)
      ),
    ]
  }

  @Test func aPlanComparedWithItselfHasNoChanges() throws {
    for (name, plan) in try Self.plans() {
      #expect(PlanDiff(from: plan, to: plan).isEmpty, "\(name)")
    }
    for seed in 0..<50 {
      let plan = PlanGenerator(seed: UInt64(seed)).variedPlan()
      #expect(PlanDiff(from: plan, to: plan).isEmpty, "varied \(seed)")
    }
  }

  @Test func everyEditOfTheCatalogueIsListedExactly() throws {
    for (name, plan) in try Self.plans() {
      for edit in EditCatalog.edits(on: plan) {
        let changed = try plan.applying(edit)
        let diff = PlanDiff(from: plan, to: changed)
        let found = diff.changes.map(ExpectedChange.init)
        let expected = ExpectedChange.of(edit, on: plan)
        if case .move(let list, _, _, _) = edit, plan.count(of: list) == 2 {
          // Two entities swapped: either one moved past the other.
          #expect(found.count == 1, "\(name): \(edit)")
          #expect(found.allSatisfy { $0.kind == .moved(from: list, to: list) }, "\(name): \(edit)")
          continue
        }
        #expect(Set(found) == Set(expected), "\(name): \(edit)\nfound \(found)")
        #expect(found.count == expected.count, "\(name): \(edit)")
      }
    }
  }

  @Test func aRenameIsAChangedNameNotARemovalAndAnAddition() throws {
    let plan = FixturePlans.rich()
    var renamed = plan
    renamed.stakeholders[0].name = "Provincie Overijssel"
    let diff = PlanDiff(from: plan, to: renamed)
    #expect(
      diff.changes.map(ExpectedChange.init) == [
        ExpectedChange(
          .stakeholder(plan.stakeholders[0].id),
          .changed(.name, from: .text(plan.stakeholders[0].name), to: .text("Provincie Overijssel"))
        )
      ])
    #expect(diff.changes[0].name == "Provincie Overijssel")
  }

  @Test func whatAnAddedOrRemovedEntityHoldsComesAndGoesWithIt() throws {
    let plan = FixturePlans.rich()
    var without = plan
    let segment = without.segments.remove(at: 0)
    #expect(!segment.barriers.isEmpty)
    let diff = PlanDiff(from: plan, to: without)
    #expect(
      diff.changes.map(ExpectedChange.init) == [ExpectedChange(.segment(segment.id), .removed)])
    let back = PlanDiff(from: without, to: plan)
    #expect(back.changes.map(ExpectedChange.init) == [ExpectedChange(.segment(segment.id), .added)])
  }

  @Test func onlyTheEntityThatMovedIsNamed() throws {
    var plan = FixturePlans.rich()
    plan.stakeholders += (0..<5).map {
      Stakeholder(id: StakeholderID("extra-\($0)"), name: "\($0)")
    }
    var moved = plan
    let last = moved.stakeholders.removeLast()
    moved.stakeholders.insert(last, at: 0)
    let diff = PlanDiff(from: plan, to: moved)
    #expect(
      diff.changes.map(ExpectedChange.init) == [
        ExpectedChange(.stakeholder(last.id), .moved(from: .stakeholders, to: .stakeholders))
      ])
  }

  @Test func changesFollowTheNewerPlansOrderWithRemovalsWhereTheyStood() throws {
    let plan = FixturePlans.rich()
    var changed = plan
    changed.segments[1].name += "!"
    let removed = changed.stakeholders.remove(at: 0)
    changed.name += "!"
    changed.actions[0].what += "!"
    let diff = PlanDiff(from: plan, to: changed)
    #expect(
      diff.changes.map(\.ref) == [
        .plan, .segment(plan.segments[1].id), .stakeholder(removed.id), .action(plan.actions[0].id),
      ])
  }

  @Test func theNamesOfWhatTheChangesReferToComeWithTheDiff() throws {
    let plan = FixturePlans.rich()
    var changed = plan
    let owner = try #require(plan.stakeholders.last)
    changed.actions[0].owner = owner.id
    let diff = PlanDiff(from: plan, to: changed)
    #expect(diff.names[owner.id.rawValue] == owner.name)
  }
}
