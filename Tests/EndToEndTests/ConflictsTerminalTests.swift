import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// A merge's conflicts resolved in the real workbench through ncurses: the plan opens with
/// the conflicts waiting, `:conflicts` shows them, `t` takes theirs, `:changes` lists what that
/// changed, and `:w` saves the plan and removes the conflicts file.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct ConflictsTerminalTests {
  @Test func conflictsWaitTakeTheirsAndASaveClearsThem() throws {
    let scratch = try Scratch()
    let base = try DemoPlan.load()
    var ours = base
    ours.stakeholders[0].influence = 5
    var theirs = base
    theirs.stakeholders[0].influence = 1
    for (plan, name) in [(base, "base"), (ours, "ours"), (theirs, "theirs")] {
      try PlanStore.save(plan, to: scratch.file("\(name).ecowerk.json"), keepBackup: false)
    }
    let plan = scratch.file("plan.ecowerk.json")
    let merge = try Binary.run([
      "merge", scratch.file("base.ecowerk.json"), scratch.file("ours.ecowerk.json"),
      scratch.file("theirs.ecowerk.json"), "-o", plan,
    ])
    #expect(merge.status == 1)
    let conflicts = ConflictFile.path(for: plan)
    #expect(FileManager.default.fileExists(atPath: conflicts))

    let tmux = try Tmux(WorkbenchTerminalTests.script("plan.ecowerk.json", in: scratch))
    try tmux.waitFor("1 merge conflict(s) waiting")
    try tmux.send(":")
    try tmux.type("conflicts")
    try tmux.send("Enter")
    let list = try tmux.waitFor("Merge conflicts: 1 of 1 open")
    #expect(list.contains("influence — ours 5, theirs 1 (was 4)"))
    try tmux.send("t")
    try tmux.waitFor("Every conflict is decided")
    try tmux.send("Escape", ":")
    try tmux.type("changes")
    try tmux.send("Enter")
    let changes = try tmux.waitFor("Changes since the last save: 1 change")
    #expect(changes.contains("influence 5 → 1"))
    try tmux.send("Escape", ":")
    try tmux.type("wq")
    try tmux.send("Enter")
    let result = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(result.status == "0")
    #expect(result.sameModes)
    #expect(try PlanStore.load(plan).stakeholders[0].influence == 1)
    #expect(!FileManager.default.fileExists(atPath: conflicts), "every conflict decided")
  }
}
