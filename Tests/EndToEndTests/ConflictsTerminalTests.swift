import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// A merge's conflicts resolved in the real workbench through ncurses, in both keymaps: the
/// plan opens with the conflicts waiting, `:conflicts` (the palette's "merge conflicts") shows
/// them, `t` takes theirs, `:changes` (the palette's "changes") lists what that changed, and a
/// save writes the plan and removes the conflicts file.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct ConflictsTerminalTests {
  @Test(arguments: ["vim", "workshop"])
  func conflictsWaitTakeTheirsAndASaveClearsThem(_ keys: String) throws {
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

    let tmux = try Tmux(
      WorkbenchTerminalTests.script("plan.ecowerk.json", in: scratch, keys: keys))
    let palette = keys == "vim" ? "C-p" : "C-k"
    let opening = try tmux.waitFor("1 merge conflict waits")
    #expect(
      opening.contains(
        keys == "vim" ? "waits — see :conflicts" : "waits — see Ctrl-K “merge conflicts”"))
    if keys == "vim" {
      try tmux.send(":")
      try tmux.type("conflicts")
    } else {
      try tmux.send(palette)
      try tmux.type("merge conflicts")
    }
    try tmux.send("Enter")
    let list = try tmux.waitFor("Merge conflicts: 1 of 1 open")
    #expect(list.contains("influence — ours 5, theirs 1 (was 4)"))
    #expect(list.contains("o keep ours"))
    try tmux.send("t")
    try tmux.waitFor("Every conflict is decided")
    try tmux.send("Escape")
    if keys == "vim" {
      try tmux.send(":")
      try tmux.type("changes")
    } else {
      try tmux.send(palette)
      try tmux.type("changed since")
    }
    try tmux.send("Enter")
    let changes = try tmux.waitFor("Changes since the last save: 1 change")
    #expect(changes.contains("influence 5 → 1"))
    try tmux.send("Escape", "C-s")
    try tmux.waitFor("Saved")
    try tmux.send(keys == "vim" ? "q" : "C-q")
    let result = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(result.status == "0")
    #expect(result.sameModes)
    #expect(try PlanStore.load(plan).stakeholders[0].influence == 1)
    #expect(!FileManager.default.fileExists(atPath: conflicts), "every conflict decided")
  }
}
