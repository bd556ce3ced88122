/// An entity reference and a list reference as text and back: how the recovery journal stores
/// them and how `ecowerk check --format json` names them. The kind is `EntityKind`'s name.
extension EntityRef {
  /// The entity's own id as in the plan file (the year of a finance year, the partner of a
  /// contribution), nil for the plan itself.
  public var idText: String? {
    switch self {
    case .plan: return nil
    case .systemFailure(let id), .transformationFailure(let id): return id.rawValue
    case .segment(let id): return id.rawValue
    case .barrier(_, let id): return id.rawValue
    case .pain(_, let id), .gain(_, let id): return id.rawValue
    case .conversation(_, let id): return id.rawValue
    case .proposition(let id): return id.rawValue
    case .chainLink(let id): return id.rawValue
    case .stakeholder(let id): return id.rawValue
    case .orgFunction(let id): return id.rawValue
    case .businessModel(let id): return id.rawValue
    case .financeYear(let year): return String(year)
    case .contribution(_, let partner): return partner.rawValue
    case .review(let id): return id.rawValue
    case .score(_, let element): return element
    case .node(let id): return id.rawValue
    case .assumption(_, let id): return id.rawValue
    case .nodeKPI(_, let id): return id.rawValue
    case .changeLink(let id): return id.rawValue
    case .linkAssumption(_, let id): return id.rawValue
    case .measurement(_, let id): return id.rawValue
    case .milestone(_, let year): return String(year)
    case .action(let id): return id.rawValue
    case .actionKPI(_, let id): return id.rawValue
    case .pilot(let id): return id.rawValue
    case .painPoint(_, let id): return id.rawValue
    case .criterion(_, let id): return id.rawValue
    }
  }

  /// The id of the entity that holds this one (the segment of a barrier, the year of a
  /// contribution), nil for an entity that stands on its own.
  public var parentText: String? {
    switch self {
    case .barrier(let segment, _), .conversation(let segment, _): return segment.rawValue
    case .pain(let segment, _), .gain(let segment, _): return segment.rawValue
    case .contribution(let year, _): return String(year)
    case .score(let review, _): return review.rawValue
    case .assumption(let node, _), .nodeKPI(let node, _): return node.rawValue
    case .actionKPI(let action, _): return action.rawValue
    case .painPoint(let pilot, _), .criterion(let pilot, _): return pilot.rawValue
    case .linkAssumption(let link, _): return link.rawValue
    case .measurement(let kpi, _), .milestone(let kpi, _): return kpi.rawValue
    default: return nil
    }
  }

  /// The reference these parts name; nil when a year is not a number.
  public init?(kind: EntityKind, parent: String, id: String) {
    switch kind {
    case .plan: self = .plan
    case .systemFailure: self = .systemFailure(FailureID(id))
    case .transformationFailure: self = .transformationFailure(FailureID(id))
    case .segment: self = .segment(SegmentID(id))
    case .barrier: self = .barrier(SegmentID(parent), BarrierID(id))
    case .pain: self = .pain(SegmentID(parent), NeedID(id))
    case .gain: self = .gain(SegmentID(parent), NeedID(id))
    case .conversation: self = .conversation(SegmentID(parent), ConversationID(id))
    case .proposition: self = .proposition(PropositionID(id))
    case .chainLink: self = .chainLink(ChainLinkID(id))
    case .stakeholder: self = .stakeholder(StakeholderID(id))
    case .orgFunction: self = .orgFunction(OrgFunctionID(id))
    case .businessModel: self = .businessModel(BusinessModelID(id))
    case .financeYear:
      guard let year = Int(id) else { return nil }
      self = .financeYear(year)
    case .contribution:
      guard let year = Int(parent) else { return nil }
      self = .contribution(year: year, partner: StakeholderID(id))
    case .review: self = .review(ReviewID(id))
    case .score: self = .score(ReviewID(parent), element: id)
    case .node: self = .node(NodeID(id))
    case .assumption: self = .assumption(NodeID(parent), AssumptionID(id))
    case .nodeKPI: self = .nodeKPI(NodeID(parent), KPIID(id))
    case .changeLink: self = .changeLink(ChangeLinkID(id))
    case .linkAssumption: self = .linkAssumption(ChangeLinkID(parent), AssumptionID(id))
    case .measurement: self = .measurement(KPIID(parent), MeasurementID(id))
    case .milestone:
      guard let year = Int(id) else { return nil }
      self = .milestone(KPIID(parent), year: year)
    case .action: self = .action(ActionID(id))
    case .actionKPI: self = .actionKPI(ActionID(parent), KPIID(id))
    case .pilot: self = .pilot(PilotID(id))
    case .painPoint: self = .painPoint(PilotID(parent), PainPointID(id))
    case .criterion: self = .criterion(PilotID(parent), CriterionID(id))
    }
  }
}

/// The kinds of list an edit inserts into, removes from or moves in, by their stable names.
public enum ListKind: String, CaseIterable, Hashable, Sendable {
  case systemFailures, transformationFailures, segments, barriers, pains, gains, conversations
  case propositions
  case chainLinks, stakeholders, orgFunctions, businessModels, financeYears, contributions
  case reviews, scores, nodes, assumptions, nodeKPIs, actions, actionKPIs, pilots, painPoints
  case changeLinks, linkAssumptions, measurements, milestones, criteria
}

extension ListRef {
  public var kind: ListKind {
    switch self {
    case .systemFailures: return .systemFailures
    case .transformationFailures: return .transformationFailures
    case .segments: return .segments
    case .barriers: return .barriers
    case .pains: return .pains
    case .gains: return .gains
    case .conversations: return .conversations
    case .propositions: return .propositions
    case .chainLinks: return .chainLinks
    case .stakeholders: return .stakeholders
    case .orgFunctions: return .orgFunctions
    case .businessModels: return .businessModels
    case .financeYears: return .financeYears
    case .contributions: return .contributions
    case .reviews: return .reviews
    case .scores: return .scores
    case .nodes: return .nodes
    case .assumptions: return .assumptions
    case .nodeKPIs: return .nodeKPIs
    case .actions: return .actions
    case .actionKPIs: return .actionKPIs
    case .pilots: return .pilots
    case .painPoints: return .painPoints
    case .changeLinks: return .changeLinks
    case .linkAssumptions: return .linkAssumptions
    case .measurements: return .measurements
    case .milestones: return .milestones
    case .criteria: return .criteria
    }
  }

  /// The id of the entity that holds the list, nil for the plan's own lists (and the roots of
  /// the Theory of Change).
  public var parentText: String? {
    switch self {
    case .barriers(let id), .conversations(let id): return id.rawValue
    case .pains(let id), .gains(let id): return id.rawValue
    case .contributions(let year): return String(year)
    case .scores(let id): return id.rawValue
    case .nodes(let parent): return parent?.rawValue
    case .assumptions(let id), .nodeKPIs(let id): return id.rawValue
    case .actionKPIs(let id): return id.rawValue
    case .painPoints(let id), .criteria(let id): return id.rawValue
    case .linkAssumptions(let id): return id.rawValue
    case .measurements(let id), .milestones(let id): return id.rawValue
    default: return nil
    }
  }

  /// The list these parts name; nil when a list that needs a parent has none, or a year is
  /// not a number.
  public init?(kind: ListKind, parent: String?) {
    switch kind {
    case .systemFailures: self = .systemFailures
    case .transformationFailures: self = .transformationFailures
    case .segments: self = .segments
    case .propositions: self = .propositions
    case .chainLinks: self = .chainLinks
    case .stakeholders: self = .stakeholders
    case .orgFunctions: self = .orgFunctions
    case .businessModels: self = .businessModels
    case .financeYears: self = .financeYears
    case .reviews: self = .reviews
    case .actions: self = .actions
    case .pilots: self = .pilots
    case .changeLinks: self = .changeLinks
    case .nodes: self = .nodes(parent: parent.map { NodeID($0) })
    default:
      guard let parent else { return nil }
      switch kind {
      case .barriers: self = .barriers(SegmentID(parent))
      case .pains: self = .pains(SegmentID(parent))
      case .gains: self = .gains(SegmentID(parent))
      case .conversations: self = .conversations(SegmentID(parent))
      case .contributions:
        guard let year = Int(parent) else { return nil }
        self = .contributions(year: year)
      case .scores: self = .scores(ReviewID(parent))
      case .assumptions: self = .assumptions(NodeID(parent))
      case .nodeKPIs: self = .nodeKPIs(NodeID(parent))
      case .actionKPIs: self = .actionKPIs(ActionID(parent))
      case .linkAssumptions: self = .linkAssumptions(ChangeLinkID(parent))
      case .measurements: self = .measurements(KPIID(parent))
      case .milestones: self = .milestones(KPIID(parent))
      case .criteria: self = .criteria(PilotID(parent))
      default: self = .painPoints(PilotID(parent))
      }
    }
  }
}

extension EntityValue {
  /// The name of the entity's type, as the journal and the string table know it (`kpi`).
  public var typeName: String { type(of: entity).schemaName }
}
