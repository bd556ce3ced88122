/// A node of the Theory of Change: an impact goal, an outcome, an output or an activity, with
/// the assumptions under it and the KPIs that show whether it is being reached. Children are
/// the nodes that lead up to this one (activities under outputs, outputs under outcomes...).
public struct ChangeNode: Identifiable, Hashable, Sendable {
  public var id: NodeID
  public var level: ChangeLevel
  public var title: String
  public var description: String
  /// Why this element leads to the one above it in the tree (its parent): the causal
  /// reasoning of the tree's own edge, as a link's rationale is of a link.
  public var rationale: String
  public var owner: StakeholderID?
  /// The segments the node serves: an impact goal names them, so that the Theory of Change
  /// makes the vision ("voor wie") operational.
  public var segments: [SegmentID]
  /// The system failures the node serves or addresses.
  public var systemFailures: [FailureID]
  /// The transformation failures the node serves or addresses.
  public var transformationFailures: [FailureID]
  public var assumptions: [Assumption]
  public var kpis: [KPI]
  public var children: [ChangeNode]

  public init(
    id: NodeID, level: ChangeLevel, title: String = "", description: String = "",
    rationale: String = "", owner: StakeholderID? = nil, segments: [SegmentID] = [],
    systemFailures: [FailureID] = [],
    transformationFailures: [FailureID] = [], assumptions: [Assumption] = [], kpis: [KPI] = [],
    children: [ChangeNode] = []
  ) {
    self.id = id
    self.level = level
    self.title = title
    self.description = description
    self.rationale = rationale
    self.owner = owner
    self.segments = segments
    self.systemFailures = systemFailures
    self.transformationFailures = transformationFailures
    self.assumptions = assumptions
    self.kpis = kpis
    self.children = children
  }

  /// This node without its subtree: what an edit of the node's own fields carries.
  public var withoutChildren: ChangeNode {
    var copy = self
    copy.children = []
    return copy
  }

  /// The number of nodes in this subtree, this one included.
  public var subtreeCount: Int {
    1 + children.reduce(0) { $0 + $1.subtreeCount }
  }

  /// The depth of this subtree: 1 for a node without children.
  public var depth: Int {
    1 + (children.map(\.depth).max() ?? 0)
  }
}

/// The levels of a Theory of Change, from the goal down to the work.
public enum ChangeLevel: String, CaseIterable, Sendable, Comparable {
  case impact
  case outcome
  case output
  case activity

  public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: ChangeLevel, rhs: ChangeLevel) -> Bool { lhs.rank < rhs.rank }

  /// The level a new child of a node of this level gets.
  public var childLevel: ChangeLevel {
    switch self {
    case .impact: return .outcome
    case .outcome: return .output
    case .output, .activity: return .activity
    }
  }
}

/// An assumption underneath a Theory of Change node. When it stops holding, the partnership
/// needs its plan B.
public struct Assumption: Identifiable, Hashable, Sendable {
  public var id: AssumptionID
  public var text: String
  public var status: AssumptionStatus
  public var planB: String

  public init(
    id: AssumptionID, text: String = "", status: AssumptionStatus = .untested, planB: String = ""
  ) {
    self.id = id
    self.text = text
    self.status = status
    self.planB = planB
  }
}

public enum AssumptionStatus: String, CaseIterable, Sendable {
  case untested
  case holds
  case broken
}

extension ChangeNode: SchemaEntity {
  public static let schema = EntitySchema<ChangeNode>(
    "node", blank: ChangeNode(id: "", level: .impact),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .choice(.level, { $0.level }, { $0.level = $1 }, default: nil),
      .text(.title, { $0.title }, { $0.title = $1 }),
      .text(.description, { $0.description }, { $0.description = $1 }, .long),
      .text(.rationale, { $0.rationale }, { $0.rationale = $1 }, .long),
      .reference(.owner, { $0.owner }, { $0.owner = $1 }, to: .stakeholder),
      .references(.segments, { $0.segments }, { $0.segments = $1 }, to: .segment),
      .references(
        .systemFailures, { $0.systemFailures }, { $0.systemFailures = $1 }, to: .systemFailure),
      .references(
        .transformationFailures, { $0.transformationFailures },
        { $0.transformationFailures = $1 }, to: .transformationFailure),
      .list("assumptions", { $0.assumptions }, { $0.assumptions = $1 }),
      .list("kpis", { $0.kpis }, { $0.kpis = $1 }),
      .list("children", { $0.children }, { $0.children = $1 }),
    ])
}

extension Assumption: SchemaEntity {
  public static let schema = EntitySchema<Assumption>(
    "assumption", blank: Assumption(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.text, { $0.text }, { $0.text = $1 }),
      .choice(.status, { $0.status }, { $0.status = $1 }, default: .untested),
      .text(.planB, { $0.planB }, { $0.planB = $1 }, .long),
    ])
}
