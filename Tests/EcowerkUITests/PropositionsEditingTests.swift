import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import EcowerkStrings
import Testing

@testable import EcowerkUI

/// Editing pane 5 by keys: every field of a proposition, function and business model, the
/// lists they are in, and the organisation matrix's cells. The plan stays valid after every
/// command and undoing everything gives back the identical plan.
@Suite struct PropositionsEditingTests {
  typealias Pane = PropositionsPaneTests

  /// Puts the selection on the first item with `target`, as a click would.
  static func select(_ target: Target, _ session: inout Session) {
    let rect = ScreenLayout(session.state.size).pane
    let items = PropositionsPane.items(session.state, width: rect.width)
    guard let index = items.firstIndex(where: { $0.target == target }) else {
      Issue.record("no item for \(target)")
      return
    }
    session.state.views.propositions.row = index
    session.resize(session.state.size.width, session.state.size.height)
  }

  static func undoAll(_ session: inout Session) {
    session.undoAll()
  }

  static func function(_ id: OrgFunctionID, _ session: Session) -> OrgFunction? {
    session.state.plan.jointOrganisation.first { $0.id == id }
  }

  @Test func everyFieldOfAPropositionCanBeEditedAndEverythingUndone() throws {
    var session = try Pane.session(width: 120, height: 40)
    let original = session.state.plan
    func check(_ step: String) {
      #expect(session.state.plan.violations().isEmpty, "\(step)")
      #expect(session.state.mode == .normal, "\(step)")
    }
    #expect(Pane.selectedTarget(session) == Target(.proposition("vp-1"), .name))
    EditingTests.type("Energiecoach Plus", into: &session)
    check("name")
    session.press(.moveDown)
    EditingTests.type("Coach én plan voor élk bedrijf", into: &session)
    check("description")
    session.press(.moveDown)
    #expect(Pane.selectedTarget(session) == Target(.proposition("vp-1"), .segments))
    session.press(.edit)
    guard case .picking(let list) = session.state.mode else {
      Issue.record("no pick list for the segments")
      return
    }
    #expect(list.isMultiple && list.options.count == 5)
    session.key(.down)
    session.key(.char(" "))
    session.key(.enter)
    check("segments")
    var proposition = session.state.plan.propositions[0]
    #expect(proposition.name == "Energiecoach Plus")
    #expect(proposition.description == "Coach én plan voor élk bedrijf")
    #expect(proposition.segments == ["seg-1", "seg-2", "seg-3"])
    #expect(session.screen.contains("Metaal- en maakbedrijven, Installatiebedrijven, Agrofood"))

    // The pains it relieves: a pick list of the pains of the segments it serves, each with
    // its segment, those it relieves already ticked.
    session.press(.moveDown)
    #expect(Pane.selectedTarget(session) == Target(.proposition("vp-1"), .relieves))
    session.press(.edit)
    guard case .picking(let pains) = session.state.mode else {
      Issue.record("no pick list for the pains")
      return
    }
    let served = session.state.plan.segments.filter { proposition.segments.contains($0.id) }
    #expect(pains.isMultiple && pains.options.count == served.map(\.pains.count).reduce(0, +))
    #expect(pains.checked == Set(proposition.relieves.map(\.rawValue)))
    #expect(pains.options[2].label == "Metaal- en maakbedrijven: \(served[0].pains[2].text)")
    session.key(.down)
    session.key(.down)
    session.key(.char(" "))
    session.key(.enter)
    check("relieves")
    #expect(
      Set(session.state.plan.propositions[0].relieves)
        == Set(proposition.relieves + [served[0].pains[2].id]))
    // Creates and removes are the same kind of list; what it integrates is written.
    session.press(.moveDown, times: 3)
    #expect(Pane.selectedTarget(session) == Target(.proposition("vp-1"), .integration))
    EditingTests.type("Eén intake voor scan, krediet en uitvoering", into: &session)
    check("integration")
    #expect(
      session.state.plan.propositions[0].integration
        == "Eén intake voor scan, krediet en uitvoering")

    // The day it joined the offer.
    session.press(.moveDown)
    #expect(Pane.selectedTarget(session) == Target(.proposition("vp-1"), .added))
    EditingTests.type("1-2-2025", into: &session)
    check("added")
    #expect(session.state.plan.propositions[0].added == CalendarDate(year: 2025, month: 2, day: 1))

    // Solution directions: a text list.
    session.press(.moveDown)
    EditingTests.type("Scan in een ochtend", into: &session)
    session.press(.add)
    session.type("Vaste prijs per scan")
    session.key(.enter)
    check("a new direction")
    #expect(
      Pane.selectedTarget(session)
        == Target(.proposition("vp-1"), .solutionDirections, index: 1))
    session.press(.moveItemUp)
    session.press(.duplicate)
    check("move and duplicate a direction")
    proposition = session.state.plan.propositions[0]
    #expect(
      proposition.solutionDirections == [
        "Vaste prijs per scan", "Vaste prijs per scan", "Scan in een ochtend",
        "Coach blijft aanspreekpunt tot en met de uitvoering",
        "Directe koppeling aan groenkrediet van de bank",
      ])
    session.press(.delete)
    #expect(session.state.plan.propositions[0].solutionDirections.count == 4)
    #expect(session.screen.contains("• Vaste prijs per scan"))

    // The proposition itself: add, duplicate, move, delete.
    session.press(.top)
    session.press(.add)
    #expect(session.state.mode != .normal, "the editor opens on the new proposition's name")
    session.type("Warmtescan")
    session.key(.enter)
    check("a new proposition")
    #expect(
      session.state.plan.propositions.map(\.name).prefix(2) == ["Energiecoach Plus", "Warmtescan"])
    let added = session.state.plan.propositions[1].id
    #expect(Pane.selectedTarget(session) == Target(.proposition(added), .name))
    #expect(session.screen.contains("▾ Warmtescan"))
    session.press(.duplicate)
    session.press(.moveItemDown)
    check("duplicate and move")
    let names = session.state.plan.propositions.map(\.name)
    #expect(names.count == 6)
    #expect(names[1] == "Warmtescan" && names[2] == "Vakkracht Elektrificatie")
    #expect(names[3].hasPrefix("Warmtescan") && names[3] != "Warmtescan")
    session.press(.delete)
    check("delete")
    #expect(session.state.plan.propositions.count == 5)
    Self.undoAll(&session)
    #expect(session.state.plan == original)
  }

  @Test func deletingAPropositionClearsThePilotsThatTestIt() throws {
    var session = try Pane.session()
    let original = session.state.plan
    let tested = original.pilots.filter { $0.proposition == "vp-1" }.count
    #expect(tested > 0, "the demo has a pilot of the first proposition")
    session.press(.delete)
    // A pilot tests it, and failures, partners and a business model name it: the delete asks
    // first, in the session's language.
    #expect(
      session.state.mode
        == .confirmDelete(
          DeleteQuestion(
            text:
              "Waardepropositie “Energiecoach + uitvoeringsplan” verwijderen en 9 verwijzingen wissen?",
            command: .delete)))
    #expect(session.state.plan == original)
    session.key(.char("j"))
    #expect(!session.state.plan.propositions.contains { $0.id == "vp-1" })
    #expect(!session.state.plan.pilots.contains { $0.proposition == "vp-1" })
    #expect(session.state.plan.violations().isEmpty)
    session.press(.undo)
    #expect(session.state.plan == original)
  }

  @Test func spaceCyclesTheSelectedPartnersArrangementAndTheSentenceFollows() throws {
    var session = try Pane.session(width: 240, height: 120)
    let original = session.state.plan
    Self.select(Target(.orgFunction("fn-2"), .arrangements), &session)
    // Gemeente Enschede is the third column; it keeps the coach pool to itself.
    session.press(.moveRight, times: 2)
    #expect(session.state.views.organisation.column == 2)
    let before = "Pool van energiecoaches — overgedragen door Hogeschool Dinkelland; gedeeld door"
    #expect(session.screen.contains(before + " Ontwikkelingsmaatschappij Oost; de rest houdt"))
    session.press(.cycleValue)
    #expect(Self.function("fn-2", session)?.arrangements["sh-4"] == .share)
    #expect(
      session.screen.contains(
        before + " Gemeente Enschede en Ontwikkelingsmaatschappij Oost; de rest houdt het zelf"))
    #expect(
      session.state.status?.text
        == "Pool van energiecoaches, Gemeente Enschede: zelf houden → delen")
    session.press(.cycleValue)
    #expect(Self.function("fn-2", session)?.arrangements["sh-4"] == .handOver)
    #expect(
      session.screen.contains(
        "Pool van energiecoaches — overgedragen door Hogeschool Dinkelland en Gemeente Enschede; "
          + "gedeeld door Ontwikkelingsmaatschappij Oost; de rest houdt het zelf"))
    session.press(.cycleValue)
    // Back to keeping it: the partner leaves the arrangements, as in the plan it came from.
    #expect(
      Self.function("fn-2", session)?.arrangements == original.jointOrganisation[1].arrangements)
    #expect(session.state.plan == original)
    #expect(session.state.plan.violations().isEmpty)
    Self.undoAll(&session)
    #expect(session.state.plan == original)
  }

  @Test func aRecordedKeepIsRemovedOnceTheCellComesRoundAgain() throws {
    var session = try Pane.session(width: 120, height: 60)
    let original = session.state.plan
    Self.select(Target(.orgFunction("fn-2"), .arrangements), &session)
    // Van der Kolk (sixth column) has an explicit "keep" for the coach pool.
    session.press(.moveRight, times: 5)
    session.press(.cycleValue, times: 3)
    #expect(Self.function("fn-2", session)?.arrangements["sh-7"] == nil)
    #expect(session.state.plan.violations().isEmpty)
    Self.undoAll(&session)
    #expect(session.state.plan == original)
  }

  @Test func theSelectedCellIsBracketedAndItsPartnerNamedWithoutColour() throws {
    var session = try Pane.session(width: 80, height: 60)
    Self.select(Target(.orgFunction("fn-2"), .arrangements), &session)
    session.press(.moveRight)
    let header = try #require(Pane.row(startingWith: "Functie", in: session))
    let pool = try #require(Pane.row(startingWith: "Pool van energiecoaches ", in: session))
    let headerText = session.line(header)
    let hd = try #require(headerText.range(of: " HD "))
    let x = headerText.distance(from: headerText.startIndex, to: hd.lowerBound)
    #expect(session.grid[x + 1, header].style.underline, "the column's header is underlined")
    #expect(!session.grid[x - 3, header].style.underline, "and only that one")
    #expect(session.line(pool).contains("[●o]"))
    #expect(session.line(pool).components(separatedBy: "[").count == 2, "one cell in brackets")
    #expect(session.screen.contains("\nHogeschool Dinkelland: overdragen — +: zelf houden"))
    // h and l stop at the ends.
    session.press(.moveLeft, times: 3)
    #expect(session.state.views.organisation.column == 0)
    #expect(session.line(pool).hasPrefix("Pool van energiecoaches            [·]"))
    session.press(.moveRight, times: 20)
    #expect(session.state.views.organisation.column == 7)
    // Off the matrix, h and l have nothing to do and the hint line is gone.
    session.press(.top)
    session.press(.moveRight)
    #expect(session.state.views.organisation.column == 7)
    #expect(!session.screen.contains("+: "))
    #expect(!session.screen.contains("["))
  }

  @Test func theSelectedCellReadsOnAnAsciiTerminalToo() throws {
    var session = try Pane.session(width: 80, height: 60, glyphs: .ascii)
    Self.select(Target(.orgFunction("fn-2"), .arrangements), &session)
    session.press(.moveRight)
    let pool = try #require(Pane.row(startingWith: "Pool van energiecoaches ", in: session))
    #expect(session.line(pool).contains("[#o]"))
    #expect(session.screen.contains("\nHogeschool Dinkelland: overdragen — +: zelf houden;"))
    let pane = ScreenLayout(session.state.size).pane
    let drawn = (pane.y..<pane.maxY).map(session.line).joined()
    #expect(!drawn.unicodeScalars.contains { (0x2500...0x259F).contains($0.value) })
    #expect(!drawn.unicodeScalars.contains { "●◐·•".unicodeScalars.contains($0) })
  }

  @Test func partnersBeyondTheScreenComeIntoViewWithL() throws {
    var plan = try DemoPlan.load()
    for index in plan.stakeholders.indices {
      plan.stakeholders[index].inMVE = true
      plan.stakeholders[index].left = nil
    }
    var session = try Pane.session(plan, width: 40, height: 80)
    Self.select(Target(.orgFunction("fn-1"), .arrangements), &session)
    let header = try #require(Pane.row(startingWith: "Functie", in: session))
    #expect(session.screen.contains("+8 partners buiten beeld"))
    #expect(session.line(header).hasSuffix("ROC  HD   UON  GE   PO"))
    session.press(.moveRight, times: 12)
    #expect(session.state.views.organisation.column == 12)
    // The columns slide to end with the selected one; the hint names it in full.
    #expect(session.line(header).hasSuffix("CBT  ETW  NON  RDO  EM"))
    #expect(session.screen.contains("\nEnergieagentur Münsterland: zelf houden"))
    let row = try #require(Pane.row(startingWith: "Gezamenlij…", in: session))
    #expect(session.line(row).hasSuffix("[·]"))
    session.press(.cycleValue)
    #expect(Self.function("fn-1", session)?.arrangements["sh-13"] == .share)
    #expect(session.state.plan.violations().isEmpty)
  }

  @Test func aPartnerOutsideTheMVEKeepsItsColumnOnlyWhileItGivesSomethingUp() throws {
    var plan = try DemoPlan.load()
    plan.jointOrganisation[0].arrangements["sh-3"] = .handOver
    var session = try Pane.session(plan, width: 120, height: 60)
    let original = session.state.plan
    Self.select(Target(.orgFunction("fn-1"), .arrangements), &session)
    session.press(.moveRight, times: 2)
    #expect(session.screen.contains("UON = Universiteit Oost-Nederland"))
    session.press(.cycleValue)
    #expect(Self.function("fn-1", session)?.arrangements["sh-3"] == nil)
    #expect(!session.screen.contains("UON = Universiteit Oost-Nederland"))
    // The selection stays in the third column, now Gemeente Enschede's.
    #expect(session.screen.contains("\nGemeente Enschede: delen — +: overdragen"))
    session.press(.undo)
    #expect(session.state.plan == original)
  }

  @Test func functionsAreNamedDescribedAddedMovedAndDeleted() throws {
    var session = try Pane.session(width: 120, height: 60)
    let original = session.state.plan
    Self.select(Target(.orgFunction("fn-2"), .arrangements), &session)
    // `e` on a matrix row names the function.
    EditingTests.type("Coachpool Twente", into: &session)
    #expect(Self.function("fn-2", session)?.name == "Coachpool Twente")
    #expect(session.screen.contains("Coachpool Twente — overgedragen door Hogeschool Dinkelland"))
    Self.select(Target(.orgFunction("fn-2"), .description), &session)
    EditingTests.type("Eén pool, één planning", into: &session)
    #expect(Self.function("fn-2", session)?.description == "Eén pool, één planning")
    Self.select(Target(.orgFunction("fn-2"), .arrangements), &session)
    session.press(.add)
    session.type("Gezamenlijke inkoop")
    session.key(.enter)
    let functions = session.state.plan.jointOrganisation
    #expect(functions.count == 5 && functions[2].name == "Gezamenlijke inkoop")
    #expect(functions[2].arrangements.isEmpty && functions[2].description.isEmpty)
    #expect(Pane.selectedTarget(session) == Target(.orgFunction(functions[2].id), .arrangements))
    #expect(session.screen.contains("Gezamenlijke inkoop — iedere partner houdt het zelf"))
    // A function without a description still has a line to write one on.
    Self.select(Target(.orgFunction(functions[2].id), .description), &session)
    #expect(Pane.selectedTarget(session) == Target(.orgFunction(functions[2].id), .description))
    Self.select(Target(.orgFunction("fn-2"), .arrangements), &session)
    session.press(.duplicate)
    session.press(.moveItemUp)
    session.press(.moveItemUp)
    #expect(session.state.plan.jointOrganisation[0].name.hasPrefix("Coachpool Twente"))
    #expect(session.state.plan.jointOrganisation[0].arrangements["sh-2"] == .handOver)
    session.press(.delete)
    #expect(session.state.plan.jointOrganisation.count == 5)
    #expect(session.state.plan.violations().isEmpty)
    Self.undoAll(&session)
    #expect(session.state.plan == original)
  }

  @Test func everyFieldOfABusinessModelCanBeEditedAndEverythingUndone() throws {
    var session = try Pane.session(width: 120, height: 60, language: .english)
    let original = session.state.plan
    Self.select(Target(.businessModel("bm-2"), .name), &session)
    let values: [(Field, String)] = [
      (.name, "Leerwerkarrangement"), (.customer, "Werkgevers in de techniek"),
      (.revenue, "€ 1.200 per deelnemer"), (.description, "Bedrijven betalen per plek."),
    ]
    for (field, text) in values {
      Self.select(Target(.businessModel("bm-2"), field), &session)
      EditingTests.type(text, into: &session)
      #expect(session.state.plan.violations().isEmpty, "\(field)")
    }
    let model = session.state.plan.businessModels[1]
    #expect(model.name == "Leerwerkarrangement" && model.customer == "Werkgevers in de techniek")
    #expect(model.revenue == "€ 1.200 per deelnemer")
    #expect(model.description == "Bedrijven betalen per plek.")
    #expect(session.screen.contains("Who pays             Werkgevers in de techniek"))
    session.press(.add)
    session.type("Lidmaatschap")
    session.key(.enter)
    #expect(session.state.plan.businessModels.map(\.name)[2] == "Lidmaatschap")
    session.press(.addBefore)
    session.type("Voorlopig")
    session.key(.enter)
    #expect(session.state.plan.businessModels.map(\.name)[2...3] == ["Voorlopig", "Lidmaatschap"])
    session.press(.duplicate)
    session.press(.moveItemDown)
    session.press(.moveItemDown)
    #expect(session.state.plan.businessModels.count == 6)
    session.press(.delete)
    #expect(session.state.plan.businessModels.count == 5)
    #expect(session.state.plan.violations().isEmpty)
    Self.undoAll(&session)
    #expect(session.state.plan == original)
  }

  @Test func anEmptyPlanGetsItsFirstPropositionFunctionAndBusinessModelWithA() throws {
    var session = try Pane.session(Plan.empty(startYear: 2025), width: 80, height: 40)
    let empty = session.state.plan
    session.press(.top)
    session.press(.add)
    session.type("Eerste propositie")
    session.key(.enter)
    #expect(session.state.plan.propositions.map(\.name) == ["Eerste propositie"])
    session.press(.search)
    session.type("Nog geen functies")
    session.key(.enter)
    session.press(.add)
    session.type("Acquisitie")
    session.key(.enter)
    #expect(session.state.plan.jointOrganisation.map(\.name) == ["Acquisitie"])
    session.press(.bottom)
    session.press(.add)
    session.type("Abonnement")
    session.key(.enter)
    #expect(session.state.plan.businessModels.map(\.name) == ["Abonnement"])
    #expect(session.state.plan.violations().isEmpty)
    Self.undoAll(&session)
    #expect(session.state.plan == empty)
  }

  @Test func commandsThatDoNotApplySaySo() throws {
    var session = try Pane.session()
    // Space on a name is no choice: it says that `e` edits text.
    session.press(.cycleValue)
    #expect(session.state.status?.kind == .warning)
    #expect(session.state.plan == (try DemoPlan.load()))
    // h and l mean nothing outside the matrix.
    session.press(.moveRight)
    #expect(session.state.views.organisation.column == 0)
    #expect(session.state.status?.text.contains("Niet in dit paneel") == true)
  }
}
