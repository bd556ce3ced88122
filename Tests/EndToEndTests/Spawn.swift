import Foundation

/// Runs a program with posix_spawn and waits for it, with a time limit: for tools such as
/// Chromium that leave helper processes behind, which must not inherit the pipes of tests
/// running beside them (their readers would never see the end of the file).
enum Spawn {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs `arguments[0]` with the rest as its arguments, standard output into `output` (or
  /// nowhere), standard error into a file whose text is returned with the exit status.
  @discardableResult
  static func run(
    _ arguments: [String], output: String? = nil, environment: [String: String] = [:],
    timeout: TimeInterval = 600
  ) throws -> (status: Int32, error: String) {
    let errorPath = NSTemporaryDirectory() + "spawn-err-" + UUID().uuidString
    defer { unlink(errorPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    if let symbol = dlsym(
      UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
    {
      typealias CloseFrom =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
      _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
    }
    var cArguments = arguments.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    var variables = ProcessInfo.processInfo.environment
    for (key, value) in environment { variables[key] = value }
    var cEnvironment =
      variables.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") }
      + [nil]
    defer { for pointer in cEnvironment { free(pointer) } }
    // A process group of its own, so that a run over its time is ended with every helper
    // process it started.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    var pid: pid_t = 0
    guard
      posix_spawnp(&pid, arguments[0], &actions, &attributes, &cArguments, &cEnvironment) == 0
    else {
      throw Failure(description: "cannot start \(arguments[0])")
    }
    let deadline = Date().addingTimeInterval(timeout)
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { break }
      if result < 0 && errno != EINTR { throw Failure(description: "waitpid failed") }
      if Date() > deadline {
        kill(-pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
        throw Failure(description: "\(arguments[0]) took more than \(Int(timeout)) s")
      }
      usleep(20_000)
    }
    let error = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
    let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (exit, error)
  }

  /// The first of `names` found on the search path.
  static func find(_ names: [String]) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for name in names {
      for folder in path.split(separator: ":") {
        let candidate = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }
}
