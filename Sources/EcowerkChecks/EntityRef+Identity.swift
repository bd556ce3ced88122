import EcowerkModel

extension EntityRef {
  /// What kind of entity this is, as `ecowerk check --format json` names it: `segment`,
  /// `stakeholder`, `financeYear`… Stable, like the check ids.
  public var kindName: String {
    switch self {
    case .plan: return "plan"
    case .systemFailure: return "systemFailure"
    case .transformationFailure: return "transformationFailure"
    case .segment: return "segment"
    case .barrier: return "barrier"
    case .conversation: return "conversation"
    case .proposition: return "proposition"
    case .chainLink: return "chainLink"
    case .stakeholder: return "stakeholder"
    case .orgFunction: return "orgFunction"
    case .businessModel: return "businessModel"
    case .financeYear: return "financeYear"
    case .contribution: return "contribution"
    case .review: return "review"
    case .score: return "score"
    case .node: return "node"
    case .assumption: return "assumption"
    case .nodeKPI: return "nodeKPI"
    case .action: return "action"
    case .actionKPI: return "actionKPI"
    case .pilot: return "pilot"
    case .painPoint: return "painPoint"
    }
  }

  /// The entity's own id as in the plan file (the year of a finance year, the partner of a
  /// contribution), nil for the plan itself.
  public var idText: String? {
    switch self {
    case .plan: return nil
    case .systemFailure(let id), .transformationFailure(let id): return id.rawValue
    case .segment(let id): return id.rawValue
    case .barrier(_, let id): return id.rawValue
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
    case .action(let id): return id.rawValue
    case .actionKPI(_, let id): return id.rawValue
    case .pilot(let id): return id.rawValue
    case .painPoint(_, let id): return id.rawValue
    }
  }

  /// The id of the entity that holds this one (the segment of a barrier, the year of a
  /// contribution), nil for an entity that stands on its own.
  public var parentText: String? {
    switch self {
    case .barrier(let segment, _), .conversation(let segment, _): return segment.rawValue
    case .contribution(let year, _): return String(year)
    case .score(let review, _): return review.rawValue
    case .assumption(let node, _), .nodeKPI(let node, _): return node.rawValue
    case .actionKPI(let action, _): return action.rawValue
    case .painPoint(let pilot, _): return pilot.rawValue
    default: return nil
    }
  }
}
