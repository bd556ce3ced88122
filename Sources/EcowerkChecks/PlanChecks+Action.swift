import EcowerkModel

/// Step 3, into action: a Theory of Change whose impact goals serve segments and failures,
/// whose outcomes are measured and whose activities lead up to an impact, with assumptions
/// tested and a plan B for the broken ones; an action plan once the partnership has started,
/// whose actions someone owns by a date with an output; pilots once it develops, that taught
/// something, named their pain points and ended in a decision; and a bowling alley that starts
/// with one segment and passes ambassadors on.
extension PlanChecks {
  static func theoryOfChange(_ plan: Plan) -> [Finding] {
    var findings: [Finding] = []
    if plan.theoryOfChange.isEmpty {
      findings.append(Finding(.theoryOfChangeMissing, .plan))
    }
    var assumptionCount = 0
    walk(plan.theoryOfChange, underImpact: false, assumptions: &assumptionCount, into: &findings)
    if !plan.theoryOfChange.isEmpty && assumptionCount == 0 {
      findings.append(Finding(.assumptionsMissing, .plan, [.count(plan.nodeCount)]))
    }
    return findings
  }

  /// Reads the nodes field by field through the array rather than copying each node whole: on a
  /// tree of ten thousand nodes the copies (and their reference counting) would cost more than
  /// the checks themselves.
  private static func walk(
    _ nodes: [ChangeNode], underImpact: Bool, assumptions count: inout Int,
    into findings: inout [Finding]
  ) {
    for index in nodes.indices {
      let level = nodes[index].level
      count += nodes[index].assumptions.count
      switch level {
      case .impact:
        // An impact goal makes the vision operational: for whom, against which failures.
        let ref = EntityRef.node(nodes[index].id)
        let title = CheckArgument.name(nodes[index].title)
        if nodes[index].segments.isEmpty {
          findings.append(Finding(.impactWithoutSegment, ref, field: .segments, [title]))
        }
        if nodes[index].systemFailures.isEmpty && nodes[index].transformationFailures.isEmpty {
          findings.append(Finding(.impactWithoutFailure, ref, field: .systemFailures, [title]))
        }
      case .outcome where !nodes[index].kpis.contains(where: { $0.target != nil }):
        findings.append(
          Finding(.outcomeWithoutKPI, .node(nodes[index].id), [.name(nodes[index].title)]))
      case .activity where !underImpact:
        findings.append(
          Finding(.activityWithoutImpact, .node(nodes[index].id), [.name(nodes[index].title)]))
      default:
        break
      }
      if !nodes[index].assumptions.isEmpty {
        assumptions(of: nodes[index], into: &findings)
      }
      if !nodes[index].children.isEmpty {
        walk(
          nodes[index].children, underImpact: underImpact || level == .impact,
          assumptions: &count, into: &findings)
      }
    }
  }

  private static func assumptions(of node: ChangeNode, into findings: inout [Finding]) {
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
  }

  /// Field by field, like the tree: most of twenty thousand actions are fine, and only those
  /// with a finding are looked at whole.
  static func actions(_ plan: Plan, today: CalendarDate) -> [Finding] {
    var findings: [Finding] = []
    let actions = plan.actions
    if actions.isEmpty && plan.phase >= .starten {
      findings.append(Finding(.actionPlanMissing, .plan, [.phase(plan.phase)]))
    }
    for index in actions.indices {
      // A cancelled action needs no owner, date or output any more.
      let status = actions[index].status
      guard status != .cancelled else { continue }
      let end = actions[index].end
      let ownerMissing = actions[index].owner == nil
      let outputMissing = isBlank(actions[index].output)
      // As `Action.isOverdue`, read without copying the action.
      let overdue = (end.map { $0 < today } ?? false) && (status == .planned || status == .running)
      guard ownerMissing || outputMissing || overdue || end == nil else { continue }
      let ref = EntityRef.action(actions[index].id)
      let name = CheckArgument.name(actions[index].what)
      if ownerMissing {
        findings.append(Finding(.actionOwnerMissing, ref, field: .owner, [name]))
      }
      if let end {
        if overdue { findings.append(Finding(.overdue, ref, field: .status, [name, .date(end)])) }
      } else {
        findings.append(Finding(.actionDateMissing, ref, field: .end, [name]))
      }
      if outputMissing {
        findings.append(Finding(.actionOutputMissing, ref, field: .output, [name]))
      }
    }
    return findings
  }

  static func pilots(_ plan: Plan, today: CalendarDate) -> [Finding] {
    var findings: [Finding] = []
    if plan.pilots.isEmpty && plan.phase >= .ontwikkelen {
      findings.append(Finding(.pilotsMissing, .plan, [.phase(plan.phase)]))
    }
    // A finished pilot ends in a decision (scale up, adjust, stop) and names the pain points of
    // the cooperation it brought to light.
    for pilot in plan.pilots where pilot.status == .finished {
      let ref = EntityRef.pilot(pilot.id)
      if pilot.decision == nil {
        findings.append(Finding(.pilotDecisionMissing, ref, field: .decision, [.name(pilot.name)]))
      }
      if !pilot.painPoints.contains(where: { !isBlank($0.text) }) {
        findings.append(Finding(.pilotPainPointsMissing, ref, [.name(pilot.name)]))
      }
    }
    for pilot in plan.pilots where !hasText(pilot.learnings) {
      let ref = EntityRef.pilot(pilot.id)
      if let end = pilot.end, end < today {
        findings.append(
          Finding(.pilotLearningsMissing, ref, field: .learnings, [.name(pilot.name), .date(end)]))
      } else if pilot.status == .finished {
        findings.append(
          Finding(
            .pilotLearningsMissing, ref, field: .learnings,
            variant: "finished",
            [.name(pilot.name)]))
      }
    }
    return findings + pilotResults(plan)
  }

  static func bowlingAlley(_ plan: Plan) -> [Finding] {
    guard !plan.segments.isEmpty else { return [] }
    var positions: [SegmentID: Int] = [:]
    for segment in plan.segments {
      if let position = segment.alleyPosition { positions[segment.id] = position }
    }
    guard let first = positions.values.min() else {
      return [
        Finding(.alleyStart, .plan, variant: "none")
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
