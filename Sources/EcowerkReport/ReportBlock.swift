/// One piece of a section's content. The kinds are few on purpose: each new kind is work in
/// every renderer, and these cover everything the method asks a plan to show.
public enum ReportBlock: Hashable, Sendable {
  /// A sub-heading, one level below the section's own title (one per segment, per pilot...).
  case heading(String)
  /// Running text; a "\n" in it is a line break the author typed.
  case paragraph(String)
  /// Label and value pairs, such as a segment's profile.
  case facts([ReportFact])
  /// A bulleted list, with an optional caption such as "Pains".
  case list(title: String?, items: [String])
  case table(ReportTable)
  /// An indented outline, such as the Theory of Change.
  case tree([ReportTreeLine])
  /// Horizontal bars, such as the NGF share per year.
  case bars(ReportBarChart)
  /// A numbered list: steps in order, such as the three things to do first.
  case numbered(title: String?, items: [String])
  /// A picture, with what text formats show in its place.
  case figure(ReportFigure)
}
