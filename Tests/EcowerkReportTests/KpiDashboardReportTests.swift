import EcowerkFixtures
import EcowerkModel
import EcowerkReport
import EcowerkStrings
import Testing

/// The KPI dashboard on paper: the trend of each KPI's series and the missed goals grouped by
/// cause.
@Suite struct KpiDashboardReportTests {
  static func section(_ plan: Plan, _ language: Language = .english) -> ReportSection? {
    ReportBuilderTests.document(plan, language: language, sections: [.kpis]).sections.first {
      $0.id == .kpis
    }
  }

  @Test(
    arguments: [
      ([1.0, 2, 3, 4, 5, 6, 7, 8], "▁▂▃▄▅▆▇█"), ([5.0, 5, 5], "▄▄▄"), ([3.0, 1], "█▁"),
      ([], ""), ([7.0], "▄"),
    ] as [([Double], String)])
  func aSparklineRunsFromTheLowestToTheHighestFigure(_ values: [Double], _ line: String) {
    #expect(Sparkline.line(values) == line)
  }

  @Test func aSparklineShowsTheLastFiguresThatFit() {
    #expect(Sparkline.line([100, 0, 1, 2], width: 3) == "▁▅█")
    #expect(Sparkline.line([1, .nan, 2]) == "▁█")
  }

  @Test func theDashboardShowsTheTrendAndTheDayOfTheLatestFigure() throws {
    let section = try #require(Self.section(FixturePlans.rich()))
    let table = try #require(ReportBuilderTests.tables(section).first)
    #expect(table.columns.map(\.title).contains("Trend"))
    let row = try #require(table.rows.first { $0[0] == "Bedrijven met routekaart" })
    #expect(row[2].contains("measured 2026-06-30"))
    #expect(row[3] == "▁█ improving (2 measurements)")
  }

  @Test func missedGoalsAreGroupedByTheirCause() throws {
    var plan = FixturePlans.rich()
    // kpi-1 is behind and blamed on the broken "Subsidie blijft" (as-1, plan B "Lening").
    let lists = ReportBuilderTests.lists(Self.section(plan))
    let environment = try #require(lists["Changed environment"])
    #expect(environment.count == 1)
    #expect(environment[0].contains("Bedrijven met routekaart"))
    #expect(environment[0].contains("assumption \"Subsidie blijft\" (broken). Plan B: Lening"))
    #expect(lists["Execution"] == nil)
    plan.theoryOfChange[0].children[0].kpis[0].cause = .execution
    let execution = ReportBuilderTests.lists(Self.section(plan))
    #expect(execution["Execution"]?.count == 1)
    #expect(execution["Changed environment"] == nil)
    plan.theoryOfChange[0].children[0].kpis[0].cause = nil
    #expect(ReportBuilderTests.lists(Self.section(plan))["Cause not recorded yet"]?.count == 1)
  }

  /// How each KPI got where it stands: its milestones in year order and every figure in date
  /// order with who measured it and why; a KPI with one figure and no milestones has no
  /// history to tell (a large plan's print stays its size).
  @Test func theHistoryListsMilestonesAndMeasurementsOfTheKPIsThatHaveOne() throws {
    var plan = FixturePlans.rich()
    var kpi = plan.theoryOfChange[0].children[0].kpis[0]
    kpi.milestones = [Milestone(year: 2027, value: 150), Milestone(year: 2026, value: 90)]
    kpi.measurements[0].measuredBy = "Saxion"
    kpi.measurements[0].note = "Nulmeting"
    plan.theoryOfChange[0].children[0].kpis[0] = kpi
    let lists = ReportBuilderTests.lists(Self.section(plan))
    let history = try #require(lists["Milestones and measurements per KPI"])
    let line = try #require(history.first { $0.hasPrefix("Bedrijven met routekaart — ") })
    #expect(line.contains("milestones 2026: 90 · 2027: 150; measured "), "\(line)")
    let first = try #require(line.range(of: "(Saxion, Nulmeting)"))
    let latest = try #require(line.range(of: "2026-06-30: 35.5"))
    #expect(first.lowerBound < latest.lowerBound, "date order")
    // Without milestones and with a single figure, nothing to list.
    kpi.milestones = []
    kpi.measurements = [kpi.measurements[0]]
    plan.theoryOfChange[0].children[0].kpis[0] = kpi
    let none = ReportBuilderTests.lists(Self.section(plan))["Milestones and measurements per KPI"]
    #expect(none?.contains { $0.hasPrefix("Bedrijven met routekaart") } != true)
  }

  @Test func aPlanOnTrackHasNoMissedGoals() throws {
    var plan = FixturePlans.rich()
    plan.theoryOfChange[0].children[0].kpis[0].measurements[1].value = 190
    let section = try #require(Self.section(plan))
    #expect(!section.blocks.contains(.heading("Missed goals: execution or environment?")))
  }
}

/// The Theory of Change's links beside the tree in print: the outline, the picture and the
/// Mermaid charts show the same links.
@Suite struct ChangeLinkReportTests {
  static func markdown(_ plan: Plan) -> String {
    MarkdownRenderer().render(
      ReportBuilderTests.document(plan, language: .english, sections: [.theoryOfChange]))
  }

  @Test func theOutlineSaysWhatAnElementAlsoContributesToAndWhy() {
    let text = Self.markdown(FixturePlans.rich())
    #expect(
      text.contains(
        "Also contributes to: Mkb'ers nemen maatregelen — Opgeleide coaches helpen bedrijven ook"))
    #expect(text.contains("Coaches blijven in dienst"))
    #expect(text.contains("Why: Elke maatregel verlaagt de uitstoot"))
  }

  @Test func theMermaidChartHasADashedEdgeForEveryLinkMarkedWhenItBroke() throws {
    let text = Self.markdown(FixturePlans.rich())
    let edges = text.split(separator: "\n").filter { $0.contains(" -. ") || $0.contains("-.->") }
    #expect(edges.count == 1)
    #expect(edges.first?.contains("⚠ Opgeleide coaches") == true)
    var plan = FixturePlans.rich()
    plan.changeLinks = []
    #expect(!Self.markdown(plan).contains("-."))
  }

  @Test func aLinksRationaleCannotBreakTheChart() {
    var plan = FixturePlans.rich()
    plan.changeLinks[0].rationale = "\" --> x[\"evil\"]\n```"
    let text = Self.markdown(plan)
    #expect(!text.contains("x[\"evil"))
    #expect(
      text.components(separatedBy: "```").count == FixturePlans.rich().theoryOfChange.count * 2 + 1)
  }
}

/// The bowling alley section tells how the MVE and the alley grew, year by year and step by
/// step, with the partner who left and why.
@Suite struct GrowthReportTests {
  @Test func theAlleySectionShowsTheYearsAndTheSteps() throws {
    let document = ReportBuilderTests.document(
      FixturePlans.rich(), language: .english, sections: [.bowlingAlley])
    let section = try #require(document.sections.first)
    let table = try #require(ReportBuilderTests.tables(section).last)
    #expect(table.rows == [["2025", "3", "3", "1"], ["2026", "2", "3", "1"]])
    let steps = try #require(ReportBuilderTests.lists(section)["Step by step"])
    #expect(steps.first == "2025-01-15 — ROC van Twente joins")
    #expect(
      steps.last
        == "2026-02-28 — Coöperatie Zon & Wind leaves: Fusie met een landelijke coöperatie")
  }

  @Test func aPlanWithoutDatesShowsNoHistory() throws {
    let document = ReportBuilderTests.document(
      ReportFixture.plan, language: .english, sections: [.bowlingAlley])
    let section = try #require(document.sections.first)
    #expect(!section.blocks.contains(.heading("How the ecosystem grew")))
  }
}
