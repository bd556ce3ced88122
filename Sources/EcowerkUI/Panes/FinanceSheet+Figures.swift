import EcowerkModel

extension FinanceSheet {
  /// The money of one year, or of all years: summed once while the sheet is built, so that no
  /// cell sums a year's contributions again.
  ///
  /// Actual figures are entered as the year goes by, so for them `entered` says which rows
  /// have a figure at all: a blank cell means "not entered yet", which is not the same as 0.
  struct Figures {
    var cash = Money.zero
    var inKind = Money.zero
    var ngf = Money.zero
    var income = Money.zero
    var costs = Money.zero
    /// The entered rows among cash, in kind, NGF, income and costs; planned figures have all.
    var entered: Set<Line> = []

    static let allEntered: Set<Line> = [.cash, .inKind, .ngf, .income, .costs]

    var partnerTotal: Money { cash + inKind }
    var sources: Money { partnerTotal + ngf + income }
    var sourcesWithoutNGF: Money { partnerTotal + income }
    var balance: Money { sources - costs }
    var ngfShare: Double? { ngf.share(of: sources) }

    /// Whether row `line` has anything to show: an entered figure, or a total of some.
    func shows(_ line: Line) -> Bool {
      switch line {
      case .cash, .inKind, .ngf, .income, .costs: return entered.contains(line)
      case .partnersTotal: return entered.contains(.cash) || entered.contains(.inKind)
      case .totalIn, .balance, .ngfShare: return !entered.isEmpty
      }
    }

    /// Adds an actual figure when it has been entered.
    mutating func add(_ amount: Money?, to line: Line) {
      guard let amount else { return }
      entered.insert(line)
      switch line {
      case .cash: cash += amount
      case .inKind: inKind += amount
      case .ngf: ngf += amount
      case .income: income += amount
      case .costs: costs += amount
      case .partnersTotal, .totalIn, .balance, .ngfShare: break
      }
    }

    static func + (lhs: Figures, rhs: Figures) -> Figures {
      Figures(
        cash: lhs.cash + rhs.cash, inKind: lhs.inKind + rhs.inKind, ngf: lhs.ngf + rhs.ngf,
        income: lhs.income + rhs.income, costs: lhs.costs + rhs.costs,
        entered: lhs.entered.union(rhs.entered))
    }
  }

  /// One contributing partner's cash and in-kind contributions per year of the horizon, planned
  /// and actual (nil: not entered yet, or no contribution that year).
  struct Partner {
    var id: StakeholderID
    var name: String
    var cash: [Money]
    var inKind: [Money]
    var actualCash: [Money?]
    var actualInKind: [Money?]
    /// Over all years: the Total column.
    var cashTotal = Money.zero
    var inKindTotal = Money.zero
    var actualCashTotal: Money?
    var actualInKindTotal: Money?

    init(id: StakeholderID, years: Int) {
      self.id = id
      name = ""
      cash = Array(repeating: .zero, count: years)
      inKind = cash
      actualCash = Array(repeating: nil, count: years)
      actualInKind = actualCash
    }

    mutating func add(_ contribution: Contribution, at index: Int) {
      cash[index] += contribution.cash
      inKind[index] += contribution.inKind
      cashTotal += contribution.cash
      inKindTotal += contribution.inKind
      if let amount = contribution.actualCash {
        actualCash[index] = (actualCash[index] ?? .zero) + amount
        actualCashTotal = (actualCashTotal ?? .zero) + amount
      }
      if let amount = contribution.actualInKind {
        actualInKind[index] = (actualInKind[index] ?? .zero) + amount
        actualInKindTotal = (actualInKindTotal ?? .zero) + amount
      }
    }

    /// The figure of row `line` in year `index`, or over all years when `index` is nil.
    func amount(_ line: Line, year index: Int?, actual: Bool) -> Money? {
      let isCash = line == .cash
      guard let index else {
        return actual
          ? (isCash ? actualCashTotal : actualInKindTotal) : (isCash ? cashTotal : inKindTotal)
      }
      return actual
        ? (isCash ? actualCash[index] : actualInKind[index])
        : (isCash ? cash[index] : inKind[index])
    }
  }
}
