import EcowerkText

/// Items the master–detail panes share: the entity's name as the detail's title, and the line
/// that stands in for an empty list.
extension DetailItem {
  /// The entity's name in heading style, cut with "…" to one line. Selectable, unlike a
  /// heading, because the name is a field that can be changed.
  static func title(_ text: String, width: Int, target: Target, style: Style = .heading)
    -> DetailItem
  {
    .row(
      [Span(TextLayout.truncate(Sanitizer.line(text), toWidth: max(1, width)), style)],
      target: target)
  }

  /// A muted line under a heading whose list is empty. It keeps the list's target so that the
  /// cursor can stop there and, once editing arrives, add the first entry.
  static func placeholder(
    _ text: String, width: Int, target: Target?, style: Style = .muted
  ) -> DetailItem {
    var item = DetailItem.bullet(text, width: width, target: target, style: style, bullet: "")
    item.isSelectable = target != nil
    return item
  }

  /// A warning that keeps its meaning in monochrome: the warning glyph and bold, not colour
  /// alone.
  static func warning(
    _ text: String, width: Int, glyph: Character, target: Target? = nil
  ) -> DetailItem {
    var item = DetailItem.bullet(
      text, width: width, target: target, style: .colored(.warning, bold: true),
      bullet: "\(glyph) ")
    item.lines = item.lines.map { line in
      line.enumerated().map { index, span in
        index == 0 ? Span(span.text, .colored(.warning, bold: true)) : span
      }
    }
    item.isSelectable = target != nil
    return item
  }
}
