/// One line of an outline: how deep it sits, its text, and the details under it (owner,
/// assumptions, KPIs) that are not themselves lines of the outline.
public struct ReportTreeLine: Hashable, Sendable {
  /// 0 for a root.
  public var depth: Int
  public var text: String
  public var details: [String]

  public init(depth: Int, text: String, details: [String] = []) {
    self.depth = depth
    self.text = text
    self.details = details
  }
}
