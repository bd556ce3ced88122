/// Where one entity of a plan lives. Nested entities name their parent so that finding them
/// takes two short searches, not a walk of the whole plan.
public enum EntityRef: Hashable, Sendable {
  case plan
  case systemFailure(FailureID)
  case transformationFailure(FailureID)
  case segment(SegmentID)
  case barrier(SegmentID, BarrierID)
  case pain(SegmentID, NeedID)
  case gain(SegmentID, NeedID)
  case conversation(SegmentID, ConversationID)
  case proposition(PropositionID)
  case chainLink(ChainLinkID)
  case stakeholder(StakeholderID)
  case orgFunction(OrgFunctionID)
  case businessModel(BusinessModelID)
  case financeYear(Int)
  case contribution(year: Int, partner: StakeholderID)
  case review(ReviewID)
  case score(ReviewID, element: String)
  case node(NodeID)
  case assumption(NodeID, AssumptionID)
  case nodeKPI(NodeID, KPIID)
  case changeLink(ChangeLinkID)
  case linkAssumption(ChangeLinkID, AssumptionID)
  /// A KPI's measurement: KPI ids are unique in the whole plan, so the KPI alone finds it,
  /// whether it belongs to a node or an action.
  case measurement(KPIID, MeasurementID)
  case milestone(KPIID, year: Int)
  case action(ActionID)
  case actionKPI(ActionID, KPIID)
  case pilot(PilotID)
  case painPoint(PilotID, PainPointID)
  case criterion(PilotID, CriterionID)
}

/// A list of entities in a plan, where an edit inserts, removes or moves.
public enum ListRef: Hashable, Sendable {
  case systemFailures
  case transformationFailures
  case segments
  case barriers(SegmentID)
  case pains(SegmentID)
  case gains(SegmentID)
  case conversations(SegmentID)
  case propositions
  case chainLinks
  case stakeholders
  case orgFunctions
  case businessModels
  case financeYears
  case contributions(year: Int)
  case reviews
  case scores(ReviewID)
  /// The roots of the Theory of Change when `parent` is nil, else a node's children.
  case nodes(parent: NodeID?)
  case assumptions(NodeID)
  case nodeKPIs(NodeID)
  case changeLinks
  case linkAssumptions(ChangeLinkID)
  case measurements(KPIID)
  case milestones(KPIID)
  case actions
  case actionKPIs(ActionID)
  case pilots
  case painPoints(PilotID)
  case criteria(PilotID)
}

/// One entity, whole: what an insert adds and what a remove keeps so that it can be put back.
public enum EntityValue: Hashable, Sendable {
  case failure(Failure)
  case segment(Segment)
  case barrier(Barrier)
  case need(Need)
  case conversation(Conversation)
  case proposition(ValueProposition)
  case chainLink(ChainLink)
  case stakeholder(Stakeholder)
  case orgFunction(OrgFunction)
  case businessModel(BusinessModel)
  case financeYear(FinanceYear)
  case contribution(Contribution)
  case review(PeerReview)
  case score(ElementScore)
  case node(ChangeNode)
  case assumption(Assumption)
  case kpi(KPI)
  case action(Action)
  case pilot(Pilot)
  case painPoint(PainPoint)
  case changeLink(ChangeLink)
  case measurement(Measurement)
  case milestone(Milestone)
  case criterion(SuccessCriterion)

  /// The entity inside, if it is a `T`.
  public func payload<T>(_: T.Type) -> T? {
    switch self {
    case .failure(let value): return value as? T
    case .segment(let value): return value as? T
    case .barrier(let value): return value as? T
    case .need(let value): return value as? T
    case .conversation(let value): return value as? T
    case .proposition(let value): return value as? T
    case .chainLink(let value): return value as? T
    case .stakeholder(let value): return value as? T
    case .orgFunction(let value): return value as? T
    case .businessModel(let value): return value as? T
    case .financeYear(let value): return value as? T
    case .contribution(let value): return value as? T
    case .review(let value): return value as? T
    case .score(let value): return value as? T
    case .node(let value): return value as? T
    case .assumption(let value): return value as? T
    case .kpi(let value): return value as? T
    case .action(let value): return value as? T
    case .pilot(let value): return value as? T
    case .painPoint(let value): return value as? T
    case .changeLink(let value): return value as? T
    case .measurement(let value): return value as? T
    case .milestone(let value): return value as? T
    case .criterion(let value): return value as? T
    }
  }

  /// The entity's id as text (the year for a finance year, the partner for a contribution,
  /// the element for a score).
  public var key: String {
    switch self {
    case .failure(let value): return value.id.rawValue
    case .segment(let value): return value.id.rawValue
    case .barrier(let value): return value.id.rawValue
    case .need(let value): return value.id.rawValue
    case .conversation(let value): return value.id.rawValue
    case .proposition(let value): return value.id.rawValue
    case .chainLink(let value): return value.id.rawValue
    case .stakeholder(let value): return value.id.rawValue
    case .orgFunction(let value): return value.id.rawValue
    case .businessModel(let value): return value.id.rawValue
    case .financeYear(let value): return String(value.year)
    case .contribution(let value): return value.partner.rawValue
    case .review(let value): return value.id.rawValue
    case .score(let value): return value.element
    case .node(let value): return value.id.rawValue
    case .assumption(let value): return value.id.rawValue
    case .kpi(let value): return value.id.rawValue
    case .action(let value): return value.id.rawValue
    case .pilot(let value): return value.id.rawValue
    case .painPoint(let value): return value.id.rawValue
    case .changeLink(let value): return value.id.rawValue
    case .measurement(let value): return value.id.rawValue
    case .milestone(let value): return String(value.year)
    case .criterion(let value): return value.id.rawValue
    }
  }
}
