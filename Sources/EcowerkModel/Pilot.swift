/// A pilot or experiment: building an ecosystem is iterative, and each pilot's learnings expose
/// the pain points in the cooperation.
public struct Pilot: Identifiable, Hashable, Sendable {
  public var id: PilotID
  public var name: String
  public var hypothesis: String
  public var segment: SegmentID?
  public var proposition: PropositionID?
  public var start: CalendarDate?
  public var end: CalendarDate?
  public var status: PilotStatus
  public var learnings: [String]
  public var painPoints: [PainPoint]
  public var decision: PilotDecision?

  public init(
    id: PilotID, name: String = "", hypothesis: String = "", segment: SegmentID? = nil,
    proposition: PropositionID? = nil, start: CalendarDate? = nil, end: CalendarDate? = nil,
    status: PilotStatus = .planned, learnings: [String] = [], painPoints: [PainPoint] = [],
    decision: PilotDecision? = nil
  ) {
    self.id = id
    self.name = name
    self.hypothesis = hypothesis
    self.segment = segment
    self.proposition = proposition
    self.start = start
    self.end = end
    self.status = status
    self.learnings = learnings
    self.painPoints = painPoints
    self.decision = decision
  }
}

public enum PilotStatus: String, CaseIterable, Sendable {
  case planned
  case running
  case finished
}

public enum PilotDecision: String, CaseIterable, Sendable {
  case scaleUp
  case adjust
  case stop
}

/// A pain point in the cooperation that a pilot brought to light.
public struct PainPoint: Identifiable, Hashable, Sendable {
  public var id: PainPointID
  public var kind: PainPointKind
  public var text: String

  public init(id: PainPointID, kind: PainPointKind = .other, text: String = "") {
    self.id = id
    self.kind = kind
    self.text = text
  }
}

public enum PainPointKind: String, CaseIterable, Sendable {
  case resistance
  case informationFlow
  case cultureDifference
  case other
}

extension Pilot: SchemaEntity {
  public static let schema = EntitySchema<Pilot>(
    "pilot", blank: Pilot(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.name, { $0.name }, { $0.name = $1 }),
      .text(.hypothesis, { $0.hypothesis }, { $0.hypothesis = $1 }, .long),
      .reference(.segment, { $0.segment }, { $0.segment = $1 }, to: .segment),
      .reference(.proposition, { $0.proposition }, { $0.proposition = $1 }, to: .proposition),
      .date(.start, { $0.start }, { $0.start = $1 }),
      .date(.end, { $0.end }, { $0.end = $1 }),
      .choice(.status, { $0.status }, { $0.status = $1 }, default: .planned),
      .texts(.learnings, { $0.learnings }, { $0.learnings = $1 }),
      .list("painPoints", { $0.painPoints }, { $0.painPoints = $1 }),
      .choice(.decision, { $0.decision }, { $0.decision = $1 }),
    ])
}

extension PainPoint: SchemaEntity {
  public static let schema = EntitySchema<PainPoint>(
    "painPoint", blank: PainPoint(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .choice(.kind, { $0.kind }, { $0.kind = $1 }, default: .other),
      .text(.text, { $0.text }, { $0.text = $1 }),
    ])
}
