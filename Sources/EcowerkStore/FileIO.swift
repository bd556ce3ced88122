import Glibc

/// Thin wrappers over the POSIX calls the store needs, turning `errno` into readable text.
enum FileIO {
  /// The reason for the last failed call, e.g. "No space left on device".
  static func reason(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
  }

  /// Reads a whole regular file, refusing anything larger than `limit` bytes before reading.
  static func read(_ path: String, limit: Int) throws(FileIOError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw FileIOError(code: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw FileIOError(code: errno) }
    guard (info.st_mode & S_IFMT) == S_IFREG else { throw FileIOError(code: EISDIR) }
    let size = Int(info.st_size)
    guard size <= limit else { throw FileIOError(code: EFBIG, size: size) }
    var bytes = [UInt8](repeating: 0, count: size)
    var done = 0
    while done < size {
      let count = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(fd, buffer.baseAddress.map { $0 + done }, size - done)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileIOError(code: errno)
      }
      if count == 0 { break }
      done += count
    }
    // The file may have grown since fstat; what was read is what is used.
    if done < size { bytes.removeLast(size - done) }
    return bytes
  }

  /// Writes all of `bytes` to `fd`, retrying short writes and interrupted calls.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(FileIOError) {
    var done = 0
    while done < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        Glibc.write(fd, buffer.baseAddress.map { $0 + done }, bytes.count - done)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileIOError(code: errno)
      }
      done += count
    }
  }

  static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// The folder part of a path ("." for a bare file name).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
  }

  static func fileName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// The path with symbolic links resolved, so that saving a symlinked plan writes its target
  /// instead of replacing the link with a file. The path itself when it does not exist yet.
  static func resolved(_ path: String) -> String {
    guard let real = realpath(path, nil) else { return path }
    defer { free(real) }
    return String(cString: real)
  }
}

/// A failed system call: its errno, and for oversized files the size found.
struct FileIOError: Error {
  var code: Int32
  var size: Int = 0

  var reason: String { FileIO.reason(code) }
}
