import EcowerkModel
import EcowerkStore
import EcowerkStrings
import Testing

@testable import EcowerkUI

/// A link between the steps is stored once, on the side that is edited, and shown at both
/// ends: a proposition shows the partners contributing to it, the business models standing on
/// it and the failures it addresses; a segment the impact goals serving it and the business
/// models earning from it; a failure the goals that serve it. An edit at one end shows at the
/// other at once, and undo takes it back.
struct LinkedFromTests {
  @Test func aPropositionIsReadFromItsPartnersModelsAndFailures() throws {
    let plan = try DemoPlan.load()
    let parts = LinkedFrom.proposition("vp-1", PlanLinks(plan), Strings(.english))
    let failures = plan.allFailures.filter { $0.failure.propositions.contains("vp-1") }
      .map(\.failure.description)
    #expect(failures.count == 2)
    #expect(
      parts == [
        "partners (5): Hogeschool Dinkelland, Metaalbond Nederland, regio Oost, Van der Kolk "
          + "Installatietechniek, Ontwikkelingsmaatschappij Oost, Coöperatieve Bank Twente",
        "business models (1): Abonnement energiecoach",
        "failures (\(failures.count)): " + failures.joined(separator: ", "),
      ])
    #expect(LinkedFrom.segment("seg-2", PlanLinks(plan), Strings(.english)).count == 2)
    let failure = LinkedFrom.failure("fail-2", PlanLinks(plan), Strings(.dutch))
    #expect(failure.count == 1 && failure[0].hasPrefix("ToC-doelen (1): Genoeg vakmensen"))
  }

  @Test func theOpenPropositionShowsWhoNamesItAndFollowsAnEditAtTheOtherEnd() throws {
    var s = try Session.demo(width: 200, height: 60, language: .dutch, keymap: .workshop)
    s.key(.ctrl("g"))
    s.type("5")
    #expect(s.screen.contains("← genoemd door: partners (5): Hogeschool Dinkelland"), "\(s.screen)")
    // Provincie Overijssel starts contributing to the first proposition, on its own side.
    let before = s.state.plan.stakeholders[4].propositions
    _ = Workbench.commit(
      .set(
        .stakeholder("sh-5"), .propositions, from: .references(before.map(\.rawValue)),
        to: .references((before + ["vp-1"]).map(\.rawValue))), &s.state)
    Workbench.normalize(&s.state)
    let added = "Hogeschool Dinkelland, Provincie Overijssel"
    #expect(s.screen.contains(added), "the other end shows the new partner")
    s.key(.ctrl("z"))
    #expect(!s.screen.contains(added), "undo takes it away at both ends")
  }

  @Test func aSegmentShowsItsGoalsAndModelsAndAFailureItsGoals() throws {
    var s = try Session.demo(width: 200, height: 60, language: .english, keymap: .workshop)
    s.key(.ctrl("g"))
    s.type("2")
    #expect(
      s.screen.contains("← named by: ToC goals (1): Minder CO2 bij het Twentse mkb"), "\(s.screen)")
    #expect(s.screen.contains("Elsewhere in the plan"))
    #expect(s.screen.contains("business models (2): Abonnement energiecoach"))
    s.key(.ctrl("g"))
    s.type("1")
    #expect(s.screen.contains("← named by: ToC goals (1): Minder CO2 bij het Twentse mkb"))
  }

  /// The line is read-only: the cursor passes over it, as over a heading.
  @Test func theLineIsNotAStopOfTheCursor() throws {
    let s = try Session.demo(width: 120, height: 40, language: .english, keymap: .workshop)
    let items = PropositionsPane.items(s.state, width: 100, openAll: true)
    let lines = items.filter { $0.lines.first?.first?.text.hasPrefix("  ← ") == true }
    #expect(lines.count == s.state.plan.propositions.count)
    #expect(lines.allSatisfy { !$0.isSelectable })
  }
}
