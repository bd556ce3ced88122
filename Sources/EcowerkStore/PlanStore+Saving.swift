import EcowerkModel
import Glibc

extension PlanStore {
  /// The file operations of a save, each of which tests can make fail to prove that no failure
  /// damages the plan on disk.
  public enum SaveOperation: String, CaseIterable, Sendable {
    case createTemporary, write, setMode, sync, close, backup, rename, syncFolder
  }

  /// Makes chosen operations fail as if the system had returned an error: given an operation,
  /// the errno to fail it with, or nil to let it run. Only tests pass one.
  public typealias FaultInjector = @Sendable (SaveOperation) -> Int32?

  /// How many earlier versions are kept beside a plan: `NAME.bak` (the latest) and
  /// `NAME.bak.2` … `NAME.bak.5`.
  public static let keptBackups = 5

  /// Saves `plan` to `path` atomically and durably. With `keepBackup`, the version on disk is
  /// kept first as `NAME.bak` (older ones move to `NAME.bak.2` … `.5`). On failure the file at
  /// `path` is unchanged, no temporary file is left, and the error says why.
  public static func save(
    _ plan: Plan, to path: String, keepBackup: Bool = true, faults: FaultInjector? = nil
  ) throws(StoreError) {
    try write(PlanFile.encode(plan), to: path, keepBackup: keepBackup, faults: faults)
  }

  /// Writes `bytes` to `path` with the same guarantees as `save`.
  public static func write(
    _ bytes: [UInt8], to path: String, keepBackup: Bool = true, faults: FaultInjector? = nil
  ) throws(StoreError) {
    let target = FileIO.resolved(path)
    let folder = FileIO.directory(of: target)
    let name = FileIO.fileName(of: target)
    func notSaved(_ why: String) -> StoreError {
      StoreError(.notSaved, file: path, message: "the plan was NOT saved: \(why)")
    }
    /// Runs a system call unless a test makes it fail; false (with errno set) on failure.
    func run(_ operation: SaveOperation, _ call: () -> Bool) -> Bool {
      if let code = faults?(operation) {
        errno = code
        return false
      }
      return call()
    }

    var mode: mode_t = 0o644
    var original = stat()
    let existed = stat(target, &original) == 0
    if existed { mode = original.st_mode & 0o7777 }

    // Exclusive create: never reuse or follow a file someone else put there.
    var temporary = ""
    var fd: Int32 = -1
    for attempt in 0..<100 {
      temporary = "\(folder)/\(temporaryPrefix(of: name))\(getpid())-\(attempt)"
      _ = run(.createTemporary) {
        fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        return fd >= 0
      }
      if fd >= 0 || errno != EEXIST { break }
    }
    guard fd >= 0 else { throw notSaved("cannot create a file in \(folder): \(FileIO.reason())") }
    var keepTemporary = false
    defer { if !keepTemporary { unlink(temporary) } }

    var written = true
    let wrote = run(.write) {
      do throws(FileIOError) {
        try FileIO.writeAll(fd, bytes)
      } catch {
        errno = error.code
        written = false
      }
      return written
    }
    guard wrote else {
      let reason = FileIO.reason()
      close(fd)
      throw notSaved("writing failed: \(reason)")
    }
    // The umask may have narrowed the mode given to open; restore the original's exactly.
    if existed && !run(.setMode, { fchmod(fd, mode) == 0 }) {
      let reason = FileIO.reason()
      close(fd)
      throw notSaved("cannot give the new file the plan's permissions: \(reason)")
    }
    guard run(.sync, { fsync(fd) == 0 }) else {
      let reason = FileIO.reason()
      close(fd)
      throw notSaved("the disk did not confirm the write: \(reason)")
    }
    guard run(.close, { close(fd) == 0 }) else {
      throw notSaved("closing failed: \(FileIO.reason())")
    }

    if keepBackup && existed {
      guard run(.backup, { keepPreviousVersion(of: target, mode: mode) }) else {
        throw notSaved("cannot keep the previous version as \(name).bak: \(FileIO.reason())")
      }
    }

    guard run(.rename, { rename(temporary, target) == 0 }) else {
      throw notSaved("cannot replace \(name): \(FileIO.reason())")
    }
    keepTemporary = true  // It is the plan now.
    guard run(.syncFolder, { syncFolder(folder) }) else {
      throw StoreError(
        .notSaved, file: path,
        message: "the plan was written, but the disk did not confirm it (\(FileIO.reason())); "
          + "save again before relying on it")
    }
  }

  /// The start of the names of this plan's temporary files: `.NAME.tmp-`.
  static func temporaryPrefix(of name: String) -> String {
    ".\(name).tmp-"
  }

  /// Moves the backups one place down (dropping the oldest) and keeps the file on disk as
  /// `NAME.bak`: a hard link where the file system allows it, else a copy.
  private static func keepPreviousVersion(of target: String, mode: mode_t) -> Bool {
    let backup = target + ".bak"
    func numbered(_ number: Int) -> String { number == 1 ? backup : "\(backup).\(number)" }
    unlink(numbered(keptBackups))
    for number in stride(from: keptBackups - 1, through: 1, by: -1) {
      rename(numbered(number), numbered(number + 1))
    }
    if link(target, backup) == 0 { return true }
    // Hard links are not possible everywhere (some network and FAT file systems).
    guard let old = try? FileIO.read(target, limit: PlanFormat.maxFileBytes) else { return false }
    return copy(old, to: backup, mode: mode)
  }

  /// Removes temporary files of earlier saves of this plan whose process is gone (a save
  /// killed half-way); files of a process still running are left alone. Returns how many.
  @discardableResult
  public static func removeStaleTemporaries(of path: String) -> Int {
    let target = FileIO.resolved(path)
    let folder = FileIO.directory(of: target)
    let prefix = temporaryPrefix(of: FileIO.fileName(of: target))
    guard let directory = opendir(folder) else { return 0 }
    defer { closedir(directory) }
    var removed = 0
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
        String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name.hasPrefix(prefix) else { continue }
      let rest = name.dropFirst(prefix.count)
      guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]) else { continue }
      if kill(pid, 0) == 0 || errno == EPERM { continue }
      if unlink("\(folder)/\(name)") == 0 { removed += 1 }
    }
    return removed
  }
}
