import EcowerkTerminal
import EcowerkUI
import Glibc

/// The real terminal backend, drawing into a file instead of a terminal, so that every byte
/// ncurses would send to the screen can be counted: the growth of the file over one draw is
/// that draw's cost on an SSH link or a projector's slow terminal.
final class TerminalProbe {
  let terminal: Terminal
  private let output: UnsafeMutablePointer<FILE>
  private let input: UnsafeMutablePointer<FILE>

  /// Why a probe could not start: the file or ncurses.
  struct Failure: Error {
    var reason: String
  }

  /// A 256-colour xterm of `size`, writing to the file at `path`.
  init(path: String, size: Size) throws(Failure) {
    guard let output = fopen(path, "w") else {
      throw Failure(reason: "cannot write \(path): \(String(cString: strerror(errno)))")
    }
    guard let input = fopen("/dev/null", "r") else {
      fclose(output)
      throw Failure(reason: "cannot read /dev/null")
    }
    do {
      terminal = try Terminal(
        options: Terminal.Options(color: true, mouse: false), output: output, input: input,
        terminalType: "xterm-256color", environment: ["TERM": "xterm-256color"])
    } catch {
      fclose(output)
      fclose(input)
      throw Failure(reason: "ncurses could not start an xterm-256color terminal")
    }
    self.output = output
    self.input = input
    terminal.resize(to: size)
  }

  deinit {
    terminal.restore()
    fclose(output)
    fclose(input)
  }

  /// The bytes written while drawing `grid`.
  func bytes(drawing grid: CellGrid) -> Int {
    fflush(output)
    let before = ftell(output)
    terminal.draw(grid)
    fflush(output)
    return ftell(output) - before
  }
}
