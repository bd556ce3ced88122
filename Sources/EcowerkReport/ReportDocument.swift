/// A plan as a document: what a snapshot for partners, board or peer reviewers says, before
/// any format decides how it looks.
///
/// There is one document and one renderer per format, so a fact added here shows up in text,
/// Markdown and whatever format comes next, and no format can drift from the others. Text in
/// the document is as the plan has it: untrusted. Each renderer escapes and sanitises it for
/// its own format at the point where it writes it out.
public struct ReportDocument: Hashable, Sendable {
  /// The plan's name: the top heading.
  public var title: String
  /// The title block under the heading: region, phase, the date of the snapshot.
  public var facts: [ReportFact]
  public var sections: [ReportSection]

  public init(title: String, facts: [ReportFact] = [], sections: [ReportSection] = []) {
    self.title = title
    self.facts = facts
    self.sections = sections
  }

  /// The section with this id, if the document has it.
  public func section(_ id: ReportSectionID) -> ReportSection? {
    sections.first { $0.id == id }
  }
}
