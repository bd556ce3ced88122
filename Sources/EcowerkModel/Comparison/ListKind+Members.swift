/// Which list of the edit model each list of child entities in a schema is: the bridge from a
/// walk over schemas (which knows a list by its key in the file) to the edits that insert,
/// remove and move (which know it as a `ListRef`).
///
/// A test walks every schema and holds each of its lists to a kind here, so a list added to a
/// schema without its place in the edit model fails before any diff or merge meets it.
extension ListKind {
  /// The list kept under `key` by an entity of kind `holder`; nil when there is none.
  public init?(holder: EntityKind, key: String) {
    switch (holder, key) {
    case (.plan, "systemFailures"): self = .systemFailures
    case (.plan, "transformationFailures"): self = .transformationFailures
    case (.plan, "segments"): self = .segments
    case (.plan, "propositions"): self = .propositions
    case (.plan, "chainLinks"): self = .chainLinks
    case (.plan, "stakeholders"): self = .stakeholders
    case (.plan, "jointOrganisation"): self = .orgFunctions
    case (.plan, "businessModels"): self = .businessModels
    case (.plan, "finance"): self = .financeYears
    case (.plan, "reviews"): self = .reviews
    case (.plan, "theoryOfChange"), (.node, "children"): self = .nodes
    case (.plan, "actions"): self = .actions
    case (.plan, "pilots"): self = .pilots
    case (.segment, "barriers"): self = .barriers
    case (.segment, "pains"): self = .pains
    case (.segment, "gains"): self = .gains
    case (.segment, "conversations"): self = .conversations
    case (.financeYear, "contributions"): self = .contributions
    case (.review, "scores"): self = .scores
    case (.node, "assumptions"): self = .assumptions
    case (.node, "kpis"): self = .nodeKPIs
    case (.action, "kpis"): self = .actionKPIs
    case (.pilot, "painPoints"): self = .painPoints
    case (.plan, "theoryOfChangeLinks"): self = .changeLinks
    case (.changeLink, "assumptions"): self = .linkAssumptions
    case (.nodeKPI, "measurements"), (.actionKPI, "measurements"): self = .measurements
    case (.nodeKPI, "milestones"), (.actionKPI, "milestones"): self = .milestones
    case (.pilot, "criteria"): self = .criteria
    default: return nil
    }
  }

  /// The kind of entity the list holds.
  public var element: EntityKind {
    switch self {
    case .systemFailures: return .systemFailure
    case .transformationFailures: return .transformationFailure
    case .segments: return .segment
    case .barriers: return .barrier
    case .pains: return .pain
    case .gains: return .gain
    case .conversations: return .conversation
    case .propositions: return .proposition
    case .chainLinks: return .chainLink
    case .stakeholders: return .stakeholder
    case .orgFunctions: return .orgFunction
    case .businessModels: return .businessModel
    case .financeYears: return .financeYear
    case .contributions: return .contribution
    case .reviews: return .review
    case .scores: return .score
    case .nodes: return .node
    case .assumptions: return .assumption
    case .nodeKPIs: return .nodeKPI
    case .actions: return .action
    case .actionKPIs: return .actionKPI
    case .pilots: return .pilot
    case .painPoints: return .painPoint
    case .changeLinks: return .changeLink
    case .linkAssumptions: return .linkAssumption
    case .measurements: return .measurement
    case .milestones: return .milestone
    case .criteria: return .criterion
    }
  }
}
