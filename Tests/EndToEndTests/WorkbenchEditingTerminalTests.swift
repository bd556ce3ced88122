import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// Live editing in the real binary in a real terminal: typing, $EDITOR, the quit question and
/// recovery after a kill.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct WorkbenchEditingTerminalTests {
  /// A plan file in `scratch`: a copy of the demo plan.
  static func demoCopy(_ scratch: Scratch) throws -> String {
    let path = scratch.file("plan.ecowerk.json")
    try PlanStore.save(try DemoPlan.load(), to: path, keepBackup: false)
    return path
  }

  @Test func accentedTextTypedIntoACellIsSaved() throws {
    let scratch = try Scratch()
    let path = try Self.demoCopy(scratch)
    let tmux = try Tmux(WorkbenchTerminalTests.script("--lang nl '\(path)'", in: scratch))
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("3", "j", "e", "C-u")
    try tmux.type("Hogeschool Zeeën & Coöperatie")
    try tmux.send("Enter")
    try tmux.waitFor("Hogeschool Zeeën & Coöp")
    try tmux.waitFor("[+]")
    try tmux.send(":")
    try tmux.type("wq")
    try tmux.send("Enter")
    let result = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(result.status == "0" && result.sameModes)
    let plan = try PlanStore.load(path)
    #expect(plan.stakeholders[1].name == "Hogeschool Zeeën & Coöperatie")
    #expect(
      !FileManager.default.fileExists(atPath: path + ".journal"), "a clean save removes the journal"
    )
  }

  @Test func theExternalEditorWritesTheVisionAndTheWorkbenchComesBack() throws {
    let scratch = try Scratch()
    let path = try Self.demoCopy(scratch)
    let editor = try scratch.write(
      "fake-editor.sh",
      "#!/bin/sh\nprintf 'Visie uit de editor: één loket voor élk mkb.\\nTweede regel.\\n' > \"$1\"\n"
    )
    chmod(editor, 0o755)
    let tmux = try Tmux(
      WorkbenchTerminalTests.script("'\(path)'", in: scratch),
      environment: ["EDITOR": editor, "VISUAL": ""])
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("j", "j", "j", "E")
    try tmux.waitFor("Visie uit de editor")
    let screen = try tmux.waitFor("[+]")
    #expect(screen.contains("1 Overview"), "the workbench is back, intact")
    try tmux.send("C-s")
    try tmux.waitFor("Saved")
    try tmux.send("q")
    #expect(try WorkbenchTerminalTests.finished(tmux, scratch).sameModes)
    #expect(
      try PlanStore.load(path).vision
        == "Visie uit de editor: één loket voor élk mkb.\nTweede regel.")
  }

  @Test func quittingWithUnsavedChangesAsksAndDiscardLeavesTheFile() throws {
    let scratch = try Scratch()
    let path = try Self.demoCopy(scratch)
    let before = scratch.read("plan.ecowerk.json")
    let tmux = try Tmux(WorkbenchTerminalTests.script("'\(path)'", in: scratch))
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("3", "m")
    try tmux.waitFor("[+]")
    try tmux.send("q")
    try tmux.waitFor("There are unsaved changes")
    try tmux.send("Escape")
    try tmux.waitFor("Quit cancelled")
    try tmux.send("q")
    try tmux.waitFor("There are unsaved changes")
    try tmux.send("d")
    let result = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(result.status == "0" && result.sameModes)
    #expect(scratch.read("plan.ecowerk.json") == before)
    #expect(!FileManager.default.fileExists(atPath: path + ".journal"))
  }

  @Test func killNineAfterEditsThenRestartRecoversEveryEdit() throws {
    let scratch = try Scratch()
    let path = try Self.demoCopy(scratch)
    let before = scratch.read("plan.ecowerk.json")
    let first = try Tmux(WorkbenchTerminalTests.script("'\(path)'", in: scratch))
    try first.waitFor("Energiek Mkb Twente")
    try first.send("3", "m", "j", "o", "j")
    try first.send("a")
    try first.type("Waterschap Vechtstromen")
    try first.send("Enter")
    try first.waitFor("Waterschap Vechtstromen")
    let child = try childPID(of: try first.panePID())
    #expect(kill(child, SIGKILL) == 0)
    // A killed program cannot restore the terminal, so wait for the shell's status file, not
    // for text on a screen that is left as the program drew it.
    let deadline = Date().addingTimeInterval(10)
    while !FileManager.default.fileExists(atPath: scratch.file("status")) && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.05)
    }
    #expect(scratch.read("status").hasPrefix("137"))
    #expect(scratch.read("plan.ecowerk.json") == before, "nothing was saved")
    #expect(FileManager.default.fileExists(atPath: path + ".journal"))

    let second = try Tmux(WorkbenchTerminalTests.script("'\(path)'", in: scratch))
    let offer = try second.waitFor("Not saved in the last session: 3 changes")
    #expect(offer.contains("r/h        recover the changes"))
    try second.send("r")
    try second.waitFor("Recovered 3 changes")
    try second.send("3")
    try second.waitFor("Waterschap Vechtstromen")
    try second.send(":")
    try second.type("wq")
    try second.send("Enter")
    #expect(try WorkbenchTerminalTests.finished(second, scratch).sameModes)
    let plan = try PlanStore.load(path)
    let demo = try DemoPlan.load()
    #expect(plan.stakeholders[0].inMVE != demo.stakeholders[0].inMVE)
    #expect(plan.stakeholders[1].isOrchestrator != demo.stakeholders[1].isOrchestrator)
    #expect(plan.stakeholders.contains { $0.name == "Waterschap Vechtstromen" })
    #expect(!FileManager.default.fileExists(atPath: path + ".journal"))
  }
}
