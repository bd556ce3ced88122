/// One peer review: the partnership scored against the rubric's elements on one date.
public struct PeerReview: Identifiable, Hashable, Sendable {
  public var id: ReviewID
  public var date: CalendarDate
  /// The phase the partnership was in when it was reviewed.
  public var phase: Phase
  public var scores: [ElementScore]
  public var note: String

  public init(
    id: ReviewID, date: CalendarDate, phase: Phase, scores: [ElementScore] = [],
    note: String = ""
  ) {
    self.id = id
    self.date = date
    self.phase = phase
    self.scores = scores
    self.note = note
  }

  /// The score of one rubric element, if it was scored.
  public func score(of element: String) -> ElementScore? {
    scores.first { $0.element == element }
  }
}

/// The level reached on one rubric element, 1 to 5, with a note why.
public struct ElementScore: Hashable, Sendable {
  /// The id of the rubric element.
  public var element: String
  public var level: Int
  public var note: String

  public init(element: String, level: Int, note: String = "") {
    self.element = element
    self.level = level
    self.note = note
  }

  public static let levels = 1...5
}

extension PeerReview: SchemaEntity {
  public static let schema = EntitySchema<PeerReview>(
    "review", blank: PeerReview(id: "", date: .epoch, phase: .verkennen),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .date(.date, { $0.date }, { $0.date = $1 }),
      .choice(.phase, { $0.phase }, { $0.phase = $1 }, default: nil),
      .text(.note, { $0.note }, { $0.note = $1 }, .long),
      .list("scores", { $0.scores }, { $0.scores = $1 }),
    ])
}

extension ElementScore: SchemaEntity {
  public static let schema = EntitySchema<ElementScore>(
    "score", blank: ElementScore(element: "", level: 1),
    [
      .key(.element, { $0.element }, { $0.element = $1 }),
      .integer(.level, { $0.level }, { $0.level = $1 }, .scale, default: nil),
      .text(.note, { $0.note }, { $0.note = $1 }, .long),
    ])
}
