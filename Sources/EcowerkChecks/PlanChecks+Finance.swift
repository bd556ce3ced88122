import EcowerkModel

/// The financial plan: every year balances, no NGF money is needed in the last year of the
/// horizon, and once actual figures are in, no line is more than a quarter off its plan.
extension PlanChecks {
  /// The deviation from plan beyond which a budget line is flagged: 25%.
  static let deviationLimit = (numerator: Int64(1), denominator: Int64(4))

  static func finance(_ plan: Plan) -> [Finding] {
    var findings: [Finding] = []
    for year in plan.financeByYear {
      let balance = year.balance
      if balance != .zero {
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
    let last = plan.horizon.upperBound
    if let row = plan.financeYear(last) {
      if row.ngf > .zero {
        findings.append(
          Finding(.ngfAtHorizon, .financeYear(last), field: .ngf, [.year(last), .money(row.ngf)]))
      }
    } else {
      findings.append(Finding(.ngfAtHorizon, .plan, variant: "noYear", [.year(last)]))
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
