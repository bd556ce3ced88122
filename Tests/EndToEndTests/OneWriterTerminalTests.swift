import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// One writer per plan, and no silent overwrite of someone else's change, in the real binary.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct OneWriterTerminalTests {
  @Test func aSecondWorkbenchIsReadOnlyUntilTheFirstIsKilled() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let first = try Tmux(WorkbenchTerminalTests.script("'\(path)'", in: scratch), width: 120)
    try first.waitFor("Energiek Mkb Twente")
    let second = try Tmux("'\(Binary.path)' '\(path)'; sleep 600", width: 160)
    let screen = try second.waitFor("Read-only:")
    #expect(screen.contains("has it open (--ignore-lock edits anyway)"))
    #expect(screen.contains("(process \(try childPID(of: first.panePID()))"))
    #expect(screen.contains("[read-only]"))
    // A killed holder leaves no stale lock.
    kill(try childPID(of: first.panePID()), SIGKILL)
    try first.waitFor("ECOWERK-DONE")
    let third = try Tmux("'\(Binary.path)' '\(path)'; sleep 600", width: 160)
    let free = try third.waitFor("Energiek Mkb Twente")
    #expect(!free.contains("[read-only]"))
    try third.send("C-q")
  }

  @Test func aSaveAfterAnOutsideChangeAsksAndOverwritesOnlyWhenTold() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let tmux = try Tmux(WorkbenchTerminalTests.script("'\(path)'", in: scratch), width: 100)
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("3", "m")
    try tmux.waitFor("[+]")
    // Someone else saves the file meanwhile (another editor, a git pull).
    var outside = try PlanStore.load(path)
    outside.name = "Veranderd door een ander"
    try PlanStore.save(outside, to: path, keepBackup: false)
    try tmux.send("C-s")
    try tmux.waitFor("The plan changed on disk")
    #expect(try PlanStore.load(path).name == "Veranderd door een ander", "not overwritten yet")
    try tmux.send("o")
    try tmux.waitFor("Saved")
    let saved = try PlanStore.load(path)
    #expect(saved.name == "Energiek Mkb Twente")
    #expect(try PlanStore.load(path + ".bak").name == "Veranderd door een ander", "kept as backup")
    try tmux.send("q")
    #expect(try WorkbenchTerminalTests.finished(tmux, scratch).status == "0")
  }
}

extension OneWriterTerminalTests {
  @Test func aPlanFromANewerEcowerkOpensReadOnlyAndIsNeverSaved() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let text = scratch.read("plan.ecowerk.json").replacingOccurrences(
      of: "\"schemaVersion\": \(PlanFormat.schemaVersion),",
      with: "\"schemaVersion\": \(PlanFormat.schemaVersion + 1),\n  \"futureField\": true,")
    _ = try scratch.write("plan.ecowerk.json", text)
    let tmux = try Tmux(WorkbenchTerminalTests.script("'\(path)'", in: scratch), width: 120)
    let screen = try tmux.waitFor(
      "Read-only: made by a newer ecowerk (schema \(PlanFormat.schemaVersion + 1), this one reads \(PlanFormat.schemaVersion))"
    )
    #expect(screen.contains("[read-only]"))
    try tmux.send("3", "m", "C-s")
    try tmux.waitFor("opened read-only")
    try tmux.send(":")
    try tmux.type("q!")
    try tmux.send("Enter")
    _ = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(scratch.read("plan.ecowerk.json") == text, "the file is untouched")
  }
}
