/// A stable identifier of one entity in a plan.
///
/// Entities refer to each other by these ids, never by position, so that reordering a list or
/// replaying a recovery journal cannot silently point a reference at the wrong entity. The
/// phantom `Entity` parameter keeps a stakeholder id from being passed where a segment id is due.
public struct EntityID<Entity>: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var rawValue: String

  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

public typealias SegmentID = EntityID<Segment>
public typealias BarrierID = EntityID<Barrier>
public typealias NeedID = EntityID<Need>
public typealias ConversationID = EntityID<Conversation>
public typealias FailureID = EntityID<Failure>
public typealias PropositionID = EntityID<ValueProposition>
public typealias ChainLinkID = EntityID<ChainLink>
public typealias StakeholderID = EntityID<Stakeholder>
public typealias OrgFunctionID = EntityID<OrgFunction>
public typealias BusinessModelID = EntityID<BusinessModel>
public typealias ReviewID = EntityID<PeerReview>
public typealias NodeID = EntityID<ChangeNode>
public typealias AssumptionID = EntityID<Assumption>
public typealias KPIID = EntityID<KPI>
public typealias ActionID = EntityID<Action>
public typealias PilotID = EntityID<Pilot>
public typealias PainPointID = EntityID<PainPoint>

extension EntityID: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) {
    self.init(value)
  }
}
