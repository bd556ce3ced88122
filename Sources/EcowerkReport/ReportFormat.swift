import EcowerkStrings

/// The formats a report can be printed in; each has its own renderer of the same document.
public enum ReportFormat: String, CaseIterable, Sendable {
  case text
  case markdown
  case html

  /// The renderer of this format for a document in `language` (text fits 80 columns; the
  /// HTML page declares its language).
  public func renderer(language: Language) -> any ReportRenderer {
    switch self {
    case .text: return TextRenderer()
    case .markdown: return MarkdownRenderer()
    case .html: return HTMLRenderer(language: language.rawValue)
    }
  }
}
