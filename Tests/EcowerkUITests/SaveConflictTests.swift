import EcowerkModel
import EcowerkStore
import EcowerkUI
import Testing

/// A save that finds the file changed on disk asks instead of overwriting; `:w FILE` writes a
/// copy; reloading starts again from the file.
@Suite struct SaveConflictTests {
  static func conflicted() throws -> Session {
    var session = try Session.demo()
    session.press(.showPane(.stakeholders))
    session.press(.toggleMVE)
    session.effects = []
    session.press(.save)
    #expect(
      session.effects == [.save(session.state.plan, path: session.state.filePath, version: 1)])
    session.effects = []
    session.send(.saveConflict(version: 1))
    return session
  }

  @Test func theQuestionNamesTheFileAndTheThreeWaysOn() throws {
    let session = try Self.conflicted()
    #expect(session.state.mode == .saveConflict)
    let screen = session.screen
    #expect(screen.contains("The plan changed on disk"))
    #expect(screen.contains("Someone else changed plan.ecowerk.json"))
    // The answers come from the keymap: its keys, what each does.
    #expect(screen.contains("r/h      reload the file (your changes are dropped)"))
    #expect(screen.contains("o        overwrite (theirs is kept as .bak)"))
    #expect(screen.contains("s/e/w    save yours elsewhere (:w FILE)"))
    #expect(screen.contains("Esc/c/a  cancel: not saved"))
    #expect(session.state.isModified, "nothing was saved")
  }

  @Test func overwriteSavesAnyway() throws {
    var session = try Self.conflicted()
    session.key(.char("o"))
    #expect(
      session.effects == [.overwrite(session.state.plan, path: session.state.filePath, version: 1)])
    session.send(.saveFinished(version: 1, error: nil))
    #expect(!session.state.isModified)
  }

  @Test func elsewhereOpensTheCommandLineForACopy() throws {
    var session = try Self.conflicted()
    session.key(.char("s"))
    guard case .commandLine(let editor) = session.state.mode else {
      Issue.record("the command line opens")
      return
    }
    #expect(editor.text == "w ")
    session.type("/tmp/mine.ecowerk.json")
    session.key(.enter)
    #expect(session.effects == [.writeCopy(session.state.plan, path: "/tmp/mine.ecowerk.json")])
    session.send(.copyWritten(path: "/tmp/mine.ecowerk.json", error: nil))
    #expect(
      session.state.status?.text
        == "Copy written: /tmp/mine.ecowerk.json (you are still working on plan.ecowerk.json)")
    #expect(session.state.isModified, "the plan itself is still unsaved")
  }

  @Test func reloadTakesThePlanFromDiskAndDropsTheJournal() throws {
    var session = try Self.conflicted()
    session.key(.char("r"))
    #expect(session.effects == [.reload])
    var onDisk = try DemoPlan.load()
    onDisk.name = "Na een git pull"
    session.effects = []
    session.send(.reloaded(onDisk, error: nil))
    #expect(session.state.plan == onDisk)
    #expect(!session.state.isModified)
    #expect(session.state.pane == .stakeholders, "the pane stays")
    #expect(session.effects == [.discardJournal])
    #expect(session.state.status?.text == "Reloaded plan.ecowerk.json as it is on disk")
  }

  @Test func escapeCancelsAndSaysNothingWasSaved() throws {
    var session = try Self.conflicted()
    session.key(.escape)
    #expect(session.state.mode == .normal)
    #expect(session.effects.isEmpty)
    #expect(session.state.status?.text == "Not saved: the file on disk has someone else's changes")
    #expect(session.state.isModified)
  }

  @Test func writeWithAFileNameWritesACopy() throws {
    var session = try Session.demo()
    session.press(.commandLine)
    session.type("w kopie.json")
    session.key(.enter)
    #expect(session.effects == [.writeCopy(session.state.plan, path: "kopie.json")])
  }
}

extension SaveConflictTests {
  @Test func writeWithThePlansOwnNameIsASave() throws {
    var session = try Session.demo()
    session.press(.commandLine)
    session.type("w plan.ecowerk.json")
    session.key(.enter)
    #expect(
      session.effects == [.save(session.state.plan, path: session.state.filePath, version: 0)])
  }
}
