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
  /// `path` is unchanged, no temporary file is left, and the error says why. A plan that would
  /// give a file ecowerk refuses to open is not saved (`PlanFile.encodeForSaving`).
  public static func save(
    _ plan: Plan, to path: String, keepBackup: Bool = true, faults: FaultInjector? = nil
  ) throws(StoreError) {
    try write(
      PlanFile.encodeForSaving(plan, file: path), to: path, keepBackup: keepBackup, faults: faults)
  }

  /// Saves the bytes of a plan (from `PlanFile.encodeForSaving`) and retires the journal of
  /// the edits they hold: the journal first records the version it is about to put in place,
  /// then the plan is written as `write` does, then the journal is removed. A kill between the
  /// plan's replacement and the journal's removal leaves a journal that says the plan holds
  /// its edits, so the next start does not replay them a second time.
  public static func save(
    _ bytes: [UInt8], to path: String, keepBackup: Bool, retiring journal: Journal,
    faults: FaultInjector? = nil
  ) throws(StoreError) {
    journal.markSaving(Journal.fingerprint(bytes))
    try write(bytes, to: path, keepBackup: keepBackup, faults: faults)
    journal.discard()
  }

  /// Writes `bytes` to `path` with the same guarantees as `save`.
  ///
  /// Only a regular file is ever replaced: a directory, a FIFO, a device or a socket at `path`
  /// is refused (`writeOutput` writes into a FIFO or a device instead), and so is a file
  /// without write permission, which is never replaced without a word.
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
    if existed {
      let type = FileIO.type(of: original)
      guard type == .regular else {
        throw StoreError(.notSaved, file: path, problem: .cannotWriteInto(type))
      }
      guard !isReadOnlyFile(target) else {
        throw StoreError(.notSaved, file: path, problem: .readOnlyFile)
      }
      mode = original.st_mode & 0o7777
    }

    // Exclusive create, never through a link: never reuse or follow a file someone else put
    // there.
    var temporary = ""
    var fd: Int32 = -1
    for attempt in 0..<100 {
      temporary = "\(folder)/\(temporaryPrefix(of: name))\(getpid())-\(attempt)"
      _ = run(.createTemporary) {
        fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
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
      if let (backup, problem) = backupProblem(of: target) {
        throw StoreError(.notSaved, file: backup, problem: problem)
      }
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

  /// Writes a snapshot or a copy to `path`, which the user named: into a FIFO or a character
  /// device (`/dev/stdout`, `/dev/null`, a named pipe a script reads), which is never replaced
  /// by a regular file; over a regular file atomically, as `write` does; and a directory, a
  /// socket or a block device is refused. `waitForReader` says whether opening a FIFO nobody
  /// reads may wait (the command line) or is refused at once (the workbench, which must not
  /// hang).
  public static func writeOutput(_ bytes: [UInt8], to path: String, waitForReader: Bool)
    throws(StoreError)
  {
    switch FileIO.type(at: path) {
    case .fifo?, .characterDevice?:
      let flags = O_WRONLY | O_CLOEXEC | O_NOCTTY | (waitForReader ? 0 : O_NONBLOCK)
      let fd = open(path, flags)
      guard fd >= 0 else {
        let code = errno
        if code == ENXIO { throw StoreError(.notSaved, file: path, problem: .noReader) }
        throw StoreError(.notSaved, file: path, message: "cannot be opened: \(FileIO.reason(code))")
      }
      defer { close(fd) }
      var info = stat()
      guard fstat(fd, &info) == 0,
        [.fifo, .characterDevice].contains(FileIO.type(of: info))
      else {
        throw StoreError(.notSaved, file: path, problem: .cannotWriteInto(FileIO.type(of: info)))
      }
      // Opened without waiting; the writes themselves wait for the reader.
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
      do {
        try withoutBrokenPipeSignal { () throws(FileIOError) in try FileIO.writeAll(fd, bytes) }
      } catch {
        throw StoreError(.notSaved, file: path, message: "writing failed: \(error.reason)")
      }
    case .regular?, nil:
      try write(bytes, to: path, keepBackup: false)
    case let other?:
      throw StoreError(.notSaved, file: path, problem: .cannotWriteInto(other))
    }
  }

  /// Runs `body` with SIGPIPE held back on this thread, so that a reader that goes away makes
  /// the write fail with EPIPE instead of ending the process (and the workbench with it); a
  /// SIGPIPE raised meanwhile is taken off the queue before the mask is restored.
  static func withoutBrokenPipeSignal(_ body: () throws(FileIOError) -> Void)
    throws(FileIOError)
  {
    var pipe = sigset_t()
    sigemptyset(&pipe)
    sigaddset(&pipe, SIGPIPE)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &pipe, &previous)
    defer {
      var pending = sigset_t()
      sigpending(&pending)
      if sigismember(&pending, SIGPIPE) == 1 && sigismember(&previous, SIGPIPE) == 0 {
        var none = timespec()
        _ = sigtimedwait(&pipe, nil, &none)
      }
      pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
    try body()
  }

  /// The files ecowerk keeps beside the plan at `planPath` that are not as it left them — a
  /// symbolic link, something other than a regular file, a file with other names — with
  /// what is wrong, or nil when all is well. The workbench then opens the plan read-only and
  /// `import` refuses: such a file arrives with a zip or a git checkout, and writing it would
  /// write wherever it points.
  public static func neighbourProblem(of planPath: String) -> StoreError? {
    let target = FileIO.resolved(planPath)
    let files: [(String, Neighbour)] =
      [(PlanLock.lockPath(for: planPath), .lock), (Journal.path(for: planPath), .journal)]
      + backupNames(of: target).map { ($0, .backup) }
    for (path, role) in files {
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }
      if let problem = FileIO.ownFileProblem(info, role: role) {
        return StoreError(.unreadable, file: path, problem: problem)
      }
    }
    return nil
  }

  /// `NAME.bak`, `NAME.bak.2` … `NAME.bak.5`.
  static func backupNames(of target: String) -> [String] {
    (1...keptBackups).map { $0 == 1 ? target + ".bak" : "\(target).bak.\($0)" }
  }

  /// The first backup name that holds something ecowerk would not have made.
  private static func backupProblem(of target: String) -> (String, StoreProblem)? {
    for path in backupNames(of: target) {
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }
      if let problem = FileIO.ownFileProblem(info, role: .backup) {
        return (path, problem)
      }
    }
    return nil
  }

  /// The start of the names of this plan's temporary files: `.NAME.tmp-`.
  static func temporaryPrefix(of name: String) -> String {
    ".\(name).tmp-"
  }

  /// Moves the backups one place down (dropping the oldest) and keeps the file on disk as
  /// `NAME.bak`: a hard link where the file system allows it, else a copy. Renaming and
  /// unlinking act on the names themselves, never on what a link points to; the copy is
  /// created exclusively, so a link put there in between fails it instead of being followed.
  private static func keepPreviousVersion(of target: String, mode: mode_t) -> Bool {
    let names = backupNames(of: target)
    unlink(names[keptBackups - 1])
    for index in stride(from: keptBackups - 2, through: 0, by: -1) {
      rename(names[index], names[index + 1])
    }
    if link(target, names[0]) == 0 { return true }
    // Hard links are not possible everywhere (some network and FAT file systems).
    guard let old = try? FileIO.read(target, limit: PlanFormat.maxFileBytes) else { return false }
    return copy(old, to: names[0], mode: mode)
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
