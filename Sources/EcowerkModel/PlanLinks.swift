/// The links between the steps read from the other end: which propositions answer a pain,
/// what addresses a failure, which impact goals and business models serve a segment, who
/// contributes to a proposition.
///
/// Each link is stored once, on the entity that names it (a proposition names the pains it
/// relieves), so that an edit changes it in one place; the panes and the snapshot show it on
/// both ends from this index, built in one pass over the plan.
public struct PlanLinks: Hashable, Sendable {
  /// How a proposition answers a need of its segments.
  public enum Answer: String, CaseIterable, Hashable, Sendable {
    /// It relieves a pain.
    case relieves
    /// It creates a gain.
    case creates
    /// It removes a barrier.
    case removes

    /// The field of a proposition that holds this kind of answer.
    public var field: Field {
      switch self {
      case .relieves: return .relieves
      case .creates: return .creates
      case .removes: return .removes
      }
    }
  }

  /// One proposition answering a need.
  public struct AnsweredBy: Hashable, Sendable {
    public var proposition: PropositionID
    public var answer: Answer
  }

  /// The propositions answering each pain, gain or barrier (by its id).
  private var answers: [String: [AnsweredBy]] = [:]
  /// The Theory of Change nodes that name each failure.
  public private(set) var nodesByFailure: [FailureID: [NodeID]] = [:]
  /// The failures each proposition addresses.
  public private(set) var failuresByProposition: [PropositionID: [EntityRef]] = [:]
  /// The failures each partner addresses.
  public private(set) var failuresByPartner: [StakeholderID: [EntityRef]] = [:]
  /// The partners contributing to each proposition.
  public private(set) var partnersByProposition: [PropositionID: [StakeholderID]] = [:]
  /// The business models earning on each proposition.
  public private(set) var modelsByProposition: [PropositionID: [BusinessModelID]] = [:]
  /// The business models serving each segment.
  public private(set) var modelsBySegment: [SegmentID: [BusinessModelID]] = [:]
  /// The Theory of Change nodes serving each segment.
  public private(set) var nodesBySegment: [SegmentID: [NodeID]] = [:]
  /// What the entities that name something are called, for showing the other end without a
  /// walk of the plan: partners that name propositions, business models, the nodes that name
  /// segments or failures, and every failure's description.
  public private(set) var partnerNames: [StakeholderID: String] = [:]
  public private(set) var modelNames: [BusinessModelID: String] = [:]
  public private(set) var nodeTitles: [NodeID: String] = [:]
  public private(set) var failureTexts: [EntityRef: String] = [:]

  public init(_ plan: Plan) {
    for proposition in plan.propositions {
      let answered: [(String, Answer)] =
        proposition.relieves.map { ($0.rawValue, .relieves) }
        + proposition.creates.map { ($0.rawValue, .creates) }
        + proposition.removes.map { ($0.rawValue, .removes) }
      for (id, answer) in answered {
        answers[id, default: []].append(AnsweredBy(proposition: proposition.id, answer: answer))
      }
    }
    for (failure, ref) in plan.allFailures {
      failureTexts[ref] = failure.description
      for id in failure.propositions { failuresByProposition[id, default: []].append(ref) }
      for id in failure.partners { failuresByPartner[id, default: []].append(ref) }
    }
    for stakeholder in plan.stakeholders {
      if !stakeholder.propositions.isEmpty { partnerNames[stakeholder.id] = stakeholder.name }
      for id in stakeholder.propositions {
        partnersByProposition[id, default: []].append(stakeholder.id)
      }
    }
    for model in plan.businessModels {
      modelNames[model.id] = model.name
      for id in model.propositions { modelsByProposition[id, default: []].append(model.id) }
      for id in model.segments { modelsBySegment[id, default: []].append(model.id) }
    }
    plan.forEachNode { node in
      for id in node.systemFailures { nodesByFailure[id, default: []].append(node.id) }
      for id in node.transformationFailures { nodesByFailure[id, default: []].append(node.id) }
      for id in node.segments { nodesBySegment[id, default: []].append(node.id) }
      if !node.segments.isEmpty || !node.systemFailures.isEmpty
        || !node.transformationFailures.isEmpty
      {
        nodeTitles[node.id] = node.title
      }
    }
  }

  /// The propositions answering the pain, gain or barrier with this id, in plan order.
  public func answers(to id: String) -> [AnsweredBy] {
    answers[id] ?? []
  }
}
