import EcowerkModel

/// Comparing and merging copies of the plan (`ecowerk diff` and `ecowerk merge`): the plan
/// with itself, with a partner's copy, and two partners' copies merged with the plan as base.
extension SizeRun {
  mutating func comparisonFigures(_ plan: Plan) {
    let copies = BetweenWorkshops(plan, seed: seed)
    var same = Samples()
    var diff = Samples()
    var merge = Samples()
    var changes = 0
    var conflicts = 0
    for run in 0...size.repetitions {
      let (equal, sameTime) = MonotonicClock.measure { PlanDiff(from: plan, to: plan).isEmpty }
      let (found, diffTime) = MonotonicClock.measure { PlanDiff(from: plan, to: copies.ours) }
      let (merged, mergeTime) = MonotonicClock.measure {
        PlanMerge(base: plan, ours: copies.ours, theirs: copies.theirs)
      }
      changes = found.changes.count
      conflicts = merged.conflicts.count
      if !equal { conflicts = -1 }
      if run > 0 {
        same.add(sameTime)
        diff.add(diffTime)
        merge.add(mergeTime)
      }
    }
    figures += [
      Figure(
        "compare.diff", "diff: the plan and a partner's copy, median of \(diff.count)",
        diff.median, .milliseconds, budget: .atMost(1_000),
        note: "\(changes) changes · max \(diff.max)"),
      Figure(
        "compare.same", "of which the plan with itself", same.median, .milliseconds, level: 1),
      Figure(
        "compare.merge", "merge: two partners' copies and their base, median of \(merge.count)",
        merge.median, .milliseconds, budget: .atMost(1_000),
        note: "\(conflicts) conflicts · max \(merge.max)"),
    ]
  }
}
