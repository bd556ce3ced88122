/// A system failure (an actor missing, an interaction underdeveloped) or a transformation
/// failure (an existing system that cannot change course). Which of the two it is follows from
/// the list it is in.
public struct Failure: Identifiable, Hashable, Sendable {
  public var id: FailureID
  public var description: String
  /// The actors or interactions concerned.
  public var actors: String

  public init(id: FailureID, description: String = "", actors: String = "") {
    self.id = id
    self.description = description
    self.actors = actors
  }
}

extension Failure: SchemaEntity {
  public static let schema = EntitySchema<Failure>(
    "failure", blank: Failure(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.description, { $0.description }, { $0.description = $1 }, .long),
      .text(.actors, { $0.actors }, { $0.actors = $1 }),
    ])
}
