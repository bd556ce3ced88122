import EcowerkText

/// Item shapes that the propositions and peer review panes need beyond the shared ones: a
/// selectable wrapped block, a list under a label, and lines made of several wrapped parts.
extension DetailItem {
  /// Text wrapped to `width` with an indent, selectable, in one style.
  static func block(
    _ text: String, width: Int, indent: Int = 0, style: Style = .plain, target: Target? = nil
  ) -> DetailItem {
    var item = DetailItem(
      lines: wrappedLines(text, width: width, indent: indent, style: style), target: target,
      isSelectable: true)
    item.editColumn = indent
    return item
  }

  /// One entry of a list shown beside a label: the label on the first entry only, so that
  /// "Oplossingsrichtingen  • …" reads as one field while each entry stays its own stop.
  static func listEntry(
    _ text: String, label: String?, width: Int, indent: Int, labelWidth: Int,
    style: Style = .plain, bullet: String = "• ", target: Target? = nil
  ) -> DetailItem {
    let head =
      String(repeating: " ", count: indent) + TextLayout.pad(label ?? "", toWidth: labelWidth)
    let hang = String(repeating: " ", count: DisplayWidth.of(head) + 1)
    let bulletWidth = DisplayWidth.of(bullet)
    let textWidth = max(1, width - DisplayWidth.of(hang) - bulletWidth)
    let lines = TextLayout.wrap(Sanitizer.text(text), width: textWidth).enumerated().map {
      index, line -> [Span] in
      guard index == 0 else {
        return [Span(hang + String(repeating: " ", count: bulletWidth)), Span(line, style)]
      }
      return [Span(head + " ", .muted), Span(bullet, .muted), Span(line, style)]
    }
    var item = DetailItem(lines: lines, target: target, isSelectable: true)
    item.editColumn = DisplayWidth.of(hang) + bulletWidth
    return item
  }

  /// An item of a closed section: no lines and no stop, but in its place, so that item indices
  /// (the cursor's rows) do not depend on what is open.
  static func folded(_ target: Target?) -> DetailItem {
    DetailItem(lines: [], target: target, isSelectable: false)
  }

  /// `text` wrapped with `indent` spaces before each line.
  static func wrappedLines(_ text: String, width: Int, indent: Int, style: Style) -> [[Span]] {
    let pad = String(repeating: " ", count: max(0, indent))
    return TextLayout.wrap(Sanitizer.text(text), width: max(1, width - indent)).map {
      [Span(pad + $0, style)]
    }
  }

  /// `lead` and `rest` wrapped as one paragraph, with `lead` in its own style where it fits on
  /// the first line: "**Pool van energiecoaches** — overgedragen door …".
  static func ledLines(
    lead: String, rest: String, width: Int, indent: Int, leadStyle: Style, style: Style
  ) -> [[Span]] {
    let lead = Sanitizer.line(lead)
    var lines = wrappedLines(lead + rest, width: width, indent: indent, style: style)
    let pad = String(repeating: " ", count: max(0, indent))
    if let first = lines.first?.first?.text, first.hasPrefix(pad + lead) {
      lines[0] = [
        Span(pad + lead, leadStyle), Span(String(first.dropFirst(pad.count + lead.count)), style),
      ]
    } else if !lines.isEmpty {
      lines[0] = lines[0].map { Span($0.text, leadStyle) }
    }
    return lines
  }
}
