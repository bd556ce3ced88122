import EcowerkJSON
import EcowerkModel
import Glibc

/// The recovery journal: every edit since the last save, one line each, next to the plan.
///
/// If the workbench is killed (kill -9, a closed terminal, a power cut) the next start finds
/// the journal and offers to replay the edits onto the saved plan. A clean save or quit
/// removes it. Each line is written with one `write` call, so a kill can cut only the last line,
/// which reading reports and skips.
///
/// The journal records which saved version its edits follow: the header names the version on
/// disk when it started, and a save writes a line with the version it is about to put in
/// place before it replaces the plan. A kill between the save's rename and the journal's
/// removal then leaves a journal whose edits the plan already holds, and the next start sees
/// that instead of replaying them a second time.
///
/// Every line since the journal started is also kept in memory. When a write fails (a full
/// disk) the file is cut back to its last whole line, the failure stays in `problem`, and the
/// lines not yet written go out with the next append or `retry` — so the journal is never left
/// with a torn line or a gap, and the user can see that it is not whole until it is.
public final class Journal {
  /// The journal of the plan at `planPath`.
  public static func path(for planPath: String) -> String {
    FileIO.resolved(planPath) + ".journal"
  }

  public static let formatName = "ecowerk-journal"
  /// 2: save lines (`{"saved": FINGERPRINT}`) and keyed moves. Version 1 journals are read.
  public static let schemaVersion = 2
  /// The largest journal read back in full. Separate from the plan's limit and larger: a
  /// journal holds whole entities for every insert and delete of a long session, and a journal
  /// larger than a plan must still be recoverable. A larger one is read up to this size.
  public static let maxBytes = 512 * 1_048_576

  /// The operations tests (and the kill test's victim) can make fail or slow down.
  public enum Operation: Sendable {
    /// Writing a line (a failure writes half of it first, as a full disk can).
    case write
    /// Removing the journal after a save.
    case retire
  }

  /// Given an operation, the errno to fail it with, or nil to let it run.
  public typealias FaultInjector = @Sendable (Operation) -> Int32?

  public let path: String
  private let folder: String
  private var fd: Int32 = -1
  /// Every line since the journal started, header first: what the file must hold.
  private var lines: [[UInt8]] = []
  /// How many of `lines` the file holds, whole.
  private var written = 0
  /// The file's length after its last whole line.
  private var length: off_t = 0
  private var needsSync = false
  /// Why the journal is not whole, until it is again.
  public private(set) var problem: StoreError?
  /// Only tests and the benchmark's kill-test victim set this.
  public var faults: FaultInjector?

  /// A journal for the plan at `planPath`. Nothing is written until the first edit.
  public init(planPath: String) {
    path = Self.path(for: planPath)
    folder = FileIO.directory(of: path)
  }

  deinit {
    if fd >= 0 { close(fd) }
  }

  /// Whether every edit appended is in the file.
  public var isWhole: Bool { written == lines.count }

  /// How many edits appended are not in the file yet.
  public var unwrittenEdits: Int { max(0, lines.count - max(written, 1)) }

  /// Appends one edit. `time` is when it was made (local time, ISO 8601); `base` identifies
  /// the saved plan the edits apply to, written in the header when the journal starts. Throws
  /// when the edit (or an earlier one that failed) could not be written; it stays in memory and
  /// goes out with the next append or `retry`.
  public func append(_ edit: Edit, time: String, base: String) throws(StoreError) {
    if lines.isEmpty {
      var header = JSONWriter(style: .compact)
      header.beginObject()
      header.field("format", Self.formatName)
      header.key("schemaVersion")
      header.integer(Self.schemaVersion)
      header.field("started", time)
      header.field("base", base)
      header.endObject()
      lines.append(header.bytes + [10])
    }
    var line = JSONWriter(style: .compact)
    line.beginObject()
    line.field("time", time)
    line.key("edit")
    line.write(edit)
    line.endObject()
    lines.append(line.bytes + [10])
    try flush()
  }

  /// Writes what failed appends left in memory. Returns whether the journal is whole now.
  @discardableResult
  public func retry() -> Bool {
    guard !isWhole else { return true }
    return (try? flush()) != nil
  }

  /// Records, before a save replaces the plan, the fingerprint of the version it puts in
  /// place, and flushes it to disk. Returns false when that could not be written; the save
  /// goes ahead (it matters more), and the next start judges the edits one by one.
  @discardableResult
  public func markSaving(_ fingerprint: String) -> Bool {
    guard !lines.isEmpty else { return true }
    var line = JSONWriter(style: .compact)
    line.beginObject()
    line.field("saved", fingerprint)
    line.endObject()
    lines.append(line.bytes + [10])
    guard (try? flush()) != nil else { return false }
    needsSync = true
    sync()
    return true
  }

  /// Writes the lines the file does not hold yet; on failure cuts the file back to its last
  /// whole line and remembers why.
  private func flush() throws(StoreError) {
    do {
      try writeMissingLines()
      problem = nil
    } catch {
      problem = error
      throw error
    }
  }

  private func writeMissingLines() throws(StoreError) {
    guard !isWhole else { return }
    if fd >= 0 {
      // Removed behind our back (the folder deleted, the file deleted): start a new file
      // from the lines in memory, or say the folder is gone.
      var info = stat()
      if fstat(fd, &info) != 0 || info.st_nlink == 0 {
        close(fd)
        fd = -1
        written = 0
        length = 0
      }
    }
    if fd < 0 {
      guard FileIO.type(at: folder) == .directory else {
        throw StoreError(.notSaved, file: path, problem: .folderGone(folder: folder))
      }
      do {
        fd = try start()
      } catch {
        throw StoreError(
          .notSaved, file: path,
          problem: error.problem ?? .journalNotWritten(reason: error.reason))
      }
    }
    while written < lines.count {
      let line = lines[written]
      do throws(FileIOError) {
        if let code = faults?(.write) {
          // A full disk takes part of a line before it refuses the rest.
          try FileIO.writeAll(fd, Array(line.prefix(line.count / 2)))
          throw FileIOError(code: code)
        }
        try FileIO.writeAll(fd, line)
      } catch {
        // Never leave a torn line: cut the file back to its last whole line.
        _ = ftruncate(fd, length)
        throw StoreError(
          .notSaved, file: path, problem: .journalNotWritten(reason: FileIO.reason(error.code)))
      }
      length += off_t(line.count)
      written += 1
      needsSync = true
    }
  }

  /// Opens the journal file for this session's lines. A journal left by an earlier session
  /// (its edits recovered into this one, which journals them again, or discarded) is replaced
  /// in one step: the new one is written beside it under a temporary name and renamed over
  /// it, so that a crash in between leaves one or the other, never neither.
  private func start() throws(FileIOError) -> Int32 {
    guard FileIO.exists(path) else {
      return try FileIO.openOwn(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND, role: .journal)
    }
    // Named like the plan's temporary files, so that a killed start is cleared the same way.
    let plan = String(FileIO.fileName(of: path).dropLast(".journal".count))
    let temporary = "\(folder)/\(PlanStore.temporaryPrefix(of: plan))\(getpid())-journal"
    unlink(temporary)
    let fd = try FileIO.openOwn(
      temporary, O_WRONLY | O_CREAT | O_EXCL | O_APPEND, role: .temporary)
    var info = stat()
    if lstat(path, &info) == 0, let problem = FileIO.ownFileProblem(info, role: .journal) {
      close(fd)
      unlink(temporary)
      throw FileIOError(code: EPERM, problem: problem)
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      close(fd)
      unlink(temporary)
      throw FileIOError(code: code)
    }
    return fd
  }

  /// Flushes appended edits to the disk. Called when the workbench is idle, so that the cost of
  /// a flush is never paid while someone types.
  public func sync() {
    guard needsSync, fd >= 0 else { return }
    fdatasync(fd)
    needsSync = false
  }

  /// Removes the journal: the plan on disk holds everything (after a save) or the user chose
  /// to discard the edits.
  public func discard() {
    if fd >= 0 {
      close(fd)
      fd = -1
    }
    if let code = faults?(.retire) {
      errno = code
    } else {
      unlink(path)
    }
    lines = []
    written = 0
    length = 0
    needsSync = false
    problem = nil
  }

  /// A short fingerprint of a saved plan's bytes (FNV-1a, 64 bits), to tell whether the plan
  /// on disk is still the one the journal's edits were made against.
  public static func fingerprint(_ bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
