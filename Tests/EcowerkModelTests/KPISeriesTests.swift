import EcowerkFixtures
import EcowerkModel
import Testing

/// A KPI's measurements read as a series: in date order, the latest figure, the trend.
@Suite struct KPISeriesTests {
  static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
    CalendarDate(year: year, month: month, day: day)
  }

  static func measured(_ figures: [(CalendarDate?, Double?)], target: Double? = 100) -> KPI {
    KPI(
      id: "k", baseline: 0, target: target,
      measurements: figures.enumerated().map { index, figure in
        Measurement(id: MeasurementID("m\(index)"), date: figure.0, value: figure.1)
      })
  }

  @Test func theSeriesIsInDateOrderWhateverOrderItWasEnteredIn() {
    let kpi = Self.measured([
      (Self.day(2026, 6, 30), 30), (Self.day(2025, 6, 30), 10), (Self.day(2025, 12, 31), 20),
    ])
    #expect(kpi.series.map(\.id) == ["m1", "m2", "m0"])
    #expect(kpi.latest?.id == "m0")
    #expect(kpi.actual == 30)
  }

  @Test func twoFiguresOfOneDayKeepTheirOrderAndTheLastEnteredCounts() {
    let kpi = Self.measured([(Self.day(2026, 3, 1), 12), (Self.day(2026, 3, 1), 14)])
    #expect(kpi.series.map(\.id) == ["m0", "m1"])
    #expect(kpi.actual == 14)
  }

  @Test func anUndatedFigureIsTheOldestAndAFigurelessOneIsLeftOut() {
    // An undated figure came from a version-1 file: older than every dated one.
    let kpi = Self.measured([(Self.day(2025, 1, 1), 5), (nil, 3), (Self.day(2026, 1, 1), nil)])
    #expect(kpi.series.map(\.id) == ["m1", "m0"])
    #expect(kpi.actual == 5)
    // Alone, it is where the KPI stands.
    #expect(Self.measured([(nil, 3)]).actual == 3)
    #expect(Self.measured([]).actual == nil)
    #expect(Self.measured([(Self.day(2026, 1, 1), nil)]).latest == nil)
  }

  @Test func latestAgreesWithTheSeriesOnEveryOrder() {
    // Every order of five figures, some on the same day, one undated.
    let figures: [(CalendarDate?, Double?)] = [
      (Self.day(2025, 5, 1), 1), (nil, 2), (Self.day(2025, 5, 1), 3), (Self.day(2024, 1, 1), 4),
      (Self.day(2026, 1, 1), nil),
    ]
    var orders: [[Int]] = [[]]
    for _ in figures.indices {
      orders = orders.flatMap { order in
        figures.indices.filter { !order.contains($0) }.map { order + [$0] }
      }
    }
    for order in orders {
      let kpi = Self.measured(order.map { figures[$0] })
      #expect(kpi.latest == kpi.series.last, "\(order)")
    }
  }

  @Test(
    arguments: [
      // (figures, target, trend)
      ([10.0, 20.0], 100.0, KPI.Trend.improving), ([20.0, 10.0], 100.0, .worsening),
      ([20.0, 20.0], 100.0, .level), ([90.0, 80.0], 20.0, .improving),
      ([80.0, 90.0], 20.0, .worsening),
    ] as [([Double], Double, KPI.Trend)])
  func theTrendIsJudgedTowardsTheTarget(_ values: [Double], _ target: Double, _ trend: KPI.Trend) {
    var kpi = Self.measured(
      values.enumerated().map { (Self.day(2025 + $0.offset, 1, 1), $0.element) }, target: target)
    kpi.baseline = target > 50 ? 0 : 100
    #expect(kpi.trend == trend)
  }

  @Test func aTrendNeedsTwoFigures() {
    #expect(Self.measured([(Self.day(2025, 1, 1), 10)]).trend == nil)
    #expect(
      Self.measured([(Self.day(2025, 1, 1), 10), (Self.day(2026, 1, 1), 12)], target: nil).trend
        == .rising)
  }

  @Test func milestonesAreReadInYearOrderAndDueAtTheEndOfTheirYear() {
    var kpi = KPI(id: "k")
    kpi.milestones = [Milestone(year: 2027, value: 80), Milestone(year: 2025, value: 20)]
    #expect(kpi.milestonesInOrder.map(\.year) == [2025, 2027])
    #expect(kpi.milestones[0].due == Self.day(2027, 12, 31))
  }

  @Test func twoMilestonesOfOneYearAreRefused() throws {
    var plan = FixturePlans.rich()
    let kpi = try #require(plan.kpi("kpi-1"))
    let edit = Edit.insert(
      .milestone(Milestone(year: 2025, value: 1)), into: .milestones("kpi-1"),
      at: kpi.milestones.count)
    #expect(throws: EditError.self) { try plan.apply(edit, within: .standard) }
    #expect(plan == FixturePlans.rich())
    // A file that holds two is reported where the second is.
    plan.theoryOfChange[0].children[0].kpis[0].milestones.append(Milestone(year: 2025))
    #expect(plan.violations().map(\.problem) == [.duplicateYear(2025)])
  }

  @Test func measurementsAreAddedRemovedAndMovedAsInvertibleEdits() throws {
    let plan = FixturePlans.rich()
    let measurement = Measurement(
      id: "ms-9", date: Self.day(2026, 12, 1), value: 60, note: "Najaarsmeting",
      measuredBy: "Saxion")
    let add = Edit.insert(.measurement(measurement), into: .measurements("kpi-1"), at: 2)
    let added = try plan.applying(add)
    #expect(added.kpi("kpi-1")?.actual == 60)
    #expect(added.violations() == [])
    #expect(try added.applying(add.inverse) == plan)
    let removal = try #require(added.removal(of: .measurement("kpi-1", "ms-9")))
    #expect(try added.applying(removal) == plan)
    // An action's KPI is found by its id alone as well.
    let onAction = Edit.insert(.measurement(measurement), into: .measurements("kpi-2"), at: 0)
    #expect(try plan.applying(onAction).kpi("kpi-2")?.measurements.first?.id == "ms-9")
  }

  @Test func aMeasurementListIsHeldToTheListLimit() throws {
    let plan = FixturePlans.rich()
    let limits = PlanLimits(maxListCount: 2)
    // Two measurements are there: a third is one too many.
    let add = Edit.insert(
      .measurement(Measurement(id: "ms-9", value: 1)), into: .measurements("kpi-1"), at: 0)
    #expect(try plan.applying(add).violation(after: add, limits: limits) != nil)
    var over = plan
    over.theoryOfChange[0].children[0].kpis[0].measurements.append(Measurement(id: "ms-9"))
    #expect(over.violations(limits: limits).contains { $0.path.hasSuffix("measurements") })
  }

  @Test func aMeasurementsFigureMustBeFinite() {
    var plan = FixturePlans.rich()
    plan.theoryOfChange[0].children[0].kpis[0].measurements[0].value = .infinity
    #expect(plan.violations().map(\.problem) == [.notFinite])
  }
}
