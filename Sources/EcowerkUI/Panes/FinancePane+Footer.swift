import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The lines under the finance table: the verdict first, because a pane too low for the whole
/// footer keeps only its first line, then the cofinancing share.
extension FinancePane {
  /// The verdict may wrap over this many lines; the gaps of a long horizon are cut after it.
  static let verdictLines = 3

  static func footerLines(_ state: AppState, _ sheet: FinanceSheet, width: Int) -> [[Span]] {
    let s = state.strings
    let plan = state.plan
    guard sheet.hasFigures else {
      let sentence = s.format("finance.empty", plan.horizon.upperBound)
      return wrapped(sentence, width: width, prefix: "", style: .muted)
    }
    let verdict = plan.ngfVerdict
    let glyphs = state.settings.glyphs
    var lines: [[Span]]
    if verdict.standsAlone {
      let text = s.format("finance.verdict.stands", verdict.lastYear)
      lines = wrapped(
        text, width: width, prefix: "\(glyphs.check) ", style: .colored(.good, bold: true))
    } else {
      lines = wrapped(
        verdictText(plan, verdict, s), width: width, prefix: "\(glyphs.cross) ",
        style: .colored(.bad, bold: true))
    }
    let cofinancing = s.format(
      "finance.cofinancing", s.percent(plan.cofinancingShare), s.money(sheet.total.ngf))
    lines.append([Span(TextLayout.truncate(Sanitizer.line(cofinancing), toWidth: width))])
    return lines
  }

  /// "The plan does not yet stand without NGF after 2030: gap per year: 2029 € 150.000, …",
  /// or, when every year is covered but the last still counts on NGF, how much.
  static func verdictText(_ plan: Plan, _ verdict: NGFVerdict, _ s: Strings) -> String {
    let head = s.format("finance.verdict.notYet", verdict.lastYear)
    if !verdict.gaps.isEmpty {
      let gaps = verdict.gaps.map { "\($0.year) \(s.money($0.amount))" }.joined(separator: ", ")
      return head + ": " + s.format("finance.verdict.gaps", gaps)
    }
    if let last = plan.financeByYear.last, last.ngf != .zero {
      return head + ": " + s.format("finance.verdict.ngfLeft", last.year, s.money(last.ngf))
    }
    return head
  }

  /// `text` wrapped under a symbol with a hanging indent, at most `verdictLines` lines, the
  /// last cut with "…" when more would follow.
  private static func wrapped(_ text: String, width: Int, prefix: String, style: Style)
    -> [[Span]]
  {
    let indent = DisplayWidth.of(prefix)
    let room = max(1, width - indent)
    var lines = TextLayout.wrap(Sanitizer.text(text), width: room)
    if lines.count > verdictLines {
      let kept = lines[verdictLines - 1] + " " + lines[verdictLines]
      lines =
        Array(lines.prefix(verdictLines - 1))
        + [TextLayout.truncate(kept + "…", toWidth: room)]
    }
    let pad = String(repeating: " ", count: indent)
    return lines.enumerated().map { index, line in
      [Span(index == 0 ? prefix : pad, style), Span(line, style)]
    }
  }
}
