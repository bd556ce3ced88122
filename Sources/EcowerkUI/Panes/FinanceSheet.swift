import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The financial plan as a year × partner table: a cash row and an in-kind row per contributing
/// partner, then the plan's totals; a column per year of the horizon and a Total column. The
/// same grid shows the actual figures (realisatie) when the pane is switched to them.
///
/// Built anew for every frame in one pass over the contributions, so it can never show figures
/// from before an edit. Each row is one field of one entity (a partner's cash in 2026, the NGF of
/// 2027), which is what lets the next step edit the cell in place; derived rows have no target.
struct FinanceSheet {
  /// What a row shows.
  enum Line: Hashable, Sendable {
    case cash
    case inKind
    case partnersTotal
    case ngf
    case income
    case totalIn
    case costs
    case balance
    case ngfShare

    /// The key of the row's label in the string table.
    var key: String {
      switch self {
      case .cash: return "finance.cash"
      case .inKind: return "finance.inKind"
      case .partnersTotal: return "finance.partnersTotal"
      case .ngf: return "finance.ngf"
      case .income: return "finance.income"
      case .totalIn: return "finance.totalIn"
      case .costs: return "finance.costs"
      case .balance: return "finance.balance"
      case .ngfShare: return "finance.ngfShare"
      }
    }
  }

  /// The totals under the partner rows, in the order the money flows: in, out, what is left.
  static let totals: [Line] = [
    .partnersTotal, .ngf, .income, .totalIn, .costs, .balance, .ngfShare,
  ]

  /// Label columns narrower than this cut most partner names past recognition.
  static let minimumLabelWidth = 18

  let years: [Int]
  /// The figures of each year of the horizon (zero where the plan has no row for it).
  let figures: [Figures]
  /// The figures of all years together: the Total column.
  let total: Figures
  /// The actual figures of each year, and of all years.
  let actualFigures: [Figures]
  let actualTotal: Figures
  let partners: [Partner]
  /// Whether any planned amount has been entered at all; an empty plan gets a sentence instead.
  let hasFigures: Bool
  /// The table shows the actual figures (realisatie) instead of the planned ones.
  let actuals: Bool
  let labelWidth: Int
  let yearWidth: Int
  let totalWidth: Int
  let strings: Strings
  let notation: Money.Notation

  init(_ plan: Plan, _ strings: Strings, width: Int, actuals: Bool = false) {
    let notation: Money.Notation = strings.language == .dutch ? .dutch : .english
    self.strings = strings
    self.notation = notation
    self.actuals = actuals
    let years = Array(plan.horizon)
    self.years = years
    var slot: [Int: Int] = [:]
    for (index, year) in years.enumerated() { slot[year] = index }
    let planned = Figures(entered: Figures.allEntered)
    var figures = [Figures](repeating: planned, count: years.count)
    var actualFigures = [Figures](repeating: Figures(), count: years.count)
    // One hash lookup per contribution, the amounts added in place: a plan with thousands of
    // partners is summed three times per keystroke (update, normalize, draw).
    var found: [Partner] = []
    var slotOf: [StakeholderID: Int] = [:]
    var largest = Money.zero
    var hasFigures = false
    for year in plan.finance {
      guard let index = slot[year.year] else { continue }
      figures[index].ngf += year.ngf
      figures[index].income += year.income
      figures[index].costs += year.costs
      actualFigures[index].add(year.actualNGF, to: .ngf)
      actualFigures[index].add(year.actualIncome, to: .income)
      actualFigures[index].add(year.actualCosts, to: .costs)
      hasFigures = hasFigures || year.ngf != .zero || year.income != .zero || year.costs != .zero
      for contribution in year.contributions {
        let at: Int
        if let known = slotOf[contribution.partner] {
          at = known
        } else {
          at = found.count
          slotOf[contribution.partner] = at
          found.append(Partner(id: contribution.partner, years: years.count))
        }
        found[at].add(contribution, at: index)
        figures[index].cash += contribution.cash
        figures[index].inKind += contribution.inKind
        actualFigures[index].add(contribution.actualCash, to: .cash)
        actualFigures[index].add(contribution.actualInKind, to: .inKind)
        largest = [
          contribution.cash, contribution.inKind, contribution.actualCash ?? .zero,
          contribution.actualInKind ?? .zero,
        ].reduce(largest) { max($0, Self.magnitude($1)) }
        hasFigures = hasFigures || contribution.total != .zero
      }
    }
    let total = figures.reduce(planned, +)
    let actualTotal = actualFigures.reduce(Figures(), +)
    self.figures = figures
    self.total = total
    self.actualFigures = actualFigures
    self.actualTotal = actualTotal
    self.hasFigures = hasFigures
    // Stakeholder order, like `Plan.contributingPartners`, so the table lists partners the way
    // the stakeholder field does. Names are sanitised only when a row is drawn.
    var partners: [Partner] = []
    partners.reserveCapacity(found.count)
    if !found.isEmpty {
      // By index, reading only the id: iterating copies every stakeholder with all its texts.
      for index in plan.stakeholders.indices {
        guard let at = slotOf[plan.stakeholders[index].id] else { continue }
        var partner = found[at]
        partner.name = plan.stakeholders[index].name
        partners.append(partner)
      }
    }
    self.partners = partners
    // The widths fit the planned and the actual figures alike, so that switching between them
    // keeps every column where it was.
    let yearTexts = (figures + actualFigures).flatMap { year in
      Self.totals.map { Self.format($0, year, strings, notation) }
    }
    let partnerTotal = partners.reduce(Money.zero) { widest, partner in
      [
        partner.cashTotal, partner.inKindTotal, partner.actualCashTotal ?? .zero,
        partner.actualInKindTotal ?? .zero,
      ].reduce(widest) { max($0, Self.magnitude($1)) }
    }
    let totalTexts = Self.totals.flatMap { line in
      [
        Self.format(line, total, strings, notation),
        Self.format(line, actualTotal, strings, notation),
      ]
    }
    let yearWidth = max(
      6, largest.formattedEuros(notation).count, yearTexts.map(\.count).max() ?? 0)
    let totalWidth = max(
      DisplayWidth.of(strings["finance.column.total"]), partnerTotal.formattedEuros(notation).count,
      totalTexts.map(\.count).max() ?? 0)
    self.yearWidth = yearWidth
    self.totalWidth = totalWidth
    labelWidth = Self.labelWidth(
      partners: partners, strings: strings, width: width, years: years.count, yearWidth: yearWidth,
      totalWidth: totalWidth)
  }

  // MARK: Rows

  var partnerRowCount: Int { partners.count * 2 }
  var rowCount: Int { partnerRowCount + Self.totals.count }
  var columnCount: Int { years.count + 2 }

  /// What row `row` shows, and for a partner row whose.
  func line(_ row: Int) -> (line: Line, partner: Partner?) {
    if row < partnerRowCount {
      return (row % 2 == 0 ? .cash : .inKind, partners[row / 2])
    }
    let index = min(max(0, row - partnerRowCount), Self.totals.count - 1)
    return (Self.totals[index], nil)
  }

  /// The row's name in full, for search: "ROC Tubantia cash", "NGF".
  func searchText(_ row: Int) -> String {
    let (line, partner) = self.line(row)
    guard let partner else { return label(line) }
    return partner.name + " " + label(line)
  }

  func label(_ line: Line) -> String { strings[line.key] }

  // MARK: Columns

  /// The table's columns, the first titled `title` (partner rows and totals get their own).
  func columns(title: String) -> [Table.Column] {
    [Table.Column(title: title, width: labelWidth)]
      + years.map { Table.Column(title: String($0), width: yearWidth, alignment: .right) }
      + [Table.Column(title: strings["finance.column.total"], width: totalWidth, alignment: .right)]
  }

  /// The year of column `column`, nil for the label and Total columns.
  func year(ofColumn column: Int) -> Int? {
    column >= 1 && column <= years.count ? years[column - 1] : nil
  }

  // MARK: Figures

  func euros(_ amount: Money) -> String { amount.formattedEuros(notation) }

  /// One total of one year (or of all years) as the table shows it: whole euros, "–" for none,
  /// blank for an actual figure not entered yet.
  static func format(
    _ line: Line, _ row: Figures, _ strings: Strings, _ notation: Money.Notation
  ) -> String {
    guard row.shows(line) else { return "" }
    let amount: Money
    switch line {
    case .ngfShare: return strings.percent(row.ngfShare)
    case .balance: return row.balance.formattedEuros(notation)
    case .cash: amount = row.cash
    case .inKind: amount = row.inKind
    case .partnersTotal: amount = row.partnerTotal
    case .ngf: amount = row.ngf
    case .income: amount = row.income
    case .totalIn: amount = row.sources
    case .costs: amount = row.costs
    }
    return amount == .zero ? "–" : amount.formattedEuros(notation)
  }

  private static func magnitude(_ amount: Money) -> Money {
    amount < .zero ? Money(cents: 0 - amount.cents) : amount
  }

  /// The width of the name column: everything if it fits beside all columns, else enough to
  /// keep every year on screen (the Total column then scrolls into view with `l`), else a third.
  private static func labelWidth(
    partners: [Partner], strings: Strings, width: Int, years: Int, yearWidth: Int,
    totalWidth: Int
  ) -> Int {
    let allColumns = years * (yearWidth + 1) + totalWidth + 1
    let yearColumns = years * (yearWidth + 1)
    let room =
      width - allColumns >= minimumLabelWidth
      ? width - allColumns
      : width - yearColumns >= minimumLabelWidth ? width - yearColumns : max(12, width / 3)
    let kindWidth = max(
      DisplayWidth.of(strings["finance.cash"]), DisplayWidth.of(strings["finance.inKind"]))
    let titles =
      ["finance.column.partner", "finance.column.actuals", "finance.column.totals"]
      + totals.map(\.key)
    var longest = titles.map { DisplayWidth.of(strings[$0]) }.max() ?? 0
    for partner in partners where longest < room {
      longest = max(longest, DisplayWidth.of(partner.name) + 1 + kindWidth)
    }
    return min(longest, room)
  }
}
