import EcowerkModel
import EcowerkStore
import EcowerkStrings
import EcowerkUI
import Testing

/// `:conflicts`: the conflicts a merge left beside the plan, each with both versions; `o`
/// keeps ours, `t` takes theirs as an edit (undone with `u`), and a save keeps the open ones.
@Suite struct ConflictsOverlayTests {
  /// A session on the merged plan of two copies of the demo plan, with its conflicts.
  static func session(width: Int = 80, height: Int = 24, language: Language = .english) throws
    -> Session
  {
    let base = try DemoPlan.load()
    var ours = base
    var theirs = base
    ours.stakeholders[0].influence = 5
    theirs.stakeholders[0].influence = 1
    ours.finance[0].ngf = Money(euros: 1)
    theirs.finance[0].ngf = Money(euros: 2)
    let removed = try #require(theirs.removal(of: .segment(base.segments[1].id)))
    try theirs.apply(removed)
    ours.segments[1].notes = "Besproken"
    let merge = PlanMerge(base: base, ours: ours, theirs: theirs)
    #expect(merge.conflicts.count == 3)
    var session = Session(plan: merge.plan, width: width, height: height, language: language)
    session.state.mergeConflicts = MergeConflicts(
      file: "/tmp/plan.ecowerk.json.conflicts.json", conflicts: merge.conflicts,
      texts: merge.conflicts.map { _ in "" }, names: merge.names)
    session.press(.commandLine)
    session.type("conflicts")
    session.key(.enter)
    #expect(session.state.mode == .conflicts)
    return session
  }

  @Test(arguments: [(80, 24, Language.english), (80, 24, .dutch), (120, 40, .english)])
  func theOverlayMatchesItsSnapshot(_ width: Int, _ height: Int, _ language: Language) throws {
    let session = try Self.session(width: width, height: height, language: language)
    assertSnapshot(session.screen, named: "conflicts-\(width)x\(height)-\(language.rawValue)")
    #expect(!session.screen.contains("⟦"))
  }

  @Test func takingTheirsIsAnEditThatUndoTakesBack() throws {
    var session = try Self.session()
    let before = session.state.plan
    session.press(.takeTheirs)
    #expect(session.state.plan.stakeholders[0].influence == 1)
    #expect(session.effects.contains { if case .journal = $0 { true } else { false } })
    #expect(session.state.mergeConflicts?.decisions.first == .theirs)
    #expect(session.state.mergeConflicts?.cursor.row == 1, "on to the next open conflict")
    session.press(.keepOurs)
    #expect(session.state.mergeConflicts?.decisions[1] == .ours)
    #expect(session.state.mergeConflicts?.open == 1)
    session.press(.cancel)
    session.press(.undo)
    #expect(session.state.plan == before)
  }

  /// Undoing a "take theirs" opens its conflict again (and says so); redoing it decides it
  /// again: the view never shows a conflict decided whose decision was taken back.
  @Test func undoingTakeTheirsOpensTheConflictAgainAndRedoDecidesIt() throws {
    var session = try Self.session()
    let before = session.state.plan
    session.press(.takeTheirs)
    #expect(session.state.mergeConflicts?.decisions.first == .theirs)
    let open = try #require(session.state.mergeConflicts?.open)
    session.press(.cancel)
    session.press(.undo)
    #expect(session.state.plan == before)
    #expect(session.state.mergeConflicts?.decisions.first == .some(nil))
    #expect(session.state.mergeConflicts?.open == open + 1)
    #expect(session.statusLine.contains("the conflict is open again"), "\(session.statusLine)")
    session.press(.redo)
    #expect(session.state.plan.stakeholders[0].influence == 1)
    #expect(session.state.mergeConflicts?.decisions.first == .theirs)
    #expect(session.state.mergeConflicts?.open == open)
    // Undone again and kept as ours instead: the decision is the new one.
    session.press(.undo)
    session.press(.commandLine)
    session.type("conflicts")
    session.key(.enter)
    session.state.mergeConflicts?.cursor.row = 0
    session.press(.keepOurs)
    #expect(session.state.mergeConflicts?.decisions.first == .ours)
    #expect(session.state.plan == before)
  }

  @Test func aSaveKeepsTheOpenOnesAndForgetsThemWhenAllAreDecided() throws {
    var session = try Self.session()
    session.key(.char("o"))
    session.send(.saveFinished(version: session.state.version, error: nil))
    guard case .keepConflicts(let kept)? = session.effects.last else {
      Issue.record("nothing kept: \(session.effects)")
      return
    }
    #expect(kept.remaining.conflicts.count == 2)
    #expect(session.state.mergeConflicts != nil)
    session.key(.char("t"))
    session.key(.char("t"))
    #expect(session.state.mergeConflicts?.open == 0)
    #expect(
      session.state.status?.text
        == "Every conflict is decided; Ctrl-S saves the plan and removes the conflicts file")
    session.send(.saveFinished(version: session.state.version, error: nil))
    guard case .keepConflicts(let last)? = session.effects.last else { return }
    #expect(last.remaining.conflicts.isEmpty)
    #expect(session.state.mergeConflicts == nil)
    #expect(session.state.mode == .normal)
    #expect(session.state.plan.segment(try DemoPlan.load().segments[1].id) == nil)
  }

  @Test func enterGoesToTheEntityOfTheConflict() throws {
    var session = try Self.session()
    session.key(.enter)
    #expect(session.state.mode == .normal)
    #expect(session.state.pane == .stakeholders)
    #expect(session.state.editTarget?.field == .influence)
    #expect(session.state.mergeConflicts != nil, "still there for :conflicts")
  }

  @Test func withoutConflictsTheCommandSaysSo() throws {
    var session = try Session.demo()
    session.press(.commandLine)
    session.type("conflicts")
    session.key(.enter)
    #expect(session.state.mode == .normal)
    #expect(session.state.status?.text == "No merge conflicts are waiting for this plan")
  }
}
