/// The largest plan ecowerk accepts. A plan file can arrive by e-mail; these bounds keep a
/// hostile or broken file from exhausting memory or the stack, and anything inside them can
/// always be saved again.
public struct PlanLimits: Hashable, Sendable {
  /// Bytes of UTF-8 in one text field.
  public var maxTextBytes: Int
  /// Entries in one list (stakeholders, actions, pains of a segment...).
  public var maxListCount: Int
  /// Levels of the Theory of Change tree.
  public var maxTreeDepth: Int
  /// Nodes in the whole Theory of Change.
  public var maxNodeCount: Int
  /// Years of the horizon.
  public var maxHorizonYears: Int

  public init(
    maxTextBytes: Int = 100_000, maxListCount: Int = 100_000, maxTreeDepth: Int = 32,
    maxNodeCount: Int = 100_000, maxHorizonYears: Int = 30
  ) {
    self.maxTextBytes = maxTextBytes
    self.maxListCount = maxListCount
    self.maxTreeDepth = maxTreeDepth
    self.maxNodeCount = maxNodeCount
    self.maxHorizonYears = maxHorizonYears
  }

  public static let standard = PlanLimits()

  /// The years a plan may start in.
  public static let startYears = 1900...2200
}
