import EcowerkChecks
import EcowerkModel

/// The checks against the method: all of them on the whole plan (what opening a plan and
/// `ecowerk check` cost), and the areas an edit of one action touches (what a keystroke that
/// edits costs on top of the edit; the keystroke figures include it).
extension SizeRun {
  mutating func checkFigures(_ plan: Plan) {
    var whole = Samples()
    var findings = 0
    for run in 0...size.repetitions {
      let (health, milliseconds) = MonotonicClock.measure {
        PlanHealth(plan: plan, today: Self.today)
      }
      findings = health.count
      if run > 0 { whole.add(milliseconds) }
    }
    var health = PlanHealth(plan: plan, today: Self.today)
    var recheck = Samples()
    for run in 0...size.repetitions {
      let ((), milliseconds) = MonotonicClock.measure {
        health.recheck(.actions, in: plan)
      }
      if run > 0 { recheck.add(milliseconds) }
    }
    // What re-checking costs after an edit of each part: one area or a few read it.
    let parts: [(String, PlanParts)] = [
      ("stakeholders", .stakeholders), ("segments", .segments),
      ("theoryOfChange", .theoryOfChange), ("finance", .finance), ("planFields", .planFields),
    ]
    for (name, part) in parts {
      var samples = Samples()
      for run in 0...size.repetitions {
        let ((), milliseconds) = MonotonicClock.measure { health.recheck(part, in: plan) }
        if run > 0 { samples.add(milliseconds) }
      }
      figures.append(
        Figure(
          "checks.\(name)", "of which re-checking after an edit of \(name)", samples.median,
          .milliseconds, level: 1))
    }
    figures += [
      Figure(
        "checks.all", "checks: every check on the whole plan, median of \(whole.count)",
        whole.median, .milliseconds, note: "\(findings) findings · max \(whole.max)"),
      Figure(
        "checks.actions", "of which re-checking after an action edit", recheck.median,
        .milliseconds, level: 1),
    ]
  }
}
