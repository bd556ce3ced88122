/// A table: column headers, rows of cells, and optionally a totals row set apart from the rest.
///
/// Cells are text, already formatted (amounts, dates), so every renderer shows the same figures.
/// A cell may hold "\n"; renderers keep it as a line break inside the cell.
public struct ReportTable: Hashable, Sendable {
  /// A caption above the table, such as "Conversations with SMEs".
  public var title: String?
  public var columns: [Column]
  /// Each row has one cell per column; renderers treat missing cells as empty.
  public var rows: [[String]]
  /// A row of totals under the others, such as the financial plan's sums.
  public var totals: [String]?

  public init(
    title: String? = nil, columns: [Column], rows: [[String]], totals: [String]? = nil
  ) {
    self.title = title
    self.columns = columns
    self.rows = rows
    self.totals = totals
  }

  /// A column's header and alignment.
  public struct Column: Hashable, Sendable {
    public var title: String
    public var alignment: Alignment

    public init(_ title: String, _ alignment: Alignment = .left) {
      self.title = title
      self.alignment = alignment
    }
  }

  /// Numbers are right-aligned so their digits line up; everything else reads from the left.
  public enum Alignment: Hashable, Sendable {
    case left
    case right
  }

  /// The row's cells, exactly one per column, so renderers need not check.
  public func cells(of row: [String]) -> [String] {
    let count = columns.count
    if row.count == count { return row }
    if row.count > count { return Array(row.prefix(count)) }
    return row + Array(repeating: "", count: count - row.count)
  }
}
