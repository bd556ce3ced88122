import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// Never lose work, part two, in the real binary: files planted beside a plan, another
/// spelling of the plan's path, a read-only file, a deleted folder, "overwrite", and Ctrl-C
/// while the external editor is open.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct SafeFilesTerminalTests {
  static func open(_ path: String, _ scratch: Scratch, width: Int = 200, extra: String = "")
    throws -> Tmux
  {
    let tmux = try Tmux(
      WorkbenchTerminalTests.script("\(extra) '\(path)'", in: scratch), width: width)
    try tmux.waitFor("Energiek Mkb Twente")
    return tmux
  }

  static func command(_ tmux: Tmux, _ line: String) throws {
    try tmux.send(":")
    try tmux.type(line)
    try tmux.send("Enter")
  }

  /// Save As with the workshop keys: F12 opens the command line with `w ` typed.
  static func saveAs(_ tmux: Tmux, _ path: String) throws {
    try tmux.send("F12")
    try tmux.type(path)
    try tmux.send("Enter")
  }

  /// A `.PLAN.lock` linked to another file: opening the plan wrote `user=… host=…` into it.
  @Test func aLinkedLockOpensThePlanReadOnlyAndNamesIt() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let victim = try scratch.write("bashrc", "export PATH\n")
    #expect(symlink(victim, scratch.file(".plan.ecowerk.json.lock")) == 0)
    let tmux = try Self.open(path, scratch)
    let screen = try tmux.waitFor("is a symbolic link")
    #expect(screen.contains("Read-only:") && screen.contains(".plan.ecowerk.json.lock"))
    #expect(screen.contains("[read-only]"))
    try tmux.send("3", "m")
    try tmux.waitFor("changes cannot be saved")
    try tmux.send("q")
    _ = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(scratch.read("bashrc") == "export PATH\n", "nothing written through the link")
  }

  /// `PLAN.journal` linked to `~/.bashrc`: every edit was appended to it.
  @Test func aLinkedJournalIsNeverWrittenThrough() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let victim = try scratch.write("bashrc", "export PATH\n")
    #expect(symlink(victim, path + ".journal") == 0)
    let tmux = try Self.open(path, scratch)
    try tmux.waitFor("plan.ecowerk.json.journal is a symbolic link")
    try tmux.send("3", "m")
    try tmux.waitFor("changes cannot be saved")
    try tmux.send("q")
    _ = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(scratch.read("bashrc") == "export PATH\n")
    // `import` refuses it too, naming it.
    let list = try scratch.write("lijst.csv", "Naam\nGemeente Borne\n")
    let result = try Binary.run(["import", path, "--stakeholders", list, "--yes"])
    #expect(result.status == 1)
    #expect(result.error.contains("plan.ecowerk.json.journal is a symbolic link"))
  }

  /// A journal left by a save that completed (killed between the rename and the journal's
  /// removal) said "Recovered 0 of N" in red at the next start; now the plan is seen to hold
  /// its edits, and it opens without a question.
  @Test func aJournalOfACompletedSaveIsNotOffered() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let saved = try DemoPlan.load()
    var plan = saved
    let journal = Journal(planPath: path)
    let base = Journal.fingerprint(Array(scratch.read("plan.ecowerk.json").utf8))
    for (from, to) in [(0, 4), (2, 1), (7, 3)] {
      let edit = plan.keyed(.move(.stakeholders, from: from, to: to))
      try plan.apply(edit)
      try journal.append(edit, time: "2026-12-06T10:0\(from)", base: base)
    }
    let bytes = try PlanFile.encodeForSaving(plan, file: path)
    journal.faults = { $0 == .retire ? EINTR : nil }  // the kill: the journal stays
    try PlanStore.save(bytes, to: path, keepBackup: true, retiring: journal)
    #expect(FileManager.default.fileExists(atPath: path + ".journal"))
    let tmux = try Self.open(path, scratch)
    let screen = try tmux.waitFor("1 Overview")
    #expect(!screen.contains("Unsaved work found") && !screen.contains("Recovered"))
    #expect(!FileManager.default.fileExists(atPath: path + ".journal"), "the stale journal went")
    try tmux.send("q")
    #expect(try WorkbenchTerminalTests.finished(tmux, scratch).status == "0")
    #expect(try PlanStore.load(path) == plan, "in the order saved, not moved twice")
  }

  /// `:w -` would write the plan over the workbench's own screen.
  @Test func writingToTheScreenIsRefused() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let tmux = try Self.open(path, scratch)
    try Self.command(tmux, "w -")
    try tmux.waitFor("Not written: - is the workbench's screen")
    try tmux.send("q")
    #expect(!FileManager.default.fileExists(atPath: scratch.file("-")))
  }

  /// A read-only second window that quits leaves the first window's journal alone.
  @Test func aReadOnlyWindowNeverRemovesTheJournal() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let first = try Self.open(path, scratch)
    try first.send("3", "m")
    try first.waitFor("[+]")
    #expect(FileManager.default.fileExists(atPath: path + ".journal"))
    let second = try Tmux("'\(Binary.path)' '\(path)'; echo SECOND-DONE; sleep 600", width: 200)
    try second.waitFor("[read-only]")
    // The workshop keys, the default: Ctrl-Q quits.
    try second.send("C-q")
    try second.waitFor("SECOND-DONE")
    #expect(FileManager.default.fileExists(atPath: path + ".journal"), "the first one's edits")
    try first.send("q", "d")
  }

  /// `:w dir/./plan.ecowerk.json` got round read-only mode, the lock and the check for outside
  /// changes: a read-only second window overwrote the first window's saved work.
  @Test func anotherSpellingOfThePlanIsTheSamePlan() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let first = try Self.open(path, scratch)
    let second = try Tmux("cd '\(scratch.path)'; '\(Binary.path)' '\(path)'; sleep 600", width: 200)
    try second.waitFor("[read-only]")
    let before = scratch.read("plan.ecowerk.json")
    for spelling in ["\(scratch.path)/./plan.ecowerk.json", "./plan.ecowerk.json"] {
      try Self.saveAs(second, spelling)
      try second.waitFor("opened read-only")
      #expect(scratch.read("plan.ecowerk.json") == before, "\(spelling)")
    }
    // A link to the plan is the plan too.
    #expect(symlink(path, scratch.file("link.json")) == 0)
    try second.send("Escape")
    try Self.saveAs(second, "link.json")
    try second.waitFor("opened read-only")
    #expect(scratch.read("plan.ecowerk.json") == before)
    try first.send("q")
  }

  /// A newer plan opened read-only was downgraded, its unknown fields dropped, by `:w` with
  /// another spelling of its name.
  @Test func aNewerPlanIsNotDowngradedByAnotherSpelling() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let text = scratch.read("plan.ecowerk.json").replacingOccurrences(
      of: "\"schemaVersion\": \(PlanFormat.schemaVersion),",
      with: "\"schemaVersion\": \(PlanFormat.schemaVersion + 1),\n  \"futureField\": true,")
    _ = try scratch.write("plan.ecowerk.json", text)
    let tmux = try Tmux(WorkbenchTerminalTests.script("'\(path)'", in: scratch), width: 200)
    try tmux.waitFor("made by a newer ecowerk")
    try Self.command(tmux, "w \(scratch.path)/./plan.ecowerk.json")
    try tmux.waitFor("opened read-only")
    try Self.command(tmux, "q!")
    _ = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(scratch.read("plan.ecowerk.json") == text, "untouched, future field and all")
  }

  /// After the session's first save, "overwrite" in the changed-on-disk dialog destroyed the
  /// outside edit though the README promised it was kept.
  @Test func overwriteKeepsTheOtherVersionEveryTime() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let tmux = try Self.open(path, scratch)
    try tmux.send("3", "m", "C-s")
    try tmux.waitFor("Saved")
    for round in 1...2 {
      var outside = try PlanStore.load(path)
      outside.name = "Buiten \(round)"
      try PlanStore.save(outside, to: path, keepBackup: false)
      try tmux.send("j", "m", "C-s")
      try tmux.waitFor("The plan changed on disk")
      try tmux.send("o")
      try tmux.waitUntil { $0.contains("Saved") && !$0.contains("[+]") }
      #expect(try PlanStore.load(path + ".bak").name == "Buiten \(round)", "round \(round)")
    }
    try tmux.send("q")
    #expect(try WorkbenchTerminalTests.finished(tmux, scratch).status == "0")
  }

  /// A plan file with mode 0444 was replaced without a word.
  @Test func aReadOnlyPlanFileIsSaidAndNotReplaced() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    chmod(path, 0o444)
    let before = scratch.read("plan.ecowerk.json")
    let tmux = try Self.open(path, scratch)
    try tmux.waitFor("is read-only on disk")
    try tmux.send("3", "m", "C-s")
    try tmux.waitFor("NOT saved:")
    let screen = try tmux.waitFor("chmod u+w")
    #expect(screen.contains("[+]"), "the change is still there to save elsewhere")
    #expect(scratch.read("plan.ecowerk.json") == before)
    try Self.command(tmux, "w kopie.ecowerk.json")
    try tmux.waitFor("Copy written")
    #expect(try PlanStore.load(scratch.file("kopie.ecowerk.json")).stakeholders[0].inMVE == false)
    try Self.command(tmux, "q!")
    _ = try WorkbenchTerminalTests.finished(tmux, scratch)
  }

  /// The plan's folder deleted while open: edits went on into a deleted journal.
  @Test func aDeletedFolderIsSaidAtTheNextEdit() throws {
    let scratch = try Scratch()
    let folder = scratch.file("werkmap")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/plan.ecowerk.json"
    try PlanStore.save(try DemoPlan.load(), to: path, keepBackup: false)
    let tmux = try Self.open(path, scratch)
    try tmux.send("3", "m")
    try tmux.waitFor("[+]")
    try FileManager.default.removeItem(atPath: folder)
    try tmux.send("j", "m")
    let screen = try tmux.waitFor("no longer exists")
    #expect(screen.contains("NO JOURNAL"))
    #expect(screen.contains(":w FILE"))
    try Self.command(tmux, "w \(scratch.file("gered.ecowerk.json"))")
    try tmux.waitFor("Copy written")
    let saved = try PlanStore.load(scratch.file("gered.ecowerk.json"))
    #expect(saved.stakeholders[0].inMVE != (try DemoPlan.load()).stakeholders[0].inMVE)
    try Self.command(tmux, "q!")
    _ = try WorkbenchTerminalTests.finished(tmux, scratch)
  }

  /// Ctrl-C while the external editor is open quit the workbench and dropped the text.
  @Test func ctrlCInTheExternalEditorNeitherQuitsNorDropsTheText() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    // An editor that writes its text, says so, and waits a moment as a person would (with
    // Ctrl-C meant for it: it ignores it, as vi does).
    let editor = try scratch.write(
      "editor.sh",
      "#!/bin/sh\ntrap '' INT\necho 'Een visie na Ctrl-C.' > \"$1\"\necho EDITOR-OPEN\n"
        + "while [ ! -e '\(scratch.file("go-on"))' ]; do sleep 0.1; done\n")
    chmod(editor, 0o755)
    let tmux = try Tmux(
      WorkbenchTerminalTests.script("'\(path)'", in: scratch), width: 120,
      environment: ["EDITOR": editor, "VISUAL": ""])
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("1", "j", "j", "j", "E")
    try tmux.waitFor("EDITOR-OPEN")
    try tmux.send("C-c")
    Thread.sleep(forTimeInterval: 0.3)
    _ = try scratch.write("go-on", "")
    try tmux.waitFor("Een visie na Ctrl-C.")
    Thread.sleep(forTimeInterval: 0.3)
    #expect(!FileManager.default.fileExists(atPath: scratch.file("status")), "still running")
    try tmux.send("C-s")
    try tmux.waitFor("Saved")
    try tmux.send("q")
    #expect(try WorkbenchTerminalTests.finished(tmux, scratch).status == "0")
    #expect(try PlanStore.load(path).vision == "Een visie na Ctrl-C.")
  }
}

/// A full disk while the workbench journals, in the real binary: the status bar says so until
/// the journal is whole again, and a crash afterwards loses nothing.
@Suite(
  .enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"),
  .enabled(if: SmallDisk.available, "needs root to mount a small tmpfs"))
struct FullDiskTerminalTests {
  @Test func aJournalThatCannotBeWrittenIsShownUntilWholeAndNothingIsLost() throws {
    let disk = try #require(SmallDisk(kilobytes: 1_024))
    let scratch = try Scratch()
    let path = disk.path + "/plan.ecowerk.json"
    try PlanStore.save(try DemoPlan.load(), to: path, keepBackup: false)
    let tmux = try Tmux(WorkbenchTerminalTests.script("'\(path)'", in: scratch), width: 200)
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("3")
    disk.fill()
    // `m` toggles "in the MVE" of the selected stakeholder; enough edits to need a new page of
    // the journal.
    var presses = 0
    while presses < 400 {
      try tmux.send("m")
      presses += 1
      if presses % 20 == 0, try tmux.screen().contains("NO JOURNAL") { break }
    }
    let screen = try tmux.waitFor("NO JOURNAL")
    #expect(screen.contains("cannot be written (the disk is full)"))
    try tmux.send("j", "m")
    presses += 1
    Thread.sleep(forTimeInterval: 0.5)
    // Every key handled (the same screen twice, the badge still there) before room is made.
    var previous = ""
    try tmux.waitUntil { screen in
      defer { previous = screen }
      return screen == previous && screen.contains("NO JOURNAL")
    }
    disk.free()
    // Written again when the workbench is idle, and the warning goes.
    try tmux.waitUntil(timeout: 15) { !$0.contains("NO JOURNAL") }
    try tmux.waitFor("The recovery journal is complete again")
    let child = try childPID(of: try tmux.panePID())
    #expect(kill(child, SIGKILL) == 0)
    try tmux.waitFor("ECOWERK-DONE")
    // What the crash left: every edit made, those made while the disk was full too.
    let restart = try Tmux(WorkbenchTerminalTests.script("'\(path)'", in: scratch), width: 200)
    try restart.waitFor("Not saved in the last session: \(presses) changes")
    try restart.send("r")
    try restart.waitFor("Recovered \(presses) changes")
    try restart.send(":")
    try restart.type("q!")
    try restart.send("Enter")
  }
}
