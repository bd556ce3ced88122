/// One of the method's three steps, with its heading in the report's language.
public struct ReportStep: Hashable, Sendable {
  /// 1 (why), 2 (the blueprint) or 3 (into action).
  public var number: Int
  public var title: String

  public init(number: Int, title: String) {
    self.number = number
    self.title = title
  }
}
