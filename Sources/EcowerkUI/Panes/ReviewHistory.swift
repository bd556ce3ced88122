import EcowerkModel

/// The plan's peer reviews in date order, and what the peer review pane derives from them: the
/// level of each element over time and the average per dimension. Kept apart from drawing so
/// that the figures can be checked by hand in tests.
struct ReviewHistory {
  /// Oldest first; reviews on the same date keep the plan's order.
  let reviews: [PeerReview]

  init(_ reviews: [PeerReview]) {
    self.reviews = reviews.enumerated()
      .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
      .map(\.element)
  }

  var latest: PeerReview? { reviews.last }

  /// The review before the latest, which the profile sets beside it.
  var previous: PeerReview? { reviews.count > 1 ? reviews[reviews.count - 2] : nil }

  /// The latest review and the one before it, oldest first: the profile's columns.
  var compared: [PeerReview] { Array(reviews.suffix(2)) }

  /// The average level of the dimension's elements that were scored; nil when none was, so an
  /// unscored dimension reads as "–" rather than as level 0.
  static func average(_ review: PeerReview, _ dimension: RubricDimension) -> Double? {
    let levels = dimension.elements.compactMap { review.score(of: $0.id)?.level }
    guard !levels.isEmpty else { return nil }
    return Double(levels.reduce(0, +)) / Double(levels.count)
  }

  /// The element's level in each review, oldest first; nil where it was not scored.
  func levels(of element: String) -> [Int?] {
    reviews.map { $0.score(of: element)?.level }
  }

  /// Whether a review with scores was held in `phase`.
  func hasScoredReview(in phase: Phase) -> Bool {
    reviews.contains { $0.phase == phase && !$0.scores.isEmpty }
  }

  /// Element ids scored in some review that `rubric` does not know (all of them without a
  /// rubric), in order of first appearance, so that no score is hidden by a changed rubric.
  func elementIDs(outside rubric: Rubric?) -> [String] {
    let known = Set(rubric?.elements.map(\.element.id) ?? [])
    var seen: Set<String> = []
    var result: [String] = []
    for review in reviews {
      for score in review.scores where !known.contains(score.element) {
        if seen.insert(score.element).inserted { result.append(score.element) }
      }
    }
    return result
  }
}
