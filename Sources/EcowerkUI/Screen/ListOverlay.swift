import EcowerkText

/// A list over the pane, the way the changes and the merge conflicts are shown: a heading, a
/// row per entry with a marker and its words (the selected one reversed), and under a rule the
/// selected entry in full, when the pane is tall enough for it.
///
/// Only the rows on screen are asked for: a large plan can have thousands of entries.
struct ListOverlay {
  /// Lines under the rule for the selected entry, when the pane has room for them.
  var detailLines: Int

  /// One row: a marker that reads without colour, and the entry in words.
  struct Row {
    var marker: String
    var markerStyle: Style = .plain
    var text: String
    /// A row that is done with (a decided conflict) is drawn dim.
    var isDone = false
  }

  func detailHeight(in rect: Rect) -> Int { rect.height >= 12 ? detailLines + 1 : 0 }

  /// The rows the entries get: the pane less the heading and the detail.
  func listHeight(in rect: Rect) -> Int { max(1, rect.height - 1 - detailHeight(in: rect)) }

  func draw(
    title: String, count: Int, cursor: ListCursor, glyphs: Glyphs, into grid: inout CellGrid,
    in rect: Rect, row: (Int) -> Row, detail: (Int) -> [String]
  ) {
    guard !rect.isEmpty else { return }
    grid.fill(rect)
    grid.heading(title, x: rect.x, y: rect.y, width: rect.width, glyphs: glyphs)
    let body = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
    let height = listHeight(in: rect)
    // Clamped here too: a resize since the last key may have left the selection out of view.
    var cursor = cursor
    cursor.clamp(count: count, visible: height)
    for index in cursor.offset..<min(count, cursor.offset + height) {
      let entry = row(index)
      let y = body.y + index - cursor.offset
      var line = Style.plain
      if index == cursor.row { line.reverse = true }
      if entry.isDone { line.dim = true }
      grid.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: line)
      var marker = entry.markerStyle
      if line.reverse { marker.reverse = true }
      grid.text(entry.marker, x: body.x, y: y, style: marker, clip: body)
      grid.field(
        entry.text, x: body.x + 2, y: y, width: body.width - 2, style: line, clip: body)
    }
    let detailHeight = detailHeight(in: rect)
    guard detailHeight > 0, (0..<count).contains(cursor.row) else { return }
    let top = rect.maxY - detailHeight
    grid.text(
      String(repeating: glyphs.horizontal, count: rect.width), x: rect.x, y: top, style: .muted,
      clip: rect)
    var y = top + 1
    for paragraph in detail(cursor.row) {
      for text in TextLayout.wrap(paragraph, width: max(1, body.width)) where y < rect.maxY {
        grid.text(text, x: body.x, y: y, clip: body)
        y += 1
      }
    }
  }
}
