import EcowerkTerminal
import Foundation
import Glibc
import Testing

/// The terminal takes its settings (flow control off, Ctrl-C and Ctrl-Z as keys) from the input
/// it is given, not from the process's standard input, and gives them back when it ends.
@Suite(.serialized) struct TerminalInputTests {
  /// A pseudo-terminal: the workbench's side opened as a FILE, as a terminal would be.
  final class PseudoTerminal {
    let master: Int32
    let input: UnsafeMutablePointer<FILE>
    let output: UnsafeMutablePointer<FILE>

    init() throws {
      // posix_openpt and ptsname are hidden from Swift's Glibc module; their Linux
      // equivalents: open the multiplexer, unlock the new terminal, ask for its number.
      master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
      try #require(master >= 0)
      var unlock: Int32 = 0
      var number: UInt32 = 0
      try #require(ioctl(master, Self.unlockRequest, &unlock) == 0)
      try #require(ioctl(master, Self.numberRequest, &number) == 0)
      let name = "/dev/pts/\(number)"
      input = try #require(fopen(name, "r"))
      output = try #require(fopen(name, "w"))
    }

    /// TIOCSPTLCK and TIOCGPTN, function-like macros Swift does not import.
    static let unlockRequest: UInt = 0x4004_5431
    static let numberRequest: UInt = 0x8004_5430

    deinit {
      fclose(input)
      fclose(output)
      close(master)
    }

    var modes: termios {
      var modes = termios()
      tcgetattr(fileno(input), &modes)
      return modes
    }

    /// Flow control on and Ctrl-C, Ctrl-Z as the signals they usually are.
    func setUsualModes() {
      var modes = self.modes
      modes.c_iflag |= tcflag_t(IXON)
      withUnsafeMutableBytes(of: &modes.c_cc) { bytes in
        bytes[Int(VINTR)] = 3
        bytes[Int(VSUSP)] = 26
      }
      tcsetattr(fileno(input), TCSANOW, &modes)
    }
  }

  static func controlCharacter(_ modes: termios, _ which: Int32) -> UInt8 {
    var copy = modes
    return withUnsafeBytes(of: &copy.c_cc) { $0[Int(which)] }
  }

  @Test func settingsGoToTheGivenInputAndComeBack() throws {
    setenv("LC_ALL", "C.UTF-8", 1)
    let pty = try PseudoTerminal()
    pty.setUsualModes()
    let standardInputBefore = Self.standardInputModes()
    let terminal = try Terminal(
      options: Terminal.Options(mouse: false, interruptIsKey: true, suspendIsKey: true),
      output: pty.output, input: pty.input, terminalType: "xterm-256color",
      environment: ["TERM": "xterm-256color"])
    let during = pty.modes
    #expect(during.c_iflag & tcflag_t(IXON) == 0, "Ctrl-S reaches the workbench (save)")
    #expect(Self.controlCharacter(during, VINTR) == 0, "Ctrl-C is a key, not a signal")
    #expect(Self.controlCharacter(during, VSUSP) == 0, "Ctrl-Z is a key, not a suspend")
    #expect(Self.standardInputModes() == standardInputBefore, "standard input is left alone")
    terminal.restore()
    let after = pty.modes
    #expect(after.c_iflag & tcflag_t(IXON) != 0)
    #expect(Self.controlCharacter(after, VINTR) == 3)
    #expect(Self.controlCharacter(after, VSUSP) == 26)
  }

  /// The process's own standard input modes as bytes, or nil when it is not a terminal.
  static func standardInputModes() -> [UInt8]? {
    var modes = termios()
    guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return nil }
    return withUnsafeBytes(of: &modes) { Array($0) }
  }
}
