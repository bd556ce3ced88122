/// One section of a report, such as the segments or the financial plan, under the step of the
/// method it belongs to.
public struct ReportSection: Hashable, Sendable {
  public var id: ReportSectionID
  /// The step heading this section goes under; nil for the status overview, which belongs to
  /// no single step. Renderers write the step's heading where the step changes.
  public var step: ReportStep?
  public var title: String
  public var blocks: [ReportBlock]

  public init(
    id: ReportSectionID, step: ReportStep?, title: String, blocks: [ReportBlock] = []
  ) {
    self.id = id
    self.step = step
    self.title = title
    self.blocks = blocks
  }
}
