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
      .id(\.id),
      .text(.name, \.name),
      .text(.description, \.description, .long),
      .references(.segments, \.segments, to: .segment),
      .texts(.solutionDirections, \.solutionDirections),
    ])
}
