import EcowerkModel

/// The financial plan: every year of the horizon has figures and balances, the plan stands
/// without NGF after the horizon (the same verdict the finance pane and a snapshot give), and
/// once actual figures are in, no line is more than a quarter off its plan.
extension PlanChecks {
  /// The deviation from plan beyond which a budget line is flagged: 25%.
  static let deviationLimit = (numerator: Int64(1), denominator: Int64(4))

  static func finance(_ plan: Plan) -> [Finding] {
    var findings: [Finding] = []
    let verdict = plan.ngfVerdict
    // A year of zeros is a year nobody filled in, not a year that balances.
    for year in verdict.emptyYears {
      let ref: EntityRef = plan.financeYear(year) == nil ? .plan : .financeYear(year)
      findings.append(
        Finding(
          .financeYearEmpty, ref, field: ref == .plan ? nil : .costs,
          variant: ref == .plan ? "noRow" : nil, [.year(year)]))
    }
    for year in plan.financeByYear {
      let balance = year.balance
      if balance != .zero && year.hasFigures {
        let difference = Money(cents: balance.cents < 0 ? -balance.cents : balance.cents)
        findings.append(
          Finding(
            .financeUnbalanced, .financeYear(year.year), field: .costs,
            variant: balance.cents < 0 ? "short" : "surplus",
            [.year(year.year), .money(year.sources), .money(year.costs), .money(difference)]))
      }
      let lines: [(Money, Money?, Field)] = [
        (year.ngf, year.actualNGF, .actualNGF), (year.income, year.actualIncome, .actualIncome),
        (year.costs, year.actualCosts, .actualCosts),
      ]
      for (planned, actual, field) in lines {
        guard let actual, let arguments = deviation(planned, actual) else { continue }
        findings.append(
          Finding(
            .budgetDeviation, .financeYear(year.year), field: field,
            variant: planned == .zero ? "unplanned" : nil,
            [.fields([field]), .year(year.year)] + arguments))
      }
      // Tens of thousands of contributions in a large plan: nothing is built for one without
      // actual figures.
      for contribution in year.contributions
      where contribution.actualCash != nil || contribution.actualInKind != nil {
        let parts: [(Money, Money?, Field)] = [
          (contribution.cash, contribution.actualCash, .actualCash),
          (contribution.inKind, contribution.actualInKind, .actualInKind),
        ]
        for (planned, actual, field) in parts {
          guard let actual, let arguments = deviation(planned, actual) else { continue }
          findings.append(
            Finding(
              .budgetDeviation, .contribution(year: year.year, partner: contribution.partner),
              field: field, variant: planned == .zero ? "unplanned.partner" : "partner",
              [.fields([field]), .year(year.year)] + arguments + [.partner(contribution.partner)]))
        }
      }
    }
    let last = verdict.lastYear
    switch verdict.reason {
    case nil:
      break
    case .noYear:
      findings.append(Finding(.ngfAtHorizon, .plan, variant: "noYear", [.year(last)]))
    case .noFigures:
      findings.append(
        Finding(
          .ngfAtHorizon, .financeYear(last), field: .costs, variant: "noFigures", [.year(last)]))
    case .ngf(let amount):
      findings.append(
        Finding(.ngfAtHorizon, .financeYear(last), field: .ngf, [.year(last), .money(amount)]))
    case .shortfall(let amount):
      findings.append(
        Finding(
          .ngfAtHorizon, .financeYear(last), field: .income, variant: "short",
          [.year(last), .money(amount)]))
    }
    if plan.horizonYears != Plan.defaultHorizon {
      findings.append(
        Finding(
          .horizonNotSix, .plan, field: .horizonYears,
          [.count(plan.horizonYears), .count(Plan.defaultHorizon)]))
    }
    return findings
  }

  /// Planned, actual and the deviation as a fraction, when the actual figure is more than the
  /// limit off the plan; nil when it is within it. Anything spent or received against a plan
  /// of nothing is a deviation.
  static func deviation(_ planned: Money, _ actual: Money) -> [CheckArgument]? {
    let difference = actual.cents - planned.cents
    let magnitude = difference < 0 ? -difference : difference
    let base = planned.cents < 0 ? -planned.cents : planned.cents
    guard magnitude * deviationLimit.denominator > base * deviationLimit.numerator else {
      return nil
    }
    let share = base == 0 ? 0 : Double(difference) / Double(base)
    return [.money(planned), .money(actual), .percent(share)]
  }
}
