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

  /// The verdict on the plan's independence from NGF: the one answer the finance pane, the
  /// overview, the printed snapshot and `ecowerk check` all give.
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
    let withFigures = Set(years.filter(\.hasFigures).map(\.year))
    // A horizon of more years than a plan may hold is refused on load; the cap keeps a
    // hand-made one from building a huge list here.
    let empty = horizon.prefix(PlanLimits.standard.maxHorizonYears).filter {
      !withFigures.contains($0)
    }
    let last = years.last { $0.year == horizon.upperBound }
    return NGFVerdict(lastYear: horizon.upperBound, gaps: gaps, last: last, emptyYears: empty)
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
  /// Whether the year has any planned figure: a year of zeros is a year nobody filled in,
  /// not a year that balances.
  public var hasFigures: Bool {
    costs != .zero || ngf != .zero || income != .zero
      || contributions.contains { $0.cash != .zero || $0.inKind != .zero }
  }
}

/// Does the plan stand without NGF after its last year, and if not, why not and how short is
/// each year.
public struct NGFVerdict: Hashable, Sendable {
  public struct Gap: Hashable, Sendable {
    public var year: Int
    /// Costs not covered by contributions and income.
    public var amount: Money
  }

  /// Why the last year does not stand without NGF.
  public enum Reason: Hashable, Sendable {
    /// The plan has no row for its last year.
    case noYear
    /// The last year's row holds no figures.
    case noFigures
    /// The last year still counts on NGF money.
    case ngf(Money)
    /// What comes in without NGF does not cover the last year's costs by this much.
    case shortfall(Money)
  }

  /// The last year of the plan; after it there is no NGF money.
  public var lastYear: Int
  /// Years whose costs are not covered without NGF, in year order.
  public var gaps: [Gap]
  /// Why the plan does not stand alone; nil when it does.
  public var reason: Reason?
  /// The years of the horizon without any figures (no row, or only zeros), in year order.
  public var emptyYears: [Int]

  /// Whether the last year needs no NGF money, something else comes in, and that covers its
  /// costs.
  public var standsAlone: Bool { reason == nil }

  init(lastYear: Int, gaps: [Gap], last: FinanceYear?, emptyYears: [Int]) {
    self.lastYear = lastYear
    self.gaps = gaps
    self.emptyYears = emptyYears
    if let last {
      if !last.hasFigures {
        reason = .noFigures
      } else if last.ngf > .zero {
        reason = .ngf(last.ngf)
      } else if last.sourcesWithoutNGF < last.costs {
        reason = .shortfall(last.costs - last.sourcesWithoutNGF)
      } else {
        reason = nil
      }
    } else {
      reason = .noYear
    }
  }
}
