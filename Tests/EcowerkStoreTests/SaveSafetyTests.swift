import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Foundation
import Synchronization
import Testing

/// Every file operation of a save made to fail, the backups kept, stale temporary files
/// cleared, and the one-writer lock.
@Suite struct SaveSafetyTests {
  static func plan(named name: String) -> Plan {
    var plan = FixturePlans.rich()
    plan.name = name
    return plan
  }

  /// The operations whose failure means nothing was saved: the original stays as it was.
  static let beforeRename = PlanStore.SaveOperation.allCases.filter { $0 != .syncFolder }

  @Test(
    "a save whose every attempt fails at one operation says why and damages nothing",
    arguments: beforeRename)
  func persistentFailure(operation: PlanStore.SaveOperation) throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    try PlanStore.save(Self.plan(named: "Origineel"), to: path, keepBackup: false)
    let before = try folder.read("plan.ecowerk.json")
    for _ in 0..<3 {
      do {
        try PlanStore.save(Self.plan(named: "Nieuw"), to: path) { $0 == operation ? ENOSPC : nil }
        Issue.record("the save of \(operation) should have failed")
      } catch {
        #expect(error.kind == .notSaved)
        guard case .saveFailed(let step, let system) = error.problem else {
          Issue.record("\(error)")
          continue
        }
        #expect(system == SystemError(code: ENOSPC) && system.name == "ENOSPC")
        #expect(Self.isStep(step, of: operation), "\(operation): \(step)")
      }
      #expect(try folder.read("plan.ecowerk.json") == before, "the original is untouched")
      #expect(
        !folder.entries.contains { $0.contains(".tmp-") },
        "no temporary file is left: \(folder.entries)")
    }
  }

  /// Whether the refusal names the step that failed.
  static func isStep(_ step: SaveStep, of operation: PlanStore.SaveOperation) -> Bool {
    switch (operation, step) {
    case (.createTemporary, .createFile), (.write, .write), (.setMode, .setMode), (.sync, .sync),
      (.close, .close):
      return true
    case (.backup, .keepBackup(let name)), (.rename, .replace(let name)):
      return name == "plan.ecowerk.json"
    default:
      return false
    }
  }

  @Test("a save that fails once succeeds when tried again", arguments: beforeRename)
  func failureOnce(operation: PlanStore.SaveOperation) throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    try PlanStore.save(Self.plan(named: "Origineel"), to: path, keepBackup: false)
    let failed = Mutex(false)
    let faults: PlanStore.FaultInjector = { step in
      failed.withLock { done in
        guard step == operation, !done else { return nil }
        done = true
        return EIO
      }
    }
    #expect(throws: StoreError.self) {
      try PlanStore.save(Self.plan(named: "Nieuw"), to: path, faults: faults)
    }
    #expect(try PlanStore.load(path).name == "Origineel")
    try PlanStore.save(Self.plan(named: "Nieuw"), to: path, faults: faults)
    #expect(try PlanStore.load(path).name == "Nieuw")
    #expect(!folder.entries.contains { $0.contains(".tmp-") })
  }

  @Test func anUnconfirmedFolderIsReportedThoughTheNewVersionIsInPlace() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    try PlanStore.save(Self.plan(named: "Origineel"), to: path, keepBackup: false)
    do {
      try PlanStore.save(Self.plan(named: "Nieuw"), to: path) { $0 == .syncFolder ? EIO : nil }
      Issue.record("an unconfirmed save must be reported")
    } catch {
      #expect(error.problem == .saveNotConfirmed(SystemError(code: EIO)))
    }
    // Whole either way: the new version, never a mix.
    #expect(try PlanStore.load(path).name == "Nieuw")
    #expect(!folder.entries.contains { $0.contains(".tmp-") })
  }

  @Test func theLastFiveVersionsAreKeptNewestFirst() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    for number in 1...8 {
      try PlanStore.save(Self.plan(named: "versie \(number)"), to: path)
    }
    #expect(try PlanStore.load(path).name == "versie 8")
    #expect(try PlanStore.load(path + ".bak").name == "versie 7")
    for (suffix, number) in [(".bak.2", 6), (".bak.3", 5), (".bak.4", 4), (".bak.5", 3)] {
      #expect(try PlanStore.load(path + suffix).name == "versie \(number)")
    }
    #expect(
      folder.entries == [
        "plan.ecowerk.json", "plan.ecowerk.json.bak", "plan.ecowerk.json.bak.2",
        "plan.ecowerk.json.bak.3", "plan.ecowerk.json.bak.4", "plan.ecowerk.json.bak.5",
      ])
  }

  @Test func temporaryFilesOfAGoneProcessAreRemovedAndThoseOfALiveOneKept() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("plan.ecowerk.json", "{}")
    // A process that has ended: its pid is free.
    let gone = try Self.endedProcessID()
    _ = try folder.write(".plan.ecowerk.json.tmp-\(gone)-0", "half")
    _ = try folder.write(".plan.ecowerk.json.tmp-\(getpid())-3", "being written")
    _ = try folder.write(".other.json.tmp-\(gone)-0", "not ours")
    #expect(PlanStore.removeStaleTemporaries(of: path) == 1)
    #expect(
      folder.entries == [
        ".other.json.tmp-\(gone)-0", ".plan.ecowerk.json.tmp-\(getpid())-3", "plan.ecowerk.json",
      ])
  }

  static func endedProcessID() throws -> pid_t {
    var pid: pid_t = 0
    var arguments: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
    defer { free(arguments[0]) }
    guard posix_spawn(&pid, "/bin/true", nil, nil, &arguments, environ) == 0 else {
      throw CocoaError(.fileNoSuchFile)
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return pid
  }

  @Test func aSecondHolderIsToldWhoHasThePlanUntilItIsReleased() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("plan.ecowerk.json", "{}")
    guard case .acquired(let lock) = PlanLock.acquire(for: path, now: "2026-11-29T10:15:02")
    else {
      Issue.record("the first workbench gets the lock")
      return
    }
    #expect(folder.entries.contains(".plan.ecowerk.json.lock"))
    guard case .heldBy(let holder?) = PlanLock.acquire(for: path, now: "2026-11-29T10:20:00")
    else {
      Issue.record("the second is refused and told who holds it")
      return
    }
    #expect(holder.pid == getpid())
    #expect(holder.since == "2026-11-29T10:15:02")
    #expect(!holder.user.isEmpty && !holder.host.isEmpty)
    lock.release()
    #expect(!folder.entries.contains(".plan.ecowerk.json.lock"), "a released lock leaves no file")
    guard case .acquired(let again) = PlanLock.acquire(for: path, now: "2026-11-29T10:25:00")
    else {
      Issue.record("after the release the plan is free")
      return
    }
    again.release()
  }
}

extension SaveSafetyTests {
  /// The demo plan as a newer ecowerk might write it: a higher schema and fields this version
  /// does not know.
  static func newerPlanText() throws -> String {
    let text = String(decoding: PlanFile.encode(try DemoPlan.load()), as: UTF8.self)
    return text.replacingOccurrences(
      of: "\"schemaVersion\": \(PlanFormat.schemaVersion),",
      with: "\"schemaVersion\": \(PlanFormat.schemaVersion + 1),"
    )
    .replacingOccurrences(
      of: "\"name\": \"Energiek", with: "\"futureField\": [1, 2],\n  \"name\": \"Energiek")
  }

  @Test func aNewerPlanIsRefusedForEditingButReadableForShowing() throws {
    let bytes = Array(try Self.newerPlanText().utf8)
    do {
      _ = try PlanFile.decode(bytes, file: "newer.json")
      Issue.record("a newer plan is never opened for saving")
    } catch {
      let newer = PlanFormat.schemaVersion + 1
      #expect(error.kind == .tooNew(found: newer, supported: PlanFormat.schemaVersion))
      #expect(error.problem == .newerSchema(found: newer, supported: PlanFormat.schemaVersion))
    }
    let shown = try PlanFile.decodeNewer(bytes, file: "newer.json")
    #expect(shown == (try DemoPlan.load()), "everything this version knows is read")
  }
}
