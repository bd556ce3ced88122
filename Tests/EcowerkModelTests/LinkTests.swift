import EcowerkFixtures
import EcowerkModel
import Testing

/// The links between the method's steps: each is stored on one end, edited as one invertible
/// edit, read from the other end through `PlanLinks`, cleared when what it points at is
/// deleted, and put back by undo.
@Suite struct LinkTests {
  /// One link: the entity that names it, its field, and what it names.
  struct Link: Sendable, CustomTestStringConvertible {
    var holder: EntityRef
    var field: Field
    var target: EntityRef
    var testDescription: String { "\(field.rawValue) → \(target)" }
  }

  /// Every link of the rich fixture, one per kind of link.
  static let links: [Link] = [
    Link(holder: .proposition("vp-1"), field: .relieves, target: .pain("seg-1", "need-1")),
    Link(holder: .proposition("vp-1"), field: .creates, target: .gain("seg-1", "need-3")),
    Link(holder: .proposition("vp-1"), field: .removes, target: .barrier("seg-1", "bar-1")),
    Link(holder: .systemFailure("fail-1"), field: .propositions, target: .proposition("vp-1")),
    Link(holder: .systemFailure("fail-1"), field: .parties, target: .stakeholder("sh-2")),
    Link(holder: .systemFailure("fail-2"), field: .between, target: .stakeholder("sh-3")),
    Link(holder: .systemFailure("fail-2"), field: .partners, target: .stakeholder("sh-1")),
    Link(holder: .node("toc-1"), field: .segments, target: .segment("seg-2")),
    Link(holder: .node("toc-1"), field: .systemFailures, target: .systemFailure("fail-1")),
    Link(
      holder: .node("toc-1"), field: .transformationFailures,
      target: .transformationFailure("fail-3")),
    Link(holder: .stakeholder("sh-1"), field: .propositions, target: .proposition("vp-1")),
    Link(holder: .businessModel("bm-1"), field: .propositions, target: .proposition("vp-1")),
    Link(holder: .businessModel("bm-1"), field: .segments, target: .segment("seg-1")),
  ]

  static func ids(_ plan: Plan, _ link: Link) -> [String] {
    guard case .references(let ids)? = plan.value(of: link.field, at: link.holder) else {
      return []
    }
    return ids
  }

  @Test(arguments: links)
  func deletingWhatALinkNamesClearsItAndUndoPutsItBack(_ link: Link) throws {
    let plan = FixturePlans.rich()
    let id = try #require(link.target.idText)
    #expect(Self.ids(plan, link).contains(id), "the fixture holds the link")
    #expect(plan.violations().isEmpty)
    let removal = try #require(plan.removal(of: link.target))
    let changed = try plan.applying(removal)
    #expect(!Self.ids(changed, link).contains(id))
    #expect(changed.violations().isEmpty, "no reference is left dangling")
    #expect(try changed.applying(removal.inverse) == plan)
  }

  @Test(arguments: links)
  func aLinkIsOneEditAndUndoTakesItBack(_ link: Link) throws {
    let plan = FixturePlans.rich()
    let id = try #require(link.target.idText)
    let without = Self.ids(plan, link).filter { $0 != id }
    let unlink = try #require(plan.setting(link.field, of: link.holder, to: .references(without)))
    let changed = try plan.applying(unlink)
    #expect(!Self.ids(changed, link).contains(id))
    #expect(try changed.applying(unlink.inverse) == plan)
  }

  @Test func aLinkToWhatIsNotInThePlanIsRefusedOnLoad() {
    var plan = FixturePlans.rich()
    plan.propositions[0].relieves.append("need-404")
    plan.systemFailures[0].between = ["sh-404"]
    #expect(
      plan.violations().map(\.path) == [
        "systemFailures[0].between[0]", "propositions[0].relieves[2]",
      ])
  }

  @Test func theOtherEndReadsEveryLink() {
    let plan = FixturePlans.rich()
    let links = PlanLinks(plan)
    #expect(links.answers(to: "need-1").map(\.answer) == [.relieves])
    #expect(links.answers(to: "need-3").map(\.answer) == [.creates])
    #expect(links.answers(to: "bar-1").map(\.answer) == [.removes])
    #expect(links.answers(to: "need-4").map(\.proposition) == ["vp-1"])
    #expect(links.answers(to: "need-2") == [], "a pain nobody answers")
    #expect(links.failuresByProposition["vp-1"] == [.systemFailure("fail-1")])
    #expect(links.failuresByPartner["sh-1"] == [.systemFailure("fail-2")])
    #expect(links.partnersByProposition["vp-1"] == ["sh-1", "sh-2"])
    #expect(links.modelsByProposition["vp-1"] == ["bm-1"])
    #expect(links.modelsBySegment["seg-1"] == ["bm-1"])
    #expect(links.nodesBySegment["seg-2"] == ["toc-1"])
    #expect(links.nodesByFailure["fail-3"] == ["toc-1"])
  }

  @Test func deletingASegmentTakesTheAnswersToItsNeedsAlong() throws {
    let plan = FixturePlans.rich()
    let removal = try #require(plan.removal(of: .segment("seg-1")))
    let changed = try plan.applying(removal)
    #expect(changed.propositions[0].relieves == ["need-4"])
    #expect(changed.propositions[0].creates == [])
    #expect(changed.propositions[0].removes == [])
    #expect(changed.theoryOfChange[0].segments == ["seg-2"])
    #expect(changed.businessModels[0].segments == [])
    #expect(changed.violations().isEmpty)
    #expect(try changed.applying(removal.inverse) == plan)
  }
}
