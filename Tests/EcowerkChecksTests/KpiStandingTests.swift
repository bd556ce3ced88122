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
