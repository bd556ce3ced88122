/// The kinds of entity an `EntityRef` can point at, by the one stable name each has: in the
/// recovery journal, in `ecowerk check --format json`, as the string table's `entity.` key and
/// as the target of a reference field.
public enum EntityKind: String, CaseIterable, Hashable, Sendable {
  case plan
  case systemFailure
  case transformationFailure
  case segment
  case barrier
  case pain
  case gain
  case conversation
  case proposition
  case chainLink
  case stakeholder
  case orgFunction
  case businessModel
  case financeYear
  case contribution
  case review
  case score
  case node
  case assumption
  case nodeKPI
  case changeLink
  case linkAssumption
  case measurement
  case milestone
  case action
  case actionKPI
  case pilot
  case painPoint
  case criterion
}

extension EntityRef {
  /// What kind of entity this refers to.
  public var kind: EntityKind {
    switch self {
    case .plan: return .plan
    case .systemFailure: return .systemFailure
    case .transformationFailure: return .transformationFailure
    case .segment: return .segment
    case .barrier: return .barrier
    case .pain: return .pain
    case .gain: return .gain
    case .conversation: return .conversation
    case .proposition: return .proposition
    case .chainLink: return .chainLink
    case .stakeholder: return .stakeholder
    case .orgFunction: return .orgFunction
    case .businessModel: return .businessModel
    case .financeYear: return .financeYear
    case .contribution: return .contribution
    case .review: return .review
    case .score: return .score
    case .node: return .node
    case .assumption: return .assumption
    case .nodeKPI: return .nodeKPI
    case .changeLink: return .changeLink
    case .linkAssumption: return .linkAssumption
    case .measurement: return .measurement
    case .milestone: return .milestone
    case .action: return .action
    case .actionKPI: return .actionKPI
    case .pilot: return .pilot
    case .painPoint: return .painPoint
    case .criterion: return .criterion
    }
  }
}
