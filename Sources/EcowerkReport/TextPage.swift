import EcowerkText

/// The lines of a plain-text report as they are written, with the layout of each kind of
/// block.
///
/// Every string goes through `clean` before it is measured, so a control character in a plan
/// can neither reach the output nor throw off a column; every line is built from wrapped or
/// padded pieces that fit `width`, so nothing has to be cut afterwards.
struct TextPage {
  let width: Int
  var lines: [String] = []

  init(width: Int) {
    self.width = width
  }

  /// The page as one string: trailing spaces trimmed, one newline at the end.
  var text: String {
    var result = lines.map(Self.trimmingTrailingSpaces).joined(separator: "\n")
    while result.hasSuffix("\n") { result.removeLast() }
    return result + "\n"
  }

  /// Plan text made safe for a terminal or a printer; "\n" stays a line break.
  static func clean(_ text: String) -> String {
    Sanitizer.text(text)
  }

  mutating func append(_ line: String) {
    lines.append(line)
  }

  /// One empty line between blocks, never two, and none at the top.
  mutating func blank() {
    if let last = lines.last, !last.isEmpty { lines.append("") }
  }

  mutating func block(_ block: ReportBlock, headingLevel: Int) {
    switch block {
    case .heading(let text): heading(text, level: headingLevel)
    case .paragraph(let text): paragraph(text)
    case .facts(let facts): self.facts(facts)
    case .list(let title, let items): list(title: title, items: items)
    case .table(let table): self.table(table)
    case .tree(let lines): tree(lines)
    case .bars(let chart): bars(chart)
    case .numbered(let title, let items): numbered(title: title, items: items)
    case .figure(let figure):
      if case .stakeholderGrid(let grid) = figure.picture { self.grid(grid) }
      for block in figure.fallback { self.block(block, headingLevel: headingLevel) }
    }
  }

  /// Level 1 is over- and underlined with "=", level 2 underlined with "=", level 3 with "-",
  /// anything deeper with "~": the conventions of plain-text documents since RFCs and reST.
  mutating func heading(_ text: String, level: Int) {
    blank()
    let wrapped = wrap(text, width: width)
    let length = wrapped.map { DisplayWidth.of($0) }.max() ?? 0
    let rule: Character = level <= 2 ? "=" : level == 3 ? "-" : "~"
    let underline = String(repeating: rule, count: max(1, length))
    if level == 1 { append(underline) }
    lines += wrapped
    append(underline)
  }

  mutating func paragraph(_ text: String) {
    blank()
    lines += wrap(text, width: width)
  }

  /// Labels in one column, values beside them. A label too long for a third of the width
  /// keeps its value on its own line when two thirds still leave the value room, and goes on
  /// a line of its own, with its value under it, when not.
  mutating func facts(_ facts: [ReportFact]) {
    guard !facts.isEmpty else { return }
    blank()
    let labels = facts.map { Self.clean($0.label) + ":" }
    let widest = labels.map { DisplayWidth.of($0) }.max() ?? 0
    let column = min(widest, width / 3) + 1
    for (label, fact) in zip(labels, facts) {
      let value = fact.value.allSatisfy(\.isWhitespace) ? "–" : fact.value
      let labelWidth = DisplayWidth.of(label)
      let valueColumn = labelWidth < column ? column : labelWidth + 1
      guard valueColumn <= width * 2 / 3 else {
        lines += wrap(label, width: width)
        lines += wrap(value, width: width - column).map { Self.spaces(column) + $0 }
        continue
      }
      let valueLines = wrap(value, width: width - valueColumn)
      append(TextLayout.pad(label, toWidth: valueColumn) + valueLines[0])
      lines += valueLines.dropFirst().map { Self.spaces(valueColumn) + $0 }
    }
  }

  mutating func list(title: String?, items: [String]) {
    blank()
    if let title { caption(title) }
    for item in items {
      hanging(item, marker: "- ", indent: 0)
    }
  }

  /// Items numbered "1.", "2.", …, their continuation lines under the text.
  mutating func numbered(title: String?, items: [String]) {
    blank()
    if let title { caption(title) }
    let markerWidth = String(items.count).count + 2
    for (index, item) in items.enumerated() {
      hanging(item, marker: TextLayout.pad("\(index + 1).", toWidth: markerWidth), indent: 0)
    }
  }

  /// A caption over a list or table, ending in a colon.
  mutating func caption(_ title: String) {
    let text = Self.clean(title)
    lines += wrap(text.hasSuffix(":") ? text : text + ":", width: width)
  }

  /// Text after a marker, its continuation lines aligned under the text, not the marker.
  mutating func hanging(_ text: String, marker: String, indent: Int) {
    let markerWidth = DisplayWidth.of(marker)
    let wrapped = wrap(text, width: width - indent - markerWidth)
    for (index, line) in wrapped.enumerated() {
      let lead = index == 0 ? marker : Self.spaces(markerWidth)
      append(Self.spaces(indent) + lead + line)
    }
  }

  /// Text whose first line starts at `first` and whose continuation lines start at `rest`.
  mutating func indented(_ text: String, first: Int, rest: Int) {
    let wrapped = wrap(text, width: width - max(first, rest))
    for (index, line) in wrapped.enumerated() {
      append(Self.spaces(index == 0 ? first : rest) + line)
    }
  }

  /// Nodes as "- " items indented two columns per level; details four columns in from their
  /// node's marker, so they cannot be mistaken for children, and their continuation lines two
  /// further, so one detail cannot be mistaken for two. Deep trees stop indenting at half the
  /// width so the text keeps room.
  mutating func tree(_ treeLines: [ReportTreeLine]) {
    blank()
    for line in treeLines {
      let indent = min(2 * max(0, line.depth), width / 2)
      hanging(line.text, marker: "- ", indent: indent)
      for detail in line.details {
        indented(detail, first: indent + 4, rest: indent + 6)
      }
    }
  }

  /// `text` cleaned and wrapped; never empty, so the first line can always be taken.
  func wrap(_ text: String, width: Int) -> [String] {
    let wrapped = TextLayout.wrap(Self.clean(text), width: max(1, width))
    return wrapped.isEmpty ? [""] : wrapped
  }

  static func spaces(_ count: Int) -> String {
    String(repeating: " ", count: max(0, count))
  }

  private static func trimmingTrailingSpaces(_ line: String) -> String {
    var line = Substring(line)
    while line.last == " " { line.removeLast() }
    return String(line)
  }
}
