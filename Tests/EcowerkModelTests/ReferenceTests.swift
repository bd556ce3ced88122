import EcowerkFixtures
import EcowerkModel
import Testing

@Suite struct ReferenceTests {
  @Test func deletingAStakeholderClearsEveryReferenceAndUndoPutsThemBack() throws {
    let plan = FixturePlans.rich()
    let referrers = plan.referrers(of: .stakeholder("sh-1"))
    #expect(referrers.count >= 3)
    let removal = try #require(plan.removal(of: .stakeholder("sh-1")))
    var changed = try plan.applying(removal)
    #expect(changed.stakeholder("sh-1") == nil)
    #expect(changed.violations() == [])
    #expect(changed.actions.allSatisfy { $0.owner != "sh-1" })
    #expect(changed.jointOrganisation.allSatisfy { $0.arrangements["sh-1"] == nil })
    #expect(
      changed.finance.allSatisfy { year in !year.contributions.contains { $0.partner == "sh-1" } })
    try changed.apply(removal.inverse)
    #expect(changed == plan)
  }

  @Test func deletingASegmentClearsAmbassadorsPropositionsAndPilots() throws {
    let plan = FixturePlans.rich()
    let changed = try plan.applying(try #require(plan.removal(of: .segment("seg-1"))))
    #expect(changed.violations() == [])
    #expect(changed.segment("seg-2")?.ambassadors == [])
    #expect(changed.propositions[0].segments == ["seg-2"])
    #expect(changed.pilots[0].segment == nil)
  }

  @Test func deletingANodeUnlinksActionsOfItsWholeSubtree() throws {
    let plan = FixturePlans.rich()
    let changed = try plan.applying(try #require(plan.removal(of: .node("toc-2"))))
    #expect(changed.violations() == [])
    #expect(changed.nodeCount == 1)
    #expect(changed.actions.allSatisfy { $0.node == nil })
  }

  @Test func deletingAChainLinkClearsItFromStakeholders() throws {
    let plan = FixturePlans.rich()
    let changed = try plan.applying(try #require(plan.removal(of: .chainLink("link-2"))))
    #expect(changed.violations() == [])
    #expect(changed.stakeholder("sh-1")?.chainLinks == [])
  }

  @Test func removingWhatIsNotThereGivesNoEdit() {
    #expect(FixturePlans.rich().removal(of: .stakeholder("sh-404")) == nil)
    #expect(FixturePlans.rich().removal(of: .plan) == nil)
  }
}
