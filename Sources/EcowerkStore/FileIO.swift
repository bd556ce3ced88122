import Glibc

/// Thin wrappers over the POSIX calls the store needs, turning `errno` into readable text, and
/// the rules for files that may have been planted beside a plan: never follow a link ecowerk
/// did not make, never write a file that is not a regular file with one name.
enum FileIO {
  /// The reason for the last failed call, e.g. "No space left on device".
  static func reason(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
  }

  /// What `info` describes.
  static func type(of info: stat) -> FileType {
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .regular
    case S_IFDIR: return .directory
    case S_IFIFO: return .fifo
    case S_IFCHR: return .characterDevice
    case S_IFBLK: return .blockDevice
    case S_IFSOCK: return .socket
    case S_IFLNK: return .symbolicLink
    default: return .other
    }
  }

  /// What `path` names (following links, or not), or nil when there is nothing there.
  static func type(at path: String, followingLinks: Bool = true) -> FileType? {
    var info = stat()
    let found = followingLinks ? stat(path, &info) : lstat(path, &info)
    return found == 0 ? type(of: info) : nil
  }

  /// Reads a whole regular file, refusing anything larger than `limit` bytes before reading.
  ///
  /// A FIFO, a device, a directory or a socket is refused before it is opened for reading
  /// (and opened without blocking, in case it became one in between), so that a plan path
  /// naming a FIFO cannot hang ecowerk and `/dev/zero` is not read for ever.
  static func read(_ path: String, limit: Int) throws(FileIOError) -> [UInt8] {
    var before = stat()
    guard stat(path, &before) == 0 else { throw FileIOError(code: errno) }
    guard type(of: before) == .regular else {
      throw FileIOError(code: EINVAL, problem: .notAFile(type(of: before)))
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard fd >= 0 else { throw FileIOError(code: errno) }
    defer { close(fd) }
    return try readAll(fd, limit: limit)
  }

  /// Reads a file ecowerk keeps beside a plan (a journal): never through a link, only a
  /// regular file with one name. A file larger than `limit` is read up to it; `cut` says so.
  static func readOwn(_ path: String, limit: Int, role: Neighbour) throws(FileIOError) -> (
    bytes: [UInt8], cut: Bool
  ) {
    let fd = try openOwn(path, O_RDONLY, role: role)
    defer { close(fd) }
    do {
      return (try readAll(fd, limit: limit), false)
    } catch  where error.code == EFBIG {
      return (try readAll(fd, limit: limit, cutAt: limit), true)
    }
  }

  /// Opens a file ecowerk keeps beside a plan: a symbolic link is never followed (`O_NOFOLLOW`,
  /// also for a dangling one, which would otherwise create a file wherever it points), and the
  /// file opened must be a regular file with one name. `flags` may add `O_CREAT` (and
  /// `O_EXCL`); the error carries the problem found.
  static func openOwn(
    _ path: String, _ flags: Int32, mode: mode_t = 0o600, role: Neighbour
  ) throws(FileIOError) -> Int32 {
    let fd = open(path, flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, mode)
    guard fd >= 0 else {
      let code = errno
      if code == ELOOP || code == EMLINK {
        throw FileIOError(code: code, problem: .neighbourIsLink(role))
      }
      // A folder (EISDIR) or something else that cannot be opened so: say what it is.
      var info = stat()
      if lstat(path, &info) == 0, let problem = ownFileProblem(info, role: role) {
        throw FileIOError(code: code, problem: problem)
      }
      throw FileIOError(code: code)
    }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      let code = errno
      close(fd)
      throw FileIOError(code: code)
    }
    if let problem = ownFileProblem(info, role: role) {
      close(fd)
      throw FileIOError(code: EPERM, problem: problem)
    }
    // Writes to a regular file do not block; clear the flag so that nothing surprising
    // happens with it later.
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    return fd
  }

  /// What is wrong with a file found where ecowerk keeps one of its own, or nil.
  ///
  /// Backups may have other names: ecowerk makes them as hard links of the plan, and only ever
  /// renames or removes them, never writes into one. The lock and the journal are written
  /// into, so another name would be another file changed.
  static func ownFileProblem(_ info: stat, role: Neighbour) -> StoreProblem? {
    let found = type(of: info)
    if found == .symbolicLink { return .neighbourIsLink(role) }
    guard found == .regular else { return .neighbourNotRegular(role, found) }
    if info.st_nlink > 1 && role != .backup {
      return .neighbourHasLinks(role, count: Int(info.st_nlink))
    }
    return nil
  }

  /// Reads the whole file open at `fd`, or its first `cutAt` bytes.
  private static func readAll(_ fd: Int32, limit: Int, cutAt: Int? = nil) throws(FileIOError)
    -> [UInt8]
  {
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw FileIOError(code: errno) }
    guard type(of: info) == .regular else {
      throw FileIOError(code: EINVAL, problem: .notAFile(type(of: info)))
    }
    var size = Int(info.st_size)
    if let cutAt { size = min(size, cutAt) }
    guard size <= limit else { throw FileIOError(code: EFBIG, size: size) }
    guard lseek(fd, 0, SEEK_SET) == 0 else { throw FileIOError(code: errno) }
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

  /// Writes all of `bytes` to `fd`, retrying short writes and interrupted calls. On failure
  /// `written` says how many bytes did reach the file.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(FileIOError) {
    var done = 0
    while done < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        Glibc.write(fd, buffer.baseAddress.map { $0 + done }, bytes.count - done)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileIOError(code: errno, written: done)
      }
      done += count
    }
  }

  static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
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

/// A failed system call: its errno, for oversized files the size found, for a partial write
/// how much was written, and what was wrong with the file when that is why.
struct FileIOError: Error {
  var code: Int32
  var size: Int = 0
  var written: Int = 0
  var problem: StoreProblem?

  var reason: String { problem?.fallback ?? FileIO.reason(code) }
}
