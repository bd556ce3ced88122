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
    let bytes: [UInt8]
    do {
      bytes = try FileIO.read(path, limit: PlanFormat.maxFileBytes)
    } catch {
      if error.code == EFBIG {
        throw StoreError(
          .tooLarge, file: path,
          message: "the file is \(error.size / 1_048_576) MB; ecowerk reads plans up to "
            + "\(PlanFormat.maxFileBytes / 1_048_576) MB")
      }
      throw StoreError(.unreadable, file: path, message: "cannot be read: \(error.reason)")
    }
    return (try PlanFile.decode(bytes, file: path, limits: limits), bytes)
  }

  /// Reads any file up to `limit` bytes (a spreadsheet to import), with a readable error.
  public static func readFile(_ path: String, limit: Int) throws(StoreError) -> [UInt8] {
    do {
      return try FileIO.read(path, limit: limit)
    } catch {
      if error.code == EFBIG {
        throw StoreError(
          .tooLarge, file: path,
          message:
            "the file is \(error.size / 1_048_576) MB; at most \(limit / 1_048_576) MB is read")
      }
      throw StoreError(.unreadable, file: path, message: "cannot be read: \(error.reason)")
    }
  }

  /// Steps of a save that tests can interrupt, to prove that a failure at any point leaves the
  /// old plan intact.
  public enum SaveStep: Sendable {
    case temporaryWritten
    case renamed
  }

  /// Saves `plan` to `path` atomically and durably. The previous version is kept next to it as
  /// `NAME.bak`. On failure the file at `path` is unchanged and no temporary file is left.
  public static func save(
    _ plan: Plan, to path: String, keepBackup: Bool = true,
    interrupt: ((SaveStep) throws -> Void)? = nil
  ) throws(StoreError) {
    try write(PlanFile.encode(plan), to: path, keepBackup: keepBackup, interrupt: interrupt)
  }

  /// Writes `bytes` to `path` with the same guarantees as `save`.
  public static func write(
    _ bytes: [UInt8], to path: String, keepBackup: Bool = true,
    interrupt: ((SaveStep) throws -> Void)? = nil
  ) throws(StoreError) {
    let target = FileIO.resolved(path)
    let folder = FileIO.directory(of: target)
    let name = FileIO.fileName(of: target)
    func notSaved(_ why: String) -> StoreError {
      StoreError(.notSaved, file: path, message: "the plan was NOT saved: \(why)")
    }

    var mode: mode_t = 0o644
    var original = stat()
    let existed = stat(target, &original) == 0
    if existed { mode = original.st_mode & 0o7777 }

    // Exclusive create: never reuse or follow a file someone else put there.
    var temporary = ""
    var fd: Int32 = -1
    for attempt in 0..<100 {
      temporary = "\(folder)/.\(name).tmp-\(getpid())-\(attempt)"
      fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
      if fd >= 0 || errno != EEXIST { break }
    }
    guard fd >= 0 else { throw notSaved("cannot create a file in \(folder): \(FileIO.reason())") }
    var keepTemporary = false
    defer { if !keepTemporary { unlink(temporary) } }

    do {
      try FileIO.writeAll(fd, bytes)
    } catch {
      close(fd)
      throw notSaved("writing failed: \(error.reason)")
    }
    // The umask may have narrowed the mode given to open; restore the original's exactly.
    if existed { fchmod(fd, mode) }
    if fsync(fd) != 0 {
      let reason = FileIO.reason()
      close(fd)
      throw notSaved("the disk did not confirm the write: \(reason)")
    }
    if close(fd) != 0 { throw notSaved("closing failed: \(FileIO.reason())") }

    do {
      try interrupt?(.temporaryWritten)
    } catch {
      throw notSaved("the save was interrupted")
    }

    if keepBackup && existed {
      let backup = "\(folder)/\(name).bak"
      unlink(backup)
      if link(target, backup) != 0 {
        // Hard links are not possible everywhere (some network and FAT file systems); a plain
        // copy then keeps the previous version instead.
        if let old = try? FileIO.read(target, limit: PlanFormat.maxFileBytes) {
          copy(old, to: backup, mode: mode)
        }
      }
    }

    guard rename(temporary, target) == 0 else {
      throw notSaved("cannot replace \(name): \(FileIO.reason())")
    }
    keepTemporary = true  // It is the plan now.
    syncFolder(folder)
    try? interrupt?(.renamed)
  }

  /// Flushes a folder so that a rename in it survives a power cut.
  static func syncFolder(_ folder: String) {
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }

  private static func copy(_ bytes: [UInt8], to path: String, mode: mode_t) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard fd >= 0 else { return }
    try? FileIO.writeAll(fd, bytes)
    fsync(fd)
    close(fd)
  }
}
