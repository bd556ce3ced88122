import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import EcowerkStrings
import EcowerkUI
import Foundation
import Testing

/// Editing through `update`, as a facilitator types: the plan stays valid after every edit,
/// and undoing every edit gives back the identical plan.
@Suite struct EditingTests {
  /// Presses the edit key, clears the field, types `text` and presses Enter.
  static func type(_ text: String, into session: inout Session) {
    session.press(.edit)
    session.key(.ctrl("u"))
    session.key(.ctrl("k"))
    session.type(text)
    session.key(.enter)
  }

  @Test func aScriptedWorkshopBuildsTheStakeholderFieldUndoesAndSaves() throws {
    var session = Session(plan: Plan.empty(name: "Werkplaats", startYear: 2026), language: .dutch)
    session.press(.showPane(.stakeholders))
    let names = [
      "Gemeente Enschede", "ROC van Twente", "Coöperatie Zeeën", "Bäckerij Müller",
      "Hogeschool Saxion",
    ]
    for (index, name) in names.enumerated() {
      session.press(.add)
      #expect(session.state.mode != .normal, "the editor opens on the new row's name")
      session.type(name)
      // Rate it: Tab to influence, then interest; typing replaces the 3 a new row starts at.
      session.key(.tab)
      session.type(String(index % 5 + 1))
      session.key(.tab)
      session.type(String(5 - index % 5))
      session.key(.enter)
      session.column(.name)
    }
    #expect(session.state.plan.stakeholders.map(\.name) == names)
    #expect(session.state.plan.stakeholders.map(\.influence) == [1, 2, 3, 4, 5])
    #expect(session.state.plan.stakeholders.map(\.interest) == [5, 4, 3, 2, 1])
    // Move the third into the MVE, then undo twice and redo once.
    session.press(.top)
    session.press(.moveDown, times: 2)
    session.press(.toggleMVE)
    #expect(session.state.plan.stakeholders[2].inMVE)
    session.press(.undo)
    #expect(!session.state.plan.stakeholders[2].inMVE)
    // The undo message says what was undone, the way it was made.
    #expect(session.statusLine.contains("ongedaan: MVE van Coöperatie Zeeën: nee → ja"))
    session.press(.undo)
    #expect(session.state.plan.stakeholders[4].interest == 3, "back to a new row's 3")
    session.press(.redo)
    #expect(session.state.plan.stakeholders[4].interest == 1)
    #expect(session.statusLine.contains("opnieuw: belang van Hogeschool Saxion: 3 → 1"))
    #expect(session.line(0).hasSuffix("[+]"))
    #expect(session.screen.contains("Bäckerij Müller"))
    // Save: the runner writes what the effect carries; the file then loads as the same plan.
    session.press(.save)
    guard case .save(let plan, _, let version)? = session.effects.last else {
      Issue.record("no save effect")
      return
    }
    let folder = NSTemporaryDirectory() + "ecowerk-workshop-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try PlanStore.save(plan, to: folder + "/werkplaats.ecowerk.json")
    session.send(.saveFinished(version: version, error: nil))
    #expect(!session.line(0).hasSuffix("[+]"))
    let saved = try PlanStore.load(folder + "/werkplaats.ecowerk.json")
    #expect(saved == session.state.plan)
    #expect(saved.stakeholders.map(\.name) == names)
    #expect(saved.violations().isEmpty)
  }

  @Test func everyStakeholderCellCanBeEditedAndEverythingUndone() throws {
    var session = try Session.demo(width: 120, height: 40)
    let original = session.state.plan
    session.press(.showPane(.stakeholders))
    session.press(.moveDown, times: 2)
    let values: [Field: String] = [
      .name: "Gemeente Enschede — Stadsdeel Zuid", .sector: "Overheid", .discipline: "Economie",
      .role: "Regie & loket", .influence: "5", .interest: "2", .contributions: "€ 50.000 cash",
      .sharedInterests: "Banen", .ownInterests: "Minder CO₂", .addedValue: "Doelen halen",
    ]
    for spec in MatrixColumns.stakeholders {
      session.column(spec)
      if let text = values[spec] {
        Self.type(text, into: &session)
        #expect(
          session.state.mode == .normal, "\(spec): \(String(describing: session.state.status))")
      } else if spec == .chainLinks {
        // A reference list: the edit key opens its pick list; Space checks one, Enter keeps.
        session.press(.edit)
        session.key(.char(" "))
        session.key(.enter)
      } else {
        session.press(.cycleValue)
      }
      #expect(session.state.plan.violations().isEmpty, "\(spec)")
    }
    let stakeholder = session.state.plan.stakeholders[2]
    #expect(stakeholder.name == "Gemeente Enschede — Stadsdeel Zuid")
    #expect(stakeholder.influence == 5 && stakeholder.interest == 2)
    session.press(.toggleOrchestrator)
    session.press(.duplicate)
    session.press(.add)
    session.type("Nieuwe partij")
    session.key(.enter)
    session.press(.moveItemUp)
    session.key(.char("d"))
    session.key(.char("d"))
    #expect(session.state.plan.violations().isEmpty)
    session.undoAll()
    #expect(session.state.plan == original)
    #expect(!session.state.isModified)
  }

  /// An undo the plan no longer fits (the partner it changed is gone) is refused in words, in
  /// the session's language: the status bar said "Could not do that: notFound".
  @Test(arguments: [
    (Language.dutch, "Niet gelukt: stakeholder niet gevonden: staat niet (meer) in het plan"),
    (.english, "Could not do that: stakeholder not found: it is no longer in the plan"),
  ])
  func aRefusedUndoSaysWhyInWordsNotACaseName(_ language: Language, _ expected: String) throws {
    var session = try Session.demo(width: 160, language: language)
    session.press(.showPane(.stakeholders))
    let before = session.state.plan
    session.press(.toggleMVE)
    let changed = try #require(
      zip(before.stakeholders, session.state.plan.stakeholders).first { $0 != $1 }?.0.id)
    session.state.plan.stakeholders.removeAll { $0.id == changed }
    let plan = session.state.plan
    session.press(.undo)
    #expect(session.state.plan == plan, "nothing changed")
    #expect(session.state.status == StatusMessage(expected, .error))
    #expect(session.state.history.undoStack.count == 1, "the undo is kept for later")
  }

  @Test func typedFieldsRefuseBadInputAndKeepTheEditorOpen() throws {
    var session = try Session.demo(language: .dutch)
    session.press(.showPane(.stakeholders))
    session.column(.influence)
    let before = session.state.plan
    Self.type("7", into: &session)
    guard case .editing(let editing) = session.state.mode else {
      Issue.record("the editor closed")
      return
    }
    #expect(editing.editor.text == "7")
    #expect(session.statusLine.contains("‘7’: kies een cijfer van 1 tot en met 5"))
    #expect(session.state.plan == before)
    session.key(.escape)
    #expect(session.state.mode == .normal)
    #expect(session.state.plan == before)
  }

  @Test(
    arguments: [
      ("1.250", Field.smeCount, FieldValue.integer(1250)), ("", .smeCount, .integer(nil)),
      ("veel", .smeCount, nil), ("-3", .target, nil), ("2", .alleyPosition, .integer(2)),
    ] as [(String, Field, FieldValue?)])
  func segmentNumbersAreChecked(_ text: String, _ field: Field, _ expected: FieldValue?) throws {
    var session = try Session.demo(width: 120, height: 40)
    session.press(.showPane(.segments))
    session.press(.moveDown)
    session.press(.switchFocus)
    let id = session.state.plan.segments[1].id
    // Walk the detail to the field.
    for _ in 0..<30 {
      if case .editing = session.state.mode { break }
      let place = session.state.views.segments
      _ = place
      session.press(.moveDown)
      if let target = currentTarget(session), target.field == field { break }
    }
    Self.type(text, into: &session)
    let value = session.state.plan.value(of: field, at: .segment(id))
    if let expected {
      #expect(value == expected)
      #expect(session.state.mode == .normal)
    } else {
      guard case .editing = session.state.mode else {
        Issue.record("\(text) was accepted for \(field)")
        return
      }
    }
  }

  @Test func tabCommitsAndKeepsEditingTheNextCell() throws {
    var session = try Session.demo()
    session.press(.showPane(.stakeholders))
    session.column(.name)
    session.press(.edit)
    session.key(.ctrl("u"))
    session.type("Opleiden Twente")
    session.key(.tab)
    #expect(session.state.plan.stakeholders[0].name == "Opleiden Twente")
    guard case .editing(let next) = session.state.mode else {
      Issue.record("not editing the next cell")
      return
    }
    #expect(next.target.field == .influence)
    #expect(next.replacesOnType, "a number opens selected")
    session.type("2")
    session.key(.tab)
    session.type("1")
    session.key(.tab)
    #expect(session.state.plan.stakeholders[0].influence == 2, "typed over the 4, not 42")
    #expect(session.state.plan.stakeholders[0].interest == 1)
    // A yes/no is a choice: Tab opens its list and keeps editing after it.
    guard case .picking(let mve) = session.state.mode else {
      Issue.record("Tab stopped at the MVE column")
      return
    }
    #expect(mve.target.field == .inMVE)
    session.type("n")
    session.key(.tab)
    #expect(!session.state.plan.stakeholders[0].inMVE)
    guard case .picking(let orchestrator) = session.state.mode else {
      Issue.record("Tab stopped at the orchestrator column")
      return
    }
    #expect(orchestrator.target.field == .isOrchestrator)
    session.key(.escape)
    #expect(session.state.mode == .normal)
  }

  @Test func choiceFieldsChangeOnlyOnADeliberateKeyAndSayWhat() throws {
    var session = try Session.demo()
    session.press(.showPane(.stakeholders))
    session.column(.kind)
    let kind = session.state.plan.stakeholders[0].kind
    session.key(.char(" "))
    #expect(session.state.plan.stakeholders[0].kind == kind, "Space changes nothing")
    session.press(.cycleValue)
    #expect(session.state.plan.stakeholders[0].kind != kind)
    #expect(session.statusLine.contains("kind of ROC Tubantia: Vocational school →"))
    session.press(.edit)
    guard case .picking(let list) = session.state.mode else {
      Issue.record("no pick list")
      return
    }
    #expect(list.options.count == StakeholderKind.allCases.count)
    session.key(.down)
    session.key(.enter)
    #expect(session.state.mode == .normal)
    #expect(session.state.plan.violations().isEmpty)
  }

  @Test func ambassadorsArePickedFromTheOtherSegments() throws {
    var session = try Session.demo(width: 120, height: 40)
    session.press(.showPane(.segments))
    session.press(.bottom)
    session.press(.switchFocus)
    for _ in 0..<60 {
      if currentTarget(session)?.field == .ambassadors { break }
      session.press(.moveDown)
    }
    #expect(currentTarget(session)?.field == .ambassadors)
    session.press(.edit)
    guard case .picking(let list) = session.state.mode else {
      Issue.record("no pick list")
      return
    }
    #expect(list.isMultiple)
    #expect(!list.options.contains { $0.label == session.state.plan.segments.last?.name })
    session.key(.char(" "))
    session.key(.enter)
    #expect(session.state.plan.segments.last?.ambassadors.count == 1)
    #expect(session.state.plan.violations().isEmpty)
  }

  @Test func everySegmentDetailLineTakesEveryEditingCommand() throws {
    var session = try Session.demo(width: 120, height: 40)
    let original = session.state.plan
    session.press(.showPane(.segments))
    session.press(.switchFocus)
    var visited = 0
    for _ in 0..<80 {
      guard let target = currentTarget(session) else {
        session.press(.moveDown)
        continue
      }
      visited += 1
      for command in [Command.cycleValue, .duplicate, .moveItemDown, .moveItemUp] {
        session.press(command)
        if case .picking = session.state.mode { session.key(.escape) }
        #expect(session.state.plan.violations().isEmpty, "\(command) on \(target)")
      }
      session.press(.add)
      if case .editing = session.state.mode {
        session.type("Nieuw")
        session.key(.enter)
      }
      if case .picking = session.state.mode { session.key(.escape) }
      #expect(session.state.plan.violations().isEmpty, "add on \(target)")
      session.press(.delete)
      #expect(session.state.plan.violations().isEmpty, "delete on \(target)")
      session.press(.moveDown)
    }
    #expect(visited > 15)
    session.undoAll()
    #expect(session.state.plan == original)
  }

  @Test func segmentsAreAddedDuplicatedMovedAndDeletedFromTheList() throws {
    var session = try Session.demo()
    let original = session.state.plan
    session.press(.showPane(.segments))
    session.press(.add)
    session.type("Bouw en techniek")
    session.key(.enter)
    #expect(session.state.plan.segments[1].name == "Bouw en techniek")
    session.press(.duplicate)
    #expect(session.state.plan.segments[2].name == "Bouw en techniek (copy)")
    session.press(.moveItemUp)
    session.press(.moveItemUp)
    #expect(session.state.plan.segments[0].name == "Bouw en techniek (copy)")
    session.press(.delete)
    #expect(session.state.plan.segments.count == original.segments.count + 1)
    #expect(session.state.plan.violations().isEmpty)
    // Add with its name (one step), duplicate, two moves, delete: five edits.
    session.press(.undo, times: 5)
    #expect(session.state.plan == original)
  }

  @Test func deletingASegmentClearsAmbassadorLinksAndUndoRestoresThem() throws {
    var session = try Session.demo()
    let original = session.state.plan
    session.press(.showPane(.segments))
    session.press(.delete)
    // Others refer to it: the delete asks first, and says what it takes with it.
    guard case .confirmDelete(let question) = session.state.mode else {
      Issue.record("no question before deleting a referenced segment")
      return
    }
    // Ambassadors, propositions (their segments and the answers to its pains, gains and
    // barriers), impact goals, business models and pilots.
    #expect(question.text.contains("and clear 13 references"), "\(question.text)")
    #expect(session.state.plan == original)
    session.key(.char("y"))
    #expect(
      session.state.plan.segments.allSatisfy { !$0.ambassadors.contains(original.segments[0].id) })
    #expect(session.statusLine.contains("reference"))
    session.press(.undo)
    #expect(session.state.plan == original)
  }

  @Test func longTextGoesToTheExternalEditorAndComesBack() throws {
    var session = try Session.demo()
    session.press(.moveDown, times: 3)
    #expect(currentTarget(session)?.field == .vision)
    session.press(.editExternal)
    guard case .openExternalEditor(let text)? = session.effects.last else {
      Issue.record("no editor effect")
      return
    }
    #expect(text == session.state.plan.vision)
    session.send(.externalEditFinished("Een nieuwe visie.\nMet twee regels.\n"))
    #expect(session.state.plan.vision == "Een nieuwe visie.\nMet twee regels.")
    session.press(.undo)
    #expect(session.state.plan.vision == text)
    session.press(.editExternal)
    session.send(.externalEditFinished(nil))
    #expect(session.state.plan.vision == text)
  }

  @Test func readOnlyRefusesEveryEdit() throws {
    var session = try Session.demo()
    session.state.settings.readOnly = true
    session.press(.showPane(.stakeholders))
    session.press(.toggleMVE)
    session.press(.edit)
    session.press(.add)
    #expect(session.state.plan == (try DemoPlan.load()))
    #expect(session.statusLine.contains("Read-only"))
  }

  @Test func recoveredEditsAreReplayedAndUndoable() throws {
    let plan = try DemoPlan.load()
    var changed = plan
    let edits = Array(EditCatalog.edits(on: plan).prefix(5))
    for edit in edits { try changed.apply(edit) }
    var session = Session(plan: plan)
    session.state.mode = .recovery(
      RecoveryOffer(
        edits: edits, first: "2026-11-29T10:00", last: "2026-11-29T10:05", damage: nil,
        planChanged: false))
    #expect(session.screen.contains("Not saved in the last session: 5 changes"))
    session.type("s")
    #expect(session.screen.contains("1. "))
    session.key(.escape)
    session.type("r")
    #expect(session.state.plan == changed)
    #expect(session.state.isModified)
    session.press(.undo, times: 5)
    #expect(session.state.plan == plan)

    var discarding = Session(plan: plan)
    discarding.state.mode = .recovery(
      RecoveryOffer(edits: edits, first: "a", last: "b", damage: nil, planChanged: true))
    #expect(discarding.screen.contains("the plan file changed"))
    discarding.type("o")
    #expect(discarding.effects == [.discardJournal])
    #expect(discarding.state.plan == plan)
  }

  @Test func everyEditIsJournalled() throws {
    var session = try Session.demo()
    session.press(.showPane(.stakeholders))
    session.press(.toggleMVE)
    session.press(.undo)
    session.press(.redo)
    let journalled = session.effects.compactMap { effect -> Edit? in
      if case .journal(let edit) = effect { return edit }
      return nil
    }
    #expect(journalled.count == 3)
    #expect(journalled[1] == journalled[0].inverse)
    #expect(journalled[2] == journalled[0])
  }
}

/// The target of what is selected in the current pane.
func currentTarget(_ session: Session) -> Target? {
  session.state.editTarget
}
