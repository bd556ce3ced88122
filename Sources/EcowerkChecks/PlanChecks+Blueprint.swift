import EcowerkModel

/// Step 2, the blueprint: propositions for every segment, a minimum viable ecosystem that
/// covers the chain and can work multi-sector, multi-disciplinary and multi-level, one
/// orchestrator, partners who know what they bring and get, something handed over to the
/// joint organisation, and a peer review in the current phase.
extension PlanChecks {
  static func propositions(_ plan: Plan) -> [Finding] {
    var served = Set<SegmentID>()
    for proposition in plan.propositions { served.formUnion(proposition.segments) }
    return plan.segments.lazy.filter { !served.contains($0.id) }.map {
      Finding(.segmentWithoutProposition, .segment($0.id), [.name($0.name)])
    }
  }

  static func stakeholders(_ plan: Plan) -> [Finding] {
    var findings: [Finding] = []
    // Uses the same summary the stakeholder pane shows (`Plan+StakeholderField`).
    let members = plan.mveMembers
    if members.isEmpty {
      findings.append(
        Finding(
          .mveEmpty, .plan, variant: plan.stakeholders.count == 1 ? "one" : nil,
          [.count(plan.stakeholders.count)]))
    }
    if plan.chainLinks.isEmpty {
      findings.append(Finding(.chainLinksMissing, .plan))
    } else if !members.isEmpty {
      for link in plan.uncoveredChainLinks {
        findings.append(Finding(.mveChainGap, .chainLink(link.id), [.name(link.name)]))
      }
    }
    if !members.isEmpty {
      let sectors = plan.missingSectors
      if !sectors.isEmpty {
        findings.append(Finding(.notMultiSector, .plan, [.sectors(sectors)]))
      }
      var disciplines = Set<String>()
      for member in members where !isBlank(member.discipline) {
        disciplines.insert(member.discipline.lowercased())
        if disciplines.count > 1 { break }
      }
      if disciplines.count < 2 {
        findings.append(
          Finding(
            .notMultiDisciplinary, .plan, variant: disciplines.count == 1 ? "one" : nil,
            [.count(disciplines.count)]))
      }
      let levels = plan.missingLevels
      if !levels.isEmpty {
        findings.append(Finding(.notMultiLevel, .plan, [.levels(levels)]))
      }
    }
    let orchestrators = plan.orchestrators
    if orchestrators.isEmpty {
      findings.append(Finding(.orchestratorMissing, .plan))
    } else if orchestrators.count > 1 {
      for orchestrator in orchestrators {
        findings.append(
          Finding(
            .orchestratorNotOne, .stakeholder(orchestrator.id), field: .isOrchestrator,
            [.name(orchestrator.name), .count(orchestrators.count)]))
      }
    }
    // The partners are the members of the minimum viable ecosystem: the parties the plan says
    // it cannot do without.
    for partner in members {
      let ref = EntityRef.stakeholder(partner.id)
      if isBlank(partner.contributions) {
        findings.append(
          Finding(.partnerContributionMissing, ref, field: .contributions, [.name(partner.name)]))
      }
      if isBlank(partner.role) {
        findings.append(Finding(.partnerRoleMissing, ref, field: .role, [.name(partner.name)]))
      }
      if isBlank(partner.addedValue) {
        findings.append(
          Finding(.partnerAddedValueMissing, ref, field: .addedValue, [.name(partner.name)]))
      }
    }
    return findings
  }

  static func organisation(_ plan: Plan) -> [Finding] {
    if plan.jointOrganisation.isEmpty {
      return [
        Finding(
          .handOverMissing, .plan, variant: "none")
      ]
    }
    let handsOver = plan.jointOrganisation.contains { function in
      function.arrangements.values.contains(.handOver)
    }
    return handsOver
      ? [] : [Finding(.handOverMissing, .plan, [.count(plan.jointOrganisation.count)])]
  }

  static func peerReview(_ plan: Plan) -> [Finding] {
    let scored = plan.reviews.contains { $0.phase == plan.phase && !$0.scores.isEmpty }
    return scored ? [] : [Finding(.reviewMissingInPhase, .plan, [.phase(plan.phase)])]
  }
}
