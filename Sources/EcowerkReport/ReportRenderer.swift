/// Turns a report document into the bytes of one format.
///
/// Renderers are pure and deterministic: the same document gives the same output, so
/// snapshots can be compared exactly and a printed plan can be diffed against the last one.
public protocol ReportRenderer: Sendable {
  func render(_ document: ReportDocument) -> String
}
