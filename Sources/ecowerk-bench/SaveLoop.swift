import EcowerkFixtures
import EcowerkModel
import EcowerkStore

/// `--save-loop PATH`: saves two versions of a plan of about 1 MB to PATH, one after the
/// other, until killed — the victim of the test that kills a save at random moments and then
/// checks that the plan on disk is always one whole version, never a torn one.
enum SaveLoop {
  /// The two versions, told apart by their name.
  static func versions(seed: UInt64) -> [Plan] {
    let base = PlanGenerator(seed: seed).plan(
      stakeholders: 600, segments: 30, nodes: 500, actions: 1_000)
    return ["A", "B"].map { name in
      var plan = base
      plan.name = "save-loop \(name)"
      return plan
    }
  }

  /// Saves the files `PATH.A` and `PATH.B` when they exist (a test prepares them, so that the
  /// loop starts saving at once), else two generated versions.
  static func run(path: String, seed: UInt64) -> Int32 {
    let prepared = ["A", "B"].compactMap {
      try? PlanStore.readFile("\(path).\($0)", limit: PlanFormat.maxFileBytes)
    }
    let encoded = prepared.count == 2 ? prepared : versions(seed: seed).map(PlanFile.encode)
    var index = 0
    while true {
      do {
        try PlanStore.write(encoded[index % 2], to: path)
      } catch {
        return Bench.fail(BenchError.describe(error))
      }
      index += 1
    }
  }
}
