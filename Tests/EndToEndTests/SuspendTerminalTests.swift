import Foundation
import Testing

/// Ctrl-Z in a shell with job control: the workbench stops and gives the terminal back; `fg`
/// brings it back with the whole screen drawn again.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct SuspendTerminalTests {
  @Test func ctrlZSuspendsAndFgRedrawsEverything() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let tmux = try Tmux(
      "cd '\(scratch.path)'; exec bash --norc --noprofile -i", width: 100,
      environment: ["PS1": "shell$ "])
    try tmux.waitFor("shell$")
    try tmux.type("stty -g > before; '\(Binary.path)' --keys vim '\(path)'")
    try tmux.send("Enter")
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("3")
    try tmux.waitFor("ROC Tubantia")
    try tmux.send("C-z")
    let stopped = try tmux.waitFor("Stopped")
    #expect(!stopped.contains("ROC Tubantia"), "the shell has the whole screen back")
    try tmux.type("fg")
    try tmux.send("Enter")
    let back = try tmux.waitFor("ROC Tubantia")
    #expect(back.contains("1 Overview"), "the tab bar is drawn again too")
    #expect(back.contains("Stakeholder") || back.contains("Kind"))
    try tmux.send("q")
    try tmux.waitFor("shell$")
    try tmux.type("stty -g > after")
    try tmux.send("Enter")
    try tmux.waitUntil { _ in !scratch.read("after").isEmpty }
    #expect(scratch.read("before") == scratch.read("after"), "the terminal modes are as before")
  }
}
