/// Where a master–detail pane puts its list and its detail view: side by side when there is
/// room, the list above the detail when the terminal is narrow.
///
/// Side by side the list gets a bit under half the width: its rows are names and small numbers,
/// while the detail wraps sentences (pains, what a conversation taught) that need the room.
struct MasterDetailLayout: Hashable {
  /// Below this many columns a list beside a detail leaves neither readable.
  static let sideBySideMinimum = 70
  /// The list's share of the width side by side, in percent.
  static let listShare = 45

  var list: Rect
  var detail: Rect
  /// The line between the two: one column side by side, one row stacked.
  var divider: Rect
  var isStacked: Bool

  /// The layout of `rect` for a list of `rowCount` rows.
  init(_ rect: Rect, rowCount: Int) {
    isStacked = rect.width < Self.sideBySideMinimum
    if isStacked {
      // The list takes what its rows need, up to two fifths, so the detail keeps the rest.
      let wanted = min(rowCount + 1, max(2, rect.height * 2 / 5))
      let (top, rest) = rect.splitTop(wanted)
      let (line, bottom) = rest.splitTop(1)
      list = top
      divider = line
      detail = bottom
    } else {
      let (left, rest) = rect.splitLeft(rect.width * Self.listShare / 100)
      let (line, right) = rest.splitLeft(1)
      // A blank column on each side of the line keeps right-aligned numbers and the detail's
      // text off it.
      list = left.splitLeft(max(0, left.width - 1)).0
      divider = line
      detail = right.splitLeft(1).1
    }
  }

  /// Draws the line between list and detail.
  func drawDivider(into grid: inout CellGrid, glyphs: Glyphs) {
    guard !divider.isEmpty else { return }
    if isStacked {
      let rule = String(repeating: glyphs.horizontal, count: divider.width)
      grid.text(rule, x: divider.x, y: divider.y, style: .muted, clip: divider)
    } else {
      grid.verticalLine(x: divider.x, from: divider.y, to: divider.maxY, glyphs: glyphs)
    }
  }
}
