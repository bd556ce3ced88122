/// Tables on the page: upright when they fit, on a landscape page when they need its width,
/// and in parts — the first column repeated in each — when even that is too narrow.
///
/// A table of thousands of rows is written as consecutive tables of `rowsPerTable` rows,
/// each with the header: Chromium lays out a table that runs over hundreds of pages in many
/// gigabytes (a 10,000-row stakeholder matrix did not print at all in 16 GB), and the reader
/// loses nothing — the header repeats on every page either way.
extension HTMLWriter {
  static let rowsPerTable = 100

  /// The table, in a landscape container when it needs one and `wrapped` (false when the
  /// caller has opened the container already).
  mutating func table(_ table: ReportTable, wrapped: Bool = true) {
    let layout = HTMLTableLayout(table)
    let wide = wrapped && layout.page == .landscape
    if wide { html += "<div class=\"wide\">\n" }
    let count = layout.parts.count
    for (index, columns) in layout.parts.enumerated() {
      // A table in parts says which part each is; the caption of a table without a title
      // names its first column, which every part repeats.
      let title = table.title ?? table.columns.first?.title ?? ""
      self.table(
        table, columns: columns, caption: count == 1 ? table.title : part(title, index, of: count),
        breaking: layout.breaksLongWords)
    }
    if wide { html += "</div>\n" }
  }

  private mutating func table(
    _ table: ReportTable, columns: [Int], caption: String?, breaking: Bool
  ) {
    for start in stride(from: 0, to: max(1, table.rows.count), by: Self.rowsPerTable) {
      self.table(
        table, rows: start..<min(table.rows.count, start + Self.rowsPerTable), columns: columns,
        caption: start == 0 ? caption : nil, breaking: breaking)
    }
  }

  /// The rows in `range` as one table; the totals only under the last rows.
  private mutating func table(
    _ table: ReportTable, rows range: Range<Int>, columns: [Int], caption: String?,
    breaking: Bool
  ) {
    html += "<table>\n"
    if let caption { html += "<caption>\(HTMLText.escape(caption))</caption>\n" }
    html += "<thead><tr>"
    for column in columns {
      let header = table.columns[column]
      html += "<th\(align(header.alignment))>\(HTMLText.escape(header.title))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in table.rows[range] {
      let cells = table.cells(of: row)
      html += "<tr>"
      for column in columns {
        html += "<td\(align(table.columns[column].alignment))>"
        html += HTMLText.body(cells[column], breakingLongWords: breaking) + "</td>"
      }
      html += "</tr>\n"
    }
    html += "</tbody>\n"
    if let totals = table.totals, range.upperBound == table.rows.count {
      let cells = table.cells(of: totals)
      html += "<tfoot><tr>"
      for column in columns {
        html += "<th\(align(table.columns[column].alignment))>\(HTMLText.body(cells[column]))</th>"
      }
      html += "</tr></tfoot>\n"
    }
    html += "</table>\n"
  }

  private func align(_ alignment: ReportTable.Alignment) -> String {
    alignment == .right ? " class=\"number\"" : ""
  }
}
