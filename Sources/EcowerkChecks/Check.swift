/// One condition of the method that a plan can be checked against.
///
/// The raw value is the check's stable id: `ecowerk check --format json` prints it, scripts and
/// CI filter on it, and the README lists it, so an id is never renamed once shipped. The
/// prefix names the step of the method (`why`, `blueprint`, `action`).
public enum Check: String, CaseIterable, Sendable, Comparable {
  // Step 1: why.
  case challengeMissing = "why.challenge-missing"
  case visionMissing = "why.vision-missing"
  case systemFailuresMissing = "why.system-failures-missing"
  case transformationFailuresMissing = "why.transformation-failures-missing"
  case interactionIncomplete = "why.interaction-incomplete"
  case segmentsMissing = "why.segments-missing"
  case segmentProfileIncomplete = "why.segment-profile-incomplete"
  case segmentSizeMissing = "why.segment-size-missing"
  case segmentTargetMissing = "why.segment-target-missing"
  case segmentPainsMissing = "why.segment-pains-missing"
  case segmentGainsMissing = "why.segment-gains-missing"
  case segmentBarriersMissing = "why.segment-barriers-missing"
  case outsiderConversationsMissing = "why.outsider-conversations-missing"
  case membershipUnchosen = "why.membership-unchosen"
  case totalTargetMissing = "why.total-target-missing"
  case targetsDoNotAddUp = "why.targets-do-not-add-up"

  // Step 2: the blueprint.
  case segmentWithoutProposition = "blueprint.segment-without-proposition"
  case needUnanswered = "blueprint.need-unanswered"
  case solutionDirectionsMissing = "blueprint.solution-directions-missing"
  case integrationMissing = "blueprint.integration-missing"
  case failureUnaddressed = "blueprint.failure-unaddressed"
  case mveEmpty = "blueprint.mve-empty"
  case chainLinksMissing = "blueprint.chain-links-missing"
  case mveChainGap = "blueprint.mve-chain-gap"
  case notMultiSector = "blueprint.not-multi-sector"
  case notMultiDisciplinary = "blueprint.not-multi-disciplinary"
  case notMultiLevel = "blueprint.not-multi-level"
  case orchestratorMissing = "blueprint.orchestrator-missing"
  case orchestratorNotOne = "blueprint.orchestrator-not-one"
  case partnerContributionMissing = "blueprint.partner-contribution-missing"
  case partnerRoleMissing = "blueprint.partner-role-missing"
  case partnerAddedValueMissing = "blueprint.partner-added-value-missing"
  case partnerInterestsMissing = "blueprint.partner-interests-missing"
  case partnerWithoutProposition = "blueprint.partner-without-proposition"
  case orchestrationUndefined = "blueprint.orchestration-undefined"
  case jointValueMissing = "blueprint.joint-value-missing"
  case handOverMissing = "blueprint.hand-over-missing"
  case businessModelsMissing = "blueprint.business-models-missing"
  case businessModelIncomplete = "blueprint.business-model-incomplete"
  case incomeWithoutBusinessModel = "blueprint.income-without-business-model"
  case financeYearEmpty = "blueprint.finance-year-empty"
  case financeUnbalanced = "blueprint.finance-unbalanced"
  case ngfAtHorizon = "blueprint.ngf-at-horizon"
  case budgetDeviation = "blueprint.budget-deviation"
  case horizonNotSix = "blueprint.horizon-not-six"
  case reviewMissingInPhase = "blueprint.review-missing-in-phase"

  // Step 3: into action.
  case theoryOfChangeMissing = "action.theory-of-change-missing"
  case impactWithoutSegment = "action.impact-without-segment"
  case impactWithoutFailure = "action.impact-without-failure"
  case outcomeWithoutKPI = "action.outcome-without-kpi"
  case activityWithoutImpact = "action.activity-without-impact"
  case assumptionsMissing = "action.assumptions-missing"
  case assumptionUntested = "action.assumption-untested"
  case planBMissing = "action.plan-b-missing"
  case actionPlanMissing = "action.action-plan-missing"
  case actionOwnerMissing = "action.owner-missing"
  case actionDateMissing = "action.date-missing"
  case actionOutputMissing = "action.output-missing"
  case overdue = "action.overdue"
  case kpiBehind = "action.kpi-behind"
  case pilotsMissing = "action.pilots-missing"
  case pilotLearningsMissing = "action.pilot-learnings-missing"
  case pilotDecisionMissing = "action.pilot-decision-missing"
  case pilotPainPointsMissing = "action.pilot-pain-points-missing"
  case pilotResultMissing = "action.pilot-result-missing"
  case pilotDecisionContradicts = "action.pilot-decision-contradicts"
  case alleyStart = "action.alley-start"
  case ambassadorMissing = "action.ambassador-missing"
  case phaseEntryUnmet = "action.phase-entry-unmet"

  /// The id, as printed and documented.
  public var id: String { rawValue }

  /// The step of the method the check belongs to: 1 (why), 2 (blueprint), 3 (into action).
  public var step: Int {
    if rawValue.hasPrefix("why.") { return 1 }
    if rawValue.hasPrefix("blueprint.") { return 2 }
    return 3
  }

  /// How much the finding matters, by what the method says. Errors are what it calls
  /// essential and a peer reviewer would stop at (which problem for whom, a vision, a chain
  /// link nobody covers, a year that does not balance, a plan that needs NGF after the horizon,
  /// an action plan once the partnership has started, business models once it develops);
  /// warnings are gaps in the work; hints are what the plan could say more clearly.
  public var severity: Severity {
    switch self {
    case .challengeMissing, .visionMissing, .segmentsMissing, .mveEmpty, .mveChainGap,
      .orchestratorMissing, .orchestratorNotOne, .partnerAddedValueMissing, .financeUnbalanced,
      .ngfAtHorizon, .planBMissing, .businessModelsMissing, .actionPlanMissing:
      return .error
    case .totalTargetMissing, .chainLinksMissing, .assumptionUntested, .horizonNotSix,
      .interactionIncomplete, .impactWithoutFailure:
      return .hint
    default:
      return .warning
    }
  }

  /// The part of the plan the check looks at; a change elsewhere cannot change its findings.
  public var area: CheckArea {
    switch self {
    case .challengeMissing, .visionMissing: return .vision
    case .systemFailuresMissing, .transformationFailuresMissing, .interactionIncomplete:
      return .failures
    case .segmentsMissing, .segmentProfileIncomplete, .segmentSizeMissing,
      .segmentTargetMissing, .segmentPainsMissing, .segmentGainsMissing,
      .segmentBarriersMissing, .outsiderConversationsMissing, .membershipUnchosen,
      .totalTargetMissing, .targetsDoNotAddUp:
      return .segments
    case .segmentWithoutProposition, .needUnanswered, .solutionDirectionsMissing,
      .integrationMissing:
      return .propositions
    case .failureUnaddressed: return .approach
    case .mveEmpty, .chainLinksMissing, .mveChainGap, .notMultiSector, .notMultiDisciplinary,
      .notMultiLevel, .orchestratorMissing, .orchestratorNotOne, .partnerContributionMissing,
      .partnerRoleMissing, .partnerAddedValueMissing, .partnerInterestsMissing,
      .partnerWithoutProposition:
      return .stakeholders
    case .orchestrationUndefined, .jointValueMissing, .handOverMissing: return .organisation
    case .businessModelsMissing, .businessModelIncomplete, .incomeWithoutBusinessModel:
      return .businessModels
    case .financeYearEmpty, .financeUnbalanced, .ngfAtHorizon, .budgetDeviation, .horizonNotSix:
      return .finance
    case .reviewMissingInPhase: return .peerReview
    case .theoryOfChangeMissing, .impactWithoutSegment, .impactWithoutFailure, .outcomeWithoutKPI,
      .activityWithoutImpact, .assumptionsMissing, .assumptionUntested, .planBMissing:
      return .theoryOfChange
    case .actionPlanMissing, .actionOwnerMissing, .actionDateMissing, .actionOutputMissing,
      .overdue:
      return .actions
    case .kpiBehind: return .kpis
    case .pilotsMissing, .pilotLearningsMissing, .pilotDecisionMissing, .pilotPainPointsMissing,
      .pilotResultMissing, .pilotDecisionContradicts:
      return .pilots
    case .alleyStart, .ambassadorMissing: return .bowlingAlley
    case .phaseEntryUnmet: return .phase
    }
  }

  /// Position in the documented list: the method's order.
  public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: Check, rhs: Check) -> Bool { lhs.order < rhs.order }
}

/// How much a finding matters, most serious first.
public enum Severity: String, CaseIterable, Sendable, Comparable {
  case error
  case warning
  case hint

  public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
