import EcowerkText

/// A table with a header row, frozen columns on the left that stay put, and the rest scrolling
/// sideways. Rows are asked for one at a time, so a table of ten thousand stakeholders costs
/// only the rows that are on screen.
struct Table {
  struct Column {
    var title: String
    var width: Int
    var alignment: TextLayout.Alignment = .left
  }

  var columns: [Column]
  /// How many columns at the left never scroll away (the name column).
  var frozen: Int
  var rowCount: Int
  var rows: ListCursor
  /// The selected column, or nil when whole rows are selected.
  var selectedColumn: Int?
  var columnOffset: Int

  /// Rows of data that fit under the header in `height` rows.
  static func visibleRows(height: Int) -> Int { max(1, height - 1) }

  /// The scrolling columns that fit beside the frozen ones, starting at `offset`.
  func visibleColumns(width: Int) -> [Int] {
    let frozenColumns = Array(0..<min(frozen, columns.count))
    var used = frozenColumns.reduce(0) { $0 + columns[$1].width + 1 }
    var shown = frozenColumns
    var index = max(frozen, columnOffset)
    while index < columns.count, used + columns[index].width <= width {
      shown.append(index)
      used += columns[index].width + 1
      index += 1
    }
    if shown.count == frozenColumns.count, index < columns.count {
      shown.append(index)  // Always show at least one scrolling column, cut if need be.
    }
    return shown
  }

  /// The column offset that keeps `selected` on screen in `width` columns.
  static func normalizedOffset(
    columns: [Column], frozen: Int, selected: Int, offset: Int, width: Int
  ) -> Int {
    guard selected >= frozen else { return max(frozen, min(offset, columns.count - 1)) }
    var start = max(frozen, min(offset, selected))
    let frozenWidth = columns.prefix(frozen).reduce(0) { $0 + $1.width + 1 }
    while start < selected {
      let used = columns[start...selected].reduce(frozenWidth) { $0 + $1.width + 1 }
      if used - 1 <= width { break }
      start += 1
    }
    return start
  }

  func draw(
    into grid: inout CellGrid, in rect: Rect,
    cell: (_ row: Int, _ column: Int) -> (text: String, style: Style)
  ) {
    guard !rect.isEmpty else { return }
    let shown = visibleColumns(width: rect.width)
    var x = rect.x
    for column in shown {
      let info = columns[column]
      let width = min(info.width, rect.maxX - x)
      guard width > 0 else { break }
      let style = Style(color: .accent, bold: true, underline: true)
      grid.field(
        info.title, x: x, y: rect.y, width: width, style: style, alignment: info.alignment,
        clip: rect)
      x += width + 1
    }
    let visible = Self.visibleRows(height: rect.height)
    for line in 0..<visible {
      let row = rows.offset + line
      guard row < rowCount else { break }
      let y = rect.y + 1 + line
      let isSelectedRow = row == rows.row
      x = rect.x
      for column in shown {
        let info = columns[column]
        let width = min(info.width, rect.maxX - x)
        guard width > 0 else { break }
        var (text, style) = cell(row, column)
        // Only the selected cell is reversed (or the whole row when rows are selected): a
        // cursor move then rewrites a few cells, not two whole lines.
        if isSelectedRow && (selectedColumn == nil || selectedColumn == column) {
          style.reverse = true
          if selectedColumn == column { style.bold = true }
        }
        grid.field(
          text, x: x, y: y, width: width, style: style, alignment: info.alignment, clip: rect)
        if isSelectedRow && selectedColumn == nil && x + width < rect.maxX {
          grid.text(" ", x: x + width, y: y, style: Style(reverse: true), clip: rect)
        }
        x += width + 1
      }
    }
    if rowCount == 0 {
      grid.text("", x: rect.x, y: rect.y + 1, clip: rect)
    }
  }
}
