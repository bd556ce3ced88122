import EcowerkModel
import Glibc

/// Loading and saving plan files.
///
/// Saving is atomic and durable: the plan is written to a temporary file in the same folder,
/// flushed to disk, renamed over the plan, and then the folder is flushed too, so that after a
/// crash or power cut the plan is either the old version or the new one, never a mix.
public enum PlanStore {
  /// Loads and validates the plan at `path`. Changes nothing on disk.
  public static func load(_ path: String, limits: PlanLimits = .standard) throws(StoreError)
    -> Plan
  {
    try loadFile(path, limits: limits).plan
  }

  /// The plan and the bytes it was read from (to fingerprint the file without encoding the
  /// plan again).
  public static func loadFile(_ path: String, limits: PlanLimits = .standard) throws(StoreError)
    -> (plan: Plan, bytes: [UInt8])
  {
    let bytes = try read(path, limit: PlanFormat.maxFileBytes, tooLarge: PlanFormat.tooLarge)
    return (try PlanFile.decode(bytes, file: path, limits: limits), bytes)
  }

  /// Reads any file up to `limit` bytes (a spreadsheet to import), with a readable error.
  public static func readFile(_ path: String, limit: Int) throws(StoreError) -> [UInt8] {
    try read(path, limit: limit) { size in
      "the file is \(PlanFormat.bytes(size)); at most \(PlanFormat.bytes(limit)) is read"
    }
  }

  /// The file's bytes, or a store error saying why not; `tooLarge` words the refusal of a
  /// file of that many bytes.
  private static func read(
    _ path: String, limit: Int, tooLarge: (Int) -> String
  ) throws(StoreError) -> [UInt8] {
    do {
      return try FileIO.read(path, limit: limit)
    } catch {
      throw unreadable(error, path, tooLarge: tooLarge)
    }
  }

  /// The store error for a file that could not be read.
  static func unreadable(
    _ error: FileIOError, _ path: String, tooLarge: (Int) -> String = PlanFormat.tooLarge
  ) -> StoreError {
    if let problem = error.problem { return StoreError(.unreadable, file: path, problem: problem) }
    if error.code == EFBIG {
      return StoreError(.tooLarge, file: path, message: tooLarge(error.size))
    }
    return StoreError(.unreadable, file: path, message: "cannot be read: \(error.reason)")
  }

  /// Flushes a folder so that a rename in it survives a power cut.
  static func syncFolder(_ folder: String) -> Bool {
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return fsync(fd) == 0
  }

  /// Writes `bytes` to a new file at `path`, which must not exist (and is never a link
  /// followed), and flushes it.
  static func copy(_ bytes: [UInt8], to path: String, mode: mode_t) -> Bool {
    let fd: Int32
    do {
      fd = try FileIO.openOwn(path, O_WRONLY | O_CREAT | O_EXCL, mode: mode, role: .backup)
    } catch {
      errno = error.code
      return false
    }
    defer { close(fd) }
    do {
      try FileIO.writeAll(fd, bytes)
    } catch {
      errno = error.code
      return false
    }
    return fsync(fd) == 0
  }
}

/// Which file a path names, however it is spelled: `dir/./plan.json`, a symbolic link to it
/// and a hard link all have the same identity.
public struct FileIdentity: Hashable, Sendable {
  public var device: UInt64
  public var inode: UInt64
}

extension PlanStore {
  /// The identity of the file `path` names (following links), or nil when there is none.
  public static func identity(of path: String) -> FileIdentity? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }

  /// Whether the file at `path` exists and may not be written (no write permission for this
  /// user, or none for anyone — root may write anything, but a file marked read-only is not
  /// replaced without a word).
  public static func isReadOnlyFile(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0, FileIO.type(of: info) == .regular else { return false }
    return access(path, W_OK) != 0 || info.st_mode & 0o222 == 0
  }

  /// Whether two paths name the same existing file.
  public static func isSameFile(_ first: String, _ second: String) -> Bool {
    guard let a = identity(of: first), let b = identity(of: second) else { return false }
    return a == b
  }
}
