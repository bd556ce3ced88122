import EcowerkChecks
import EcowerkModel
import EcowerkStrings

/// A pilot's success criteria in print: each threshold with the result observed, and what the
/// criteria say about the decision — the room decides against what it agreed beforehand.
extension ReportBuilder {
  /// "De helft voert een maatregel uit: minstens 50, resultaat 65 — gehaald".
  func criterionText(_ criterion: SuccessCriterion) -> String {
    var text = names.orUnnamed(criterion.text)
    if let threshold = criterion.threshold {
      text += ": " + strings.label(criterion.comparison) + " " + strings.decimal(threshold)
    }
    if let kpi = criterion.kpi.flatMap(plan.kpi) {
      text += " (" + strings.format("report.criterion.kpi", names.orUnnamed(kpi.name)) + ")"
    }
    let result = PilotVerdict.result(of: criterion, in: plan)
    text += ", " + strings.format("report.criterion.result", strings.decimal(result))
    switch criterion.isMet(by: result) {
    case true?: text += " — " + strings["report.criterion.met"]
    case false?: text += " — " + strings["report.criterion.missed"]
    case nil: break
    }
    return text
  }

  /// "every criterion met", "1 criterion missed", "no criteria".
  func verdict(_ pilot: Pilot) -> String {
    switch PilotVerdict(pilot, in: plan) {
    case .met: return strings["report.verdict.met"]
    case .missed(let count):
      return strings.format(
        count == 1 ? "report.verdict.missed.one" : "report.verdict.missed", strings.number(count))
    case .open: return strings["report.verdict.open"]
    case .none: return strings["report.verdict.none"]
    }
  }
}
