import EcowerkModel

/// Step 2, the blueprint: propositions for every segment that answer its pains and
/// barriers, integrated rather than bundled, with solution directions; an approach aimed at
/// the failures of step 1; a minimum viable ecosystem that covers the chain and can work
/// multi-sector, multi-disciplinary and multi-level, one orchestrator and how it is organised,
/// partners who know what they bring, want and get, something handed over to the joint
/// organisation, and a peer review in the current phase.
extension PlanChecks {
  static func propositions(_ plan: Plan) -> [Finding] {
    var findings: [Finding] = []
    var served = Set<SegmentID>()
    var relieved = Set<NeedID>()
    var removed = Set<BarrierID>()
    for proposition in plan.propositions {
      served.formUnion(proposition.segments)
      relieved.formUnion(proposition.relieves)
      removed.formUnion(proposition.removes)
    }
    for segment in plan.segments where !served.contains(segment.id) {
      findings.append(
        Finding(.segmentWithoutProposition, .segment(segment.id), [.name(segment.name)]))
    }
    // Step 2 builds on the needs of step 1: every pain and barrier is answered by some
    // proposition. A gain is what the partnership may add; it is not owed.
    for segment in plan.segments {
      for pain in segment.pains where !relieved.contains(pain.id) && !isBlank(pain.text) {
        findings.append(
          Finding(
            .needUnanswered, .pain(segment.id, pain.id), field: .text, variant: "pain",
            [.name(segment.name), .name(pain.text)]))
      }
      for barrier in segment.barriers where !removed.contains(barrier.id) && !isBlank(barrier.text)
      {
        findings.append(
          Finding(
            .needUnanswered, .barrier(segment.id, barrier.id), field: .text, variant: "barrier",
            [.name(segment.name), .name(barrier.text)]))
      }
    }
    for proposition in plan.propositions {
      let ref = EntityRef.proposition(proposition.id)
      if !hasText(proposition.solutionDirections) {
        findings.append(
          Finding(
            .solutionDirectionsMissing, ref, field: .solutionDirections,
            [.name(proposition.name)]))
      }
      if isBlank(proposition.integration) {
        findings.append(
          Finding(.integrationMissing, ref, field: .integration, [.name(proposition.name)]))
      }
    }
    return findings
  }

  /// The approach is aimed at the failures it named: each is addressed by a proposition, a
  /// partner or a node of the Theory of Change.
  static func approach(_ plan: Plan) -> [Finding] {
    var inTree = Set<FailureID>()
    plan.forEachNode { node in
      inTree.formUnion(node.systemFailures)
      inTree.formUnion(node.transformationFailures)
    }
    var findings: [Finding] = []
    for (failure, ref) in plan.allFailures where !isBlank(failure.description) {
      guard failure.propositions.isEmpty, failure.partners.isEmpty, !inTree.contains(failure.id)
      else { continue }
      findings.append(
        Finding(.failureUnaddressed, ref, field: .propositions, [.name(failure.description)]))
    }
    return findings
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
      var interests: [Field] = []
      if isBlank(partner.sharedInterests) { interests.append(.sharedInterests) }
      if isBlank(partner.ownInterests) { interests.append(.ownInterests) }
      if let first = interests.first {
        findings.append(
          Finding(
            .partnerInterestsMissing, ref, field: first, [.name(partner.name), .fields(interests)])
        )
      }
      if partner.propositions.isEmpty {
        findings.append(
          Finding(
            .partnerWithoutProposition, ref, field: .propositions, [.name(partner.name)]))
      }
    }
    return findings
  }

  static func organisation(_ plan: Plan) -> [Finding] {
    var findings: [Finding] = []
    // Who orchestrates is a flag in the stakeholder field; how is the plan's own text.
    var orchestration: [Field] = []
    if isBlank(plan.orchestrationMandate) { orchestration.append(.orchestrationMandate) }
    if isBlank(plan.decisionMaking) { orchestration.append(.decisionMaking) }
    if isBlank(plan.orchestrationFunding) { orchestration.append(.orchestrationFunding) }
    if let first = orchestration.first {
      findings.append(
        Finding(.orchestrationUndefined, .plan, field: first, [.fields(orchestration)]))
    }
    if isBlank(plan.jointValue) {
      findings.append(Finding(.jointValueMissing, .plan, field: .jointValue))
    }
    if plan.jointOrganisation.isEmpty {
      findings.append(Finding(.handOverMissing, .plan, variant: "none"))
    } else {
      let handsOver = plan.jointOrganisation.contains { function in
        function.arrangements.values.contains(.handOver)
      }
      if !handsOver {
        findings.append(Finding(.handOverMissing, .plan, [.count(plan.jointOrganisation.count)]))
      }
    }
    return findings
  }

  /// Business models once the partnership develops, each saying what it earns on, who pays
  /// after the NGF, what it costs and the income it stands for; and no income in the financial
  /// plan without a model behind it.
  static func businessModels(_ plan: Plan) -> [Finding] {
    var findings: [Finding] = []
    if plan.businessModels.isEmpty && plan.phase >= .ontwikkelen {
      findings.append(Finding(.businessModelsMissing, .plan, [.phase(plan.phase)]))
    }
    var backed = Money.zero
    for model in plan.businessModels {
      var missing: [Field] = []
      if model.propositions.isEmpty { missing.append(.propositions) }
      if model.segments.isEmpty { missing.append(.segments) }
      if isBlank(model.revenue) { missing.append(.revenue) }
      if isBlank(model.payerAfterNGF) { missing.append(.payerAfterNGF) }
      if isBlank(model.costs) { missing.append(.costs) }
      if model.income == nil { missing.append(.income) }
      if let first = missing.first {
        findings.append(
          Finding(
            .businessModelIncomplete, .businessModel(model.id), field: first,
            [.name(model.name), .fields(missing)]))
      }
      if let income = model.income { backed = backed + income }
    }
    let horizon = plan.horizon
    let earning = plan.financeByYear.filter { horizon.contains($0.year) && $0.income > .zero }
    if let first = earning.first, backed == .zero {
      findings.append(
        Finding(
          .incomeWithoutBusinessModel, .financeYear(first.year), field: .income, variant: "none",
          [.years(earning.map(\.year)), .money(first.income)]))
    } else if let last = earning.last, last.year == horizon.upperBound, backed < last.income {
      findings.append(
        Finding(
          .incomeWithoutBusinessModel, .financeYear(last.year), field: .income,
          [.year(last.year), .money(last.income), .money(backed), .money(last.income - backed)]))
    }
    return findings
  }

  static func peerReview(_ plan: Plan) -> [Finding] {
    let scored = plan.reviews.contains { $0.phase == plan.phase && !$0.scores.isEmpty }
    return scored ? [] : [Finding(.reviewMissingInPhase, .plan, [.phase(plan.phase)])]
  }
}
