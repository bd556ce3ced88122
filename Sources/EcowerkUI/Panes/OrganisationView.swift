/// How pane 5 shows the organisation matrix: the selected partner column, and the partners
/// that get a column, worked out once per plan version.
///
/// Finding the columns means reading the whole stakeholder field, which in a large plan is
/// half the time a keystroke in the pane takes, and a keystroke builds the pane's items three
/// or four times. The plan's version says when the partners must be found again.
public struct OrganisationView: Hashable, Sendable {
  /// The selected column, by position among the matrix's columns (MVE members and partners
  /// with an arrangement).
  public var column = 0
  /// The partners of the plan version `version`.
  var partners: OrganisationMatrix.Partners?
  var version = 0

  public init() {}

  /// The partners, if they were found for `version`.
  func partners(for version: Int) -> OrganisationMatrix.Partners? {
    self.version == version ? partners : nil
  }
}
