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
  /// Words a paged format repeats on every page and around its pictures, in the report's
  /// language.
  public var running: Running

  public init(
    title: String, facts: [ReportFact] = [], sections: [ReportSection] = [],
    running: Running = Running()
  ) {
    self.title = title
    self.facts = facts
    self.sections = sections
    self.running = running
  }

  /// The running words of a printed page: the snapshot's date, "page 3 of 12", and "part 2 of
  /// 5" for a picture drawn in parts.
  public struct Running: Hashable, Sendable {
    /// "Stand van zaken op 6-12-2026", at the top of every page.
    public var date: String
    /// "Pagina {1} van {2}".
    public var page: String
    /// "{1}, deel {2} van {3}".
    public var part: String

    public init(
      date: String = "", page: String = "{1} / {2}", part: String = "{1} ({2}/{3})"
    ) {
      self.date = date
      self.page = page
      self.part = part
    }
  }

  /// The section with this id, if the document has it.
  public func section(_ id: ReportSectionID) -> ReportSection? {
    sections.first { $0.id == id }
  }
}
