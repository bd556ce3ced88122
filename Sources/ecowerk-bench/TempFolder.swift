import Glibc

/// A folder of our own under `$TMPDIR` (or /tmp) for saves, the journal and terminal output,
/// removed with everything in it when the benchmark ends.
final class TempFolder {
  let path: String

  struct Failure: Error {
    var reason: String
  }

  init() throws(Failure) {
    let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    var template = Array("\(base ?? "/tmp")/ecowerk-bench-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else {
      throw Failure(reason: "cannot make a temporary folder: \(String(cString: strerror(errno)))")
    }
    path = String(cString: made)
  }

  /// A path inside the folder.
  func file(_ name: String) -> String {
    "\(path)/\(name)"
  }

  deinit {
    // Only files are made in it (saves, their backups and temporaries, journals, output).
    if let folder = opendir(path) {
      while let entry = readdir(folder) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != "." && name != ".." { unlink(file(name)) }
      }
      closedir(folder)
    }
    rmdir(path)
  }
}
