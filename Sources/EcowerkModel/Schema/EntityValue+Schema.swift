/// An entity value as a schema entity, for the code that reads and writes any entity alike
/// (the recovery journal).
extension EntityValue {
  /// The entity inside.
  public var entity: any SchemaEntity {
    switch self {
    case .failure(let value): return value
    case .segment(let value): return value
    case .barrier(let value): return value
    case .need(let value): return value
    case .conversation(let value): return value
    case .proposition(let value): return value
    case .chainLink(let value): return value
    case .stakeholder(let value): return value
    case .orgFunction(let value): return value
    case .businessModel(let value): return value
    case .financeYear(let value): return value
    case .contribution(let value): return value
    case .review(let value): return value
    case .score(let value): return value
    case .node(let value): return value
    case .assumption(let value): return value
    case .kpi(let value): return value
    case .action(let value): return value
    case .pilot(let value): return value
    case .painPoint(let value): return value
    case .changeLink(let value): return value
    case .measurement(let value): return value
    case .milestone(let value): return value
    case .criterion(let value): return value
    }
  }

  /// Wraps an entity; nil for a type that is not a plan's entity (the plan itself).
  public init?(_ entity: any SchemaEntity) {
    switch entity {
    case let value as Failure: self = .failure(value)
    case let value as Segment: self = .segment(value)
    case let value as Barrier: self = .barrier(value)
    case let value as Need: self = .need(value)
    case let value as Conversation: self = .conversation(value)
    case let value as ValueProposition: self = .proposition(value)
    case let value as ChainLink: self = .chainLink(value)
    case let value as Stakeholder: self = .stakeholder(value)
    case let value as OrgFunction: self = .orgFunction(value)
    case let value as BusinessModel: self = .businessModel(value)
    case let value as FinanceYear: self = .financeYear(value)
    case let value as Contribution: self = .contribution(value)
    case let value as PeerReview: self = .review(value)
    case let value as ElementScore: self = .score(value)
    case let value as ChangeNode: self = .node(value)
    case let value as Assumption: self = .assumption(value)
    case let value as KPI: self = .kpi(value)
    case let value as Action: self = .action(value)
    case let value as Pilot: self = .pilot(value)
    case let value as PainPoint: self = .painPoint(value)
    case let value as ChangeLink: self = .changeLink(value)
    case let value as Measurement: self = .measurement(value)
    case let value as Milestone: self = .milestone(value)
    case let value as SuccessCriterion: self = .criterion(value)
    default: return nil
    }
  }

  /// Every type an entity value can hold, by its schema's name.
  public static let types: [String: any SchemaEntity.Type] = Dictionary(
    uniqueKeysWithValues: ([
      Failure.self, Segment.self, Barrier.self, Need.self, Conversation.self, ValueProposition.self,
      ChainLink.self, Stakeholder.self, OrgFunction.self, BusinessModel.self, FinanceYear.self,
      Contribution.self, PeerReview.self, ElementScore.self, ChangeNode.self, Assumption.self,
      KPI.self, Action.self, Pilot.self, PainPoint.self, ChangeLink.self, Measurement.self,
      Milestone.self, SuccessCriterion.self,
    ] as [any SchemaEntity.Type]).map { ($0.schemaName, $0) })
}

extension SchemaEntity {
  /// The schema's name, reachable from the type alone.
  public static var schemaName: String { schema.name }
}
