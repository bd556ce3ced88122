import Foundation

/// A tmux server of our own (a private socket) to run the real binary in a real terminal:
/// send keys, read the screen, resize, and wait for text rather than sleep.
///
/// Every wait is for a stable screen: the text (or condition) must be there in two captures in
/// a row that are the same, so a test never reads a frame the program is still drawing — the
/// machines are small and busy, and a first match can be half a frame.
final class Tmux {
  static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  static var isAvailable: Bool { executable != nil }

  let socket = "ecowerk-test-" + UUID().uuidString.prefix(8)
  let session = "e2e"

  /// Starts `command` (run by sh) in a new session of `width`×`height`. The program sees a
  /// config folder of its own (no user's keymap choice leaks in) and the workshop keys unless
  /// `environment` says otherwise; `unset` removes variables (LC_ALL, for the locale tests).
  init(
    _ command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:],
    unset: [String] = []
  ) throws {
    var env = "env -u NO_COLOR -u ECOWERK_KEYS"
    for name in unset { env += " -u \(name)" }
    var values = [
      "TERM": "xterm-256color", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "ESCDELAY": "25",
      "XDG_CONFIG_HOME": NSTemporaryDirectory() + "ecowerk-no-config",
    ]
    for name in unset { values[name] = nil }
    for (key, value) in environment { values[key] = value }
    for (key, value) in values.sorted(by: { $0.key < $1.key }) {
      env += " \(key)='\(value)'"
    }
    try run([
      "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", String(width), "-y",
      String(height), "\(env) sh -c '\(command.replacingOccurrences(of: "'", with: "'\\''"))'",
    ])
    try run(["set-option", "-t", session, "remain-on-exit", "on"])
  }

  deinit {
    _ = try? run(["kill-server"])
  }

  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    guard let executable = Self.executable else { throw TmuxError.missing }
    // posix_spawn and waitpid, not Foundation's Process: the command that starts the tmux
    // server leaves a daemon behind, and Process on Linux then never sees its child exit.
    let prints = ["capture-pane", "display-message"].contains(arguments.first ?? "")
    let outputPath = NSTemporaryDirectory() + "tmux-out-" + UUID().uuidString
    defer { unlink(outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, prints ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // The tmux server outlives this call; without this it would inherit the write ends of
    // pipes other tests running in parallel have open, and their reads would never see EOF.
    // glibc has closed-from since 2.34, but the Glibc module does not import it.
    if let symbol = dlsym(
      UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
    {
      typealias CloseFrom =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
      _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
    }
    let all = [executable, "-L", socket] + arguments
    var cArguments = all.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    // Signals the test runner ignores or blocks (SIGTSTP, SIGPIPE) go back to their defaults,
    // as in a terminal a user opens: otherwise Ctrl-Z would do nothing in the pane.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, &actions, &attributes, &cArguments, environ) == 0 else {
      throw TmuxError.missing
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    guard prints else { return "" }
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }

  /// Sends keys in tmux's notation: "j", "Enter", "Escape", "C-l", "BTab", "PageDown".
  func send(_ keys: String...) throws {
    for key in keys { try run(["send-keys", "-t", session, key]) }
  }

  func send(keys: [String]) throws {
    for key in keys { try run(["send-keys", "-t", session, key]) }
  }

  /// Pastes `text` the way a terminal does: with the bracketed-paste markers when the program
  /// asked for them (tmux's `paste-buffer -p`), so it arrives as one paste, not as keys.
  func paste(_ text: String) throws {
    try run(["set-buffer", "-b", "ecowerk-paste", text])
    try run(["paste-buffer", "-p", "-d", "-b", "ecowerk-paste", "-t", session])
  }

  /// Types literal text.
  func type(_ text: String) throws {
    try run(["send-keys", "-t", session, "-l", text])
  }

  /// The screen as text; with `escapes`, the SGR sequences too.
  func screen(escapes: Bool = false) throws -> String {
    try run(["capture-pane", "-p", "-t", session] + (escapes ? ["-e"] : []))
  }

  func resize(_ width: Int, _ height: Int) throws {
    try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
  }

  /// Waits until the screen contains `text` and is stable (or `timeout` seconds pass) and
  /// returns the screen.
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 20) throws -> String {
    do {
      return try waitUntil(timeout: timeout) { $0.contains(text) }
    } catch TmuxError.timeout(_, let screen) {
      throw TmuxError.timeout(waitingFor: text, screen: screen)
    }
  }

  /// Waits until `condition` holds for a stable screen: two captures in a row, a moment
  /// apart, that are the same and both satisfy it.
  @discardableResult
  func waitUntil(timeout: Double = 20, _ condition: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var previous: String?
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last), last == previous { return last }
      previous = condition(last) ? last : nil
      Thread.sleep(forTimeInterval: 0.08)
    }
    throw TmuxError.timeout(waitingFor: "condition", screen: last)
  }

  /// Waits until the screen has stopped changing and returns it: for checking that something
  /// did NOT happen after a key, which no text can signal.
  @discardableResult
  func settle(timeout: Double = 20) throws -> String {
    try waitUntil(timeout: timeout) { _ in true }
  }

  /// The process id of the program in the pane.
  func panePID() throws -> Int32 {
    Int32(
      try run(["display-message", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(
        in: .whitespacesAndNewlines)) ?? 0
  }
}

enum TmuxError: Error, CustomStringConvertible {
  case missing
  case timeout(waitingFor: String, screen: String)

  var description: String {
    switch self {
    case .missing: return "tmux is not installed"
    case .timeout(let text, let screen):
      return "timed out waiting for \"\(text)\"; screen:\n\(screen)"
    }
  }
}
