import EcowerkModel
import EcowerkReport
import EcowerkStrings
import EcowerkText
import Testing

@Suite("Text renderer")
struct TextRendererTests {
  @Test("no line is wider than 80 columns", arguments: Language.allCases)
  func everyLineFitsEightyColumns(language: Language) {
    let text = Render.text(ReportFixture.plan, language)
    for line in Render.lines(text) {
      #expect(DisplayWidth.of(line) <= 80, "\(line)")
    }
  }

  @Test("a narrower renderer keeps to its own width", arguments: [24, 40, 60])
  func everyLineFitsANarrowerWidth(width: Int) {
    let document = ReportBuilder(
      plan: ReportFixture.plan, language: .dutch, today: ReportFixture.today,
      rubric: ReportFixture.rubric
    ).build()
    let text = TextRenderer(width: width).render(document)
    for line in Render.lines(text) {
      #expect(DisplayWidth.of(line) <= width, "\(line)")
    }
  }

  @Test(
    "no control, DEL, C1 or bidi character survives, only newlines", arguments: Language.allCases)
  func outputHasNoControlCharacters(language: Language) {
    let text = Render.text(ReportFixture.plan, language)
    #expect(!text.unicodeScalars.contains(where: Render.isUnsafe))
    #expect(!text.utf8.contains { $0 < 0x20 && $0 != 0x0A })
    // The hostile strings are still visible, as symbols.
    #expect(text.contains("\u{241B}[31mROOD"))
    #expect(text.contains("\u{21C4}tnemetats"))
    #expect(text.contains("weg\u{2421}"))
  }

  @Test("every section and step heading is there", arguments: Language.allCases)
  func allSectionHeadingsArePresent(language: Language) {
    let strings = Strings(language)
    let lines = Set(Render.lines(Render.text(ReportFixture.plan, language)).map(String.init))
    // The changes section's heading carries a date, and it is there only with --since
    // (ChangesSectionTests).
    for id in ReportSectionID.allCases where id != .changes {
      #expect(lines.contains(strings["report.section.\(id.rawValue)"]), "\(id)")
    }
    for step in 1...3 {
      #expect(lines.contains(strings["report.step.\(step)"]))
    }
    #expect(!lines.contains { $0.contains("⟦") }, "a string key is missing")
  }

  @Test("headings are underlined as long as they are")
  func headingsAreUnderlined() {
    let lines = Render.lines(Render.text(ReportFixture.plan, .english)).map(String.init)
    let index = lines.firstIndex(of: "Financial plan")
    #expect(index.map { lines[$0 + 1] } == "--------------")
    let step = lines.firstIndex(of: "Step 3 — Into action")
    #expect(step.map { lines[$0 + 1] } == String(repeating: "=", count: 20))
  }

  @Test("an action past its end date is marked overdue; one still running is not")
  func overdueActionIsMarked() {
    var plan = Plan(name: "Acties", startYear: 2026)
    plan.actions = [
      Action(
        id: .init("a"), what: "Werving", end: ReportFixture.date(2026, 6, 30), status: .running),
      Action(
        id: .init("b"), what: "Campus", end: ReportFixture.date(2027, 2, 28), status: .running),
      Action(
        id: .init("c"), what: "Rapport", end: ReportFixture.date(2026, 1, 1), status: .done),
    ]
    let lines = Render.lines(Render.text(plan, sections: [.actions]))
    let row = { (what: String) in lines.first { $0.contains(what) }.map(String.init) ?? "" }
    #expect(row("Werving").hasSuffix("loopt, TE\u{00A0}LAAT"))
    #expect(!row("Campus").contains("LAAT"))
    #expect(!row("Rapport").contains("LAAT"))

    let earlier = Render.text(plan, today: ReportFixture.date(2026, 6, 1), sections: [.actions])
    #expect(!earlier.contains("TE\u{00A0}LAAT"))
  }

  @Test("the fixture's two overdue actions are listed in the status on 29 November 2026")
  func fixtureOverdueActionsAreListed() {
    let text = Render.flattened(Render.text(sections: [.status]))
    #expect(text.contains("Acties over hun einddatum: 2"))
    #expect(
      text.contains(
        "Werving eerste 20 installateurs — Installatie Nederland, einddatum 30-6-2026"))
    #expect(text.contains("Subsidieaanvraag provincie — Gemeente Enschede, einddatum 1-12-2025"))
    #expect(!text.contains("Campus inrichten —"))
  }

  @Test("a plan whose last year needs no NGF stands alone", arguments: Language.allCases)
  func verdictForAPlanThatStandsAlone(language: Language) {
    let plan = Render.financePlan([
      (2025, 300_000, 700_000, 0, 1_000_000),
      (2030, 600_000, 0, 400_000, 950_000),
    ])
    let text = Render.flattened(Render.text(plan, language, sections: [.finance]))
    let expected =
      language == .dutch
      ? "Na 2030 staat de samenwerking op eigen benen"
      : "After 2030 the partnership stands on its own"
    #expect(text.contains(expected))
    #expect(!text.contains(language == .dutch ? "Tekort per jaar" : "Shortfall per year"))
  }

  @Test("a plan that still needs NGF shows the gap per year in euros")
  func verdictForAPlanThatDoesNotStandAlone() {
    // Gap = costs − (contributions + income): 1.000.000 − 300.000 = 700.000;
    // 1.200.000 − (450.000 + 125.000,50) = 624.999,50; 900.000 − (500.000 + 250.000) = 150.000.
    var plan = Render.financePlan([
      (2025, 300_000, 700_000, 0, 1_000_000),
      (2026, 450_000, 600_000, 125_000, 1_200_000),
      (2027, 500_000, 150_000, 250_000, 900_000),
    ])
    plan.finance[1].income = Money(cents: 12_500_050)
    let dutch = Render.flattened(Render.text(plan, .dutch, sections: [.finance]))
    #expect(dutch.contains("Na 2030 staat de samenwerking nog niet op eigen benen."))
    #expect(dutch.contains("In 2027, het laatste jaar, is nog € 150.000 NGF-geld begroot."))
    #expect(dutch.contains("Tekort per jaar zonder NGF-geld:"))
    #expect(dutch.contains("- 2025: € 700.000"))
    #expect(dutch.contains("- 2026: € 624.999,50"))
    #expect(dutch.contains("- 2027: € 150.000"))
    #expect(dutch.contains("- Totaal: € 1.474.999,50"))
    let english = Render.flattened(Render.text(plan, .english, sections: [.finance]))
    #expect(english.contains("After 2030 the partnership does not yet stand on its own."))
    #expect(english.contains("- 2026: €624,999.50"))
    #expect(english.contains("- Total: €1,474,999.50"))
  }

  @Test("a plan without a financial plan says there is no verdict yet")
  func verdictWithoutFinance() {
    let plan = Plan(name: "Leeg", startYear: 2025)
    let text = Render.flattened(Render.text(plan, .english, sections: [.finance]))
    #expect(text.contains("There is no financial plan yet"))
  }

  @Test("a table too wide for the page becomes one record per row")
  func wideTableBecomesRecords() {
    let text = Render.text(sections: [.stakeholders])
    let lines = Render.lines(text).map(String.init)
    #expect(lines.contains("Naam:          ROC van Twente"))
    #expect(lines.contains("Ketenschakels: installatie, onderhoud"))
    // Nothing was cut to make it fit.
    #expect(!text.contains("…"))
  }

  @Test("a table that fits stays a table with its totals under a rule")
  func narrowTableStaysColumnar() {
    let lines = Render.lines(Render.text(ReportFixture.plan, .english, sections: [.finance]))
      .map(String.init)
    #expect(lines.contains("Partner                 Cash  In kind      Total"))
    #expect(lines.contains("Total              1,500,000  800,000  2,300,000"))
    let header = "Year        Cash  In kind        NGF     Income      Costs  Balance  NGF share"
    #expect(lines.contains(header))
  }

  @Test("only the selected sections are printed, under the title block")
  func sectionFilterKeepsOnlySelectedSections() {
    let text = Render.text(sections: [.finance, .pilots])
    #expect(text.hasPrefix("="))
    #expect(text.contains("Warmtetransitie Twente — mkb aan de slag"))
    #expect(text.contains("Financieel plan\n---"))
    #expect(text.contains("Pilots en experimenten\n---"))
    #expect(!text.contains("Segmenten van de doelgroep"))
    #expect(!text.contains("Status in één oogopslag"))
    #expect(!text.contains("Stap 1"))
  }

  @Test("the same plan, clock and language give the same bytes")
  func renderingIsDeterministic() {
    #expect(Render.text() == Render.text())
    #expect(Render.text(ReportFixture.plan, .english) == Render.text(ReportFixture.plan, .english))
  }

  @Test("lines carry no trailing spaces and the text ends in one newline")
  func noTrailingSpaces() {
    let text = Render.text()
    #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    #expect(!Render.lines(text).contains { $0.hasSuffix(" ") })
  }

  @Test("an empty plan still prints every section, saying nothing is filled in yet")
  func emptyPlanPrintsEverySection() {
    let text = Render.text(Plan.empty(startYear: 2025), .english, rubric: nil)
    #expect(text.contains("(unnamed)"))
    #expect(text.contains("Nothing filled in yet."))
    for line in Render.lines(text) { #expect(DisplayWidth.of(line) <= 80) }
  }
}
