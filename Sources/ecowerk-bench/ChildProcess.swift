import Glibc

/// This program run again as a child for one size, so that each size's peak memory is its own
/// and not the high-water mark left by a bigger size measured before it.
struct ChildProcess {
  /// What a child printed and how it ended.
  struct Outcome {
    var output: String
    /// The exit status, or 128 + the signal that killed it.
    var status: Int32
    /// The child's peak resident memory as the kernel counted it (`ru_maxrss`), in megabytes.
    var peakMegabytes: Double
  }

  struct Failure: Error {
    var reason: String
  }

  /// Runs this executable with `arguments`, collecting its standard output; standard error
  /// goes straight through so a child's error reaches the user.
  static func run(_ arguments: [String]) throws(Failure) -> Outcome {
    let executable = "/proc/self/exe"
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { throw Failure(reason: "cannot make a pipe") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    posix_spawn_file_actions_addclose(&actions, pipeEnds[1])

    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    close(pipeEnds[1])
    guard spawned == 0 else {
      close(pipeEnds[0])
      throw Failure(reason: "cannot start a child: \(String(cString: strerror(spawned)))")
    }

    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = read(pipeEnds[0], &buffer, buffer.count)
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      output += buffer.prefix(count)
    }
    close(pipeEnds[0])

    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as functions.
    let signal = status & 0x7F
    let exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    return Outcome(
      output: String(decoding: output, as: UTF8.self), status: exitStatus,
      peakMegabytes: Double(usage.ru_maxrss) * 1_024 / 1_000_000)
  }
}
