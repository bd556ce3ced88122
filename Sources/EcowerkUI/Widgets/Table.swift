import EcowerkText

/// A table with a header row, frozen columns on the left that stay put, and the rest scrolling
/// sideways. Rows are asked for one at a time, so a table of ten thousand stakeholders costs
/// only the rows that are on screen.
struct Table {
  struct Column {
    var title: String
    var width: Int
    var alignment: TextLayout.Alignment = .left
    /// Takes a share of the room the columns leave on a wide screen (a projector at 200
    /// columns shows longer names, not a blank margin).
    var grows = false
  }

  /// A column as drawn: which one, where it starts and how wide it is.
  struct Placed: Hashable {
    var column: Int
    var x: Int
    var width: Int
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

  /// The visible columns placed in `width`, the growing ones widened to share what is left;
  /// the last one cut at the edge when it does not fit whole.
  func placed(width: Int) -> [Placed] {
    let shown = visibleColumns(width: width)
    let used = shown.reduce(0) { $0 + columns[$1].width } + max(0, shown.count - 1)
    let growing = shown.filter { columns[$0].grows }
    var extra: [Int: Int] = [:]
    if used < width, !growing.isEmpty {
      let spare = width - used
      for (order, column) in growing.enumerated() {
        extra[column] = spare / growing.count + (order < spare % growing.count ? 1 : 0)
      }
    }
    var x = 0
    var result: [Placed] = []
    for column in shown {
      let drawn = min(columns[column].width + extra[column, default: 0], width - x)
      guard drawn > 0 else { break }
      result.append(Placed(column: column, x: x, width: drawn))
      x += drawn + 1
    }
    return result
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
    let shown = placed(width: rect.width)
    for place in shown {
      let info = columns[place.column]
      // The selected column's header is reversed, so the room sees which column the cursor
      // is in even when the row is off the top of the screen.
      let selected = selectedColumn == place.column
      let style = Style(color: .accent, bold: true, reverse: selected, underline: !selected)
      grid.field(
        info.title, x: rect.x + place.x, y: rect.y, width: place.width, style: style,
        alignment: info.alignment, clip: rect)
    }
    let visible = Self.visibleRows(height: rect.height)
    for line in 0..<visible {
      let row = rows.offset + line
      guard row < rowCount else { break }
      let y = rect.y + 1 + line
      let isSelectedRow = row == rows.row
      for place in shown {
        let info = columns[place.column]
        var (text, style) = cell(row, place.column)
        // Only the selected cell is reversed (or the whole row when rows are selected): a
        // cursor move then rewrites a few cells, not two whole lines.
        if isSelectedRow && (selectedColumn == nil || selectedColumn == place.column) {
          style.reverse = true
          if selectedColumn == place.column { style.bold = true }
        }
        let x = rect.x + place.x
        grid.field(
          text, x: x, y: y, width: place.width, style: style, alignment: info.alignment,
          clip: rect)
        if isSelectedRow && selectedColumn == nil && x + place.width < rect.maxX {
          grid.text(" ", x: x + place.width, y: y, style: Style(reverse: true), clip: rect)
        }
      }
    }
    if rowCount == 0 {
      grid.text("", x: rect.x, y: rect.y + 1, clip: rect)
    }
  }
}
