/// What the Finance pane shows: the selected cell of the year × partner table, and which of
/// its three faces is up — the planned figures, the actual ones, or the chart of where each
/// year's money comes from.
public struct FinanceView: Hashable, Sendable {
  public var rows = ListCursor()
  /// The selected column: 0 is the row names, then one per year, then the Total.
  public var column = 0
  /// The first scrolling column shown after the names.
  public var columnOffset = 0
  /// The chart instead of the table. It keeps the selected year, so switching back and forth
  /// never loses the cell a facilitator was on.
  public var chart = false
  /// The actual figures (realisatie) instead of the planned ones, in the same grid, so that a
  /// year's accounts are typed where its budget stands.
  public var actuals = false

  public init() {}
}
