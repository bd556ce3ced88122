import EcowerkModel
import EcowerkReport
import EcowerkStrings
import Testing

@Suite("Report builder")
struct ReportBuilderTests {
  static func document(
    _ plan: Plan = ReportFixture.plan, language: Language = .dutch,
    rubric: Rubric? = ReportFixture.rubric, sections: Set<ReportSectionID>? = nil
  ) -> ReportDocument {
    ReportBuilder(plan: plan, language: language, today: ReportFixture.today, rubric: rubric)
      .build(sections: sections)
  }

  /// The lists of a section, by title.
  static func lists(_ section: ReportSection?) -> [String: [String]] {
    var lists: [String: [String]] = [:]
    for case .list(let title?, let items) in section?.blocks ?? [] { lists[title] = items }
    return lists
  }

  static func tables(_ section: ReportSection?) -> [ReportTable] {
    (section?.blocks ?? []).compactMap { block in
      if case .table(let table) = block { return table }
      return nil
    }
  }

  @Test("sections come in the method's order, each under its step")
  func sectionsFollowTheMethod() {
    let document = Self.document()
    // Every section but the changes, which only a report given an earlier version has.
    #expect(document.sections.map(\.id) == ReportSectionID.allCases.filter { $0 != .changes })
    let steps = document.sections.map { $0.step?.number }
    #expect(steps == [nil, nil, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, nil])
    #expect(document.sections.allSatisfy { $0.step?.number == $0.id.step })
  }

  @Test("section ids are the stable names the command line accepts")
  func sectionIDsAreStable() {
    #expect(
      ReportSectionID.allCases.map(\.rawValue) == [
        "changes", "status", "kpis", "vision", "segments", "failures", "propositions",
        "stakeholders",
        "organisation", "business-models", "finance", "peer-review", "theory-of-change",
        "actions", "pilots", "bowling-alley", "checks",
      ])
  }

  @Test("a section filter keeps the title block and only the chosen sections")
  func filterKeepsChosenSections() {
    let document = Self.document(sections: [.pilots, .vision])
    #expect(document.sections.map(\.id) == [.vision, .pilots])
    #expect(document.title == "Warmtetransitie Twente — mkb aan de slag")
    #expect(document.facts.map(\.value).contains("29-11-2026"))
  }

  @Test("stakeholders land in the quadrant their influence and interest put them in")
  func quadrantsSortStakeholders() {
    let lists = Self.lists(Self.document().section(.stakeholders))
    #expect(
      lists["Nauw betrekken (veel invloed, veel belang)"] == [
        "ROC van Twente (invloed 4, belang 5)", "Gemeente Enschede (invloed 5, belang 4)",
      ])
    #expect(
      lists["Tevreden houden (veel invloed, weinig belang)"] == [
        "Installatie Nederland (invloed 4, belang 2)"
      ])
    #expect(
      lists["Informeren (weinig invloed, veel belang)"] == [
        "Saxion (invloed 3, belang 4)", "Tanaka 田中 Heat Pumps (invloed 2, belang 4)",
      ])
    #expect(
      lists["Monitoren (weinig invloed, weinig belang)"] == [
        "\(ReportFixture.pipeName) (invloed 2, belang 2)"
      ])
  }

  @Test("the MVE summary names the open chain link and the orchestrator")
  func mveSummaryNamesWhatIsMissing() {
    guard case .facts(let facts) = Self.document().section(.status)?.blocks.first else {
      Issue.record("the status starts with its facts")
      return
    }
    let values = Dictionary(uniqueKeysWithValues: facts.map { ($0.label, $0.value) })
    #expect(
      values["Minimum viable ecosysteem"] == "niet compleet, open ketenschakels: financiering")
    #expect(values["Orkestrator"] == "Gemeente Enschede")
    #expect(values["Aannames die niet kloppen"] == "2")
    #expect(values["Acties over hun einddatum"] == "2")
  }

  @Test("the peer review profile averages the scored elements per dimension and date")
  func peerReviewProfileAveragesPerDimension() {
    let tables = Self.tables(Self.document(language: .english).section(.peerReview))
    let profile = tables.first
    #expect(profile?.columns.map(\.title) == ["Dimension", "2025-06-01", "2026-06-01"])
    // Cooperation: (2 + 1) / 2 and (3 + 4) / 2; Results: only e3 in 2025, (2 + 3) / 2 later.
    #expect(profile?.rows == [["Cooperation", "1.5", "3.5"], ["Results", "1", "2.5"]])
  }

  @Test("without a rubric the scores are listed per review, without a profile")
  func peerReviewWithoutRubricListsScores() {
    let section = Self.document(rubric: nil).section(.peerReview)
    let tables = Self.tables(section)
    #expect(tables.count == 2)
    #expect(tables.last?.rows.map { $0[0] } == ["e1", "e2", "e3", "e4"])
    #expect(!(section?.blocks.contains { if case .bars = $0 { true } else { false } } ?? true))
  }

  @Test("actions are listed by date, undated ones last, overdue ones marked")
  func actionsAreSortedByDate() {
    let table = Self.tables(Self.document(language: .english).section(.actions)).first
    #expect(
      table?.rows.map { $0[1] } == [
        "Subsidieaanvraag provincie", "Werving eerste 20 installateurs", "Campus inrichten",
        "Evaluatie pilot warmtescan", "\u{1B}]0;pwned\u{7}Titel | wijzigen",
      ])
    #expect(
      table?.rows.map { $0[4] } == [
        "planned, OVERDUE", "running, OVERDUE", "running", "done", "planned",
      ])
    #expect(table?.rows.first?[0] == "2025-09-01 –\n2025-12-01")
    #expect(table?.rows[3][0] == "until 2026-10-01")
  }

  @Test("the finance totals per partner add up to the budget's contributions")
  func partnerTotalsMatchTheBudget() {
    let tables = Self.tables(Self.document(language: .english).section(.finance))
    let budget = tables.first
    let partners = tables.last
    #expect(budget?.totals?[1] == "1,500,000")
    #expect(budget?.totals?[2] == "800,000")
    #expect(partners?.totals == ["Total", "1,500,000", "800,000", "2,300,000"])
    #expect(partners?.rows.map { $0[0] } == ["ROC van Twente", "Saxion", "Gemeente Enschede"])
  }

  @Test("the bowling alley lists placed segments in order, the rest apart")
  func bowlingAlleyFollowsPositions() {
    let section = Self.document(language: .english).section(.bowlingAlley)
    let table = Self.tables(section).first
    #expect(
      table?.rows.map { $0[1] } == ["Installatiebedrijven", "Voedingsmiddelenindustrie 食品加工"])
    #expect(table?.rows.last?[3] == "Installatiebedrijven")
    #expect(Self.lists(section)["Not on the alley yet"] == ["Detailhandel \(ReportFixture.script)"])
  }

  @Test("every phrase of the report exists in both languages", arguments: Language.allCases)
  func noStringKeyIsMissing(language: Language) {
    var edge = Render.financePlan([(2025, 100, 50, 0, 200)])
    edge.segments = [Segment(id: .init("s"), name: "", participatingAtStart: 3)]
    edge.pilots = [Pilot(id: .init("p"), end: ReportFixture.date(2026, 1, 1))]
    edge.theoryOfChange = [
      ChangeNode(
        id: .init("n"), level: .impact,
        assumptions: [Assumption(id: .init("a"), text: "x", status: .broken)])
    ]
    let plans = [ReportFixture.plan, Plan(startYear: 2025), edge]
    for plan in plans {
      for rubric in [ReportFixture.rubric, nil] {
        let text = Render.text(plan, language, rubric: rubric)
        #expect(!text.contains("⟦"), "\(text)")
      }
    }
  }
}
