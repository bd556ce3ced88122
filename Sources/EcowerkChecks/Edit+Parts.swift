import EcowerkModel

extension Edit {
  /// The parts of the plan this edit changes. A group (deleting a stakeholder and clearing
  /// every reference to it) touches the parts of all its steps.
  public var touchedParts: PlanParts {
    switch self {
    case .set(let ref, _, _, _): return ref.part
    case .insert(_, let list, _), .remove(_, let list, _), .move(let list, _, _, _):
      return list.part
    case .moveNode: return .theoryOfChange
    case .group(let edits): return edits.reduce(into: PlanParts()) { $0.formUnion($1.touchedParts) }
    }
  }
}

extension EntityRef {
  /// The part of the plan the entity lives in.
  public var part: PlanParts {
    switch self {
    case .plan: return .planFields
    case .systemFailure, .transformationFailure: return .failures
    case .segment, .barrier, .pain, .gain, .conversation: return .segments
    case .proposition: return .propositions
    case .chainLink: return .chainLinks
    case .stakeholder: return .stakeholders
    case .orgFunction: return .organisation
    case .businessModel: return .businessModels
    case .financeYear, .contribution: return .finance
    case .review, .score: return .reviews
    case .node, .assumption, .nodeKPI, .changeLink, .linkAssumption: return .theoryOfChange
    // A measurement's or milestone's KPI may be a node's or an action's.
    case .measurement, .milestone: return [.theoryOfChange, .actions]
    case .action, .actionKPI: return .actions
    case .pilot, .painPoint, .criterion: return .pilots
    }
  }
}

extension ListRef {
  /// The part of the plan the list is in.
  public var part: PlanParts {
    switch self {
    case .systemFailures, .transformationFailures: return .failures
    case .segments, .barriers, .pains, .gains, .conversations: return .segments
    case .propositions: return .propositions
    case .chainLinks: return .chainLinks
    case .stakeholders: return .stakeholders
    case .orgFunctions: return .organisation
    case .businessModels: return .businessModels
    case .financeYears, .contributions: return .finance
    case .reviews, .scores: return .reviews
    case .nodes, .assumptions, .nodeKPIs, .changeLinks, .linkAssumptions: return .theoryOfChange
    case .measurements, .milestones: return [.theoryOfChange, .actions]
    case .actions, .actionKPIs: return .actions
    case .pilots, .painPoints, .criteria: return .pilots
    }
  }
}
