import EcowerkModel
import EcowerkStore
import Testing

@testable import EcowerkUI

/// The links between the steps edited in the workbench: each by a pick list on the entity that
/// names it, one undo step, and shown on the other end.
@Suite struct LinkEditingTests {
  /// Moves the selection with `command` until it stands on `target`.
  static func reach(
    _ target: Target, _ s: inout Session, by command: Command = .moveDown, limit: Int = 80
  ) -> Bool {
    for _ in 0..<limit {
      if s.state.editTarget == target { return true }
      s.press(command)
    }
    return s.state.editTarget == target
  }

  /// Opens the pick list on the selection, ticks the first option not ticked yet and takes
  /// it; returns that option's value.
  static func tickFirstUnchecked(_ s: inout Session) -> String? {
    s.press(.edit)
    guard case .picking(let list) = s.state.mode, list.isMultiple else {
      Issue.record("no pick list of several")
      return nil
    }
    guard let index = list.options.firstIndex(where: { !list.checked.contains($0.value ?? "") })
    else { return nil }
    let from = list.options.firstIndex { $0.value == list.highlighted?.value } ?? 0
    for _ in 0..<abs(index - from) { s.key(index > from ? .down : .up) }
    s.key(.char(" "))
    s.key(.enter)
    return list.options[index].value
  }

  @Test func anImpactGoalsSegmentsAndFailuresArePicked() throws {
    var s = try Session.demo(width: 120, height: 40)
    let original = s.state.plan
    s.press(.showPane(.theoryOfChange))
    s.press(.switchFocus)
    #expect(Self.reach(Target(.node("toc-1"), .segments), &s))
    let segment = try #require(Self.tickFirstUnchecked(&s))
    #expect(s.state.plan.node("toc-1")?.segments.contains(SegmentID(segment)) == true)
    #expect(s.state.plan.violations().isEmpty)
    s.press(.moveDown)
    #expect(s.state.editTarget == Target(.node("toc-1"), .systemFailures))
    let failure = try #require(Self.tickFirstUnchecked(&s))
    #expect(s.state.plan.node("toc-1")?.systemFailures.contains(FailureID(failure)) == true)
    s.undoAll()
    #expect(s.state.plan == original)
  }

  @Test func aFailureNamesWhatAddressesItAndTheInteraction() throws {
    var s = try Session.demo(width: 120, height: 40)
    let original = s.state.plan
    #expect(Self.reach(Target(.systemFailure("fail-1"), .partners), &s))
    let partner = try #require(Self.tickFirstUnchecked(&s))
    #expect(
      s.state.plan.systemFailures[0].partners.contains(StakeholderID(partner)))
    #expect(Self.reach(Target(.systemFailure("fail-1"), .interaction), &s))
    s.press(.edit)
    guard case .picking(let choice) = s.state.mode else {
      Issue.record("no pick list for the interaction")
      return
    }
    #expect(choice.options.map(\.label).contains("weak"))
    let weak = try #require(choice.options.firstIndex { $0.label == "weak" })
    let from = choice.options.firstIndex { $0.value == choice.highlighted?.value } ?? 0
    for _ in 0..<abs(weak - from) { s.key(weak > from ? .down : .up) }
    s.key(.enter)
    #expect(s.state.plan.systemFailures[0].interaction == .weak)
    // Weak, but between whom: the check asks for the two partners.
    #expect(
      s.state.health.health.findings.contains { $0.check == .interactionIncomplete })
    s.undoAll()
    #expect(s.state.plan == original)
  }

  @Test func howOrchestrationWorksIsWrittenOnTheOverview() throws {
    var s = try Session.demo(width: 120, height: 40)
    let original = s.state.plan
    #expect(Self.reach(Target(.plan, .decisionMaking), &s))
    EditingTests.type("Stuurgroep, elke maand", into: &s)
    #expect(s.state.plan.decisionMaking == "Stuurgroep, elke maand")
    s.press(.undo)
    #expect(s.state.plan == original)
  }

  @Test func aPartnerPicksThePropositionsItContributesTo() throws {
    var s = try Session.demo(width: 200, height: 40)
    let original = s.state.plan
    s.press(.showPane(.stakeholders))
    let partner = s.state.plan.stakeholders[2]
    s.press(.moveDown, times: 2)
    #expect(
      Self.reach(Target(.stakeholder(partner.id), .propositions), &s, by: .moveRight, limit: 20))
    let proposition = try #require(Self.tickFirstUnchecked(&s))
    #expect(
      s.state.plan.stakeholder(partner.id)?.propositions == [PropositionID(proposition)])
    s.press(.undo)
    #expect(s.state.plan == original)
  }

  @Test func aBusinessModelNamesWhoPaysAfterTheNGFAndItsIncome() throws {
    var s = try Session.demo(width: 120, height: 40)
    let original = s.state.plan
    s.press(.showPane(.propositions))
    #expect(Self.reach(Target(.businessModel("bm-2"), .payerAfterNGF), &s))
    EditingTests.type("Het O&O-fonds", into: &s)
    #expect(s.state.plan.businessModels[1].payerAfterNGF == "Het O&O-fonds")
    s.press(.moveDown, times: 2)
    #expect(s.state.editTarget == Target(.businessModel("bm-2"), .income))
    EditingTests.type("190.000", into: &s)
    #expect(s.state.plan.businessModels[1].income == Money(euros: 190_000))
    s.undoAll()
    #expect(s.state.plan == original)
  }

  @Test func aDeletedPainTakesTheAnswersAlongAndUndoBringsThemBack() throws {
    var s = try Session.demo(width: 120, height: 40)
    let original = s.state.plan
    s.press(.showPane(.segments))
    s.press(.switchFocus)
    let pain = original.segments[0].pains[0]
    #expect(Self.reach(Target(.pain("seg-1", pain.id), .text), &s))
    s.press(.delete)
    if case .confirmDelete = s.state.mode { s.key(.char("y")) }
    #expect(s.state.plan.segments[0].pains.first?.id != pain.id)
    #expect(!s.state.plan.propositions.contains { $0.relieves.contains(pain.id) })
    #expect(s.state.plan.violations().isEmpty)
    s.press(.undo)
    #expect(s.state.plan == original)
  }
}

extension LinkEditingTests {
  /// A conversation whose membership nobody chose says so, with the keys that choose it; the
  /// date's editor, then Tab, opens the choice.
  @Test func aConversationsMembershipIsChosenNotDefaulted() throws {
    var s = try Session.demo(width: 120, height: 40, keymap: .workshop)
    let original = s.state.plan
    s.key(.ctrl("g"))
    s.type("2")
    for _ in 0..<3 { s.key(.down) }
    s.key(.right)
    let target = Target(.conversation("seg-4", "con-9"), .date)
    #expect(Self.reach(target, &s))
    #expect(s.screen.contains("member or not? F2, then Tab chooses"), "\(s.screen)")
    s.key(.function(2))
    s.key(.tab)
    guard case .picking(let list) = s.state.mode else {
      Issue.record("no choice of membership")
      return
    }
    let nonMember = try #require(list.options.firstIndex { $0.value == "nonMember" })
    let from = list.options.firstIndex { $0.value == list.highlighted?.value } ?? 0
    for _ in 0..<abs(nonMember - from) { s.key(nonMember > from ? .down : .up) }
    s.key(.enter)
    #expect(s.state.plan.segments[3].conversations[1].membership == .nonMember)
    #expect(!s.state.health.health.findings.contains { $0.check == .membershipUnchosen })
    s.key(.ctrl("z"))
    #expect(s.state.plan == original)
  }

  /// With the vim keys the value-cycling key chooses it.
  @Test func withVimKeysTheCyclingKeyChoosesTheMembership() throws {
    var s = try Session.demo(width: 120, height: 40)
    s.press(.showPane(.segments))
    s.press(.moveDown, times: 3)
    s.press(.switchFocus)
    #expect(Self.reach(Target(.conversation("seg-4", "con-9"), .date), &s))
    #expect(s.screen.contains("member or not? + chooses"), "\(s.screen)")
    s.press(.cycleValue)
    #expect(s.state.plan.segments[3].conversations[1].membership != nil)
  }
}
