/// A segment of SMEs: "the SME does not exist", so the partnership serves groups of SMEs with a
/// shared profile, each with its own pains, gains and reasons not to join yet.
public struct Segment: Identifiable, Hashable, Sendable {
  public var id: SegmentID
  public var name: String
  public var sector: String
  /// Size class in the users' own words, e.g. "10–50 werknemers".
  public var sizeClass: String
  public var region: String
  /// How many SMEs there are in the segment.
  public var smeCount: Int?
  /// How many of them already take part in the partnership.
  public var participating: Int?
  /// How many new SMEs the partnership wants to reach.
  public var target: Int?
  public var pains: [String]
  public var gains: [String]
  public var barriers: [Barrier]
  public var conversations: [Conversation]
  /// Position in the bowling alley (1 is the first segment served), nil when not yet placed.
  public var alleyPosition: Int?
  /// Earlier segments whose SMEs act as ambassadors towards this one.
  public var ambassadors: [SegmentID]
  public var notes: String

  public init(
    id: SegmentID, name: String = "", sector: String = "", sizeClass: String = "",
    region: String = "", smeCount: Int? = nil, participating: Int? = nil, target: Int? = nil,
    pains: [String] = [], gains: [String] = [], barriers: [Barrier] = [],
    conversations: [Conversation] = [], alleyPosition: Int? = nil,
    ambassadors: [SegmentID] = [], notes: String = ""
  ) {
    self.id = id
    self.name = name
    self.sector = sector
    self.sizeClass = sizeClass
    self.region = region
    self.smeCount = smeCount
    self.participating = participating
    self.target = target
    self.pains = pains
    self.gains = gains
    self.barriers = barriers
    self.conversations = conversations
    self.alleyPosition = alleyPosition
    self.ambassadors = ambassadors
    self.notes = notes
  }
}

/// Why SMEs that have not joined don't: they don't know, don't want, or can't.
public enum BarrierKind: String, CaseIterable, Sendable {
  /// weten
  case knowledge
  /// willen
  case motivation
  /// kunnen
  case capability
}

/// One reason SMEs in a segment hold back, tagged weten / willen / kunnen.
public struct Barrier: Identifiable, Hashable, Sendable {
  public var id: BarrierID
  public var kind: BarrierKind
  public var text: String

  public init(id: BarrierID, kind: BarrierKind = .knowledge, text: String = "") {
    self.id = id
    self.kind = kind
    self.text = text
  }
}

/// A conversation held with SMEs of a segment. The method insists on talking to SMEs that do
/// not take part yet, so each conversation records whether the SME is already a member.
public struct Conversation: Identifiable, Hashable, Sendable {
  public var id: ConversationID
  public var date: CalendarDate?
  /// With whom: a company or a person.
  public var counterpart: String
  public var isMember: Bool
  public var learned: String

  public init(
    id: ConversationID, date: CalendarDate? = nil, counterpart: String = "",
    isMember: Bool = false, learned: String = ""
  ) {
    self.id = id
    self.date = date
    self.counterpart = counterpart
    self.isMember = isMember
    self.learned = learned
  }
}

extension Segment: SchemaEntity {
  public static let schema = EntitySchema<Segment>(
    "segment", blank: Segment(id: ""),
    [
      .id(\.id),
      .text(.name, \.name),
      .text(.sector, \.sector),
      .text(.sizeClass, \.sizeClass),
      .text(.region, \.region),
      .integer(.smeCount, \.smeCount, .count),
      .integer(.participating, \.participating, .count),
      .integer(.target, \.target, .count),
      .texts(.pains, \.pains),
      .texts(.gains, \.gains),
      .list("barriers", \.barriers),
      .list("conversations", \.conversations),
      .integer(.alleyPosition, \.alleyPosition, .position),
      .references(.ambassadors, \.ambassadors, to: .segment),
      .text(.notes, \.notes, .long),
    ],
    rules: { segment, _ in
      segment.ambassadors.contains(segment.id)
        ? [(.ambassadors, .selfReference(segment.id.rawValue))] : []
    })
}

extension Barrier: SchemaEntity {
  public static let schema = EntitySchema<Barrier>(
    "barrier", blank: Barrier(id: ""),
    [
      .id(\.id),
      .choice(.kind, \.kind, default: nil),
      .text(.text, \.text),
    ])
}

extension Conversation: SchemaEntity {
  public static let schema = EntitySchema<Conversation>(
    "conversation", blank: Conversation(id: ""),
    [
      .id(\.id),
      .date(.date, \.date),
      .text(.counterpart, \.counterpart),
      .flag(.isMember, \.isMember),
      .text(.learned, \.learned, .long),
    ])
}
