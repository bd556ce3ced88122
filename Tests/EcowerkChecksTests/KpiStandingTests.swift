import EcowerkChecks
import EcowerkModel
import Testing

/// How a KPI stands on a day: the rule behind the workbench's dashboard and the printed one.
@Suite struct KpiStandingTests {
  func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
    CalendarDate(year: year, month: month, day: day)
  }

  @Test(
    arguments: [
      // (actual, expected): the line stands at 50% halfway, 5 points of tolerance.
      (50.0, KpiStanding.onTrack), (45.0, .onTrack), (44.0, .behind), (0.0, .behind),
      (100.0, .reached),
    ] as [(Double, KpiStanding)])
  func behindMeansMoreThanTolerancePointsBehindTheStraightLine(
    _ actual: Double, _ expected: KpiStanding
  ) throws {
    let start = try #require(date(2026, 1, 1))
    let deadline = CalendarDate(dayNumber: start.dayNumber + 200)
    let today = CalendarDate(dayNumber: start.dayNumber + 100)
    let kpi = KPI(id: "k", baseline: 0, target: 100, actual: actual, deadline: deadline)
    #expect(KpiStanding.of(kpi, start: start, today: today) == expected)
  }

  @Test func aKPIThatMustGoDownIsJudgedTheRightWayUp() throws {
    let start = try #require(date(2026, 1, 1))
    let deadline = CalendarDate(dayNumber: start.dayNumber + 100)
    let today = CalendarDate(dayNumber: start.dayNumber + 50)
    // CO₂ from 100 to 20: at 90 it has come 12.5% of the way halfway through.
    let slow = KPI(id: "k", baseline: 100, target: 20, actual: 90, deadline: deadline)
    #expect(KpiStanding.of(slow, start: start, today: today) == .behind)
    let fast = KPI(id: "k", baseline: 100, target: 20, actual: 50, deadline: deadline)
    #expect(KpiStanding.of(fast, start: start, today: today) == .onTrack)
    // Without a deadline there is no line to be behind.
    let open = KPI(id: "k", baseline: 100, target: 20, actual: 99)
    #expect(KpiStanding.of(open, start: start, today: today) == .onTrack)
  }
}

/// The line a KPI is held to runs through its yearly milestones: "the milestone for today".
@Suite struct KpiMilestoneLineTests {
  static let start = CalendarDate(year: 2025, month: 1, day: 1)!
  static let deadline = CalendarDate(year: 2027, month: 12, day: 31)!
  /// 0 → 200 by the end of 2027, 40 due at the end of 2025, 110 at the end of 2026.
  static func kpi(_ actual: Double? = nil) -> KPI {
    var kpi = KPI(id: "k", baseline: 0, target: 200, actual: actual, deadline: deadline)
    kpi.milestones = [Milestone(year: 2026, value: 110), Milestone(year: 2025, value: 40)]
    return kpi
  }

  static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
  }

  @Test func theDueFigureIsTheMilestoneOnItsDayAndTheLineBetween() throws {
    let kpi = Self.kpi()
    #expect(KpiStanding.due(kpi, start: Self.start, on: Self.start) == 0)
    #expect(KpiStanding.due(kpi, start: Self.start, on: Self.day(2025, 12, 31)) == 40)
    let end2026 = try #require(KpiStanding.due(kpi, start: Self.start, on: Self.day(2026, 12, 31)))
    #expect(abs(end2026 - 110) < 1e-9)
    #expect(KpiStanding.due(kpi, start: Self.start, on: Self.deadline) == 200)
    // Halfway through 2026 (182 of its 365 days gone): 40 + 70 × 182/365.
    let mid = try #require(KpiStanding.due(kpi, start: Self.start, on: Self.day(2026, 7, 1)))
    #expect(abs(mid - (40 + 70.0 * 182 / 365)) < 1e-9)
    // Before the start nothing is due; after the deadline all of it.
    #expect(KpiStanding.due(kpi, start: Self.start, on: Self.day(2024, 6, 1)) == 0)
    #expect(KpiStanding.due(kpi, start: Self.start, on: Self.day(2028, 6, 1)) == 200)
  }

  @Test(
    arguments: [
      // On the end of 2025 40 is due; 5% of the way (10) is the tolerance.
      (31.0, KpiStanding.onTrack), (29.0, .behind), (40.0, .onTrack), (200.0, .reached),
    ] as [(Double, KpiStanding)])
  func onTrackIsJudgedAgainstTheMilestoneForToday(_ actual: Double, _ expected: KpiStanding) {
    #expect(
      KpiStanding.of(Self.kpi(actual), start: Self.start, today: Self.day(2025, 12, 31)) == expected
    )
  }

  @Test func aMilestoneAheadOfTheStraightLineMakesAKPIBehindSooner() {
    // 60 of 200 at the end of 2025 is on the straight line (a third of the time gone: 66
    // due, 10 of tolerance), but not against a milestone of 110 for 2025.
    var kpi = Self.kpi(60)
    kpi.milestones = []
    #expect(KpiStanding.of(kpi, start: Self.start, today: Self.day(2025, 12, 31)) == .onTrack)
    kpi.milestones = [Milestone(year: 2025, value: 110)]
    #expect(KpiStanding.of(kpi, start: Self.start, today: Self.day(2025, 12, 31)) == .behind)
  }

  @Test func milestonesWithoutAValueOrOutsideTheWayAreLeftOut() {
    var kpi = Self.kpi()
    kpi.milestones = [
      Milestone(year: 2024, value: 500), Milestone(year: 2026, value: nil),
      Milestone(year: 2027, value: 1),
    ]
    // Only the straight line is left: the end of 2027 is the deadline itself.
    let share = KpiStanding.dueProgress(kpi, start: Self.start, on: Self.day(2026, 7, 2))
    let straight =
      Double(Self.day(2026, 7, 2).dayNumber - Self.start.dayNumber)
      / Double(Self.deadline.dayNumber - Self.start.dayNumber)
    #expect(share == straight)
  }

  @Test func aKPIThatMustGoDownFollowsItsMilestonesDown() throws {
    var kpi = KPI(id: "k", baseline: 100, target: 20, actual: 75, deadline: Self.deadline)
    kpi.milestones = [Milestone(year: 2025, value: 80)]
    #expect(KpiStanding.due(kpi, start: Self.start, on: Self.day(2025, 12, 31)) == 80)
    #expect(KpiStanding.of(kpi, start: Self.start, today: Self.day(2025, 12, 31)) == .onTrack)
    kpi.measurements[0].value = 95
    #expect(KpiStanding.of(kpi, start: Self.start, today: Self.day(2025, 12, 31)) == .behind)
  }

  @Test func noLineWithoutAStartADeadlineOrAWayToGo() {
    var kpi = Self.kpi()
    #expect(KpiStanding.dueProgress(kpi, start: nil, on: Self.deadline) == nil)
    kpi.target = 0
    #expect(KpiStanding.dueProgress(kpi, start: Self.start, on: Self.deadline) == nil)
    kpi = Self.kpi()
    kpi.deadline = Self.start
    #expect(KpiStanding.dueProgress(kpi, start: Self.start, on: Self.deadline) == nil)
  }
}

/// The board works a KPI's trend and recent figures out once, in date order, whatever order
/// the measurements were entered in.
@Suite struct KpiBoardTrendTests {
  @Test func theBoardCarriesTheTrendAndTheLastFiguresInDateOrder() throws {
    var plan = Plan(startYear: 2025)
    let day = { (month: Int) in CalendarDate(year: 2026, month: month, day: 1) }
    // Entered out of order; a KPI that must go down (CO₂), so falling is improving.
    var kpi = KPI(id: "k", name: "CO₂", baseline: 100, target: 20)
    kpi.measurements = (1...10).reversed().map { month in
      Measurement(id: MeasurementID("m\(month)"), date: day(month), value: Double(100 - month))
    }
    plan.theoryOfChange = [ChangeNode(id: "n", level: .impact, title: "Minder CO₂", kpis: [kpi])]
    let today = try #require(CalendarDate(year: 2026, month: 11, day: 1))
    let entry = try #require(KpiBoard(plan, today: today).entries.first)
    #expect(entry.trend == .improving)
    #expect(entry.measured == 10)
    #expect(entry.recent == (3...10).map { Double(100 - $0) })
    #expect(entry.recent.count == KpiBoard.recentCount)
    // One figure has no trend.
    kpi.measurements = [Measurement(id: "m", date: day(1), value: 90)]
    plan.theoryOfChange[0].kpis = [kpi]
    let single = try #require(KpiBoard(plan, today: today).entries.first)
    #expect(single.trend == nil && single.recent.isEmpty && single.measured == 1)
    // Two figures of which one is empty: one figure, no trend.
    kpi.measurements.append(Measurement(id: "n", date: day(2)))
    plan.theoryOfChange[0].kpis = [kpi]
    let gap = try #require(KpiBoard(plan, today: today).entries.first)
    #expect(gap.trend == nil && gap.recent.isEmpty && gap.measured == 1)
  }
}

/// Missed goals grouped as the method asks: within a standing, the ones nobody explained yet,
/// then a changed environment, then execution; the deadline orders each group.
@Suite struct KpiBoardCauseTests {
  @Test func missedGoalsAreGroupedByTheirCauseWithinTheirStanding() throws {
    var plan = Plan(startYear: 2025)
    let deadline = { (year: Int) in CalendarDate(year: year, month: 12, day: 31) }
    // All behind on 2026-11-01: 10 of 100 with most of the time gone.
    func kpi(_ id: String, _ cause: MissCause?, _ year: Int) -> KPI {
      var kpi = KPI(
        id: KPIID(id), name: id, baseline: 0, target: 100, actual: 10, deadline: deadline(year))
      kpi.cause = cause
      return kpi
    }
    plan.theoryOfChange = [
      ChangeNode(
        id: "n", level: .impact, title: "Doel",
        kpis: [
          kpi("execution-2026", .execution, 2026), kpi("open-2027", nil, 2027),
          kpi("environment-2027", .environment, 2027), kpi("open-2026", nil, 2026),
          kpi("environment-2026", .environment, 2026),
        ])
    ]
    let today = try #require(CalendarDate(year: 2026, month: 11, day: 1))
    let board = KpiBoard(plan, today: today)
    #expect(board.entries.allSatisfy { $0.standing == .behind })
    #expect(
      board.entries.map(\.kpi.name) == [
        "open-2026", "open-2027", "environment-2026", "environment-2027", "execution-2026",
      ])
    #expect(board.entries.map(KpiBoard.causeGroup) == [0, 0, 1, 1, 2])
  }
}
