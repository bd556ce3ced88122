import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import EcowerkStrings
import Testing

@testable import EcowerkUI

/// Pane 9: the peer review profile, the elements' levels over the reviews, and the rubric.
@Suite struct PeerReviewPaneTests {
  static func session(
    _ plan: Plan? = nil, width: Int = 80, height: Int = 24, language: Language = .dutch,
    glyphs: Glyphs = .unicode
  ) throws -> Session {
    var session = Session(
      plan: try plan ?? DemoPlan.load(), width: width, height: height, language: language,
      glyphs: glyphs)
    session.press(.showPane(.peerReview))
    return session
  }

  static func selectedItem(_ session: Session) -> DetailItem? {
    let rect = ScreenLayout(session.state.size).pane
    let items = PeerReviewPane.items(session.state, width: rect.width)
    let row = session.state.views.peerReview.row
    return items.indices.contains(row) ? items[row] : nil
  }

  static func line(containing text: String, in session: Session) -> String? {
    session.screen.split(separator: "\n").first { $0.contains(text) }.map(String.init)
  }

  /// A rubric of one dimension with accents in an element name, to search for.
  static let smallRubric = Rubric(
    name: LocalizedText(nl: "Klein kader"), note: LocalizedText(nl: ""),
    dimensions: [
      RubricDimension(
        id: "d", name: LocalizedText(nl: "Cultuur", en: "Culture"),
        elements: [
          RubricElement(
            id: "d-1", name: LocalizedText(nl: "Vertrouwen"),
            levels: (1...5).map { LocalizedText(nl: "Vertrouwen niveau \($0)") }),
          RubricElement(
            id: "d-2", name: LocalizedText(nl: "Coöperatieve houding"),
            levels: (1...5).map { LocalizedText(nl: "Houding niveau \($0)") }),
        ])
    ])

  @Test func theProfileShowsEachDimensionsAverageForBothReviews() throws {
    // By hand from the demo plan: visie 2+2+1+2 = 7/4 = 1,75 → 1,8 and 3+3+3+2 = 11/4 → 2,8;
    // samenwerking 6/4 → 1,5 and 10/4 → 2,5; waarde 6/4 → 1,5 and 9/4 = 2,25 → 2,3;
    // uitvoering 4/4 → 1,0 and 10/4 → 2,5.
    let session = try Self.session()
    let expected = [
      ("Visie & doelgroep", "1,8", "2,8"), ("Samenwerking & orkestratie", "1,5", "2,5"),
      ("Waardecreatie & businessmodel", "1,5", "2,3"),
      ("Uitvoering, leren & verduurzaming", "1,0", "2,5"),
    ]
    for (dimension, previous, latest) in expected {
      let line = try #require(Self.line(containing: dimension + "  ", in: session))
      let figures = line.split(separator: " ").filter { $0.contains(",") && $0.count == 3 }
      #expect(figures == [Substring(previous), Substring(latest)], "\(line)")
      #expect(line.contains("█"))
    }
    let english = try Self.session(language: .english)
    #expect(
      Self.line(containing: "Value creation & business model", in: english)?.hasSuffix(
        "1.5   ██████░░░░░░░░ 2.3") == true)
  }

  @Test func averagesCountOnlyScoredElements() throws {
    let rubric = try RubricFile.loadDefault()
    let review = PeerReview(
      id: "r", date: CalendarDate(year: 2026, month: 1, day: 1)!, phase: .starten,
      scores: [
        ElementScore(element: "visie-1", level: 4), ElementScore(element: "visie-3", level: 1),
      ])
    #expect(ReviewHistory.average(review, rubric.dimensions[0]) == 2.5)
    #expect(ReviewHistory.average(review, rubric.dimensions[1]) == nil)
  }

  @Test func theSelectedElementShowsItsLatestLevelAndTheNextStep() throws {
    var session = try Self.session()
    #expect(
      Self.selectedItem(session)?.target == Target(.score("rev-2", element: "visie-1"), .level))
    #expect(
      try #require(Self.line(containing: "  Gedeelde visie ", in: session)).hasSuffix("2 → 3"))
    #expect(session.screen.contains("Niveau 3: Gedeelde visie benoemt doelgroep en probleem;"))
    #expect(session.screen.contains("Volgende stap, niveau 4: Visie dient als ijkpunt"))
    // Down goes through each opened element's note to the next element.
    session.press(.moveDown)
    #expect(
      Self.selectedItem(session)?.target == Target(.score("rev-2", element: "visie-1"), .note))
    session.press(.moveDown, times: 3)
    #expect(
      Self.selectedItem(session)?.target == Target(.score("rev-2", element: "visie-3"), .level))
    let screen = session.screen.replacingOccurrences(of: "\n    ", with: " ")
    #expect(
      screen.contains("Niveau 3: Pains, gains en weten/willen/kunnen per segment uit gesprekken."))
    #expect(session.screen.contains("    Toelichting: Elf gesprekken, de meeste met niet-leden."))
    // Only the selected element is opened up.
    #expect(!screen.contains("Niveau 3: Gedeelde visie"))
  }

  @Test func theLatestReviewInTheCurrentPhaseIsMarked() throws {
    let session = try Self.session()
    #expect(
      session.screen.contains("✓ De laatste review (10-6-2026) is in de huidige fase, Ontwikkelen.")
    )
    var plan = try DemoPlan.load()
    plan.phase = .valideren
    let behind = try Self.session(plan)
    let warning =
      "! Nog geen review in de huidige fase, Valideren: de laatste (10-6-2026) was in de fase Ontwikkelen."
    let line = try #require(Self.line(containing: "! Nog geen review", in: behind))
    #expect(warning.hasPrefix(line))
    let y = try #require((0..<24).first { behind.line($0).hasPrefix("! Nog geen review") })
    let style = behind.grid[0, y].style
    #expect(style.color == .warning)
    #expect(style.bold)
  }

  @Test func withoutARubricTheScoresAreListedById() throws {
    var session = try Self.session(width: 80, height: 60)
    session.state.rubric = nil
    session.press(.top)
    let screen = session.screen
    #expect(screen.contains("Het peer-reviewkader kon niet worden gelezen"))
    #expect(screen.contains("Scores per element"))
    #expect(
      try #require(Self.line(containing: "  samenwerking-2 ", in: session)).hasSuffix("1 → 2"))
    #expect(!screen.contains("Profiel per dimensie"))
    #expect(screen.contains("✓ De laatste review (10-6-2026) is in de huidige fase, Ontwikkelen."))
    #expect(
      Self.selectedItem(session)?.target == Target(.score("rev-2", element: "visie-1"), .level))
  }

  @Test func searchFindsAnElementByNameIgnoringAccents() throws {
    var plan = try DemoPlan.load()
    plan.reviews = []
    var session = try Self.session(plan)
    session.state.rubric = Self.smallRubric
    session.press(.search)
    session.type("cooperatieve")
    session.key(.enter)
    let item = try #require(Self.selectedItem(session))
    #expect(item.lines[0].map(\.text).joined().contains("Coöperatieve houding"))
    // Before any review, the selected element shows the whole scale to score against.
    #expect(session.screen.contains("Niveau 1: Houding niveau 1"))
    #expect(session.screen.contains("Niveau 5: Houding niveau 5"))
  }

  @Test func navigationReachesTheReviewsAndKeepsTheSelectionVisible() throws {
    var session = try Self.session()
    session.press(.bottom)
    #expect(Self.selectedItem(session)?.target == Target(.review("rev-2"), .note))
    #expect(session.screen.contains("Duidelijke vooruitgang op doelgroep en pilots."))
    session.press(.top)
    #expect(
      Self.selectedItem(session)?.target == Target(.score("rev-2", element: "visie-1"), .level))
    #expect(session.screen.contains("Profiel per dimensie"))
    session.press(.pageDown)
    #expect(session.state.views.peerReview.offset > 0)
    for _ in 0..<25 {
      session.press(.moveDown)
      let cursor = session.state.views.peerReview
      let rect = ScreenLayout(session.state.size).pane
      let view = DetailView(items: PeerReviewPane.items(session.state, width: rect.width))
      let first = view.lineStarts[cursor.row]
      let last = first + view.items[cursor.row].lines.count - 1
      #expect(first >= cursor.offset && last < cursor.offset + rect.height)
    }
    session.press(.pageUp, times: 5)
    #expect(
      Self.selectedItem(session)?.target == Target(.score("rev-2", element: "visie-1"), .level))
  }

  @Test func aClickSelectsTheElementUnderIt() throws {
    var session = try Self.session()
    let y = try #require((0..<24).first { session.line($0).hasPrefix("  Doelgroepsegmenten") })
    session.send(.mouse(MouseEvent(.press, x: 5, y: y)))
    #expect(
      Self.selectedItem(session)?.target == Target(.score("rev-2", element: "visie-2"), .level))
    #expect(session.screen.contains("Niveau 3: Segmenten met profiel, omvang en doel"))
  }

  @Test func resizingToTinyAndBackKeepsTheSelection() throws {
    var session = try Self.session()
    session.press(.moveDown, times: 6)
    let before = Self.selectedItem(session)?.target
    for (width, height) in [(40, 12), (1, 1), (120, 40), (80, 24)] {
      session.resize(width, height)
      _ = session.screen
      #expect(Self.selectedItem(session)?.isSelectable == true)
    }
    #expect(Self.selectedItem(session)?.target == before)
  }

  @Test func asciiGlyphsDrawAsciiBarsAndArrows() throws {
    let session = try Self.session(glyphs: .ascii)
    let pane = ScreenLayout(session.state.size).pane
    let drawn = (pane.y..<pane.maxY).map(session.line)
    #expect(drawn.contains { $0.hasPrefix("Visie & doelgroep") && $0.contains("#####.") })
    #expect(drawn.contains { $0.hasPrefix("  Gedeelde visie") && $0.hasSuffix("2 -> 3") })
    #expect(drawn.contains { $0.hasPrefix("+ De laatste review") })
    #expect(!drawn.joined().unicodeScalars.contains { (0x2500...0x259F).contains($0.value) })
  }

  @Test func anEmptyPlanShowsTheRubricAsAChecklist() throws {
    let session = try Self.session(Plan.empty(startYear: 2025), width: 80, height: 40)
    let screen = session.screen
    #expect(screen.contains("Nog geen peer review vastgelegd."))
    #expect(screen.contains("Visie & doelgroep"))
    #expect(
      screen.contains("Niveau 1: Geen gezamenlijke visie; partners werken vanuit hun eigen agenda.")
    )
    #expect(!screen.contains("Profiel per dimensie"))
    #expect(!screen.contains("⟦"))
    var bare = session
    bare.state.rubric = nil
    #expect(bare.screen.contains("Het peer-reviewkader kon niet worden gelezen"))
    #expect(bare.screen.contains("Nog geen peer review vastgelegd."))
  }

  @Test func aSingleReviewHasOneProfileColumn() throws {
    var plan = try DemoPlan.load()
    plan.reviews.removeLast()
    let session = try Self.session(plan, language: .english)
    let line = try #require(Self.line(containing: "Vision & target group  ", in: session))
    #expect(line.hasSuffix("1.8"))
    #expect(line.split(separator: " ").filter { $0.contains(".") }.count == 1)
    #expect(session.screen.contains("! No review in the current phase, Developing, yet"))
  }
}
