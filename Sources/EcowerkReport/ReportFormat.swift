/// The formats a report can be printed in; each has its own renderer of the same document.
public enum ReportFormat: String, CaseIterable, Sendable {
  case text
  case markdown
  case html

  /// The renderer of this format, with its defaults (text fits 80 columns).
  public var renderer: any ReportRenderer {
    switch self {
    case .text: return TextRenderer()
    case .markdown: return MarkdownRenderer()
    case .html: return HTMLRenderer()
    }
  }
}
