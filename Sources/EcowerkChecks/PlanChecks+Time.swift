import EcowerkModel

/// Step 3 over time: KPIs that fall behind the line through their milestones, and pilots whose
/// decision is held against the success criteria agreed beforehand ("think big, act small,
/// learn fast" only works when a pilot's result decides).
extension PlanChecks {
  /// A KPI behind its line, or past its deadline short of the target. Its message says how
  /// far it has come against what is due, and asks whether execution or a changed environment
  /// explains it; the cause, once entered, is part of the message.
  static func kpis(_ plan: Plan, today: CalendarDate) -> [Finding] {
    var findings: [Finding] = []
    let planStart = CalendarDate(year: plan.startYear, month: 1, day: 1)
    func judge(_ kpi: KPI, _ ref: EntityRef, start: CalendarDate?) {
      let standing = KpiStanding.of(kpi, start: start, today: today)
      guard standing == .behind || standing == .late else { return }
      let name = CheckArgument.name(kpi.name)
      let cause = kpi.cause.map { "." + $0.rawValue } ?? ""
      if standing == .late, let deadline = kpi.deadline {
        findings.append(
          Finding(
            .kpiBehind, ref, field: .cause, variant: "late" + cause, [name, .date(deadline)]))
      } else {
        let due = KpiStanding.due(kpi, start: start, on: today) ?? 0
        findings.append(
          Finding(
            .kpiBehind, ref, field: .cause,
            variant: cause.isEmpty ? nil : String(cause.dropFirst()),
            [
              name, .figure(kpi.actual ?? kpi.baseline ?? 0, unit: kpi.unit),
              .figure((due * 10).rounded() / 10, unit: kpi.unit),
            ]))
      }
    }
    // Depth first with an explicit stack, in tree order, like the KPI board.
    var stack: [ArraySlice<ChangeNode>] = [plan.theoryOfChange[...]]
    while var level = stack.popLast() {
      guard let node = level.popFirst() else { continue }
      stack.append(level)
      for kpi in node.kpis { judge(kpi, .nodeKPI(node.id, kpi.id), start: planStart) }
      if !node.children.isEmpty { stack.append(node.children[...]) }
    }
    for index in plan.actions.indices where !plan.actions[index].kpis.isEmpty {
      let start = plan.actions[index].start ?? planStart
      for kpi in plan.actions[index].kpis {
        judge(kpi, .actionKPI(plan.actions[index].id, kpi.id), start: start)
      }
    }
    return findings
  }

  /// A finished pilot must say what it showed; its decision must agree with its criteria:
  /// scaling up a pilot that missed one, or stopping one that met them all, is a finding.
  static func pilotResults(_ plan: Plan) -> [Finding] {
    var findings: [Finding] = []
    for pilot in plan.pilots {
      let ref = EntityRef.pilot(pilot.id)
      let name = CheckArgument.name(pilot.name)
      let results = pilot.criteria.map { PilotVerdict.result(of: $0, in: plan) }
      if pilot.status == .finished {
        if pilot.criteria.isEmpty {
          findings.append(Finding(.pilotResultMissing, ref, variant: "none", [name]))
        } else if let open = pilot.criteria.indices.first(where: { results[$0] == nil }) {
          findings.append(
            Finding(
              .pilotResultMissing, .criterion(pilot.id, pilot.criteria[open].id),
              field: .observed, [name, .name(pilot.criteria[open].text)]))
        }
      }
      guard let decision = pilot.decision else { continue }
      let verdict = PilotVerdict(pilot, in: plan)
      switch (decision, verdict) {
      case (.scaleUp, .missed(let count)):
        findings.append(
          Finding(
            .pilotDecisionContradicts, ref, field: .decision, variant: count == 1 ? "one" : nil,
            [name, .count(count)]))
      case (.stop, .met):
        findings.append(
          Finding(.pilotDecisionContradicts, ref, field: .decision, variant: "stop", [name]))
      default:
        break
      }
    }
    return findings
  }
}

/// What a pilot's criteria say about it, on the results there are.
public enum PilotVerdict: Hashable, Sendable {
  /// Every criterion has a result and meets it.
  case met
  /// This many criteria have a result that misses the threshold.
  case missed(Int)
  /// No criterion missed, but not every one has a result (or a threshold) yet.
  case open
  /// The pilot has no success criteria.
  case none

  public init(_ pilot: Pilot, in plan: Plan) {
    guard !pilot.criteria.isEmpty else {
      self = .none
      return
    }
    var missed = 0
    var open = 0
    for criterion in pilot.criteria {
      switch criterion.isMet(by: Self.result(of: criterion, in: plan)) {
      case true?: break
      case false?: missed += 1
      case nil: open += 1
      }
    }
    self = missed > 0 ? .missed(missed) : open > 0 ? .open : .met
  }

  /// A criterion's result: the one observed, else the latest figure of its KPI.
  public static func result(of criterion: SuccessCriterion, in plan: Plan) -> Double? {
    criterion.observed ?? criterion.kpi.flatMap { plan.kpi($0)?.actual }
  }
}
