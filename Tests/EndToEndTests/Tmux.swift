import Foundation

/// A tmux server of our own (a private socket) to run the real binary in a real terminal:
/// send keys, read the screen, resize, and wait for text rather than sleep.
final class Tmux {
  static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  static var isAvailable: Bool { executable != nil }

  let socket = "ecowerk-test-" + UUID().uuidString.prefix(8)
  let session = "e2e"

  /// Starts `command` (run by sh) in a new session of `width`×`height`.
  init(_ command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:])
    throws
  {
    var env = "env -u NO_COLOR TERM=xterm-256color LC_ALL=C.UTF-8 LANG=C.UTF-8 ESCDELAY=25"
    for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
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

  /// Waits until the screen contains `text` (or `timeout` seconds pass) and returns the screen.
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 10) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if last.contains(text) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw TmuxError.timeout(waitingFor: text, screen: last)
  }

  /// Waits until `condition` holds for the screen.
  @discardableResult
  func waitUntil(timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw TmuxError.timeout(waitingFor: "condition", screen: last)
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
