import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import EcowerkStrings
import Testing

@testable import EcowerkUI

/// Pane 5: value propositions, the joint execution organisation and business models.
@Suite struct PropositionsPaneTests {
  /// A session on pane 5, tall enough to show the whole pane at once when `height` is large.
  static func session(
    _ plan: Plan? = nil, width: Int = 80, height: Int = 24, language: Language = .dutch,
    glyphs: Glyphs = .unicode
  ) throws -> Session {
    var session = Session(
      plan: try plan ?? DemoPlan.load(), width: width, height: height, language: language,
      glyphs: glyphs)
    session.press(.showPane(.propositions))
    return session
  }

  /// The target of the selected item, as the pane builds it for the current size.
  static func selectedTarget(_ session: Session) -> Target? {
    let rect = ScreenLayout(session.state.size).pane
    let items = PropositionsPane.items(session.state, width: rect.width)
    let row = session.state.views.propositions.row
    return items.indices.contains(row) ? items[row].target : nil
  }

  /// The screen row whose text starts with `prefix`.
  static func row(startingWith prefix: String, in session: Session) -> Int? {
    (0..<session.state.size.height).first { session.line($0).hasPrefix(prefix) }
  }

  @Test func theSelectedPropositionOpensWithDescriptionSegmentsAndDirections() throws {
    let session = try Self.session()
    let screen = session.screen
    #expect(screen.contains("Waardeproposities (4)"))
    #expect(screen.contains("▾ Energiecoach + uitvoeringsplan\n"))
    #expect(screen.contains("  Onafhankelijke coach maakt scan en maatregelenplan"))
    #expect(screen.contains("  Segmenten            Metaal- en maakbedrijven, Agrofood-verwerkers"))
    #expect(
      screen.contains("  Oplossingsrichtingen • Scan in één dagdeel tegen vaste eigen bijdrage"))
    #expect(
      screen.contains(
        "                       • Coach blijft aanspreekpunt tot en met de uitvoering"))
    // The others are one line each: name and the segments they serve, cut with "…".
    #expect(screen.contains("▸ Vakkracht Elektrificatie  Installatiebedrijven\n"))
    #expect(
      screen.contains(
        "▸ Energiehub op het bedrijventerrein  Metaal- en maakbedrijven, Logistiek en tr…\n"))
    #expect(!screen.contains("Opleiden en omscholen"))
    let name = try #require(Self.row(startingWith: "▾ Energiecoach", in: session))
    #expect(session.grid[2, name].style.bold)
    #expect(Self.selectedTarget(session) == Target(.proposition("vp-1"), .name))
    // What it answers of its segments' needs, a line each with the count first.
    #expect(screen.contains("  Verlicht pains       4: Energierekening sinds 2022 verdubbeld"))
    #expect(screen.contains("  Geïntegreerd aanbod  Eén coach van scan tot uitvoering"))
    // What names it from elsewhere (partners, business models, failures) on one line, cut.
    #expect(screen.contains("  ← genoemd door: partners (5): Hogeschool Dinkelland"))
    // At 80×24 every proposition is on the first screen; at 100×30 the heading of the
    // organisation below them too.
    #expect(screen.contains("▸ Loket Winkel & Horeca"))
    let wider = try Self.session(width: 100, height: 30)
    #expect(wider.screen.contains("Gezamenlijke uitvoeringsorganisatie"))
  }

  @Test func walkingPastAPropositionOpensTheNextOne() throws {
    var session = try Self.session()
    session.press(.moveDown, times: 10)
    #expect(
      Self.selectedTarget(session) == Target(.proposition("vp-1"), .solutionDirections, index: 2))
    session.press(.moveDown)
    #expect(Self.selectedTarget(session) == Target(.proposition("vp-2"), .name))
    #expect(session.screen.contains("▸ Energiecoach + uitvoeringsplan  Metaal- en maakbedrijven"))
    #expect(session.screen.contains("  Opleiden en omscholen van monteurs"))
    // Up from a name goes to the name above, like a folded tree, and opens that one.
    session.press(.moveUp)
    #expect(Self.selectedTarget(session) == Target(.proposition("vp-1"), .name))
    #expect(session.screen.contains("  Onafhankelijke coach maakt scan"))
    #expect(!session.screen.contains("Opleiden en omscholen"))
  }

  @Test func searchFindsTextInsideAClosedProposition() throws {
    var session = try Self.session()
    session.press(.search)
    session.type("batterij")
    session.key(.enter)
    // "batterij" first in what the hub integrates, then in its solution directions.
    #expect(Self.selectedTarget(session) == Target(.proposition("vp-3"), .integration))
    #expect(session.screen.contains("per terrein één hub: groepscontract, batterij en beheer"))
    session.press(.searchNext)
    #expect(
      Self.selectedTarget(session) == Target(.proposition("vp-3"), .solutionDirections, index: 1))
    #expect(session.screen.contains("• Batterij en slim laden achter de meter"))
    #expect(session.screen.contains("▾ Energiehub op het bedrijventerrein"))
  }

  @Test func theWhoHoldsItSentenceNamesPartnersInTheFieldsOrder() throws {
    // Wide enough that no sentence wraps.
    let dutch = try Self.session(width: 240, height: 120).screen
    #expect(
      dutch.contains(
        "Pool van energiecoaches — overgedragen door Hogeschool Dinkelland; gedeeld door "
          + "Ontwikkelingsmaatschappij Oost; de rest houdt het zelf"))
    #expect(
      dutch.contains(
        "Gezamenlijk acquisitiekanaal mkb — overgedragen door Ontwikkelingsmaatschappij Oost; "
          + "gedeeld door Gemeente Enschede en Metaalbond Nederland, regio Oost; de rest houdt het zelf"
      ))
    let english = try Self.session(width: 240, height: 120, language: .english).screen
    #expect(
      english.contains(
        "Praktijkhal elektrificatie — handed over by ROC Tubantia; shared by Hogeschool Dinkelland "
          + "and Van der Kolk Installatietechniek; the rest keep it"))
  }

  @Test func aFunctionNobodyGivesUpSaysEveryPartnerKeepsIt() throws {
    var plan = try DemoPlan.load()
    plan.jointOrganisation[3].arrangements = ["sh-1": .keep]
    let screen = try Self.session(plan, width: 120, height: 120).screen
    #expect(screen.contains("Data en monitoring — iedere partner houdt het zelf"))
  }

  @Test func aWarningShowsWhenNoFunctionIsHandedOver() throws {
    let warning = "Nog geen enkele functie is overgedragen"
    #expect(!(try Self.session(width: 120, height: 120).screen.contains(warning)))
    var plan = try DemoPlan.load()
    for index in plan.jointOrganisation.indices {
      plan.jointOrganisation[index].arrangements = plan.jointOrganisation[index].arrangements
        .mapValues { $0 == .handOver ? .share : $0 }
    }
    let session = try Self.session(plan, width: 120, height: 120)
    let row = try #require(Self.row(startingWith: "! " + warning, in: session))
    #expect(session.grid[0, row].style.bold)
    #expect(session.grid[0, row].style.color == .warning)
  }

  @Test func matrixCellsSitUnderTheirPartnersAbbreviation() throws {
    let session = try Self.session(width: 80, height: 120)
    let header = try #require(Self.row(startingWith: "Functie", in: session))
    let headerText = session.line(header) + " "
    for abbreviation in ["ROC", "HD", "GE", "PO", "MNO", "VKI", "OO", "CBT"] {
      #expect(headerText.contains(" \(abbreviation) "), "\(abbreviation) in \(headerText)")
    }
    let pool = try #require(Self.row(startingWith: "Pool van energiecoaches ", in: session))
    func cell(_ abbreviation: String, row: Int) throws -> String {
      let start = try #require(headerText.range(of: " \(abbreviation) "))
      let x = headerText.distance(from: headerText.startIndex, to: start.lowerBound) - 1
      return (x..<(x + 6)).map { String(session.grid[$0, row].character) }.joined()
        .trimmingCharacters(in: .whitespaces)
    }
    #expect(try cell("HD", row: pool) == "●o")
    #expect(try cell("OO", row: pool) == "◐d")
    #expect(try cell("VKI", row: pool) == "·")
    #expect(try cell("ROC", row: pool) == "·")
    let columnLegend = session.screen.replacingOccurrences(of: "\n", with: " ")
    #expect(columnLegend.contains("HD = Hogeschool Dinkelland"))
    #expect(columnLegend.contains("CBT = Coöperatieve Bank Twente"))
    #expect(session.screen.contains("· zelf houden   ◐d delen   ●o overdragen"))
  }

  @Test func asciiGlyphsGiveAsciiMatrixSymbolsAndNoBoxDrawing() throws {
    let session = try Self.session(width: 80, height: 120, glyphs: .ascii)
    let pool = try #require(Self.row(startingWith: "Pool van energiecoaches ", in: session))
    let line = session.line(pool)
    #expect(line.contains("#o"))
    #expect(line.contains("+d"))
    #expect(line.allSatisfy { $0.isASCII })
    #expect(session.screen.contains(". zelf houden   +d delen   #o overdragen"))
    // The pane's rows only: the top bar is not this pane's to draw.
    let pane = ScreenLayout(session.state.size).pane
    let drawn = (pane.y..<pane.maxY).map(session.line).joined().unicodeScalars
    #expect(!drawn.contains { (0x2500...0x259F).contains($0.value) }, "box drawing or blocks")
    #expect(!drawn.contains { "●◐·•".unicodeScalars.contains($0) })
  }

  @Test func businessModelsShowWhoPaysAndRevenue() throws {
    let screen = try Self.session(width: 120, height: 120, language: .english).screen
    #expect(screen.contains("Business models (3)"))
    #expect(screen.contains("Who pays             Installateurs en technische diensten"))
    #expect(screen.contains("Revenue              Beheerfee van 3% van het energievoordeel"))
  }

  @Test func navigationMovesPagesAndKeepsTheSelectionVisible() throws {
    var session = try Self.session()
    #expect(Self.selectedTarget(session) == Target(.proposition("vp-1"), .name))
    session.press(.moveDown)
    #expect(Self.selectedTarget(session) == Target(.proposition("vp-1"), .description))
    session.press(.bottom)
    #expect(Self.selectedTarget(session) == Target(.businessModel("bm-3"), .description))
    #expect(session.state.views.propositions.offset > 0)
    #expect(session.screen.contains("energiecoöperatie levert kennis"))
    session.press(.top)
    #expect(session.state.views.propositions == ListCursor(row: 1, offset: 0))
    session.press(.pageDown)
    let afterPage = session.state.views.propositions.row
    #expect(afterPage > 8)
    // Walking down item by item never lets the selection leave the screen.
    for _ in 0..<60 {
      session.press(.moveDown)
      let cursor = session.state.views.propositions
      let rect = ScreenLayout(session.state.size).pane
      let view = DetailView(items: PropositionsPane.items(session.state, width: rect.width))
      let first = view.lineStarts[cursor.row]
      #expect(first >= cursor.offset && first < cursor.offset + rect.height)
    }
  }

  @Test func searchFindsTextIgnoringAccentsAndCase() throws {
    var session = try Self.session()
    session.press(.search)
    session.type("ENERGIECOOP")
    session.key(.enter)
    // First where the hub's integration names the energy cooperative.
    #expect(Self.selectedTarget(session) == Target(.proposition("vp-3"), .integration))
    #expect(session.screen.contains("energiecoöperatie"))
  }

  @Test func aClickSelectsTheItemUnderIt() throws {
    var session = try Self.session()
    let row = try #require(Self.row(startingWith: "  Segmenten", in: session))
    session.send(.mouse(MouseEvent(.press, x: 10, y: row)))
    #expect(Self.selectedTarget(session) == Target(.proposition("vp-1"), .segments))
  }

  @Test func resizingToTinyAndBackKeepsASaneSelection() throws {
    var session = try Self.session()
    session.press(.moveDown, times: 25)
    let before = Self.selectedTarget(session)
    for (width, height) in [(40, 12), (1, 1), (80, 24)] {
      session.resize(width, height)
      _ = session.screen
      #expect(Self.selectedTarget(session) != nil)
    }
    #expect(Self.selectedTarget(session) == before)
  }

  /// The screen columns of each run of non-blank cells in row `y` from column `from` on.
  static func runs(in session: Session, row y: Int, from: Int) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start: Int?
    for x in from...session.state.size.width {
      let blank =
        x == session.state.size.width
        || (session.grid[x, y].character == " " && !session.grid[x, y].isContinuation)
      if blank, let begun = start {
        runs.append(begun..<x)
        start = nil
      } else if !blank, start == nil {
        start = x
      }
    }
    return runs
  }

  @Test func wideCharactersKeepTheMatrixAligned() throws {
    var plan = FixturePlans.rich()
    plan.stakeholders[2].inMVE = true
    plan.stakeholders[2].name = "中文 Horeca 🍽"
    plan.jointOrganisation.append(
      OrgFunction(
        id: "fn-2", name: "Één loket 中文 🍽 voor iedereen", arrangements: ["sh-3": .handOver]))
    let session = try Self.session(plan, width: 60, height: 60)
    let header = try #require(Self.row(startingWith: "Functie", in: session))
    let headers = Self.runs(in: session, row: header, from: 8)
    #expect(headers.count == 3)
    #expect(session.line(header).hasSuffix("ROC    GE   中H🍽"))
    let loket = try #require(Self.row(startingWith: "Één loket 中文", in: session))
    let acquisitie = try #require(Self.row(startingWith: "Acquisitiekanaal mkb", in: session))
    // Every mark lies under its header, whatever the width of the names before it.
    for (row, marks) in [(acquisitie, ["◐d", "●o", "·"]), (loket, ["·", "·", "●o"])] {
      let cells = Self.runs(in: session, row: row, from: headers[0].lowerBound - 1)
      #expect(cells.count == 3)
      for (cell, (heading, mark)) in zip(cells, zip(headers, marks)) {
        #expect(
          cell.lowerBound >= heading.lowerBound - 1 && cell.upperBound <= heading.upperBound + 1)
        let text = cell.map { String(session.grid[$0, row].character) }.joined()
        #expect(text == mark)
      }
    }
    let legend = session.screen.replacingOccurrences(of: "\n", with: " ")
    #expect(legend.contains("中H🍽 = 中文 Horeca 🍽"))
  }

  @Test func anEmptyPlanExplainsWhatBelongsHere() throws {
    let session = try Self.session(Plan.empty(startYear: 2025), width: 80, height: 40)
    let screen = session.screen.replacingOccurrences(of: "\n", with: " ")
    #expect(screen.contains("Nog geen waardeproposities."))
    #expect(screen.contains("Nog geen functies."))
    #expect(screen.contains("Nog geen enkele functie is overgedragen."))
    #expect(screen.contains("Nog geen businessmodellen."))
    #expect(!screen.contains("⟦"))
  }

  @Test func partnersThatDoNotFitAreCounted() throws {
    var plan = try DemoPlan.load()
    for index in plan.stakeholders.indices { plan.stakeholders[index].inMVE = true }
    let session = try Self.session(plan, width: 40, height: 80)
    let screen = session.screen.replacingOccurrences(of: "\n", with: " ")
    #expect(screen.contains("partners buiten beeld"))
  }
}
