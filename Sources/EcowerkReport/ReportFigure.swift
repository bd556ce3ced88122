/// A picture in a report: what it shows as data, its caption, its text alternative, and the
/// blocks a format that cannot draw it shows instead.
///
/// HTML draws every picture as inline SVG; Markdown draws the Theory of Change as a Mermaid
/// diagram; plain text draws the influence × interest grid as a small text grid. Everywhere
/// else the `fallback` blocks stand in, so no format loses what the picture says.
public struct ReportFigure: Hashable, Sendable {
  /// The caption under which the picture is shown.
  public var title: String
  /// What the picture shows, in words, for readers who cannot see it.
  public var description: String
  public var picture: ReportPicture
  /// What text formats print in the picture's place (the bars of a chart, for instance).
  public var fallback: [ReportBlock]

  public init(
    title: String, description: String, picture: ReportPicture, fallback: [ReportBlock] = []
  ) {
    self.title = title
    self.description = description
    self.picture = picture
    self.fallback = fallback
  }
}

/// The pictures a report can hold, each with the figures and labels (already in the report's
/// language) it is drawn from.
public enum ReportPicture: Hashable, Sendable {
  case stakeholderGrid(StakeholderGrid)
  case theoryOfChange(ChangeDiagram)
  case money(MoneyChart)
  case reach(ReachChart)
  case reviewProfile(ReviewProfile)
  case bowlingAlley(AlleySequence)
}
