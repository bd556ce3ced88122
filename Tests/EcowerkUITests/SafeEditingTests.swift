import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import EcowerkUI
import Testing

/// Limits on every way in, in the workbench: typing, a paste, `$EDITOR` and a recovered journal
/// are held to the loader's rules, and nothing typed is lost when they refuse it; a journal that
/// cannot be written stays on screen until it is whole again.
@Suite struct SafeEditingTests {
  static let tooLong = String(repeating: "visie ", count: 25_000)  // 150,000 bytes

  /// `$EDITOR` handed back a 150 kB vision: it was saved and could never be opened again.
  @Test func aTextFromTheEditorOverTheLimitIsRefusedAndKept() throws {
    var session = try Session.demo(width: 160)
    session.press(.moveDown, times: 3)
    #expect(currentTarget(session)?.field == .vision)
    let vision = session.state.plan.vision
    session.press(.editExternal)
    session.send(.externalEditFinished(Self.tooLong))
    #expect(session.state.plan.vision == vision, "not taken")
    #expect(!session.state.isModified)
    #expect(session.statusLine.contains("Not taken: the text is 150,000 bytes long"))
    #expect(session.statusLine.contains("E opens it again"))
    // E on the same field opens the refused text, not the old one.
    session.effects = []
    session.press(.editExternal)
    guard case .openExternalEditor(let text)? = session.effects.last else {
      Issue.record("no editor effect")
      return
    }
    #expect(text == Self.tooLong)
    session.send(.externalEditFinished("Korter."))
    #expect(session.state.plan.vision == "Korter.")
    #expect(session.state.externalDraft == nil)
  }

  /// A paste into the line editor over the limit: the editor stays open with the text.
  @Test func aPasteOverTheLimitKeepsTheEditorOpen() throws {
    var session = try Session.demo()
    session.press(.showPane(.stakeholders))
    session.press(.edit)
    guard case .editing(var editing) = session.state.mode else {
      Issue.record("no editor")
      return
    }
    // What a terminal hands over for a paste, at once (typing it key by key takes minutes).
    editing.editor = LineEditor(String(repeating: "x", count: 100_001))
    session.state.mode = .editing(editing)
    session.key(.enter)
    guard case .editing(let editing) = session.state.mode else {
      Issue.record("the editor closed and the paste was lost")
      return
    }
    #expect(editing.editor.text.count == 100_001)
    #expect(editing.refusal?.contains("at most 100,000") == true, "\(editing.refusal ?? "")")
    #expect(session.state.plan == (try DemoPlan.load()))
  }

  /// A recovered journal is held to the same rules: an edit a hand could have put in it that
  /// the loader would refuse stops the recovery there.
  @Test func recoveredEditsAreHeldToTheRules() throws {
    let plan = try DemoPlan.load()
    var session = Session(plan: plan)
    let bad = Edit.set(.plan, .vision, from: .text(plan.vision), to: .text(Self.tooLong))
    session.state.mode = .recovery(
      RecoveryOffer(edits: [bad], first: "a", last: "b", damage: nil, planChanged: false))
    session.type("r")
    #expect(session.state.plan == plan)
    #expect(session.statusLine.contains("Recovered 0 of 1 changes"))
  }

  /// After a kill between the save's rename and the journal's removal the plan holds the
  /// journal's edits; replayed, they change nothing and the journal goes.
  @Test func recoveringEditsThePlanAlreadyHoldsChangesNothing() throws {
    let plan = try DemoPlan.load()
    var saved = plan
    var edits: [Edit] = []
    for (from, to) in [(0, 3), (5, 1), (2, 7), (9, 0)] {
      let edit = saved.keyed(.move(.stakeholders, from: from, to: to))
      try saved.apply(edit)
      edits.append(edit)
    }
    var session = Session(plan: saved)
    session.state.mode = .recovery(
      RecoveryOffer(edits: edits, first: "a", last: "b", damage: nil, planChanged: true))
    session.type("r")
    #expect(session.state.plan == saved, "the order is as saved")
    #expect(!session.state.isModified)
    #expect(session.effects == [.discardJournal])
    #expect(session.statusLine.contains("Nothing to recover: 4 changes already in the saved plan"))
  }

  @Test func recoveredEditsAreJournalledAgain() throws {
    let plan = try DemoPlan.load()
    let edits = [
      Edit.set(.plan, .name, from: .text(plan.name), to: .text("Herstel")),
      plan.keyed(.move(.stakeholders, from: 0, to: 2)),
    ]
    var session = Session(plan: plan)
    session.state.mode = .recovery(
      RecoveryOffer(edits: edits, first: "a", last: "b", damage: nil, planChanged: false))
    session.type("r")
    #expect(session.effects == edits.map { .journal($0) })
  }

  /// A journal write that failed (a full disk) is on screen until the journal is whole again,
  /// whatever other message comes and goes.
  @Test func aJournalThatCannotBeWrittenStaysOnScreenUntilWhole() throws {
    var session = try Session.demo(width: 120)
    let problem = "The recovery journal plan.ecowerk.json.journal cannot be written"
    session.send(.journalChanged(problem: problem))
    #expect(session.statusLine.contains("NO JOURNAL"))
    #expect(session.statusLine.contains(problem))
    session.press(.showPane(.stakeholders))
    session.press(.toggleMVE)
    #expect(session.statusLine.contains("NO JOURNAL"), "still there after the next edit")
    session.press(.moveDown)
    #expect(session.statusLine.contains(problem), "and its words when nothing else is said")
    session.send(.journalChanged(problem: nil))
    #expect(!session.statusLine.contains("NO JOURNAL"))
    #expect(session.statusLine.contains("The recovery journal is complete again"))
    var dutch = try Session.demo(width: 120, language: .dutch)
    dutch.send(.journalChanged(problem: "x"))
    #expect(dutch.statusLine.contains("LOGBOEK UIT"))
  }
}
