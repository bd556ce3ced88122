/// SMEs taking part against the target, one bar per segment: the bar is what was reached, an
/// open box around it the target.
public struct ReachChart: Hashable, Sendable {
  public struct Row: Hashable, Sendable {
    public var label: String
    public var reached: Double
    public var target: Double?
    /// The figures as printed ("40 of 150").
    public var caption: String
    /// A total row is set apart from the segments above it.
    public var isTotal: Bool

    public init(
      label: String, reached: Double, target: Double?, caption: String, isTotal: Bool = false
    ) {
      self.label = label
      self.reached = reached
      self.target = target
      self.caption = caption
      self.isTotal = isTotal
    }
  }

  public var rows: [Row]
  public var reachedLabel: String
  public var targetLabel: String

  public init(rows: [Row], reachedLabel: String, targetLabel: String) {
    self.rows = rows
    self.reachedLabel = reachedLabel
    self.targetLabel = targetLabel
  }
}
