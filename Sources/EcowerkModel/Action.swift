/// A line of the action plan: who does what, when, and what it yields.
public struct Action: Identifiable, Hashable, Sendable {
  public var id: ActionID
  public var what: String
  public var owner: StakeholderID?
  public var start: CalendarDate?
  public var end: CalendarDate?
  /// What the action yields (opbrengst).
  public var output: String
  /// The Theory of Change node the action serves.
  public var node: NodeID?
  public var kpis: [KPI]
  public var status: ActionStatus

  public init(
    id: ActionID, what: String = "", owner: StakeholderID? = nil, start: CalendarDate? = nil,
    end: CalendarDate? = nil, output: String = "", node: NodeID? = nil, kpis: [KPI] = [],
    status: ActionStatus = .planned
  ) {
    self.id = id
    self.what = what
    self.owner = owner
    self.start = start
    self.end = end
    self.output = output
    self.node = node
    self.kpis = kpis
    self.status = status
  }

  /// Whether the action should have ended before `today` but is not done or cancelled.
  public func isOverdue(on today: CalendarDate) -> Bool {
    guard let end, status == .planned || status == .running else { return false }
    return end < today
  }
}

public enum ActionStatus: String, CaseIterable, Sendable {
  case planned
  case running
  case done
  case cancelled
}

extension Action: SchemaEntity {
  public static let schema = EntitySchema<Action>(
    "action", blank: Action(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.what, { $0.what }, { $0.what = $1 }),
      .reference(.owner, { $0.owner }, { $0.owner = $1 }, to: .stakeholder),
      .date(.start, { $0.start }, { $0.start = $1 }),
      .date(.end, { $0.end }, { $0.end = $1 }),
      .text(.output, { $0.output }, { $0.output = $1 }),
      .reference(.node, { $0.node }, { $0.node = $1 }, to: .node),
      .choice(.status, { $0.status }, { $0.status = $1 }, default: .planned),
      .list("kpis", { $0.kpis }, { $0.kpis = $1 }),
    ])
}
