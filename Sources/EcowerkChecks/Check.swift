/// One condition of the method that a plan can be checked against.
///
/// The raw value is the check's stable id: `ecowerk check --format json` prints it, scripts and
/// CI filter on it, and the README lists it, so an id is never renamed once shipped. The
/// prefix names the step of the method (`why`, `blueprint`, `action`).
public enum Check: String, CaseIterable, Sendable, Comparable {
  // Step 1: why.
  case visionMissing = "why.vision-missing"
  case systemFailuresMissing = "why.system-failures-missing"
  case transformationFailuresMissing = "why.transformation-failures-missing"
  case segmentsMissing = "why.segments-missing"
  case segmentProfileIncomplete = "why.segment-profile-incomplete"
  case segmentSizeMissing = "why.segment-size-missing"
  case segmentTargetMissing = "why.segment-target-missing"
  case segmentPainsMissing = "why.segment-pains-missing"
  case segmentGainsMissing = "why.segment-gains-missing"
  case segmentBarriersMissing = "why.segment-barriers-missing"
  case outsiderConversationsMissing = "why.outsider-conversations-missing"
  case totalTargetMissing = "why.total-target-missing"
  case targetsDoNotAddUp = "why.targets-do-not-add-up"

  // Step 2: the blueprint.
  case segmentWithoutProposition = "blueprint.segment-without-proposition"
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
  case handOverMissing = "blueprint.hand-over-missing"
  case financeUnbalanced = "blueprint.finance-unbalanced"
  case ngfAtHorizon = "blueprint.ngf-at-horizon"
  case budgetDeviation = "blueprint.budget-deviation"
  case reviewMissingInPhase = "blueprint.review-missing-in-phase"

  // Step 3: into action.
  case theoryOfChangeMissing = "action.theory-of-change-missing"
  case outcomeWithoutKPI = "action.outcome-without-kpi"
  case activityWithoutImpact = "action.activity-without-impact"
  case assumptionUntested = "action.assumption-untested"
  case planBMissing = "action.plan-b-missing"
  case actionOwnerMissing = "action.owner-missing"
  case actionDateMissing = "action.date-missing"
  case actionOutputMissing = "action.output-missing"
  case overdue = "action.overdue"
  case kpiBehind = "action.kpi-behind"
  case pilotLearningsMissing = "action.pilot-learnings-missing"
  case pilotResultMissing = "action.pilot-result-missing"
  case pilotDecisionContradicts = "action.pilot-decision-contradicts"
  case alleyStart = "action.alley-start"
  case ambassadorMissing = "action.ambassador-missing"

  /// The id, as printed and documented.
  public var id: String { rawValue }

  /// The step of the method the check belongs to: 1 (why), 2 (blueprint), 3 (into action).
  public var step: Int {
    if rawValue.hasPrefix("why.") { return 1 }
    if rawValue.hasPrefix("blueprint.") { return 2 }
    return 3
  }

  /// How much the finding matters. Errors are what a peer reviewer would stop at (no vision,
  /// a chain link nobody covers, a year that does not balance); warnings are gaps in the work;
  /// hints are what the plan could say more clearly.
  public var severity: Severity {
    switch self {
    case .visionMissing, .segmentsMissing, .mveEmpty, .mveChainGap, .orchestratorMissing,
      .orchestratorNotOne, .partnerAddedValueMissing, .financeUnbalanced, .ngfAtHorizon,
      .planBMissing:
      return .error
    case .totalTargetMissing, .chainLinksMissing, .assumptionUntested:
      return .hint
    default:
      return .warning
    }
  }

  /// The part of the plan the check looks at; a change elsewhere cannot change its findings.
  public var area: CheckArea {
    switch self {
    case .visionMissing: return .vision
    case .systemFailuresMissing, .transformationFailuresMissing: return .failures
    case .segmentsMissing, .segmentProfileIncomplete, .segmentSizeMissing,
      .segmentTargetMissing, .segmentPainsMissing, .segmentGainsMissing,
      .segmentBarriersMissing, .outsiderConversationsMissing, .totalTargetMissing,
      .targetsDoNotAddUp:
      return .segments
    case .segmentWithoutProposition: return .propositions
    case .mveEmpty, .chainLinksMissing, .mveChainGap, .notMultiSector, .notMultiDisciplinary,
      .notMultiLevel, .orchestratorMissing, .orchestratorNotOne, .partnerContributionMissing,
      .partnerRoleMissing, .partnerAddedValueMissing:
      return .stakeholders
    case .handOverMissing: return .organisation
    case .financeUnbalanced, .ngfAtHorizon, .budgetDeviation: return .finance
    case .reviewMissingInPhase: return .peerReview
    case .theoryOfChangeMissing, .outcomeWithoutKPI, .activityWithoutImpact, .assumptionUntested,
      .planBMissing:
      return .theoryOfChange
    case .actionOwnerMissing, .actionDateMissing, .actionOutputMissing, .overdue: return .actions
    case .kpiBehind: return .kpis
    case .pilotLearningsMissing, .pilotResultMissing, .pilotDecisionContradicts: return .pilots
    case .alleyStart, .ambassadorMissing: return .bowlingAlley
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
