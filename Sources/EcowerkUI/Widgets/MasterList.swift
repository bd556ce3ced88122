import EcowerkText

/// The list half of a master–detail pane: a header row, then one row per entity.
///
/// Unlike `Table` it never scrolls sideways: a list beside a detail view must show each row
/// whole, so one column (the name) takes the room the others leave, and when even that is too
/// little the least important columns are left out. Rows are asked for only while visible.
struct MasterList {
  struct Column {
    var title: String
    /// The column's width; for the flexible column, its smallest width.
    var width: Int
    var alignment: TextLayout.Alignment = .left
    /// Takes the width the other columns leave.
    var isFlexible = false
    /// When the list is too narrow, columns with the highest number go first; 0 always stays.
    var dropOrder = 0
  }

  /// A column as placed: which one, where it starts and how wide it is drawn.
  struct Placed: Hashable {
    var column: Int
    var x: Int
    var width: Int
  }

  /// A line under the rows, where a short list leaves room: totals that line up with the
  /// columns, or a sentence such as the legend of a warning mark.
  enum FooterLine {
    case cells([Span])
    case text([Span])
  }

  var columns: [Column]
  var rowCount: Int
  var cursor: ListCursor
  /// Whether the keyboard is in the list: its selection is reversed, else underlined.
  var isFocused: Bool

  /// Rows of data under the header in `height` rows.
  static func visibleRows(height: Int) -> Int { max(1, height - 1) }

  /// The columns that fit in `width`, left to right, the flexible one widened to fill.
  func placed(width: Int) -> [Placed] {
    var kept = Array(columns.indices)
    func needed() -> Int {
      kept.reduce(0) { $0 + columns[$1].width } + max(0, kept.count - 1)
    }
    while needed() > width,
      let drop = kept.filter({ columns[$0].dropOrder > 0 })
        .max(by: { columns[$0].dropOrder < columns[$1].dropOrder })
    {
      kept.removeAll { $0 == drop }
    }
    let spare = max(0, width - needed())
    var x = 0
    var result: [Placed] = []
    for index in kept {
      let column = columns[index]
      let drawn = column.width + (column.isFlexible ? spare : 0)
      result.append(Placed(column: index, x: x, width: drawn))
      x += drawn + 1
    }
    return result
  }

  /// Draws the header, the visible rows and, when the rows leave room, the footer after a
  /// blank line. `rows` gives one span per column for a range; `footer` is only asked for when
  /// it can be shown, so a long list never pays for its totals.
  func draw(
    into grid: inout CellGrid, in rect: Rect, rows: (Range<Int>) -> [[Span]],
    footer: () -> [FooterLine] = { [] }
  ) {
    guard !rect.isEmpty else { return }
    let placed = placed(width: rect.width)
    let header = Style(color: .accent, bold: true, underline: true)
    grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: header)
    for place in placed {
      let column = columns[place.column]
      grid.field(
        column.title, x: rect.x + place.x, y: rect.y, width: place.width, style: header,
        alignment: column.alignment, clip: rect)
    }
    let first = min(cursor.offset, rowCount)
    let last = min(rowCount, first + Self.visibleRows(height: rect.height))
    guard first < last else { return }
    drawRows(rows(first..<last), from: first, into: &grid, in: rect, placed: placed)
    var y = rect.y + 1 + (last - first) + 1
    guard first == 0, last == rowCount, y < rect.maxY else { return }
    for line in footer() where y < rect.maxY {
      switch line {
      case .cells(let cells):
        for place in placed where place.column < cells.count {
          grid.field(
            cells[place.column].text, x: rect.x + place.x, y: y, width: place.width,
            style: cells[place.column].style, alignment: columns[place.column].alignment,
            clip: rect)
        }
      case .text(let spans):
        // Cut with "…", so a reader sees that the line goes on.
        var x = rect.x
        for span in spans {
          let room = rect.maxX - x
          guard room > 0 else { break }
          let text = TextLayout.truncate(Sanitizer.line(span.text), toWidth: room)
          x = grid.text(text, x: x, y: y, style: span.style, clip: rect)
        }
      }
      y += 1
    }
  }

  private func drawRows(
    _ rows: [[Span]], from first: Int, into grid: inout CellGrid, in rect: Rect,
    placed: [Placed]
  ) {
    for (line, cells) in rows.enumerated() {
      let row = first + line
      let y = rect.y + 1 + line
      guard y < rect.maxY else { break }
      let selected = row == cursor.row
      let mark = Style(reverse: isFocused, underline: !isFocused)
      if selected {
        grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: mark)
      }
      for place in placed where place.column < cells.count {
        var style = cells[place.column].style
        if selected {
          style.reverse = isFocused
          style.underline = !isFocused
        }
        grid.field(
          cells[place.column].text, x: rect.x + place.x, y: y, width: place.width, style: style,
          alignment: columns[place.column].alignment, clip: rect)
      }
    }
  }

  /// The row drawn at screen line `y` of `rect`, or nil for the header and below the rows.
  func row(atLine y: Int, in rect: Rect) -> Int? {
    guard y > rect.y, y < rect.maxY else { return nil }
    let row = cursor.offset + (y - rect.y - 1)
    return row < rowCount ? row : nil
  }
}
