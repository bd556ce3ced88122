import EcowerkModel
import EcowerkStore
import EcowerkStrings
import EcowerkUI
import Testing

/// `:changes`: what changed since the last save (or a backup, or a file), over the pane;
/// Enter goes to the entity.
@Suite struct ChangesOverlayTests {
  /// The demo plan as saved, and the session on it after a few edits.
  static func session(width: Int = 80, height: Int = 24, language: Language = .english) throws
    -> (Session, Plan)
  {
    let saved = try DemoPlan.load()
    var plan = saved
    plan.stakeholders[2].influence = plan.stakeholders[2].influence % 5 + 1
    plan.segments.append(Segment(id: plan.newID(Segment.self), name: "Logistiek"))
    plan.stakeholders.remove(at: 0)
    plan.finance[1].ngf = plan.finance[1].ngf + Money(euros: 1_000)
    return (Session(plan: plan, width: width, height: height, language: language), saved)
  }

  static func open(_ session: inout Session, comparedWith saved: Plan) {
    session.press(.commandLine)
    session.type("changes")
    session.key(.enter)
    guard case .loadComparison(let path, let label)? = session.effects.last else {
      Issue.record("no comparison asked for: \(session.effects)")
      return
    }
    #expect(path == session.state.filePath)
    session.send(.comparisonLoaded(saved, label: label, error: nil))
  }

  @Test(arguments: [(80, 24, Language.english), (80, 24, .dutch), (120, 40, .english)])
  func theOverlayMatchesItsSnapshot(_ width: Int, _ height: Int, _ language: Language) throws {
    var (session, saved) = try Self.session(width: width, height: height, language: language)
    Self.open(&session, comparedWith: saved)
    assertSnapshot(session.screen, named: "changes-\(width)x\(height)-\(language.rawValue)")
    #expect(!session.screen.contains("⟦"))
  }

  @Test func enterGoesToTheEntityAndItsField() throws {
    var (session, saved) = try Self.session()
    Self.open(&session, comparedWith: saved)
    guard case .changes(let list) = session.state.mode else {
      Issue.record("no overlay")
      return
    }
    let row = try #require(
      list.changes.firstIndex {
        if case .changed(.influence, _, _) = $0.kind { return true }
        return false
      })
    for _ in 0..<row { session.key(.char("j")) }
    session.key(.enter)
    #expect(session.state.mode == .normal)
    #expect(session.state.pane == .stakeholders)
    #expect(session.state.editTarget?.ref == list.changes[row].ref)
    #expect(session.state.editTarget?.field == .influence)
  }

  @Test func aRemovedEntityHasNothingToGoTo() throws {
    var (session, saved) = try Self.session()
    Self.open(&session, comparedWith: saved)
    guard case .changes(let list) = session.state.mode else { return }
    let row = try #require(list.changes.firstIndex { $0.kind == .removed })
    for _ in 0..<row { session.key(.down) }
    session.key(.enter)
    #expect(
      session.state.status?.text == "That is not in the plan (any more); there is nothing to show")
  }

  @Test(arguments: Keymap.Name.allCases)
  func theKeysAreTheKeymaps(_ name: Keymap.Name) throws {
    var (session, saved) = try Self.session()
    Self.open(&session, comparedWith: saved)
    session.state.settings.keymap = .named(name)
    #expect(session.keyBar.contains("Enter go there"))
    #expect(session.keyBar.contains("Esc close"))
    session.press(.bottom)
    guard case .changes(let list) = session.state.mode else { return }
    #expect(list.cursor.row == list.changes.count - 1)
    session.press(.top)
    guard case .changes(let top) = session.state.mode else { return }
    #expect(top.cursor.row == 0)
    session.press(.cancel)
    #expect(session.state.mode == .normal)
  }

  @Test func thePaletteShowsTheChangesSinceTheLastSave() throws {
    var session = try Session.demo()
    session.state.settings.keymap = .workshop
    session.press(.palette)
    session.type("changes")
    session.press(.commit)
    #expect(
      session.effects.last
        == .loadComparison(path: session.state.filePath, label: "the last save"))
  }

  @Test func nothingChangedSaysSoAndABadFileSaysWhy() throws {
    var session = try Session.demo()
    session.send(.comparisonLoaded(session.state.plan, label: "the last save", error: nil))
    #expect(session.state.mode == .normal)
    #expect(session.state.status?.text == "Nothing changed since the last save")
    session.send(.comparisonLoaded(nil, label: "x", error: "x.json: cannot be read"))
    #expect(session.state.status == StatusMessage("x.json: cannot be read", .error))
  }

  @Test func backupAndFileAreComparedToo() throws {
    var session = try Session.demo()
    session.press(.commandLine)
    session.type("changes backup")
    session.key(.enter)
    #expect(
      session.effects.last
        == .loadComparison(
          path: session.state.filePath + ".bak",
          label: "the backup \(session.state.filePath).bak"))
    session.press(.commandLine)
    session.type("changes maart.ecowerk.json")
    session.key(.enter)
    #expect(
      session.effects.last
        == .loadComparison(path: "maart.ecowerk.json", label: "maart.ecowerk.json"))
  }
}
