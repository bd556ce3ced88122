/// What the partnership offers one or more segments, with the solution directions worked out
/// in outline.
public struct ValueProposition: Identifiable, Hashable, Sendable {
  public var id: PropositionID
  public var name: String
  public var description: String
  public var segments: [SegmentID]
  public var solutionDirections: [String]

  public init(
    id: PropositionID, name: String = "", description: String = "", segments: [SegmentID] = [],
    solutionDirections: [String] = []
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.segments = segments
    self.solutionDirections = solutionDirections
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
    ])
}
