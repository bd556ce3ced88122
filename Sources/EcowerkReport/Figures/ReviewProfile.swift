/// The peer review profile: per dimension of the rubric the average level at each review, as
/// grouped bars on the 1–5 scale, so progress between reviews shows at a glance.
public struct ReviewProfile: Hashable, Sendable {
  public struct Review: Hashable, Sendable {
    /// "12-3-2026 (start-up)"
    public var label: String
    /// The average level per dimension, nil where nothing was scored.
    public var levels: [Double?]
    /// The levels as printed ("3,5"), one per dimension.
    public var captions: [String]

    public init(label: String, levels: [Double?], captions: [String]) {
      self.label = label
      self.levels = levels
      self.captions = captions
    }
  }

  public var dimensions: [String]
  /// Oldest first.
  public var reviews: [Review]
  public var highestLevel: Int

  public init(dimensions: [String], reviews: [Review], highestLevel: Int) {
    self.dimensions = dimensions
    self.reviews = reviews
    self.highestLevel = highestLevel
  }
}
