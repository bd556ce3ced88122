import EcowerkText

/// Tables in plain text: columns when they fit, one record per row when they do not.
extension TextPage {
  /// Two spaces between columns: one would let two left-aligned columns read as one.
  static let columnGap = 2
  /// A text column is never squeezed below this, so wrapped cells stay readable.
  static let narrowestTextColumn = 10

  mutating func table(_ table: ReportTable) {
    blank()
    if let title = table.title { caption(title) }
    guard !table.columns.isEmpty else { return }
    let headers = table.columns.map { Self.clean($0.title) }
    let rows = (table.rows + (table.totals.map { [$0] } ?? [])).map { row in
      table.cells(of: row).map { Self.clean($0) }
    }
    guard let widths = columnWidths(table, headers: headers, rows: rows) else {
      records(table, rows: rows)
      return
    }
    let alignments = table.columns.map(\.alignment)
    let header = tableRow(headers, widths: widths, alignments: alignments)
    let body = rows.map { tableRow($0, widths: widths, alignments: alignments) }
    // When a row takes several lines, a blank line between rows shows where each one ends.
    let spaced = body.contains { $0.count > 1 }
    let rule = widths.map { String(repeating: "-", count: $0) }
      .joined(separator: Self.spaces(Self.columnGap))
    lines += header
    append(rule)
    for (index, row) in body.enumerated() {
      if table.totals != nil && index == table.rows.count {
        append(rule)
      } else if spaced && index > 0 {
        append("")
      }
      lines += row
    }
  }

  /// The width of each column, or nil when even the narrowest layout would not fit.
  ///
  /// Columns start at their natural width. When that is too wide, text columns give up
  /// width, but never below their longest word (words are not broken) nor below
  /// `narrowestTextColumn`; numbers never wrap. The room left is shared out in proportion to
  /// what each column still lacks, so the widest text gets the most.
  private func columnWidths(
    _ table: ReportTable, headers: [String], rows: [[String]]
  ) -> [Int]? {
    let count = table.columns.count
    var natural = Array(repeating: 1, count: count)
    var longestWord = Array(repeating: 1, count: count)
    for row in [headers] + rows {
      for (column, cell) in row.enumerated() {
        for line in cell.split(separator: "\n", omittingEmptySubsequences: false) {
          natural[column] = max(natural[column], DisplayWidth.of(line))
          for word in line.split(separator: " ") {
            longestWord[column] = max(longestWord[column], DisplayWidth.of(word))
          }
        }
      }
    }
    let available = width - Self.columnGap * (count - 1)
    if natural.reduce(0, +) <= available { return natural }
    let minimum = (0..<count).map { column in
      table.columns[column].alignment == .right
        ? natural[column]
        : min(natural[column], max(longestWord[column], Self.narrowestTextColumn))
    }
    var widths = minimum
    var room = available - minimum.reduce(0, +)
    guard room >= 0 else { return nil }
    let lacking = (0..<count).map { natural[$0] - minimum[$0] }
    let totalLacking = lacking.reduce(0, +)
    if totalLacking > 0 {
      let shares = lacking.map { $0 * room / totalLacking }
      for column in 0..<count { widths[column] += shares[column] }
      room -= shares.reduce(0, +)
      for column in 0..<count where room > 0 && widths[column] < natural[column] {
        widths[column] += 1
        room -= 1
      }
    }
    return widths
  }

  /// The lines of one table row, as many as its tallest wrapped cell needs.
  private func tableRow(
    _ cells: [String], widths: [Int], alignments: [ReportTable.Alignment]
  ) -> [String] {
    let wrapped = zip(cells, widths).map { cell, width in wrap(cell, width: width) }
    let height = wrapped.map(\.count).max() ?? 1
    return (0..<height).map { lineIndex in
      let parts = (0..<widths.count).map { column -> String in
        let cellLines = wrapped[column]
        let text = lineIndex < cellLines.count ? cellLines[lineIndex] : ""
        let alignment: TextLayout.Alignment = alignments[column] == .right ? .right : .left
        return TextLayout.pad(text, toWidth: widths[column], alignment: alignment)
      }
      return parts.joined(separator: Self.spaces(Self.columnGap))
    }
  }

  /// Each row as "Header: value" lines, rows apart by a blank line.
  private mutating func records(_ table: ReportTable, rows: [[String]]) {
    for row in rows {
      facts(zip(table.columns, row).map { ReportFact($0.title, $1) })
    }
  }
}
