import Glibc

/// What `-o` names, asked of the disk before anything is written.
enum OutputTarget {
  /// Whether `path` exists and is not an ordinary file: a FIFO, a device (`/dev/null`,
  /// `/dev/stdout`), a folder or a socket. Links are followed, as writing would follow them.
  static func isSpecial(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    return (info.st_mode & S_IFMT) != S_IFREG
  }
}
