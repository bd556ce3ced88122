import EcowerkFixtures
import EcowerkModel
import Testing

/// The Theory of Change as a network: links beside the tree, each with its reason and its own
/// assumptions, never closing a loop.
@Suite struct ChangeLinkTests {
  /// The rich fixture's tree is toc-1 ← toc-2 ← toc-3 ← toc-4 (each contributes to the one
  /// before), with one link toc-4 → toc-2.
  static let plan = FixturePlans.rich()

  static func adding(_ link: ChangeLink, to plan: Plan) -> Edit {
    .insert(.changeLink(link), into: .changeLinks, at: plan.changeLinks.count)
  }

  @Test func aLinkIsAddedWithItsRationaleAndUndoneByItsInverse() throws {
    var plan = Self.plan
    plan.theoryOfChange.append(ChangeNode(id: "toc-9", level: .impact, title: "Werkgelegenheid"))
    let link = ChangeLink(
      id: "cl-2", from: "toc-2", to: "toc-9", rationale: "Verduurzaming vraagt vakmensen")
    let edit = Self.adding(link, to: plan)
    let changed = try plan.applying(edit)
    #expect(changed.violation(after: edit) == nil)
    #expect(changed.violations() == [])
    #expect(changed.links(from: "toc-2").map(\.to) == ["toc-9"])
    #expect(changed.links(to: "toc-9").first?.rationale == "Verduurzaming vraagt vakmensen")
    #expect(try changed.applying(edit.inverse) == plan)
  }

  @Test func anElementWithTwoParentsIsAllowed() throws {
    // toc-4 already contributes to toc-3 (tree) and toc-2 (link); toc-1 is a third.
    #expect(Self.plan.linkRefusal(from: "toc-4", to: "toc-1") == nil)
  }

  @Test(arguments: [
    ("toc-1", "toc-4"),  // the impact goal would contribute to an activity under it
    ("toc-2", "toc-4"),  // closes toc-4 → toc-2 → toc-4 with the existing link
    ("toc-3", "toc-4"),  // toc-4 is toc-3's child
  ])
  func aLinkThatClosesALoopIsRefused(from: String, to: String) throws {
    let from = NodeID(from)
    let to = NodeID(to)
    #expect(
      Self.plan.linkRefusal(from: from, to: to) == .linkCycle(from: from.rawValue, to: to.rawValue))
    let edit = Self.adding(ChangeLink(id: "cl-9", from: from, to: to), to: Self.plan)
    let violation = try #require(try Self.plan.applying(edit).violation(after: edit))
    #expect(violation.problem == .linkCycle(from: from.rawValue, to: to.rawValue))
    #expect(violation.path == "theoryOfChangeLinks[1].to")
    var plan = Self.plan
    #expect(throws: EditError.self) { try plan.apply(edit, within: .standard) }
    #expect(plan == Self.plan, "a refused link changes nothing")
  }

  @Test func aLinkToItselfToItsParentOrTwiceIsRefused() {
    let plan = Self.plan
    #expect(plan.linkRefusal(from: "toc-2", to: "toc-2") == .selfReference("toc-2"))
    #expect(
      plan.linkRefusal(from: "toc-3", to: "toc-2") == .linkRepeatsTree(from: "toc-3", to: "toc-2"))
    #expect(plan.linkRefusal(from: "toc-4", to: "toc-2") == .duplicateEntry("toc-4 → toc-2"))
  }

  @Test func changingAnEndIntoALoopIsRefused() throws {
    var plan = Self.plan
    // toc-4 → toc-2 turned round is toc-2 → toc-4: a loop through the tree.
    let turn = Edit.group([
      .set(.changeLink("cl-1"), .to, from: .reference("toc-2"), to: .reference("toc-1")),
      .set(.changeLink("cl-1"), .from, from: .reference("toc-4"), to: .reference("toc-2")),
      .set(.changeLink("cl-1"), .to, from: .reference("toc-1"), to: .reference("toc-4")),
    ])
    #expect(throws: EditError.self) { try plan.apply(turn, within: .standard) }
    #expect(plan == Self.plan)
    // Moving the end up the tree is fine.
    let up = Edit.set(.changeLink("cl-1"), .to, from: .reference("toc-2"), to: .reference("toc-1"))
    try plan.apply(up, within: .standard)
    #expect(plan.changeLinks[0].to == "toc-1")
  }

  @Test func aLoadedFileWithALoopIsReportedAtTheLinkThatClosesIt() {
    var plan = Self.plan
    plan.changeLinks.append(ChangeLink(id: "cl-9", from: "toc-1", to: "toc-3"))
    #expect(
      plan.violations().map(\.problem) == [.linkCycle(from: "toc-1", to: "toc-3")])
  }

  @Test func deletingAnElementClearsItsLinksAndUndoRestoresThem() throws {
    let plan = Self.plan
    let removal = try #require(plan.removal(of: .node("toc-4")))
    let changed = try plan.applying(removal)
    #expect(changed.changeLinks.isEmpty)
    #expect(changed.violations() == [])
    #expect(try changed.applying(removal.inverse) == plan)
    // The link's own assumptions go with it, and a KPI that blamed one of them is cleared.
    var blamed = plan
    try blamed.apply(
      .set(
        .nodeKPI("toc-2", "kpi-1"), .causeAssumption, from: .reference("as-1"),
        to: .reference("as-3")))
    let removal2 = try #require(blamed.removal(of: .node("toc-4")))
    let after = try blamed.applying(removal2)
    #expect(after.kpi("kpi-1")?.causeAssumption == nil)
    #expect(after.violations() == [])
    #expect(try after.applying(removal2.inverse) == blamed)
  }

  @Test func deletingTheElementALinkPointsToClearsItToo() throws {
    let plan = Self.plan
    let removal = try #require(plan.removal(of: .node("toc-2")))
    let changed = try plan.applying(removal)
    #expect(changed.changeLinks.isEmpty)
    #expect(changed.violations() == [])
    #expect(try changed.applying(removal.inverse) == plan)
  }

  @Test func aLinksAssumptionIsEditedAndRemovedLikeAnElements() throws {
    let plan = Self.plan
    let ref = EntityRef.linkAssumption("cl-1", "as-3")
    let edit = try #require(plan.setting(.status, of: ref, to: .choice("holds")))
    let changed = try plan.applying(edit)
    #expect(changed.changeLinks[0].assumptions[0].status == .holds)
    let removal = try #require(plan.removal(of: ref))
    let removed = try plan.applying(removal)
    #expect(removed.changeLinks[0].assumptions.isEmpty)
    #expect(try removed.applying(removal.inverse) == plan)
  }

  @Test func aLinkWhoseEndIsMissingIsAnUnknownReference() {
    var plan = Self.plan
    plan.changeLinks[0].to = "toc-404"
    #expect(plan.violations().map(\.problem) == [.unknownReference("toc-404")])
  }
}
