import EcowerkStrings
import EcowerkText
import Glibc

/// A line on standard error that says how far a long import has come, redrawn in place
/// (`\r`, then erase to the end of the line) and erased when done. Only on a terminal, and
/// only once the work has taken longer than a moment, so a quick import shows nothing and a
/// redirected one never gets control characters in its log.
final class ProgressLine {
  let strings: Strings
  let enabled: Bool
  let started: Double
  private var shown = false
  private var lastDrawn = 0.0

  /// How long the work runs before the line appears, in seconds.
  static let delay = 0.3

  init(strings: Strings, enabled: Bool = isatty(STDERR_FILENO) == 1) {
    self.strings = strings
    self.enabled = enabled
    started = Self.now()
  }

  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  func update(_ path: String, _ done: Int, _ total: Int) {
    guard enabled else { return }
    let now = Self.now()
    guard now - started >= Self.delay, now - lastDrawn >= 0.1 || done == total else { return }
    lastDrawn = now
    shown = true
    let text = Self.text(strings.format("import.progress", path, done, total))
    write("\r" + text + "\u{1B}[K")
  }

  /// Erases the line, if it was ever drawn.
  func finish() {
    guard shown else { return }
    shown = false
    write("\r\u{1B}[K")
  }

  /// The message made safe for the terminal and cut to 78 columns so it never wraps.
  static func text(_ message: String) -> String {
    String(Sanitizer.line(message).prefix(78))
  }

  private func write(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, bytes.count) }
  }
}
