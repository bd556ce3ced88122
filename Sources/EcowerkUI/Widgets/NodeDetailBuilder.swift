import EcowerkModel
import EcowerkText

/// Builds the Theory of Change detail in a label column layout: a muted label left of an
/// item's first line, the text wrapped to its right with continuation lines hanging under the
/// text. Labels name a group once ("Assumptions") so repeated entries cost no extra line.
struct NodeDetailBuilder {
  /// One part of a KPI line, kept whole when lines wrap. A part with a bar starts with the
  /// bar's blank columns, which the pane fills with the shared bar after drawing.
  struct Chunk {
    var text: String
    var style: Style
    var bar: (fraction: Double, style: Style)?
  }

  static let barWidth = 10

  let width: Int
  let labelWidth: Int
  let glyphs: Glyphs
  private(set) var detail = TheoryOfChangePane.Detail()

  init(width: Int, labelWidth: Int, glyphs: Glyphs) {
    self.width = width
    self.labelWidth = labelWidth
    self.glyphs = glyphs
  }

  var valueWidth: Int { max(1, width - labelWidth - 1) }

  private func label(_ text: String, first: Bool, style: Style = .muted) -> Span {
    guard first else { return Span(Self.spaces(labelWidth + 1)) }
    return Span(TextLayout.pad(Sanitizer.line(text), toWidth: labelWidth) + " ", style)
  }

  private static func spaces(_ count: Int) -> String {
    String(repeating: " ", count: max(0, count))
  }

  /// The node's level and title, with a rule to the right edge so it reads as the heading of
  /// everything under it.
  mutating func titleLine(_ level: String, _ title: String, target: Target) {
    let lines = TextLayout.wrap(Sanitizer.text(title), width: valueWidth)
    var spans: [[Span]] = lines.enumerated().map { index, line in
      [label(level, first: index == 0, style: .heading), Span(line, Style(bold: true))]
    }
    let used = DisplayWidth.of(lines.first ?? "")
    if lines.count == 1, used + 2 < valueWidth {
      spans[0].append(
        Span(" " + String(repeating: glyphs.horizontal, count: valueWidth - used - 1), .muted))
    }
    detail.items.append(
      DetailItem(lines: spans, target: target, isSelectable: true, editColumn: labelWidth + 1))
  }

  /// A labelled entry: `lead` (a symbol) before the text, `prefix` (a status word) and
  /// `suffix` styled apart from the text where the wrapped lines still show them whole.
  mutating func entry(
    _ label: String, lead: [Span] = [], prefix: Span? = nil, text: String, style: Style,
    suffix: Span? = nil, target: Target?
  ) {
    let leadWidth = lead.reduce(0) { $0 + DisplayWidth.of($1.text) }
    let full = (prefix?.text ?? "") + Sanitizer.text(text) + (suffix?.text ?? "")
    let lines = TextLayout.wrap(full, width: max(1, valueWidth - leadWidth))
    // Wrapping drops the spaces at a break, so compare without them.
    let head = prefix.map { String($0.text.reversed().drop { $0 == " " }.reversed()) }
    let tail = suffix.map { String($0.text.drop { $0 == " " }) }
    var items: [[Span]] = []
    for (index, line) in lines.enumerated() {
      var spans = [self.label(label, first: index == 0)]
      spans += index == 0 ? lead : [Span(Self.spaces(leadWidth))]
      var rest = Substring(line)
      if index == 0, let prefix, let head, !head.isEmpty, rest.hasPrefix(head) {
        spans.append(Span(String(rest.prefix(head.count)), prefix.style))
        rest = rest.dropFirst(head.count)
      }
      if index == lines.count - 1, let suffix, let tail, !tail.isEmpty, rest.hasSuffix(tail) {
        spans.append(Span(String(rest.dropLast(tail.count)), style))
        spans.append(Span(String(rest.suffix(tail.count)), suffix.style))
      } else {
        spans.append(Span(String(rest), style))
      }
      items.append(spans)
    }
    // The editor opens where the text starts, past the symbol and the status word when the
    // first line shows them whole (the detail view keeps it on screen).
    var prefixWidth = 0
    if let prefix, let head, let first = lines.first, first.hasPrefix(head) {
      prefixWidth = DisplayWidth.of(prefix.text)
    }
    detail.items.append(
      DetailItem(
        lines: items, target: target, isSelectable: true,
        editColumn: labelWidth + 1 + leadWidth + prefixWidth))
  }

  /// Makes the last item part of `list` at `position` (nil for the placeholder of an empty
  /// list), so that adding, deleting, duplicating and moving work on it; `cycle` is the field
  /// Space steps through on it.
  mutating func place(in list: ListRef, at position: Int?, cycle: Field? = nil) {
    guard let last = detail.items.indices.last else { return }
    detail.items[last] = detail.items[last].inList(list, at: position, cycle: cycle)
  }
  /// The last entry's other fields, which Tab visits after its own (a measurement's date).
  mutating func lineFields(_ fields: [Field]) {
    guard let last = detail.items.indices.last else { return }
    detail.items[last].lineFields = fields
  }

  /// Styled spans beside a label, not selectable: a summary rather than a field. A span that
  /// does not fit starts a new line, without its leading spaces.
  mutating func line(_ label: String, _ spans: [Span]) {
    var lines: [[Span]] = [[]]
    var used = 0
    for span in spans {
      var span = span
      let width = DisplayWidth.of(span.text)
      if used > 0, used + width > valueWidth {
        span.text = String(span.text.drop { $0 == " " })
        lines.append([])
        used = 0
      }
      lines[lines.count - 1].append(span)
      used += DisplayWidth.of(span.text)
    }
    let rows = lines.enumerated().map { [self.label(label, first: $0 == 0)] + $1 }
    detail.items.append(DetailItem(lines: rows, target: nil, isSelectable: false))
  }

  /// A KPI: its name, then the chunks packed onto lines with two spaces between them.
  mutating func chunks(_ label: String, title: String, _ chunks: [Chunk], target: Target) {
    var lines = TextLayout.wrap(Sanitizer.line(title), width: valueWidth).map {
      [Span($0, Style(bold: true))]
    }
    var used = DisplayWidth.of(lines.last?.first?.text ?? "")
    var bars: [(line: Int, column: Int, chunk: Chunk)] = []
    for chunk in chunks {
      let barWidth = chunk.bar == nil ? 0 : Self.barWidth
      let chunkWidth = barWidth + DisplayWidth.of(chunk.text)
      if used + 2 + chunkWidth > valueWidth {
        lines.append([])
        used = 0
      } else {
        lines[lines.count - 1].append(Span("  "))
        used += 2
      }
      if chunk.bar != nil {
        bars.append((lines.count - 1, labelWidth + 1 + used, chunk))
        lines[lines.count - 1].append(Span(Self.spaces(barWidth)))
        used += barWidth
      }
      lines[lines.count - 1].append(Span(chunk.text, chunk.style))
      used += DisplayWidth.of(chunk.text)
    }
    let spans = lines.enumerated().map { [self.label(label, first: $0 == 0)] + $1 }
    detail.items.append(
      DetailItem(lines: spans, target: target, isSelectable: true, editColumn: labelWidth + 1))
    for bar in bars {
      guard let fill = bar.chunk.bar else { continue }
      detail.bars.append(
        TheoryOfChangePane.BarMark(
          item: detail.items.count - 1, line: bar.line, column: bar.column,
          width: Self.barWidth, fraction: fill.fraction, style: fill.style))
    }
  }
}
