/// The formats a report can be printed in; each has its own renderer of the same document.
public enum ReportFormat: String, CaseIterable, Sendable {
  case text
  case markdown
  case html

  /// Reads the value of `--format`: `text` / `txt`, `md` / `markdown`.
  public init?(argument: String) {
    switch argument.lowercased() {
    case "text", "txt", "plain": self = .text
    case "md", "markdown": self = .markdown
    case "html", "htm": self = .html
    default: return nil
    }
  }

  /// The renderer of this format, with its defaults (text fits 80 columns).
  public var renderer: any ReportRenderer {
    switch self {
    case .text: return TextRenderer()
    case .markdown: return MarkdownRenderer()
    case .html: return HTMLRenderer()
    }
  }
}
