import EcowerkChecks
import EcowerkReport
import EcowerkStrings
import EcowerkText

/// The health overlay (`!`): the plan's findings, a line each with the severity's marker, the
/// step and what to do; under the list the selected finding in full with its check id.
///
/// Only the rows on screen are turned into text: a large plan has thousands of findings.
enum HealthOverlay {
  /// Lines under the list for the selected finding, when the pane is tall enough for them.
  static func detailHeight(in rect: Rect) -> Int { rect.height >= 12 ? 4 : 0 }

  /// The rows the findings get: the pane less the title, the column line and the detail.
  static func listHeight(in rect: Rect) -> Int {
    max(1, rect.height - 2 - detailHeight(in: rect))
  }

  static func draw(_ list: HealthList, _ state: AppState, into grid: inout CellGrid, in rect: Rect)
  {
    guard !rect.isEmpty else { return }
    let s = state.strings
    let glyphs = state.settings.glyphs
    grid.fill(rect)
    let health = state.health.health
    let summary = s.summary(health)
    grid.heading(
      s.format("health.title", summary), x: rect.x, y: rect.y, width: rect.width, glyphs: glyphs)
    let body = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
    guard !list.findings.isEmpty else {
      for (index, line) in TextLayout.wrap(s["check.none"], width: max(1, body.width)).enumerated()
      {
        grid.text(line, x: body.x, y: body.y + index, style: .colored(.good), clip: body)
      }
      return
    }
    grid.text(s["health.columns"], x: body.x, y: body.y, style: .muted, clip: body)
    let height = listHeight(in: rect)
    // Clamped here too: a resize since the last key may have left the selection out of view.
    var cursor = list.cursor
    cursor.clamp(count: list.findings.count, visible: height)
    let messageX = body.x + 7
    for (offset, finding) in list.findings.dropFirst(cursor.offset).prefix(height).enumerated() {
      let y = body.y + 1 + offset
      let row = cursor.offset + offset
      let selected = row == cursor.row
      let style = marker(finding.severity)
      var line = Style.plain
      if selected { line.reverse = true }
      grid.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: line)
      grid.text(
        String(symbol(finding.severity, glyphs)), x: body.x + 1, y: y,
        style: selected ? style.with { $0.reverse = true } : style, clip: body)
      grid.text(String(finding.step), x: body.x + 4, y: y, style: line, clip: body)
      grid.field(
        s.message(finding, in: state.plan), x: messageX, y: y, width: body.maxX - messageX,
        style: line,
        clip: body)
    }
    let detail = detailHeight(in: rect)
    guard detail > 0, list.findings.indices.contains(cursor.row) else { return }
    let finding = list.findings[cursor.row]
    let top = rect.maxY - detail
    grid.text(
      String(repeating: glyphs.horizontal, count: rect.width), x: rect.x, y: top, style: .muted,
      clip: rect)
    let wrapped = TextLayout.wrap(s.message(finding, in: state.plan), width: max(1, body.width))
    for (index, text) in wrapped.prefix(detail - 2).enumerated() {
      grid.text(text, x: body.x, y: top + 1 + index, clip: body)
    }
    let id =
      "\(s.label(finding.severity)) · \(s["report.step.\(finding.step)"]) · \(finding.check.id)"
    grid.text(id, x: body.x, y: rect.maxY - 1, style: .muted, clip: body)
  }

  /// The marker of a severity: ✗ for an error, ! for a warning, • for a hint.
  static func symbol(_ severity: Severity, _ glyphs: Glyphs) -> Character {
    switch severity {
    case .error: return glyphs.cross
    case .warning: return glyphs.warning
    case .hint: return glyphs.leaf
    }
  }

  /// Colour adds to the marker, never replaces it.
  static func marker(_ severity: Severity) -> Style {
    switch severity {
    case .error: return .colored(.bad, bold: true)
    case .warning: return .colored(.warning, bold: true)
    case .hint: return .muted
    }
  }
}
