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
        terminalType: "xterm-256color", environment: ["TERM": "xterm-256color"])
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
    #expect(colourParameters(in: output).isEmpty, "colour SGR parameters in a monochrome screen")
    #expect(output.contains("\u{1B}[7m") || output.contains(";7m"))
  }

  @Test func theColourScreenUsesColour() throws {
    let file = try FileTerminal(width: 80, height: 24, color: true)
    let state = try session(width: 80, height: 24)
    file.terminal.draw(Screen.render(state))
    #expect(file.terminal.usesColor)
    #expect(!colourParameters(in: file.written()).isEmpty)
  }

  /// The SGR parameters that set a foreground or background colour (30–37, 38, 40–47, 48,
  /// 90–97, 100–107) in `output`.
  func colourParameters(in output: String) -> [Int] {
    var found: [Int] = []
    let scalars = Array(output.unicodeScalars)
    var index = 0
    while index + 1 < scalars.count {
      guard scalars[index] == "\u{1B}", scalars[index + 1] == "[" else {
        index += 1
        continue
      }
      var end = index + 2
      while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
      if end < scalars.count, scalars[end] == "m" {
        let parameters = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
        for parameter in parameters.split(separator: ";").compactMap({ Int($0) })
        where (30...48).contains(parameter) && parameter != 39 || (90...107).contains(parameter) {
          found.append(parameter)
        }
      }
      index = end + 1
    }
    return found
  }
}
