import EcowerkModel

/// Step 3, into action: a Theory of Change whose outcomes are measured and whose activities
/// lead up to an impact, assumptions tested and a plan B for the broken ones, actions that
/// someone owns by a date with an output, pilots that taught something, and a bowling alley
/// that starts with one segment and passes ambassadors on.
extension PlanChecks {
  static func theoryOfChange(_ plan: Plan) -> [Finding] {
    var findings: [Finding] = []
    if plan.theoryOfChange.isEmpty {
      findings.append(Finding(.theoryOfChangeMissing, .plan))
    }
    walk(plan.theoryOfChange, underImpact: false, into: &findings)
    return findings
  }

  private static func walk(
    _ nodes: [ChangeNode], underImpact: Bool, into findings: inout [Finding]
  ) {
    for node in nodes {
      let ref = EntityRef.node(node.id)
      switch node.level {
      case .outcome where !node.kpis.contains(where: { $0.target != nil }):
        findings.append(Finding(.outcomeWithoutKPI, ref, [.name(node.title)]))
      case .activity where !underImpact:
        findings.append(Finding(.activityWithoutImpact, ref, [.name(node.title)]))
      default:
        break
      }
      for assumption in node.assumptions {
        let ref = EntityRef.assumption(node.id, assumption.id)
        switch assumption.status {
        case .broken where isBlank(assumption.planB):
          findings.append(Finding(.planBMissing, ref, field: .planB, [.name(assumption.text)]))
        case .untested:
          findings.append(
            Finding(.assumptionUntested, ref, field: .status, [.name(assumption.text)]))
        default:
          break
        }
      }
      walk(node.children, underImpact: underImpact || node.level == .impact, into: &findings)
    }
  }

  static func actions(_ plan: Plan, today: CalendarDate) -> [Finding] {
    var findings: [Finding] = []
    // A cancelled action needs no owner, date or output any more.
    for action in plan.actions where action.status != .cancelled {
      let ref = EntityRef.action(action.id)
      if action.owner == nil {
        findings.append(Finding(.actionOwnerMissing, ref, field: .owner, [.name(action.what)]))
      }
      if let end = action.end {
        if action.isOverdue(on: today) {
          findings.append(Finding(.overdue, ref, field: .status, [.name(action.what), .date(end)]))
        }
      } else {
        findings.append(Finding(.actionDateMissing, ref, field: .end, [.name(action.what)]))
      }
      if isBlank(action.output) {
        findings.append(Finding(.actionOutputMissing, ref, field: .output, [.name(action.what)]))
      }
    }
    return findings
  }

  static func pilots(_ plan: Plan, today: CalendarDate) -> [Finding] {
    var findings: [Finding] = []
    for pilot in plan.pilots where !hasText(pilot.learnings) {
      let ref = EntityRef.pilot(pilot.id)
      if let end = pilot.end, end < today {
        findings.append(
          Finding(.pilotLearningsMissing, ref, field: .learnings, [.name(pilot.name), .date(end)]))
      } else if pilot.status == .finished {
        findings.append(
          Finding(
            .pilotLearningsMissing, ref, field: .learnings,
            message: "check.\(Check.pilotLearningsMissing.rawValue).finished",
            [.name(pilot.name)]))
      }
    }
    return findings
  }

  static func bowlingAlley(_ plan: Plan) -> [Finding] {
    guard !plan.segments.isEmpty else { return [] }
    var positions: [SegmentID: Int] = [:]
    for segment in plan.segments {
      if let position = segment.alleyPosition { positions[segment.id] = position }
    }
    guard let first = positions.values.min() else {
      return [
        Finding(.alleyStart, .plan, message: "check.\(Check.alleyStart.rawValue).none")
      ]
    }
    var findings: [Finding] = []
    let starters = plan.segments.filter { $0.alleyPosition == first }
    if starters.count > 1 {
      findings.append(
        Finding(
          .alleyStart, .segment(starters[1].id), field: .alleyPosition,
          [.count(starters.count), .count(first)]))
    }
    for segment in plan.segments {
      guard let own = segment.alleyPosition, own > first else { continue }
      let hasEarlier = segment.ambassadors.contains { id in
        positions[id].map { $0 < own } ?? false
      }
      if !hasEarlier {
        findings.append(
          Finding(
            .ambassadorMissing, .segment(segment.id), field: .ambassadors, [.name(segment.name)]))
      }
    }
    return findings
  }
}
