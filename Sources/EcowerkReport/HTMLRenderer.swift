/// Renders a report as one standalone HTML file: no scripts, nothing fetched from anywhere,
/// pictures as inline SVG, readable on screen and printed on A4 — the plan's name, the date
/// and page numbers in the page margins, a page break before each step of the method, wide
/// tables on landscape pages or in parts so no column is ever cut, table headers repeated on
/// every page, rows never split, and no meaning carried by colour alone.
///
/// Every piece of plan text goes through `HTMLText`, after the sanitiser: a plan cannot add
/// markup, scripts or control characters to the page.
public struct HTMLRenderer: ReportRenderer {
  /// The `lang` attribute of the page.
  public var language: String

  public init(language: String = "nl") {
    self.language = language
  }

  public func render(_ document: ReportDocument) -> String {
    var writer = HTMLWriter(running: document.running)
    writer.document(document, language: language)
    return writer.html
  }
}
