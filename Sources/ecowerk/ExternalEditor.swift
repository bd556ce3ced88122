import EcowerkStore
import EcowerkTerminal
import Glibc

/// Long texts in the user's own editor: `$VISUAL`, then `$EDITOR`, then Debian's
/// `sensible-editor` / `editor`, then `nano`, and `vi` only when there is nothing else (a trap
/// for anyone who has never used it), on a temporary file. The workbench leaves curses mode
/// while it runs and repaints everything after.
enum ExternalEditor {
  /// The edited text, or nil when the editor failed or the file could not be read.
  static func edit(_ text: String, environment: [String: String], terminal: Terminal) -> String? {
    let folder = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(folder)/ecowerk-edit-XXXXXX.txt".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemps(base, 4)
    }
    guard fd >= 0 else { return nil }
    let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    defer { unlink(path) }
    let bytes = Array((text + "\n").utf8)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    guard written == bytes.count else { return nil }

    guard let editor = command(environment) else { return nil }
    let status = terminal.suspend { run(editor, path) }
    guard status == 0 else { return nil }
    // However large the editor made it: the plan's rules judge the text, and a refusal
    // keeps it.
    guard let result = try? PlanStore.readFile(path, limit: PlanFormat.maxFileBytes) else {
      return nil
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// Runs `editor FILE` through the shell, so that editors given with options work
  /// (`EDITOR="code --wait"`), and waits for it. The shell `exec`s the editor: a shell left
  /// waiting would end at Ctrl-C and hand the terminal back while the editor still runs.
  ///
  /// While it runs the workbench ignores Ctrl-C and Ctrl-\ (SIGINT, SIGQUIT), as `system(3)`
  /// does: they are meant for the editor, which shares the terminal, and must not quit the
  /// workbench and drop the text being written. The editor gets their default actions back.
  private static func run(_ editor: String, _ path: String) -> Int32 {
    let arguments = ["/bin/sh", "-c", "exec " + editor + " \"$1\"", "sh", path]
    var cArguments = arguments.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }

    var ignore = sigaction()
    ignore.__sigaction_handler.sa_handler = SIG_IGN
    sigemptyset(&ignore.sa_mask)
    var savedInterrupt = sigaction()
    var savedQuit = sigaction()
    sigaction(SIGINT, &ignore, &savedInterrupt)
    sigaction(SIGQUIT, &ignore, &savedQuit)
    defer {
      sigaction(SIGINT, &savedInterrupt, nil)
      sigaction(SIGQUIT, &savedQuit, nil)
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGQUIT)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, &cArguments, environ)
    guard spawned == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      if errno != EINTR { return -1 }
    }
    return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
  }

  /// The editor to run: `$VISUAL` or `$EDITOR` as set (a command line, run by the shell),
  /// else the first of the fallbacks found on `PATH`; nil when there is none.
  static func command(_ environment: [String: String]) -> String? {
    for name in ["VISUAL", "EDITOR"] {
      if let value = environment[name], value.contains(where: { !$0.isWhitespace }) {
        return value
      }
    }
    let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
    for program in ["sensible-editor", "editor", "nano", "vi"] {
      for folder in folders where folder.hasPrefix("/") {
        let path = "\(folder)/\(program)"
        if access(path, X_OK) == 0 {
          return "'"
            + path.split(separator: "'", omittingEmptySubsequences: false)
            .joined(separator: "'\\''") + "'"
        }
      }
    }
    return nil
  }
}
