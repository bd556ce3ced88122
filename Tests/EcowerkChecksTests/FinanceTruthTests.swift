import EcowerkChecks
import EcowerkFixtures
import EcowerkModel
import Testing

/// One truth about money: the verdict the finance pane, the overview and a printed snapshot
/// show (`Plan.ngfVerdict`) is the one `ecowerk check` reports, and a year nobody filled in is
/// a finding, not a year that balances.
@Suite struct FinanceTruthTests {
  static func findings(_ plan: Plan) -> [Finding] {
    PlanHealth(plan: plan, today: CleanPlan.today).findings
  }

  /// The plan of the facilitator's trial: a six-year horizon with only the first two years
  /// filled in.
  static func twoYearsFilled() -> Plan {
    var plan = CleanPlan.make()
    plan.finance = Array(plan.finance.prefix(2))
    return plan
  }

  @Test func aPlanWithFourEmptyYearsIsAnErrorAndNamesEveryEmptyYear() {
    let plan = Self.twoYearsFilled()
    let verdict = plan.ngfVerdict
    #expect(!verdict.standsAlone && verdict.reason == .noYear)
    #expect(verdict.emptyYears == [2027, 2028, 2029, 2030])
    let findings = Self.findings(plan)
    #expect(
      findings.filter { $0.check == .financeYearEmpty }.map(\.arguments)
        == [2027, 2028, 2029, 2030].map { [.year($0)] })
    let horizon = findings.filter { $0.check == .ngfAtHorizon }
    #expect(horizon.count == 1 && horizon[0].severity == .error)
    #expect(PlanHealth(plan: plan, today: CleanPlan.today).hasErrors)
  }

  @Test func aYearOfZerosIsEmptyNotBalanced() {
    var plan = CleanPlan.make()
    plan.finance[3] = FinanceYear(year: 2028)
    let checks = Self.findings(plan).map(\.check)
    #expect(checks.contains(.financeYearEmpty))
    #expect(!checks.contains(.financeUnbalanced))
  }

  @Test func anEmptyPlanHasAFindingForEveryYearAndTheHorizon() {
    let plan = Plan.empty(name: "Leeg", startYear: 2026)
    let findings = Self.findings(plan)
    #expect(findings.filter { $0.check == .financeYearEmpty }.count == plan.horizonYears)
    #expect(findings.contains { $0.check == .ngfAtHorizon && $0.severity == .error })
  }

  @Test(arguments: [(0, true), (1, false)])
  func theLastYearMustBeCoveredWithoutNGF(_ short: Int64, _ stands: Bool) {
    // The last year needs no NGF and what comes in covers its costs exactly; a euro less
    // income and it is a euro short.
    var plan = CleanPlan.make()
    #expect(plan.finance[5].ngf == .zero)
    plan.finance[5].income = plan.finance[5].income - Money(euros: short)
    #expect(plan.ngfVerdict.standsAlone == stands)
    #expect(Self.findings(plan).contains { $0.check == .ngfAtHorizon } == !stands)
  }

  /// The check speaks exactly when the verdict says no, on every plan the tests break and on
  /// generated plans of every shape.
  @Test func theCheckAndTheVerdictAlwaysAgree() {
    var plans = Breakage.all.map(\.plan) + [Self.twoYearsFilled(), FixturePlans.rich()]
    plans += (0..<200).map { PlanGenerator(seed: UInt64($0)).variedPlan() }
    for plan in plans {
      let verdict = plan.ngfVerdict
      let findings = Self.findings(plan)
      #expect(findings.contains { $0.check == .ngfAtHorizon } == !verdict.standsAlone)
      #expect(
        findings.filter { $0.check == .financeYearEmpty }.count == verdict.emptyYears.count)
    }
  }
}
