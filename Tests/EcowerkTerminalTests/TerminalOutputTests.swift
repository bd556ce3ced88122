import EcowerkStore
import EcowerkTerminal
import EcowerkUI
import Foundation
import Glibc
import Testing

/// What the terminal backend writes, measured through ncurses itself: a terminal created with
/// `newterm` on a file, so every byte that would reach the screen lands in the file.
@Suite(.serialized) struct TerminalOutputTests {
  final class FileTerminal {
    let path: String
    let output: UnsafeMutablePointer<FILE>
    let input: UnsafeMutablePointer<FILE>
    let terminal: Terminal

    init(width: Int, height: Int, color: Bool = true) throws {
      path = NSTemporaryDirectory() + "ecowerk-term-\(UUID().uuidString)"
      output = try #require(fopen(path, "w"))
      input = try #require(fopen("/dev/null", "r"))
      setenv("LC_ALL", "C.UTF-8", 1)
      terminal = try Terminal(
        options: Terminal.Options(color: color, mouse: false), output: output, input: input,
        terminalType: "xterm-256color")
      terminal.resize(to: Size(width: width, height: height))
    }

    deinit {
      terminal.restore()
      fclose(output)
      fclose(input)
      unlink(path)
    }

    /// Bytes written by `body`.
    func bytes(_ body: () -> Void) -> Int {
      fflush(output)
      let before = ftell(output)
      body()
      fflush(output)
      return ftell(output) - before
    }

    func written() -> String {
      fflush(output)
      return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
  }

  func session(width: Int, height: Int) throws -> AppState {
    var state = AppState(
      plan: try DemoPlan.load(), filePath: "demo.ecowerk.json",
      size: Size(width: width, height: height),
      settings: Settings(today: .init(dayNumber: 20_786)))
    _ = Workbench.update(&state, .resize(state.size))
    return state
  }

  @Test func anUnchangedFrameWritesNothingAndACursorMoveLittle() throws {
    let file = try FileTerminal(width: 120, height: 40)
    var state = try session(width: 120, height: 40)
    let first = file.bytes { file.terminal.draw(Screen.render(state)) }
    #expect(first > 2_000)
    let unchanged = file.bytes { file.terminal.draw(Screen.render(state)) }
    #expect(unchanged == 0)
    _ = Workbench.update(&state, .key(.char("3")))
    file.terminal.draw(Screen.render(state))
    _ = Workbench.update(&state, .key(.char("j")))
    let move = file.bytes { file.terminal.draw(Screen.render(state)) }
    #expect(move > 0 && move <= 200, "a cursor move wrote \(move) bytes")
  }

  @Test func textFromThePlanNeverReachesTheTerminalRaw() throws {
    let file = try FileTerminal(width: 80, height: 24)
    var plan = try DemoPlan.load()
    plan.name = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}1m\u{202E}"
    var state = AppState(
      plan: plan, filePath: "x.json", size: Size(width: 80, height: 24),
      settings: Settings(today: .init(dayNumber: 20_786)))
    _ = Workbench.update(&state, .resize(state.size))
    file.terminal.draw(Screen.render(state))
    let output = file.written()
    #expect(!output.contains("\u{1B}]0;"), "no window title")
    #expect(!output.contains("owned\u{07}"))
    #expect(!output.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E })
    #expect(output.contains("␛]0;owned␇"))
  }

  @Test func monochromeUsesNoColourSequences() throws {
    let file = try FileTerminal(width: 80, height: 24, color: false)
    let state = try session(width: 80, height: 24)
    file.terminal.draw(Screen.render(state))
    let output = file.written()
    #expect(!output.contains("\u{1B}[3") && !output.contains("\u{1B}[38;5"))
    #expect(output.contains("\u{1B}[7m") || output.contains(";7m"))
  }
}
