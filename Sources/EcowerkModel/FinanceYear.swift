/// One year of the financial plan: what each partner puts in (cash and in kind), the NGF
/// subsidy, other income, and the costs. Actual figures are optional and filled in as the year
/// goes by; until then only the planned figures count.
public struct FinanceYear: Hashable, Sendable {
  /// The calendar year; unique within a plan and inside the plan's horizon.
  public var year: Int
  public var contributions: [Contribution]
  public var ngf: Money
  /// Income other than partner contributions and NGF, e.g. fees from SMEs.
  public var income: Money
  public var costs: Money
  public var actualNGF: Money?
  public var actualIncome: Money?
  public var actualCosts: Money?

  public init(
    year: Int, contributions: [Contribution] = [], ngf: Money = .zero, income: Money = .zero,
    costs: Money = .zero, actualNGF: Money? = nil, actualIncome: Money? = nil,
    actualCosts: Money? = nil
  ) {
    self.year = year
    self.contributions = contributions
    self.ngf = ngf
    self.income = income
    self.costs = costs
    self.actualNGF = actualNGF
    self.actualIncome = actualIncome
    self.actualCosts = actualCosts
  }

  /// The contribution of one partner, zero when none was recorded.
  public func contribution(of partner: StakeholderID) -> Contribution {
    contributions.first { $0.partner == partner } ?? Contribution(partner: partner)
  }
}

/// What one partner contributes in one year.
public struct Contribution: Hashable, Sendable {
  public var partner: StakeholderID
  public var cash: Money
  public var inKind: Money
  public var actualCash: Money?
  public var actualInKind: Money?

  public init(
    partner: StakeholderID, cash: Money = .zero, inKind: Money = .zero,
    actualCash: Money? = nil, actualInKind: Money? = nil
  ) {
    self.partner = partner
    self.cash = cash
    self.inKind = inKind
    self.actualCash = actualCash
    self.actualInKind = actualInKind
  }

  public var total: Money { cash + inKind }
}

extension FinanceYear: SchemaEntity {
  public static let schema = EntitySchema<FinanceYear>(
    "financeYear", blank: FinanceYear(year: 0),
    [
      .integer(.year, { $0.year }, { $0.year = $1 }, .any, default: nil, identifies: true),
      .list("contributions", { $0.contributions }, { $0.contributions = $1 }),
      .money(.ngf, { $0.ngf }, { $0.ngf = $1 }).headers(
        nl: ["NGF", "NGF-subsidie", "Nationaal Groeifonds", "Groeifonds"],
        en: ["NGF", "NGF subsidy", "National Growth Fund"]),
      .money(.income, { $0.income }, { $0.income = $1 }).headers(
        nl: ["Inkomsten", "Overige inkomsten", "Opbrengsten", "Omzet"],
        en: ["Income", "Other income", "Revenue"]),
      .money(.costs, { $0.costs }, { $0.costs = $1 }).headers(
        nl: ["Kosten", "Uitgaven", "Lasten"],
        en: ["Costs", "Expenses"]),
      .money(.actualNGF, { $0.actualNGF }, { $0.actualNGF = $1 }),
      .money(.actualIncome, { $0.actualIncome }, { $0.actualIncome = $1 }),
      .money(.actualCosts, { $0.actualCosts }, { $0.actualCosts = $1 }),
    ],
    rules: { year, context in
      let horizon = context.plan.horizon
      guard !horizon.contains(year.year) else { return [] }
      return [
        (
          .year,
          .yearOutsideHorizon(year: year.year, first: horizon.lowerBound, last: horizon.upperBound)
        )
      ]
    })
}

extension Contribution: SchemaEntity {
  public static let schema = EntitySchema<Contribution>(
    "contribution", blank: Contribution(partner: ""),
    [
      .identifyingReference(.partner, { $0.partner }, { $0.partner = $1 }, to: .stakeholder),
      .money(.cash, { $0.cash }, { $0.cash = $1 }).headers(
        nl: ["Cash", "Geld", "In geld", "Financieel"],
        en: ["Cash", "Money", "In cash"]),
      .money(.inKind, { $0.inKind }, { $0.inKind = $1 }).headers(
        nl: ["In-kind", "In natura", "Uren", "In kind"],
        en: ["In kind", "In-kind", "Hours"]),
      .money(.actualCash, { $0.actualCash }, { $0.actualCash = $1 }),
      .money(.actualInKind, { $0.actualInKind }, { $0.actualInKind = $1 }),
    ])
}
