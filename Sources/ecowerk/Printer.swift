import EcowerkStore
import Glibc

/// The default printer, through `lpr`: the file on its standard input, what it says on
/// standard error kept for the status bar.
enum Printer {
  /// Why a job was not printed, as data; the snapshot writer words it.
  enum Refusal: Equatable {
    /// `lpr` could not be started (or its error output kept).
    case system(SystemError)
    /// The first line `lpr` wrote to standard error, in its own words.
    case said(String)
    /// `lpr` ended with this status and said nothing.
    case exit(Int32)
  }

  /// Sends the file at `path` to `lpr`; nil when it accepted the job, else its complaint.
  static func send(_ path: String, with lpr: String) -> Refusal? {
    // An unnamed temporary file: gone when closed, whatever happens.
    guard let errorStream = tmpfile() else { return .system(SystemError()) }
    defer { fclose(errorStream) }
    let errorFile = fileno(errorStream)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, errorFile, 2)
    var arguments: [UnsafeMutablePointer<CChar>?] = [strdup(lpr), nil]
    defer { for argument in arguments { free(argument) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, lpr, &actions, nil, &arguments, environ)
    guard spawned == 0 else { return .system(SystemError(code: spawned)) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exited = (status & 0x7f) == 0
    let code = (status >> 8) & 0xff
    if exited && code == 0 { return nil }
    var said = firstLine(of: errorFile)
    if said.hasPrefix("lpr: ") { said.removeFirst(5) }
    return said.isEmpty ? .exit(exited ? code : 128 + (status & 0x7f)) : .said(said)
  }

  /// The first line `lpr` wrote to standard error, at most 120 bytes of it.
  private static func firstLine(of file: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 120)
    let count = pread(file, &buffer, buffer.count, 0)
    guard count > 0 else { return "" }
    let bytes = buffer[..<count].prefix { $0 != 10 }
    return String(decoding: bytes, as: UTF8.self)
  }
}
