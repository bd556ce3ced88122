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
      .id(\.id),
      .text(.name, \.name),
      .text(.hypothesis, \.hypothesis, .long),
      .reference(.segment, \.segment, to: .segment),
      .reference(.proposition, \.proposition, to: .proposition),
      .date(.start, \.start),
      .date(.end, \.end),
      .choice(.status, \.status, default: .planned),
      .texts(.learnings, \.learnings),
      .list("painPoints", \.painPoints),
      .choice(.decision, \.decision),
    ])
}

extension PainPoint: SchemaEntity {
  public static let schema = EntitySchema<PainPoint>(
    "painPoint", blank: PainPoint(id: ""),
    [
      .id(\.id),
      .choice(.kind, \.kind, default: .other),
      .text(.text, \.text),
    ])
}
