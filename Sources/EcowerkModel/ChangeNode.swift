/// A node of the Theory of Change: an impact goal, an outcome, an output or an activity, with
/// the assumptions under it and the KPIs that show whether it is being reached. Children are
/// the nodes that lead up to this one (activities under outputs, outputs under outcomes...).
public struct ChangeNode: Identifiable, Hashable, Sendable {
  public var id: NodeID
  public var level: ChangeLevel
  public var title: String
  public var description: String
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
    owner: StakeholderID? = nil, segments: [SegmentID] = [], systemFailures: [FailureID] = [],
    transformationFailures: [FailureID] = [], assumptions: [Assumption] = [], kpis: [KPI] = [],
    children: [ChangeNode] = []
  ) {
    self.id = id
    self.level = level
    self.title = title
    self.description = description
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

/// A performance indicator: where it started, where it is, where it must get to, and by when.
public struct KPI: Identifiable, Hashable, Sendable {
  public var id: KPIID
  public var name: String
  public var unit: String
  public var baseline: Double?
  public var target: Double?
  public var actual: Double?
  public var deadline: CalendarDate?

  public init(
    id: KPIID, name: String = "", unit: String = "", baseline: Double? = nil,
    target: Double? = nil, actual: Double? = nil, deadline: CalendarDate? = nil
  ) {
    self.id = id
    self.name = name
    self.unit = unit
    self.baseline = baseline
    self.target = target
    self.actual = actual
    self.deadline = deadline
  }

  /// How far from baseline to target the actual value has come, 0...1 (clamped), or nil when
  /// the figures needed are missing or the target equals the baseline.
  public var progress: Double? {
    guard let target, let actual else { return nil }
    let start = baseline ?? 0
    guard target != start else { return nil }
    return min(1, max(0, (actual - start) / (target - start)))
  }
}

extension ChangeNode: SchemaEntity {
  public static let schema = EntitySchema<ChangeNode>(
    "node", blank: ChangeNode(id: "", level: .impact),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .choice(.level, { $0.level }, { $0.level = $1 }, default: nil),
      .text(.title, { $0.title }, { $0.title = $1 }),
      .text(.description, { $0.description }, { $0.description = $1 }, .long),
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

extension KPI: SchemaEntity {
  public static let schema = EntitySchema<KPI>(
    "kpi", blank: KPI(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.name, { $0.name }, { $0.name = $1 }),
      .text(.unit, { $0.unit }, { $0.unit = $1 }),
      .number(.baseline, { $0.baseline }, { $0.baseline = $1 }),
      .number(.target, { $0.target }, { $0.target = $1 }),
      .number(.actual, { $0.actual }, { $0.actual = $1 }),
      .date(.deadline, { $0.deadline }, { $0.deadline = $1 }),
    ])
}
