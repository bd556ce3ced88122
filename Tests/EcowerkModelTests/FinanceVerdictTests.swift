import EcowerkModel
import EcowerkStore
import Testing

/// The NGF verdict on hand-checked plans: the gap of a year is its costs minus what partners
/// (cash and in kind) and income bring in; the plan stands alone when the horizon's last year
/// needs no NGF and is covered without it.
@Suite struct FinanceVerdictTests {
  /// One year's figures in whole euros, one partner contributing.
  struct Year {
    var cash: Int64 = 0
    var inKind: Int64 = 0
    var ngf: Int64 = 0
    var income: Int64 = 0
    var costs: Int64 = 0
  }

  /// A plan from 2025 with a horizon of `horizon` years and a finance row per given year.
  static func plan(horizon: Int, _ years: [Year]) -> Plan {
    var plan = Plan.empty(name: "Verdict", startYear: 2025)
    plan.horizonYears = horizon
    plan.stakeholders = [Stakeholder(id: "sh-1", name: "Gemeente Enschede")]
    plan.finance = years.enumerated().map { index, year in
      FinanceYear(
        year: 2025 + index,
        contributions: [
          Contribution(
            partner: "sh-1", cash: Money(euros: year.cash), inKind: Money(euros: year.inKind))
        ],
        ngf: Money(euros: year.ngf), income: Money(euros: year.income),
        costs: Money(euros: year.costs))
    }
    return plan
  }

  static func gaps(_ verdict: NGFVerdict) -> [Int: Int64] {
    Dictionary(uniqueKeysWithValues: verdict.gaps.map { ($0.year, $0.amount.cents / 100) })
  }

  @Test func aFourYearPlanThatStandsAloneInItsLastYear() {
    // 2025: 40,000 + 20,000 + 0 against 160,000 → 100,000 short without NGF.
    // 2026: 50,000 + 20,000 + 10,000 against 140,000 → 60,000 short.
    // 2027: 60,000 + 20,000 + 30,000 against 130,000 → 20,000 short.
    // 2028: 70,000 + 20,000 + 40,000 = 130,000 against 120,000, no NGF → stands.
    let plan = Self.plan(
      horizon: 4,
      [
        Year(cash: 40_000, inKind: 20_000, ngf: 100_000, costs: 160_000),
        Year(cash: 50_000, inKind: 20_000, ngf: 60_000, income: 10_000, costs: 140_000),
        Year(cash: 60_000, inKind: 20_000, ngf: 20_000, income: 30_000, costs: 130_000),
        Year(cash: 70_000, inKind: 20_000, income: 40_000, costs: 120_000),
      ])
    let verdict = plan.ngfVerdict
    #expect(verdict.standsAlone)
    #expect(verdict.lastYear == 2028)
    #expect(Self.gaps(verdict) == [2025: 100_000, 2026: 60_000, 2027: 20_000])
    #expect(verdict.gaps.map(\.year) == [2025, 2026, 2027], "in year order")
    #expect(plan.violations().isEmpty)
  }

  @Test func anEightYearPlanWithAGapInEveryYear() {
    // Costs 100,000 a year; the partner brings 30,000 cash and 10,000 in kind; income grows by
    // 5,000 a year, so the gap shrinks by 5,000 a year: 60,000 in 2025 down to 25,000 in 2032,
    // and 2032 still needs 25,000 of NGF.
    let years = (0..<8).map { index in
      Year(
        cash: 30_000, inKind: 10_000, ngf: 60_000 - 5_000 * Int64(index),
        income: 5_000 * Int64(index), costs: 100_000)
    }
    let verdict = Self.plan(horizon: 8, years).ngfVerdict
    #expect(!verdict.standsAlone)
    #expect(verdict.lastYear == 2032)
    #expect(
      Self.gaps(verdict) == [
        2025: 60_000, 2026: 55_000, 2027: 50_000, 2028: 45_000, 2029: 40_000, 2030: 35_000,
        2031: 30_000, 2032: 25_000,
      ])
  }

  @Test func aPlanThatNeverLosesNGFDoesNotStandAlone() {
    // Every year is covered without NGF (50,000 + 50,000 against 100,000), yet 10,000 of NGF
    // is budgeted in every year, the last one too: after 2030 that money is gone.
    let years = Array(
      repeating: Year(cash: 50_000, ngf: 10_000, income: 50_000, costs: 100_000), count: 6)
    let verdict = Self.plan(horizon: 6, years).ngfVerdict
    #expect(!verdict.standsAlone)
    #expect(verdict.gaps.isEmpty, "no year falls short, but NGF never stops")
    #expect(verdict.lastYear == 2030)
  }

  @Test func anEightYearPlanStandsAloneOnTheCentAndNotACentLess() {
    var years = Array(repeating: Year(cash: 80_000, ngf: 20_000, costs: 100_000), count: 7)
    years.append(Year(cash: 60_000, inKind: 40_000, costs: 100_000))
    var plan = Self.plan(horizon: 8, years)
    plan.finance[7].costs = Money(cents: 10_000_000)
    #expect(plan.ngfVerdict.standsAlone, "100,000.00 against 100,000.00")
    #expect(
      Self.gaps(plan.ngfVerdict) == [
        2025: 20_000, 2026: 20_000, 2027: 20_000, 2028: 20_000, 2029: 20_000, 2030: 20_000,
        2031: 20_000,
      ])
    plan.finance[7].costs = Money(cents: 10_000_001)
    #expect(!plan.ngfVerdict.standsAlone)
    #expect(plan.ngfVerdict.gaps.last?.year == 2032)
    #expect(plan.ngfVerdict.gaps.last?.amount == Money(cents: 1), "one cent short")
  }

  @Test func aHorizonWhoseLastYearHasNoFiguresDoesNotStandAlone() {
    // Three of four years filled in, the third without NGF: 2028, the year that counts, is
    // missing, so nothing says the partnership carries on without NGF.
    let years = [
      Year(cash: 50_000, ngf: 50_000, costs: 100_000),
      Year(cash: 70_000, ngf: 30_000, costs: 100_000),
      Year(cash: 100_000, costs: 100_000),
    ]
    var plan = Self.plan(horizon: 4, years)
    #expect(!plan.ngfVerdict.standsAlone)
    #expect(plan.ngfVerdict.lastYear == 2028)
    #expect(Self.gaps(plan.ngfVerdict) == [2025: 50_000, 2026: 30_000])
    // A row for 2028 with nothing in it is no better.
    plan.finance.append(FinanceYear(year: 2028))
    #expect(!plan.ngfVerdict.standsAlone)
    // Once 2028 is filled in and covered, the plan stands.
    plan.finance[3].income = Money(euros: 90_000)
    plan.finance[3].costs = Money(euros: 90_000)
    #expect(plan.ngfVerdict.standsAlone)
  }

  @Test func anEmptyPlanNeitherStandsNorHasGaps() {
    for plan in [Plan.empty(startYear: 2025), Self.plan(horizon: 6, [])] {
      let verdict = plan.ngfVerdict
      #expect(!verdict.standsAlone, "nothing is left once NGF stops")
      #expect(verdict.gaps.isEmpty)
      #expect(verdict.lastYear == 2030)
    }
  }

  @Test func rowsInAnyOrderGiveGapsInYearOrder() {
    var plan = Self.plan(
      horizon: 3,
      [
        Year(cash: 10_000, ngf: 5_000, costs: 15_000),
        Year(cash: 10_000, ngf: 8_000, costs: 18_000),
        Year(cash: 20_000, costs: 20_000),
      ])
    plan.finance.reverse()
    #expect(plan.ngfVerdict.gaps.map(\.year) == [2025, 2026])
    #expect(plan.ngfVerdict.standsAlone)
  }

  @Test func theDemoPlanStandsAloneAfter2030() throws {
    // Per year: costs − (cash + in kind + income), from the demo file:
    // 2025 1,645,000 − (380,000 + 350,000 + 15,000) = 900,000, and so on; 2030 has 10,000 over.
    let verdict = try DemoPlan.load().ngfVerdict
    #expect(verdict.standsAlone)
    #expect(verdict.lastYear == 2030)
    #expect(
      Self.gaps(verdict) == [
        2025: 900_000, 2026: 750_000, 2027: 550_000, 2028: 350_000, 2029: 150_000,
      ])
  }
}
