import Foundation
import Testing

/// Every way out by signal, in a real terminal: the terminal modes come back exactly, the
/// main screen returns, and the edits made so far are in the recovery journal.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct SignalTerminalTests {
  static let signals: [(String, Int32)] = [
    ("QUIT", SIGQUIT), ("INT", SIGINT), ("TERM", SIGTERM), ("HUP", SIGHUP),
    ("ILL (a Swift trap)", SIGILL),
    ("TRAP", SIGTRAP), ("SEGV", SIGSEGV), ("ABRT", SIGABRT),
  ]

  @Test("the terminal is restored and the journal kept", arguments: signals)
  func signalRestoresTheTerminal(name: String, signal: Int32) throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let tmux = try Tmux(WorkbenchTerminalTests.script("'\(path)'", in: scratch))
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("3", "m")
    try tmux.waitFor("[+]")
    let child = try childPID(of: tmux.panePID())
    #expect(kill(child, signal) == 0)
    let result = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(result.sameModes, "\(name): stty -g differs")
    #expect(result.status == String(128 + signal), "\(name): exit status \(result.status)")
    let screen = try tmux.screen()
    #expect(!screen.contains("Energiek Mkb Twente"), "\(name): the main screen is back")
    #expect(FileManager.default.fileExists(atPath: path + ".journal"), "\(name): edits kept")
  }
}
