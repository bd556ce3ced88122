import EcowerkModel
import EcowerkStore
import EcowerkStrings
import EcowerkUI
import Glibc

/// The plan being worked on: where it lives, its journal, and what was found at start.
struct PlanSession {
  var path: String
  var plan: Plan
  var journal: Journal
  /// Fingerprint of the plan file as last loaded or saved, written into the journal's header.
  var fingerprint: String
  var notice: StatusMessage?
  var recovery: RecoveryOffer?
  /// Read-only by choice, because another workbench holds the plan, or because a file beside
  /// it is not one ecowerk made.
  var readOnly = false
  /// This process's hold on the plan; nil when read-only or when no lock file can be made.
  var lock: PlanLock?
  /// Whether this session's first save has kept the version on disk as a backup yet.
  var backedUp = false

  static func open(options: WorkbenchOptions, strings: Strings) throws(StoreError) -> PlanSession {
    let path: String
    var notice: StatusMessage?
    if options.demo {
      path = try DemoCopy.make()
      notice = StatusMessage(strings.format("status.demoCopy", path))
    } else {
      path = options.file ?? ""
    }
    var plan = Plan.empty(startYear: Clock.today().year)
    var fingerprint = ""
    var readOnly = options.readOnly
    if access(path, F_OK) != 0 {
      notice = StatusMessage(strings.format("status.newPlan", path))
    } else {
      do {
        let loaded = try PlanStore.loadFile(path)
        plan = loaded.plan
        fingerprint = Journal.fingerprint(loaded.bytes)
      } catch {
        // A plan from a newer ecowerk is shown read-only, as far as this one understands it.
        guard case .tooNew(let found, let supported) = error.kind else { throw error }
        plan = try PlanFile.decodeNewer(
          PlanStore.readFile(path, limit: PlanFormat.maxFileBytes), file: path)
        readOnly = true
        notice = StatusMessage(strings.format("status.newerPlan", found, supported), .warning)
      }
    }
    func readOnlyBecause(_ error: StoreError) {
      readOnly = true
      // Named without its folder: the status bar is one line on a projector.
      var named = error
      named.file = FilePath.name(of: error.file)
      notice = StatusMessage(
        strings.format("status.readOnlyBecause", strings.describe(named)), .warning)
    }
    // A lock, journal or backup that is a link, a FIFO or a file with other names arrived with
    // the plan (a zip, a git checkout): never written, so the plan opens read-only.
    if !readOnly, let problem = PlanStore.neighbourProblem(of: path) {
      readOnlyBecause(problem)
    }
    var lock: PlanLock?
    if !readOnly {
      // Temporary files of saves that were killed half-way (their process is gone).
      PlanStore.removeStaleTemporaries(of: path)
      switch PlanLock.acquire(for: path, now: Clock.timestamp()) {
      case .acquired(let acquired):
        lock = acquired
      case .heldBy(let holder):
        let who = strings.lockHolder(holder)
        if options.ignoreLock {
          notice = StatusMessage(strings.format("lock.ignored", who), .warning)
        } else {
          readOnly = true
          notice = StatusMessage(strings.format("lock.readOnly", who), .warning)
        }
      case .unavailable(let reason):
        notice = StatusMessage(strings.format("lock.unavailable", reason), .warning)
      case .refused(let error):
        readOnlyBecause(error)
      }
    }
    if !readOnly && PlanStore.isReadOnlyFile(path) {
      // Edits are fine; a save says it cannot replace the file (see `save`).
      notice = StatusMessage(strings.format("status.readOnlyFile", path), .warning)
    }
    var recovery: RecoveryOffer?
    let journal = Journal(planPath: path)
    if !readOnly {
      do {
        if let contents = try Journal.read(planPath: path) {
          let unsaved = contents.unsaved(planFingerprint: fingerprint)
          if unsaved.entries.isEmpty {
            // Every edit is in the plan already (a save completed and was killed before it
            // removed the journal): nothing to recover.
            journal.discard()
          } else {
            recovery = RecoveryOffer(
              edits: unsaved.entries.map(\.edit), first: unsaved.entries.first?.time ?? "",
              last: unsaved.entries.last?.time ?? "",
              damage: contents.damage.map(strings.describe), planChanged: unsaved.planChanged)
          }
        }
      } catch {
        // A journal that cannot be read at all is reported; the plan still opens.
        notice = StatusMessage(strings.describe(error), .warning)
      }
    }
    return PlanSession(
      path: path, plan: plan, journal: journal, fingerprint: fingerprint, notice: notice,
      recovery: recovery, readOnly: readOnly, lock: lock)
  }

  /// Removes this session's journal. A read-only session has none: the journal beside the
  /// plan belongs to the workbench that holds the lock (or is a file planted there), and a
  /// second window quitting used to delete the first one's.
  func discardJournal() {
    guard !readOnly else { return }
    journal.discard()
  }

  /// Saves, and on success retires the journal: the file now holds every edit. Returns false
  /// without saving when the file changed on disk since it was loaded or saved (compared by
  /// content) and `force` is not set: the user decides then. The first save of a session keeps
  /// the version on disk as a backup, and so does every forced save: "overwrite" keeps the
  /// other version.
  mutating func save(_ plan: Plan, to target: String, force: Bool) throws(StoreError) -> Bool {
    if !force, let onDisk = try? PlanStore.readFile(target, limit: PlanFormat.maxFileBytes),
      Journal.fingerprint(onDisk) != fingerprint
    {
      return false
    }
    let bytes = try PlanFile.encodeForSaving(plan, file: target)
    try PlanStore.save(bytes, to: target, keepBackup: !backedUp || force, retiring: journal)
    backedUp = true
    fingerprint = Journal.fingerprint(bytes)
    return true
  }
}

/// The scratch copy `--demo` works on, so the shipped demo plan is never changed. It goes in
/// a folder of its own, made with an unguessable name, so that nobody can put a link where it
/// will be written.
enum DemoCopy {
  static func make() throws(StoreError) -> String {
    let parent = ProcessEnvironment.current["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(parent)/ecowerk-demo-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer -> Bool in
      guard let base = buffer.baseAddress else { return false }
      return mkdtemp(base) != nil
    }
    guard made else {
      throw StoreError(
        .notSaved, file: parent,
        message: "cannot make a folder: \(String(cString: strerror(errno)))")
    }
    let folder = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let path = "\(folder)/demo.ecowerk.json"
    try PlanStore.save(try DemoPlan.load(), to: path, keepBackup: false)
    return path
  }
}
