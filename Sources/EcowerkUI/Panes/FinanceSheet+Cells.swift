import EcowerkModel
import EcowerkStrings
import EcowerkText

/// What each cell of the finance table says and which field it stands for.
extension FinanceSheet {
  /// The text and style of one cell: a planned figure, or an actual one (blank until entered).
  func cell(_ row: Int, _ column: Int) -> (text: String, style: Style) {
    let (line, partner) = self.line(row)
    if column == 0 { return labelCell(line, partner) }
    let index = column - 1
    let year = index < years.count ? index : nil
    if let partner {
      guard let amount = partner.amount(line, year: year, actual: actuals) else {
        return ("", .plain)
      }
      return amount == .zero ? ("–", .muted) : (euros(amount), .plain)
    }
    let figures = self.figures(year: year)
    let text = Self.format(line, figures, strings, notation)
    switch line {
    case .balance:
      let negative = figures.balance < .zero
      return (text, negative ? .colored(.bad, bold: true) : Style(bold: true))
    case .partnersTotal, .totalIn: return (text, text == "–" ? .muted : Style(bold: true))
    default: return (text, text == "–" ? .muted : .plain)
    }
  }

  /// The figures the table shows for year `index` (all years when nil): planned or actual.
  func figures(year index: Int?) -> Figures {
    figures(year: index, actual: actuals)
  }

  /// The planned or actual figures of year `index`, or of all years when nil.
  func figures(year index: Int?, actual: Bool) -> Figures {
    switch (index, actual) {
    case (let index?, false): return figures[index]
    case (let index?, true): return actualFigures[index]
    case (nil, false): return total
    case (nil, true): return actualTotal
    }
  }

  /// The partner's name over its two rows, the kind of contribution right-aligned after it so
  /// that the kinds line up as a column of their own: at 80 columns a name gets two short lines
  /// ("Hogeschool" above "Dinkelland") instead of one cut to "Hogeschool …".
  private func labelCell(_ line: Line, _ partner: Partner?) -> (String, Style) {
    let text = label(line)
    guard let partner else {
      let bold = line == .partnersTotal || line == .totalIn || line == .balance
      return (text, Style(bold: bold))
    }
    let kindWidth = max(
      DisplayWidth.of(strings["finance.cash"]), DisplayWidth.of(strings["finance.inKind"]))
    let nameWidth = labelWidth - kindWidth - 1
    guard nameWidth >= 4 else { return (Sanitizer.line(partner.name) + " " + text, .plain) }
    let halves = Self.split(Sanitizer.line(partner.name), width: nameWidth)
    let name = TextLayout.pad(line == .cash ? halves.0 : halves.1, toWidth: nameWidth)
    return (name + " " + TextLayout.pad(text, toWidth: kindWidth, alignment: .right), .plain)
  }

  /// A name as two lines of at most `width` columns, broken between words: as many whole words
  /// as fit on the first (a first word too long is cut), the rest on the second, cut if need be.
  static func split(_ name: String, width: Int) -> (String, String) {
    let words = name.split(separator: " ", omittingEmptySubsequences: true)
    guard let head = words.first else { return ("", "") }
    var first = String(head)
    var used = DisplayWidth.of(first)
    var rest = words.dropFirst()
    if used > width {
      return (
        TextLayout.truncate(first, toWidth: width),
        TextLayout.truncate(rest.joined(separator: " "), toWidth: width)
      )
    }
    while let word = rest.first, used + 1 + DisplayWidth.of(word) <= width {
      first += " " + word
      used += 1 + DisplayWidth.of(word)
      rest = rest.dropFirst()
    }
    return (first, TextLayout.truncate(rest.joined(separator: " "), toWidth: width))
  }

  /// The field a cell shows, for editing in place: a planned figure, or in the actuals its
  /// actual twin; the partner's name in the first column. Nil for totals and derived figures.
  func target(row: Int, column: Int) -> Target? {
    let (line, partner) = self.line(row)
    if column == 0 { return partner.map { Target(.stakeholder($0.id), .name) } }
    guard let year = year(ofColumn: column), let field = Self.field(line, actual: actuals) else {
      return nil
    }
    switch line {
    case .cash, .inKind:
      guard let partner else { return nil }
      return Target(.contribution(year: year, partner: partner.id), field)
    default:
      return Target(.financeYear(year), field)
    }
  }

  /// The field a row's figures are kept in, planned or actual; nil for derived rows.
  static func field(_ line: Line, actual: Bool) -> Field? {
    switch line {
    case .cash: return actual ? .actualCash : .cash
    case .inKind: return actual ? .actualInKind : .inKind
    case .ngf: return actual ? .actualNGF : .ngf
    case .income: return actual ? .actualIncome : .income
    case .costs: return actual ? .actualCosts : .costs
    case .partnersTotal, .totalIn, .balance, .ngfShare: return nil
    }
  }
}
