/// What the partnership offers one or more segments, with the solution directions worked out
/// in outline.
///
/// The method builds step 2 on step 1 ("op basis van de behoefteanalyse uit stap 1"), so a
/// proposition names the needs of its segments it answers, in the words of the value
/// proposition canvas: the pains it relieves, the gains it creates and the barriers it removes.
/// The verb follows from what is answered, so each answered item is one id in one of three
/// lists rather than an item with a verb to choose.
public struct ValueProposition: Identifiable, Hashable, Sendable {
  public var id: PropositionID
  public var name: String
  public var description: String
  public var segments: [SegmentID]
  public var solutionDirections: [String]
  /// Pains of its segments the proposition relieves.
  public var relieves: [NeedID]
  /// Gains of its segments the proposition creates.
  public var creates: [NeedID]
  /// Barriers (weten, willen, kunnen) of its segments the proposition removes.
  public var removes: [BarrierID]
  /// What the partners integrate into one offer, rather than bundling what each already does
  /// ("een geïntegreerde oplossing … en niet om alleen het bundelen van bestaande activiteiten").
  public var integration: String
  /// The day the proposition was added to the partnership's offer.
  public var added: CalendarDate?

  public init(
    id: PropositionID, name: String = "", description: String = "", segments: [SegmentID] = [],
    solutionDirections: [String] = [], relieves: [NeedID] = [], creates: [NeedID] = [],
    removes: [BarrierID] = [], integration: String = "", added: CalendarDate? = nil
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.segments = segments
    self.solutionDirections = solutionDirections
    self.relieves = relieves
    self.creates = creates
    self.removes = removes
    self.integration = integration
    self.added = added
  }
}

extension ValueProposition: SchemaEntity {
  public static let schema = EntitySchema<ValueProposition>(
    "proposition", blank: ValueProposition(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.name, { $0.name }, { $0.name = $1 }),
      .text(.description, { $0.description }, { $0.description = $1 }, .long),
      .references(.segments, { $0.segments }, { $0.segments = $1 }, to: .segment),
      .texts(.solutionDirections, { $0.solutionDirections }, { $0.solutionDirections = $1 }),
      .references(.relieves, { $0.relieves }, { $0.relieves = $1 }, to: .pain),
      .references(.creates, { $0.creates }, { $0.creates = $1 }, to: .gain),
      .references(.removes, { $0.removes }, { $0.removes = $1 }, to: .barrier),
      .text(.integration, { $0.integration }, { $0.integration = $1 }, .long),
      .date(.added, { $0.added }, { $0.added = $1 }),
    ])
}
