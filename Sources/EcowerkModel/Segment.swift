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
  /// How many of them took part in the partnership when it started: the base the target of
  /// new SMEs is not measured against.
  public var participatingAtStart: Int?
  /// How many new SMEs have joined since the start: what the target is measured against.
  public var reachedSinceStart: Int?
  /// How many new SMEs the partnership wants to reach.
  public var target: Int?
  /// What troubles these SMEs; each has an id so that a value proposition can say it relieves it.
  public var pains: [Need]
  /// What these SMEs want to gain; a value proposition can say it creates one.
  public var gains: [Need]
  public var barriers: [Barrier]
  public var conversations: [Conversation]
  /// Position in the bowling alley (1 is the first segment served), nil when not yet placed.
  public var alleyPosition: Int?
  /// Earlier segments whose SMEs act as ambassadors towards this one.
  public var ambassadors: [SegmentID]
  public var notes: String
  /// The day the partnership started serving the segment: how the bowling alley grew.
  public var added: CalendarDate?

  public init(
    id: SegmentID, name: String = "", sector: String = "", sizeClass: String = "",
    region: String = "", smeCount: Int? = nil, participatingAtStart: Int? = nil,
    reachedSinceStart: Int? = nil, target: Int? = nil, pains: [Need] = [], gains: [Need] = [],
    barriers: [Barrier] = [],
    conversations: [Conversation] = [], alleyPosition: Int? = nil,
    ambassadors: [SegmentID] = [], notes: String = "", added: CalendarDate? = nil
  ) {
    self.id = id
    self.name = name
    self.sector = sector
    self.sizeClass = sizeClass
    self.region = region
    self.smeCount = smeCount
    self.participatingAtStart = participatingAtStart
    self.reachedSinceStart = reachedSinceStart
    self.target = target
    self.pains = pains
    self.gains = gains
    self.barriers = barriers
    self.conversations = conversations
    self.alleyPosition = alleyPosition
    self.ambassadors = ambassadors
    self.notes = notes
    self.added = added
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

/// A pain or a gain of a segment: a text with an id, so that value propositions can name the
/// ones they answer and the link survives a rewording.
public struct Need: Identifiable, Hashable, Sendable {
  public var id: NeedID
  public var text: String

  public init(id: NeedID, text: String = "") {
    self.id = id
    self.text = text
  }
}

/// A conversation held with SMEs of a segment. The method insists on talking to SMEs that do
/// not take part yet, so each conversation records whether the SME is already a member — as a
/// choice someone made: nil until then, so that "talked to outsiders" cannot pass by default.
public struct Conversation: Identifiable, Hashable, Sendable {
  public var id: ConversationID
  public var date: CalendarDate?
  /// With whom: a company or a person.
  public var counterpart: String
  /// Whether the SME takes part in the partnership; nil when nobody has said yet.
  public var membership: Membership?
  public var learned: String

  public init(
    id: ConversationID, date: CalendarDate? = nil, counterpart: String = "",
    membership: Membership? = nil, learned: String = ""
  ) {
    self.id = id
    self.date = date
    self.counterpart = counterpart
    self.membership = membership
    self.learned = learned
  }
}

/// Whether the SME of a conversation takes part in the partnership.
///
/// Non-member first: Space on a conversation nobody has marked yet chooses what the method asks
/// for most, a conversation with an SME outside the partnership.
public enum Membership: String, CaseIterable, Sendable {
  case nonMember
  case member
}

extension Segment: SchemaEntity {
  public static let schema = EntitySchema<Segment>(
    "segment", blank: Segment(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.name, { $0.name }, { $0.name = $1 }).headers(
        nl: ["Naam", "Segment", "Doelgroep"],
        en: ["Name", "Segment", "Target group"]),
      .text(.sector, { $0.sector }, { $0.sector = $1 }).headers(
        nl: ["Sector", "Branche"],
        en: ["Sector", "Industry"]),
      .text(.sizeClass, { $0.sizeClass }, { $0.sizeClass = $1 }).headers(
        nl: ["Grootteklasse", "Omvang", "Bedrijfsgrootte", "Grootte"],
        en: ["Size class", "Company size", "Size"]),
      .text(.region, { $0.region }, { $0.region = $1 }).headers(
        nl: ["Regio", "Gebied", "Werkgebied"],
        en: ["Region", "Area"]),
      .integer(.smeCount, { $0.smeCount }, { $0.smeCount = $1 }, .count).headers(
        nl: ["Aantal mkb'ers", "Aantal bedrijven", "Aantal", "Aantal mkb"],
        en: ["SMEs in segment", "Number of SMEs", "SMEs", "Count"]),
      .integer(
        .participatingAtStart, { $0.participatingAtStart }, { $0.participatingAtStart = $1 },
        .count
      ).headers(
        nl: ["Deed mee bij de start", "Doet al mee", "Doen al mee", "Deelnemers", "Al deelnemend"],
        en: ["Taking part at the start", "Taking part", "Participating", "Participants"]),
      .integer(
        .reachedSinceStart, { $0.reachedSinceStart }, { $0.reachedSinceStart = $1 }, .count
      ).headers(
        nl: ["Nieuw bereikt", "Nieuwe mkb'ers bereikt", "Nieuw sinds de start"],
        en: ["Reached since the start", "New SMEs reached", "New since the start"]),
      .integer(.target, { $0.target }, { $0.target = $1 }, .count).headers(
        nl: ["Doel", "Doelstelling", "Streefaantal", "Doel nieuwe mkb'ers"],
        en: ["Target", "Goal", "Target new SMEs"]),
      .list("pains", { $0.pains }, { $0.pains = $1 }),
      .list("gains", { $0.gains }, { $0.gains = $1 }),
      .list("barriers", { $0.barriers }, { $0.barriers = $1 }),
      .list("conversations", { $0.conversations }, { $0.conversations = $1 }),
      .integer(.alleyPosition, { $0.alleyPosition }, { $0.alleyPosition = $1 }, .position).headers(
        nl: ["Positie bowlingbaan", "Bowlingbaan", "Volgorde"],
        en: ["Bowling alley position", "Bowling alley", "Order"]),
      .references(.ambassadors, { $0.ambassadors }, { $0.ambassadors = $1 }, to: .segment),
      .text(.notes, { $0.notes }, { $0.notes = $1 }, .long).headers(
        nl: ["Notities", "Opmerkingen", "Toelichting"],
        en: ["Notes", "Remarks", "Comments"]),
      .date(.added, { $0.added }, { $0.added = $1 }).headers(
        nl: ["Toegevoegd", "Sinds", "Gestart"],
        en: ["Added", "Since", "Started"]),
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
      .id({ $0.id }, { $0.id = $1 }),
      .choice(.kind, { $0.kind }, { $0.kind = $1 }, default: nil),
      .text(.text, { $0.text }, { $0.text = $1 }),
    ])
}

extension Need: SchemaEntity {
  public static let schema = EntitySchema<Need>(
    "need", blank: Need(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.text, { $0.text }, { $0.text = $1 }),
    ])
}

extension Conversation: SchemaEntity {
  public static let schema = EntitySchema<Conversation>(
    "conversation", blank: Conversation(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .date(.date, { $0.date }, { $0.date = $1 }),
      .text(.counterpart, { $0.counterpart }, { $0.counterpart = $1 }),
      .choice(.membership, { $0.membership }, { $0.membership = $1 }),
      .text(.learned, { $0.learned }, { $0.learned = $1 }, .long),
    ])
}
