import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// `kill -9` at random moments while a 1 MB plan is saved over and over: the plan on disk is
/// always one whole version, and the temporary file a killed save leaves is cleared the next
/// time the plan is opened. `KILL_SAVE_RUNS=1000 swift test --filter KillDuringSave` runs more.
@Suite struct KillDuringSaveTests {
  static var runs: Int {
    ProcessInfo.processInfo.environment["KILL_SAVE_RUNS"].flatMap(Int.init) ?? 200
  }

  static var bench: String {
    URL(fileURLWithPath: Binary.path).deletingLastPathComponent().appendingPathComponent(
      "ecowerk-bench"
    ).path
  }

  @Test func aKilledSaveNeverLeavesATornPlan() throws {
    let scratch = try Scratch()
    let path = scratch.file("plan.ecowerk.json")
    let names = ["save-loop A", "save-loop B"]
    // Two versions of a 1 MB plan, ready for the loop to save in turn.
    var plan = PlanGenerator(seed: 7).plan(
      stakeholders: 600, segments: 30, nodes: 500, actions: 1_000)
    for name in names {
      plan.name = name
      try PlanStore.save(plan, to: path + "." + name.suffix(1), keepBackup: false)
    }
    try PlanStore.save(plan, to: path, keepBackup: false)
    var random = SplitMix64(seed: 20_261_129)
    var torn = 0
    var leftBehind = 0
    var killedMidSave = 0
    for _ in 0..<Self.runs {
      var pid: pid_t = 0
      var arguments: [UnsafeMutablePointer<CChar>?] = [
        strdup(Self.bench), strdup("--save-loop"), strdup(path), nil,
      ]
      defer { for argument in arguments { free(argument) } }
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
      try #require(posix_spawn(&pid, Self.bench, &actions, nil, &arguments, environ) == 0)
      // Anywhere from start-up to several saves in.
      let delay = 5_000 + Int(random.next() % 60_000)
      usleep(UInt32(delay))
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)

      guard FileManager.default.fileExists(atPath: path) else { continue }
      do {
        let plan = try PlanStore.load(path)
        if !names.contains(plan.name) { torn += 1 }
      } catch {
        torn += 1
      }
      let temporaries = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter {
        $0.contains(".tmp-")
      }
      if !temporaries.isEmpty { killedMidSave += 1 }
      // What the workbench does when it opens the plan.
      PlanStore.removeStaleTemporaries(of: path)
      leftBehind += try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter {
        $0.contains(".tmp-")
      }.count
    }
    #expect(torn == 0, "torn or unreadable plans after \(Self.runs) kills")
    #expect(leftBehind == 0, "temporary files left after the next open")
    #expect(killedMidSave > Self.runs / 4, "most kills hit a save (\(killedMidSave))")
    print(
      "kill -9 during saves: \(Self.runs) kills, \(killedMidSave) mid-save, \(torn) torn, \(leftBehind) left"
    )
  }
}

/// `kill -9` at random moments while the workbench's way of working runs: moves made one by
/// one, each journalled, a save every fifth (which records the version in the journal, renames
/// the new plan into place, then removes the journal). After every kill the test does what the
/// next start does — reads the plan and the journal, replays what the plan lacks — and the
/// stakeholders must be in the order of exactly the moves that were journalled: none lost, none
/// replayed twice. A kill between the rename and the journal's removal (made likely by a pause
/// injected there) once made the next start replay the moves a second time.
@Suite struct KillDuringEditingTests {
  static let script = MoveScript()

  /// What the victim said before it was killed.
  struct Said {
    /// The last move appended with the journal whole, and the last appended at all.
    var lastWhole = 0
    var lastMove = 0
    var saves = 0
    var failedAppends = 0
    /// A failed append followed by a whole one: the journal was made whole again.
    var madeWhole = false
  }

  /// Starts the victim on `path`, lets it run, calls `meanwhile` at the given moments, kills it
  /// with SIGKILL after `microseconds`, and returns what it said.
  static func runVictim(
    _ path: String, killAfter microseconds: Int, meanwhile: [(Int, () -> Void)] = []
  ) throws -> Said {
    var pipe: [Int32] = [0, 0]
    #expect(Glibc.pipe(&pipe) == 0)
    var pid: pid_t = 0
    var arguments: [UnsafeMutablePointer<CChar>?] = [
      strdup(KillDuringSaveTests.bench), strdup("--edit-loop"), strdup(path), nil,
    ]
    defer { for argument in arguments { free(argument) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipe[0])
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    try #require(
      posix_spawn(&pid, KillDuringSaveTests.bench, &actions, nil, &arguments, environ) == 0)
    close(pipe[1])
    var elapsed = 0
    for (at, action) in meanwhile.sorted(by: { $0.0 < $1.0 }) where at < microseconds {
      usleep(UInt32(at - elapsed))
      elapsed = at
      action()
    }
    usleep(UInt32(microseconds - elapsed))
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = read(pipe[0], &buffer, buffer.count)
      if count <= 0 { break }
      output += buffer[0..<count]
    }
    close(pipe[0])
    var said = Said()
    var failed = false
    for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
      let words = line.split(separator: " ")
      guard words.count >= 2, let number = Int(words[1]) else { continue }
      if words[0] == "s" { said.saves += 1 }
      guard words[0] == "j", words.count == 3 else { continue }
      said.lastMove = number
      if words[2] == "1" {
        said.lastWhole = number
        if failed { said.madeWhole = true }
      } else {
        said.failedAppends += 1
        failed = true
      }
    }
    return said
  }

  /// What the next start finds.
  struct Found {
    var order: [String]
    /// The journal's edits were all in the plan: the save had completed.
    var savedBeforeRemoval = false
    /// What the old recovery (every edit replayed, without their keys) would have made.
    var naiveOrder: [String]
    /// A damaged line anywhere but at the end of the journal.
    var tornInside = false
  }

  static func recover(_ path: String) throws -> Found {
    let loaded = try PlanStore.loadFile(path)
    var plan = loaded.plan
    var naive = loaded.plan
    var found = Found(order: [], naiveOrder: [])
    if let contents = try Journal.read(planPath: path) {
      let lines =
        (try? String(contentsOfFile: path + ".journal", encoding: .utf8))?
        .split(separator: "\n", omittingEmptySubsequences: false).count ?? 0
      if let line = contents.damage?.line, line < lines - 1 { found.tornInside = true }
      let unsaved = contents.unsaved(planFingerprint: Journal.fingerprint(loaded.bytes))
      found.savedBeforeRemoval = unsaved.entries.isEmpty && !contents.entries.isEmpty
      _ = plan.replay(unsaved.entries.map(\.edit))
      for case .move(let list, let from, let to, _) in contents.entries.map(\.edit) {
        try? naive.apply(.move(list, from: from, to: to))
      }
    }
    found.order = plan.stakeholders.map(\.id.rawValue)
    found.naiveOrder = naive.stakeholders.map(\.id.rawValue)
    return found
  }

  static func freshPlan(at path: String) throws {
    for suffix in ["", ".journal", ".bak", ".bak.2", ".bak.3", ".bak.4", ".bak.5"] {
      unlink(path + suffix)
    }
    try PlanStore.save(script.plan, to: path, keepBackup: false)
  }

  @Test func aKilledSessionRecoversExactlyWhatItJournalled() throws {
    let scratch = try Scratch()
    let path = scratch.file("plan.ecowerk.json")
    var random = SplitMix64(seed: 20_261_206)
    var orders = Self.script.orders(upTo: 0)
    var torn = 0
    var lost = 0
    var wrong = 0
    var inWindow = 0
    var naiveWrong = 0
    var moves = 0
    for _ in 0..<KillDuringSaveTests.runs {
      try Self.freshPlan(at: path)
      let said = try Self.runVictim(path, killAfter: 30_000 + Int(random.next() % 300_000))
      moves += said.lastMove
      if orders.count < said.lastMove + 2 { orders = Self.script.orders(upTo: said.lastMove + 1) }
      let found: Found
      do {
        found = try Self.recover(path)
      } catch {
        torn += 1
        continue
      }
      if found.tornInside { torn += 1 }
      // Every move appended before the kill, and at most the one being appended as it came.
      let candidates = [said.lastMove, said.lastMove + 1].map { orders[$0] }
      if !candidates.contains(found.order) {
        if orders[0...said.lastMove].contains(found.order) { lost += 1 } else { wrong += 1 }
      }
      if found.savedBeforeRemoval {
        inWindow += 1
        if !candidates.contains(found.naiveOrder) { naiveWrong += 1 }
      }
    }
    #expect(torn == 0, "torn or unreadable plans or journals")
    #expect(lost == 0, "journalled moves lost")
    #expect(wrong == 0, "moves replayed twice or out of order")
    #expect(inWindow > KillDuringSaveTests.runs / 20, "kills between rename and removal")
    #expect(naiveWrong > 0 || inWindow < 10, "the old recovery would have been caught")
    print(
      "kill -9 during editing: \(KillDuringSaveTests.runs) kills, \(moves) moves, "
        + "\(inWindow) between the save's rename and the journal's removal "
        + "(the old replay wrong in \(naiveWrong)); \(torn) torn, \(lost) lost, \(wrong) wrong")
  }
}

/// A small file system of its own (tmpfs, mounted for the test when ecowerk's tests run as
/// root, as in CI), to fill up while the workbench's way of working runs.
final class SmallDisk {
  let path: String

  /// Mounts a tmpfs of `kilobytes` on a fresh folder, or nil when that is not possible here.
  init?(kilobytes: Int) {
    guard getuid() == 0 else { return nil }
    path = NSTemporaryDirectory() + "ecowerk-small-disk-" + UUID().uuidString
    guard
      (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true))
        != nil,
      Self.run(["/bin/mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path])
    else { return nil }
  }

  deinit {
    _ = Self.run(["/bin/umount", path])
    try? FileManager.default.removeItem(atPath: path)
  }

  static let available: Bool = SmallDisk(kilobytes: 64) != nil

  @discardableResult
  static func run(_ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: arguments[0])
    process.arguments = Array(arguments.dropFirst())
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    process.standardError = FileHandle(forWritingAtPath: "/dev/null")
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }

  /// Fills what is left with a file of its own, until the disk says it is full.
  func fill() {
    let fd = open(path + "/filler", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { return }
    defer { close(fd) }
    let block = [UInt8](repeating: 0, count: 4_096)
    while block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
  }

  func free() {
    unlink(path + "/filler")
  }
}

/// The disk fills while moves are being journalled: a failed append used to leave later edits
/// looking journalled, and lost after a crash (2 of 2). Now each failure is said (the victim
/// reports it, the workbench shows it) until the journal is whole again, the journal is cut
/// back to its last whole line, and the edits in memory go out once there is room. Every kill
/// then recovers every move that was reported journalled; a move lost is one that was reported
/// as not journalled.
@Suite(
  .enabled(
    if: SmallDisk.available,
    "needs root to mount a small tmpfs; ExactRecoveryTests covers a full disk with injected faults"
  ))
struct FullDiskDuringJournalingTests {
  @Test func aFullDiskLosesNothingSilently() throws {
    let disk = try #require(SmallDisk(kilobytes: 1_024))
    let path = disk.path + "/plan.ecowerk.json"
    var random = SplitMix64(seed: 20_261_207)
    let runs = max(20, KillDuringSaveTests.runs / 5)
    var orders = KillDuringEditingTests.script.orders(upTo: 0)
    var torn = 0
    var lostSilently = 0
    var full = 0
    var madeWhole = 0
    var notJournalled = 0
    for run in 0..<runs {
      disk.free()
      try KillDuringEditingTests.freshPlan(at: path)
      // The journal's last page has room for a few dozen moves: the disk is full for long
      // enough that appends fail.
      let fillAt = 100_000 + Int(random.next() % 100_000)
      let freeAt = fillAt + 300_000 + Int(random.next() % 200_000)
      // Half the runs are killed while the disk is still full, half after it has room again.
      let killAt =
        run % 2 == 0 ? freeAt - 50_000 : freeAt + 100_000 + Int(random.next() % 200_000)
      let said = try KillDuringEditingTests.runVictim(
        path, killAfter: killAt, meanwhile: [(fillAt, disk.fill), (freeAt, disk.free)])
      disk.free()
      if said.failedAppends > 0 { full += 1 }
      if said.madeWhole { madeWhole += 1 }
      notJournalled += said.lastMove - said.lastWhole
      if orders.count < said.lastMove + 2 {
        orders = KillDuringEditingTests.script.orders(upTo: said.lastMove + 1)
      }
      guard let found = try? KillDuringEditingTests.recover(path), !found.tornInside else {
        torn += 1
        continue
      }
      // At least every move reported journalled (and at most the one being written).
      let recovered = orders[said.lastWhole...(said.lastMove + 1)].contains(found.order)
      if !recovered { lostSilently += 1 }
    }
    #expect(torn == 0, "torn or unreadable plans or journals")
    #expect(lostSilently == 0, "moves reported journalled but not recovered")
    #expect(full > runs / 2, "the disk filled during most runs (\(full))")
    #expect(madeWhole > 0, "and the journal was made whole again once it had room")
    print(
      "full disk during journalling: \(runs) kills, \(full) with the disk full, "
        + "\(madeWhole) made whole again, \(notJournalled) moves reported not journalled; "
        + "\(torn) torn, \(lostSilently) lost silently")
  }
}
