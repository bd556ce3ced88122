/// Renders a report as plain text that fits a printed page or a terminal: never wider than
/// `width` display columns, nothing in it but printable text and line breaks.
///
/// Tables that would not fit are written as one record per row ("Label: value" lines) rather
/// than cut, because a snapshot that silently drops the end of a cell misinforms its reader.
public struct TextRenderer: ReportRenderer {
  /// Display columns per line, 80 unless a pane of another width asks for its own.
  public let width: Int

  /// Below this even a label and a short value cannot share a line.
  public static let minimumWidth = 24

  public init(width: Int = 80) {
    self.width = max(width, Self.minimumWidth)
  }

  public func render(_ document: ReportDocument) -> String {
    var page = TextPage(width: width)
    page.heading(document.title, level: 1)
    page.facts(document.facts)
    var step: Int?
    for section in document.sections {
      if let sectionStep = section.step, sectionStep.number != step {
        page.heading(sectionStep.title, level: 2)
      }
      step = section.step?.number
      let level = section.step == nil ? 2 : 3
      page.heading(section.title, level: level)
      for block in section.blocks {
        page.block(block, headingLevel: level + 1)
      }
    }
    return page.text
  }
}
