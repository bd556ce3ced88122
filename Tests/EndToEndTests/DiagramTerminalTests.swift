import Foundation
import Testing

/// The Theory of Change diagram in the real binary, on a projector's 100×30: shown by its key,
/// walked by the arrow keys, left by Enter onto the chosen element's detail.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct DiagramTerminalTests {
  @Test func theDiagramIsWalkedByArrowKeysAndEnterOpensTheDetail() throws {
    let scratch = try Scratch()
    let tmux = try Tmux(
      WorkbenchTerminalTests.script("--demo", in: scratch), width: 100, height: 30)
    try tmux.waitFor("Demo: you are working on a copy")
    try tmux.send("4", "v")
    let diagram = try tmux.waitFor("also contributes to")
    // Every level's column, the boxes of both impact goals, the links' dotted lanes.
    for text in ["Activity", "Output", "Outcome", "Impact", "Minder CO2", "Genoeg vakmensen"] {
      #expect(diagram.contains(text), "\(text)")
    }
    #expect(diagram.contains("┆") && diagram.contains("▸"))
    #expect(diagram.contains("! Bedrijven delen"), "the broken assumption is marked")
    // From the first impact goal: left to the outcome nearest in row (the broken one), then
    // Enter to its detail in the tree.
    try tmux.send("Left", "Enter")
    let detail = try tmux.waitUntil { !$0.contains("also contributes to") }
    #expect(detail.contains("Netbeheerder geeft in 2026"), "the outcome's assumption")
    // Back into the diagram, down the column to the second goal's outcomes, and out again.
    try tmux.send("v")
    try tmux.waitFor("also contributes to")
    try tmux.send("Down", "Enter")
    let next = try tmux.waitUntil { !$0.contains("also contributes to") }
    #expect(next.contains("Winkels en horeca verduurzamen"))
    try tmux.send("q")
    let result = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(result.status == "0")
    #expect(result.sameModes)
  }

  @Test func theWorkshopKeysToggleTheDiagramWithCtrlW() throws {
    let scratch = try Scratch()
    let tmux = try Tmux(
      WorkbenchTerminalTests.script("--demo", in: scratch, keys: "workshop"), width: 100,
      height: 30)
    try tmux.waitFor("Demo: you are working on a copy")
    try tmux.send("C-g")
    try tmux.send("4")
    try tmux.waitFor("Theory of Change  24 elements")
    try tmux.send("C-w")
    try tmux.waitFor("also contributes to")
    try tmux.send("C-w")
    try tmux.waitUntil { !$0.contains("also contributes to") }
    try tmux.send("C-q")
  }
}
