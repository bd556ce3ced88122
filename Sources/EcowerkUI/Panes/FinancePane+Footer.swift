import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The lines under the finance table: the verdict first, because a pane too low for the whole
/// footer keeps only its first line, then the cofinancing share. With the actual figures shown,
/// the selected cell's planned and actual figure come first instead: that is what a facilitator
/// checks while typing a year's accounts.
extension FinancePane {
  /// The verdict may wrap over this many lines; the gaps of a long horizon are cut after it.
  static let verdictLines = 3

  static func footerLines(
    _ state: AppState, _ sheet: FinanceSheet, width: Int, chart: Bool = false
  ) -> [[Span]] {
    let s = state.strings
    let plan = state.plan
    let comparison: [[Span]] =
      sheet.actuals && !chart ? [comparisonLine(state.views.finance, sheet, width: width)] : []
    guard sheet.hasFigures else {
      let sentence = s.format("finance.empty", plan.horizon.upperBound)
      return comparison + wrapped(sentence, width: width, prefix: "", style: .muted)
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
    return comparison + lines
  }

  /// "The plan does not yet stand without NGF after 2030: gap per year: 2029 € 150.000, …";
  /// then, when the last year still counts on NGF, how much, and when it has no figures at all,
  /// that it has none.
  static func verdictText(_ plan: Plan, _ verdict: NGFVerdict, _ s: Strings) -> String {
    let head = s.format("finance.verdict.notYet", verdict.lastYear)
    var reasons: [String] = []
    if !verdict.gaps.isEmpty {
      let gaps = verdict.gaps.map { "\($0.year) \(s.money($0.amount))" }.joined(separator: ", ")
      reasons.append(s.format("finance.verdict.gaps", gaps))
    }
    // Why, as the verdict (and so `ecowerk check`) has it.
    let lastHasGap = verdict.gaps.last?.year == verdict.lastYear
    switch verdict.reason {
    case .ngf(let amount)? where !lastHasGap:
      reasons.append(s.format("finance.verdict.ngfLeft", verdict.lastYear, s.money(amount)))
    case .noYear?, .noFigures?:
      reasons.append(s.format("finance.verdict.noFigures", verdict.lastYear))
    default:
      break
    }
    let earlier = verdict.emptyYears.filter { $0 != verdict.lastYear }
    if !earlier.isEmpty {
      reasons.append(
        s.format(
          "finance.verdict.emptyYears", earlier.map(String.init).joined(separator: ", ")))
    }
    return reasons.isEmpty ? head : head + ": " + reasons.joined(separator: "; ")
  }

  /// The selected cell's planned and actual figure and the difference: "2025 · NGF: planned
  /// €900,000 · actual €880,000 · difference -€20,000". The names column and the Total column
  /// compare the row over all years.
  static func comparisonLine(_ cursor: FinanceView, _ sheet: FinanceSheet, width: Int) -> [Span] {
    let s = sheet.strings
    let (line, partner) = sheet.line(cursor.rows.row)
    let index = cursor.column >= 1 && cursor.column <= sheet.years.count ? cursor.column - 1 : nil
    let when = index.map { String(sheet.years[$0]) } ?? s["finance.column.total"]
    let what =
      partner.map { Sanitizer.line($0.name) + " " + sheet.label(line) } ?? sheet.label(line)
    var style = Style.plain
    let planned: String
    var actual: String?
    var difference: String?
    if line == .ngfShare {
      planned = s.percent(sheet.figures(year: index, actual: false).ngfShare)
      let figures = sheet.figures(year: index, actual: true)
      actual = figures.shows(.ngfShare) ? s.percent(figures.ngfShare) : nil
    } else {
      let plannedAmount = amount(line, partner, index, sheet, actual: false) ?? .zero
      let actualAmount = amount(line, partner, index, sheet, actual: true)
      planned = s.money(plannedAmount)
      actual = actualAmount.map(s.money)
      // Over all years the actual figures are only those entered so far: a difference with the
      // whole plan would say nothing.
      if let actualAmount, index != nil {
        let change = actualAmount - plannedAmount
        difference = signed(change, s)
        if change != .zero { style = Style(bold: true) }
      }
    }
    let text: String
    if let actual, let difference {
      text = s.format("finance.compare", when, what, planned, actual, difference)
    } else if let actual {
      let key = index == nil ? "finance.compare.total" : "finance.compare.share"
      text = s.format(key, when, what, planned, actual)
    } else {
      text = s.format("finance.compare.notEntered", when, what, planned)
    }
    return [Span(TextLayout.truncate(Sanitizer.line(text), toWidth: width), style)]
  }

  /// A row's figure in one year or over all years, planned or actual; nil when no actual
  /// figure has been entered.
  private static func amount(
    _ line: FinanceSheet.Line, _ partner: FinanceSheet.Partner?, _ index: Int?,
    _ sheet: FinanceSheet, actual: Bool
  ) -> Money? {
    if let partner { return partner.amount(line, year: index, actual: actual) }
    let figures = sheet.figures(year: index, actual: actual)
    guard figures.shows(line) else { return nil }
    switch line {
    case .cash: return figures.cash
    case .inKind: return figures.inKind
    case .partnersTotal: return figures.partnerTotal
    case .ngf: return figures.ngf
    case .income: return figures.income
    case .totalIn: return figures.sources
    case .costs: return figures.costs
    case .balance: return figures.balance
    case .ngfShare: return nil
    }
  }

  /// A difference with its sign: "+€ 5.000", "-€ 20.000".
  private static func signed(_ amount: Money, _ s: Strings) -> String {
    amount > .zero ? "+" + s.money(amount) : s.money(amount)
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
