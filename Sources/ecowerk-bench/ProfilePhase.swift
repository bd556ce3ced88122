import EcowerkModel
import EcowerkStore
import EcowerkUI

/// One phase of a size run, repeated with nothing else around it, for a sampling profiler:
/// `perf record -e cpu-clock -g ecowerk-bench --size large --profile load`. What a budget
/// miss costs is then read per function instead of guessed.
enum ProfilePhase: String, CaseIterable {
  case load
  case save
  case keystrokes
  case frames
  case diff
  case merge

  /// Runs the phase `repetitions` times on the plan at `path`.
  func run(planPath: String, seed: UInt64, keystrokes: Int, repetitions: Int) throws -> Int {
    let bytes = try SizeRun.readFile(planPath)
    let plan = try PlanFile.decode(bytes, file: planPath)
    var state = AppState(
      plan: plan, filePath: planPath, size: SizeRun.screen,
      settings: Settings(today: SizeRun.today, mouse: false))
    _ = Workbench.update(&state, .resize(SizeRun.screen))
    var sink = 0
    let copies = self == .diff || self == .merge ? BetweenWorkshops(plan, seed: seed) : nil
    for _ in 0..<repetitions {
      switch self {
      case .load:
        sink &+= try PlanFile.decode(bytes, file: planPath).stakeholders.count
      case .save:
        sink &+= PlanFile.encode(plan).count
      case .keystrokes:
        var mix = WorkshopMix(seed: seed)
        var played = state
        sink &+= mix.play(&played, count: keystrokes).count
      case .frames:
        for pane in PaneID.allCases {
          var shown = state
          shown.pane = pane
          _ = Workbench.update(&shown, .resize(SizeRun.screen))
          sink &+= Screen.render(shown).cells.count
        }
      case .diff:
        sink &+= PlanDiff(from: plan, to: copies?.ours ?? plan).changes.count
      case .merge:
        sink &+=
          PlanMerge(base: plan, ours: copies?.ours ?? plan, theirs: copies?.theirs ?? plan)
          .conflicts.count
      }
    }
    return sink
  }
}
