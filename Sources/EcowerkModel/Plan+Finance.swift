/// What the financial plan adds up to: totals, shares, and whether the partnership stands on its
/// own when the NGF money stops.
extension Plan {
  /// The finance row of a year, if the plan has one.
  public func financeYear(_ year: Int) -> FinanceYear? {
    finance.first { $0.year == year }
  }

  /// The finance rows in year order.
  public var financeByYear: [FinanceYear] {
    finance.sorted { $0.year < $1.year }
  }

  /// Partners that contribute in some year, in stakeholder order.
  public var contributingPartners: [Stakeholder] {
    let ids = Set(finance.flatMap { $0.contributions.map(\.partner) })
    return stakeholders.filter { ids.contains($0.id) }
  }

  /// Total contributions (cash and in kind) of one partner over all years.
  public func total(of partner: StakeholderID) -> Money {
    finance.map { $0.contribution(of: partner).total }.sum()
  }

  /// Partner contributions over all years against all money that comes in, 0...1: the part of
  /// the plan the partners pay for themselves.
  public var cofinancingShare: Double? {
    let partners = finance.map(\.partnerTotal).sum()
    return partners.share(of: finance.map(\.sources).sum())
  }

  /// The verdict on the plan's independence from NGF.
  ///
  /// Only the horizon counts: the NGF money stops after its last year, so that year is the one
  /// that must do without it. A horizon whose last year has no figures yet cannot be said to
  /// stand alone, and neither can an empty plan: nothing is left once NGF stops.
  public var ngfVerdict: NGFVerdict {
    let horizon = horizon
    let years = financeByYear.filter { horizon.contains($0.year) }
    // A year "stands" without NGF when everything else that comes in covers its costs; the gaps
    // show how far each year is from that.
    let gaps = years.compactMap { year -> NGFVerdict.Gap? in
      let shortfall = year.costs - year.sourcesWithoutNGF
      return shortfall.cents > 0 ? NGFVerdict.Gap(year: year.year, amount: shortfall) : nil
    }
    let last = years.last { $0.year == horizon.upperBound }
    return NGFVerdict(lastYear: horizon.upperBound, gaps: gaps, last: last)
  }
}

extension FinanceYear {
  /// Cash and in-kind contributions of all partners.
  public var partnerTotal: Money { contributions.map(\.total).sum() }
  public var cash: Money { contributions.map(\.cash).sum() }
  public var inKind: Money { contributions.map(\.inKind).sum() }
  /// Everything that comes in: contributions, NGF and income.
  public var sources: Money { partnerTotal + ngf + income }
  public var sourcesWithoutNGF: Money { partnerTotal + income }
  /// Sources minus costs: zero when the year balances.
  public var balance: Money { sources - costs }
  /// The NGF part of what comes in, 0...1, nil when nothing comes in.
  public var ngfShare: Double? { ngf.share(of: sources) }
}

/// Does the plan stand without NGF after its last year, and if not, how short is each year.
public struct NGFVerdict: Hashable, Sendable {
  public struct Gap: Hashable, Sendable {
    public var year: Int
    /// Costs not covered by contributions and income.
    public var amount: Money
  }

  /// The last year of the plan; after it there is no NGF money.
  public var lastYear: Int
  /// Years whose costs are not covered without NGF, in year order.
  public var gaps: [Gap]
  /// Whether the last year needs no NGF money, something else comes in, and that covers its
  /// costs.
  public var standsAlone: Bool

  init(lastYear: Int, gaps: [Gap], last: FinanceYear? = nil) {
    self.lastYear = lastYear
    self.gaps = gaps
    if let last {
      standsAlone =
        last.ngf == .zero && last.sourcesWithoutNGF > .zero
        && last.sourcesWithoutNGF >= last.costs
    } else {
      standsAlone = false
    }
  }
}
