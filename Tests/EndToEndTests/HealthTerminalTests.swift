import Foundation
import Testing

/// The health overlay through ncurses in a real terminal: `!` lists the findings, Enter goes
/// to one. Skipped, with the reason shown, when tmux is not installed.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct HealthTerminalTests {
  @Test func bangListsTheFindingsAndEnterGoesToTheOneChosen() throws {
    let scratch = try Scratch()
    let tmux = try Tmux(WorkbenchTerminalTests.script("--demo", in: scratch))
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.waitFor("3 Stakeh.!3")
    try tmux.send("!")
    let list = try tmux.waitFor("Checked against the method")
    #expect(list.contains("Netcongestie en energiehubs"))
    // The third finding (after a conversation's membership and an open chain link): the
    // partner without added value, in the stakeholder matrix.
    try tmux.send("j", "j", "Enter")
    let screen = try tmux.waitFor("MVE 8 of 13")
    #expect(screen.contains("Coöperatieve Bank Twente"))
    #expect(!screen.contains("Checked against the method"))
    try tmux.send("q")
    let result = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(result.status == "0")
    #expect(result.sameModes, "the terminal modes were not restored")
  }
}
