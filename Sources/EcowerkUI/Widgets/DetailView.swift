import EcowerkModel
import EcowerkText

/// A piece of text with one style.
struct Span: Hashable, Sendable {
  var text: String
  var style: Style

  init(_ text: String, _ style: Style = .plain) {
    self.text = text
    self.style = style
  }
}

/// What a selectable line stands for: a field of an entity, one entry of a list field (a pain,
/// a learning), or a whole entity.
public struct Target: Hashable, Sendable {
  public var ref: EntityRef
  public var field: Field?
  /// For list fields (`pains`, `learnings`, …): which entry; nil for the field as a whole.
  public var index: Int?

  public init(_ ref: EntityRef, _ field: Field? = nil, index: Int? = nil) {
    self.ref = ref
    self.field = field
    self.index = index
  }
}

/// One item of a detail view: a heading, a field, a list entry. It may wrap over several lines
/// and is selected as a whole.
struct DetailItem: Hashable, Sendable {
  var lines: [[Span]]
  var target: Target?
  var isSelectable: Bool
  /// The column where the item's value starts, where the in-place editor opens.
  var editColumn = 0
  /// The list the item's entity belongs to and its index there, for adding, deleting,
  /// duplicating and moving; a placeholder of an empty list has the list and no index.
  var list: ListRef?
  var position: Int?
  /// A kind new entries added here get (a barrier's weten / willen / kunnen).
  var newChoice: String?
  /// The field Space cycles when it is not the target's own (a barrier's kind, a
  /// conversation's member flag).
  var cycleField: Field?

  /// More fields of the same entity on this line, which Tab visits in this order after the
  /// item's own and its cycle field (a measurement's date, who measured and note).
  var lineFields: [Field] = []

  /// The field Tab visits after the item's own (its cycle field), when it has one.
  var secondary: Target? { secondary(after: target?.field) }

  /// The field of this line Tab visits after `field`: the cycle field, then `lineFields`; nil
  /// after the last (Tab goes on to the next line).
  func secondary(after field: Field?) -> Target? {
    guard let ref = target?.ref else { return nil }
    var chain: [Field] = []
    for candidate in [target?.field, cycleField].compactMap({ $0 }) + lineFields
    where !chain.contains(candidate) {
      chain.append(candidate)
    }
    guard let field, let index = chain.firstIndex(of: field), index + 1 < chain.count else {
      return nil
    }
    return Target(ref, chain[index + 1])
  }

  /// The placeholder of an empty list (or of one kind in it): editing it adds the entry.
  var isNewEntry: Bool { list != nil && position == nil }

  /// This item as part of `list` at `position`.
  func inList(_ list: ListRef, at position: Int?, choice: String? = nil, cycle: Field? = nil)
    -> DetailItem
  {
    var item = self
    item.list = list
    item.position = position
    item.newChoice = choice
    item.cycleField = cycle
    if position == nil && !item.isSelectable { item.isSelectable = true }
    return item
  }

  static func heading(_ title: String) -> DetailItem {
    DetailItem(lines: [[Span(title, .heading)]], target: nil, isSelectable: false)
  }

  static let blank = DetailItem(lines: [[]], target: nil, isSelectable: false)

  /// Plain text wrapped to `width`, not selectable.
  static func text(_ text: String, width: Int, style: Style = .plain, indent: Int = 0)
    -> DetailItem
  {
    let pad = String(repeating: " ", count: indent)
    let lines = TextLayout.wrap(Sanitizer.text(text), width: max(1, width - indent)).map {
      [Span(pad + $0, style)]
    }
    return DetailItem(lines: lines, target: nil, isSelectable: false)
  }

  /// `Label: value`, the value wrapped under itself; selectable.
  static func field(
    _ label: String, _ value: String, width: Int, labelWidth: Int, target: Target? = nil,
    style: Style = .plain, indent: Int = 0
  ) -> DetailItem {
    let pad = String(repeating: " ", count: indent)
    let labelText = TextLayout.pad(label, toWidth: labelWidth)
    let valueWidth = max(1, width - indent - labelWidth - 1)
    let wrapped = TextLayout.wrap(Sanitizer.text(value), width: valueWidth)
    var lines: [[Span]] = []
    for (index, line) in wrapped.enumerated() {
      let head =
        index == 0 ? pad + labelText + " " : String(repeating: " ", count: indent + labelWidth + 1)
      lines.append([Span(head, index == 0 ? .muted : .plain), Span(line, style)])
    }
    var item = DetailItem(lines: lines, target: target, isSelectable: true)
    item.editColumn = indent + labelWidth + 1
    return item
  }

  /// A bullet point, wrapped with a hanging indent; selectable. The bullet comes from the
  /// glyph set so that an ASCII terminal gets "*".
  static func bullet(
    _ text: String, width: Int, glyphs: Glyphs, target: Target? = nil, style: Style = .plain,
    indent: Int = 2
  ) -> DetailItem {
    DetailItem.bullet(
      text, width: width, target: target, style: style, indent: indent, bullet: "\(glyphs.leaf) ")
  }

  /// A point with a marker of the caller's choice (a symbol, a date, nothing).
  static func bullet(
    _ text: String, width: Int, target: Target? = nil, style: Style = .plain, indent: Int = 2,
    bullet: String
  ) -> DetailItem {
    let bulletWidth = DisplayWidth.of(bullet)
    let wrapped = TextLayout.wrap(Sanitizer.text(text), width: max(1, width - indent - bulletWidth))
    let pad = String(repeating: " ", count: indent)
    let lines = wrapped.enumerated().map { index, line in
      [
        Span(pad + (index == 0 ? bullet : String(repeating: " ", count: bulletWidth)), .muted),
        Span(line, style),
      ]
    }
    var item = DetailItem(lines: lines, target: target, isSelectable: true)
    item.editColumn = indent + bulletWidth
    return item
  }

  /// One line of spans, cut at the edge; selectable when it has a target or `selectable`.
  static func row(_ spans: [Span], target: Target? = nil, selectable: Bool? = nil) -> DetailItem {
    DetailItem(lines: [spans], target: target, isSelectable: selectable ?? (target != nil))
  }
}

/// A scrolling list of items, one of them selected. The cursor's `row` is an item index and its
/// `offset` the first line shown.
struct DetailView {
  var items: [DetailItem]

  /// The first line of each item.
  var lineStarts: [Int] {
    var starts: [Int] = []
    var line = 0
    for item in items {
      starts.append(line)
      line += item.lines.count
    }
    return starts
  }

  var lineCount: Int { items.reduce(0) { $0 + $1.lines.count } }

  /// The selectable item nearest `index` in `direction` (+1 down, -1 up), or `index` itself.
  func selectable(from index: Int, direction: Int) -> Int {
    guard !items.isEmpty else { return 0 }
    var candidate = min(max(0, index), items.count - 1)
    while candidate >= 0 && candidate < items.count {
      if items[candidate].isSelectable { return candidate }
      candidate += direction
    }
    // Nothing that way: look the other way from the start.
    candidate = min(max(0, index), items.count - 1)
    while candidate >= 0 && candidate < items.count {
      if items[candidate].isSelectable { return candidate }
      candidate -= direction
    }
    return min(max(0, index), items.count - 1)
  }

  /// Moves the selection by `delta` selectable items and keeps it visible in `height` lines.
  func moved(_ cursor: ListCursor, by delta: Int, height: Int) -> ListCursor {
    var result = cursor
    var index = selectable(from: cursor.row, direction: delta >= 0 ? 1 : -1)
    var steps = abs(delta)
    while steps > 0 {
      let step = delta > 0 ? 1 : -1
      var next = index + step
      while next >= 0 && next < items.count && !items[next].isSelectable { next += step }
      guard next >= 0 && next < items.count else { break }
      index = next
      steps -= 1
    }
    result.row = index
    return normalized(result, height: height)
  }

  /// The cursor with its selection on a selectable item and the offset showing it.
  func normalized(_ cursor: ListCursor, height: Int) -> ListCursor {
    var result = cursor
    result.row = selectable(from: cursor.row, direction: 1)
    let starts = lineStarts
    let total = lineCount
    let window = max(1, height)
    guard !items.isEmpty else { return ListCursor() }
    let first = starts[result.row]
    let last = first + items[result.row].lines.count - 1
    if first < result.offset { result.offset = first }
    if last >= result.offset + window { result.offset = min(first, last - window + 1) }
    // Show the heading above the first selectable item when scrolled to it.
    if result.offset > 0, result.offset == first, result.row > 0,
      !items[result.row - 1].isSelectable,
      first - starts[result.row - 1] + items[result.row].lines.count <= window
    {
      result.offset = starts[result.row - 1]
    }
    result.offset = max(0, min(result.offset, max(0, total - window)))
    return result
  }

  func draw(
    into grid: inout CellGrid, in rect: Rect, cursor: ListCursor, focused: Bool
  ) {
    var y = rect.y
    var line = 0
    for (index, item) in items.enumerated() {
      for spans in item.lines {
        defer { line += 1 }
        guard line >= cursor.offset else { continue }
        guard y < rect.maxY else { return }
        let selected = index == cursor.row && item.isSelectable
        var x = rect.x
        for span in spans {
          var style = span.style
          if selected {
            style.reverse = focused
            style.underline = !focused
          }
          x = grid.text(span.text, x: x, y: y, style: style, clip: rect)
        }
        y += 1
      }
    }
  }

  /// The item index drawn at screen line `y` of `rect`, for mouse clicks.
  func item(atLine y: Int, in rect: Rect, cursor: ListCursor) -> Int? {
    let target = cursor.offset + (y - rect.y)
    var line = 0
    for (index, item) in items.enumerated() {
      if target < line + item.lines.count { return index }
      line += item.lines.count
    }
    return nil
  }

  /// Where the selected item's value is on screen, for the in-place editor.
  func editPlace(in rect: Rect, cursor: ListCursor) -> EditPlace? {
    guard items.indices.contains(cursor.row), let target = items[cursor.row].target else {
      return nil
    }
    let line = lineStarts[cursor.row] - cursor.offset
    guard line >= 0, line < rect.height else { return nil }
    let column = min(items[cursor.row].editColumn, max(0, rect.width - 4))
    return EditPlace(
      target: target,
      rect: Rect(x: rect.x + column, y: rect.y + line, width: rect.width - column, height: 1))
  }

  /// Plain text of each item, for searching.
  var searchTexts: [String] {
    items.map { item in item.lines.map { $0.map(\.text).joined() }.joined(separator: " ") }
  }
}
