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
