import EcowerkModel
import Testing

@testable import EcowerkUI

/// What the Theory of Change's detail selection stands on, for walking to a placeholder.
enum TheoryOfChangePaneProbe {
  /// "assumptions" or "kpis" when the selected detail line belongs to that list of the node.
  static func selectedList(_ session: Session) -> String? {
    let state = session.state
    let rect = Workbench.paneRect(state)
    guard state.views.theoryOfChange.focus == .detail,
      let frame = TheoryOfChangePane.detailFrame(state, in: TheoryOfChangePane.layout(rect).detail),
      frame.view.items.indices.contains(state.views.theoryOfChange.detail.row)
    else { return nil }
    switch frame.view.items[state.views.theoryOfChange.detail.row].list {
    case .assumptions?: return "assumptions"
    case .nodeKPIs?: return "kpis"
    default: return nil
    }
  }
}

/// A workshop from an empty plan, typed as a facilitator types it: two segments, six
/// stakeholders with influence, interest and MVE, a chain of three links each covered by a
/// partner of the MVE, and a small Theory of Change with a KPI and an assumption with its plan
/// B — once with the workshop keys and once with the vim keys. Both must give the same plan;
/// the keys each took are counted (README "Running a workshop" reports them).
@Suite struct WorkshopRunTests {
  struct Party {
    var name: String
    var influence: Int
    var interest: Int
    var inMVE: Bool
    /// The chain link this party covers, typed into its chain links cell.
    var link: String?
  }

  static let segments = ["Metaalbedrijven", "Installateurs"]
  static let parties = [
    Party(name: "Gemeente Enschede", influence: 4, interest: 5, inMVE: true, link: "Bewustwording"),
    Party(name: "ROC van Twente", influence: 4, interest: 4, inMVE: true, link: "Uitvoering"),
    Party(name: "Hogeschool Saxion", influence: 3, interest: 4, inMVE: true, link: nil),
    Party(name: "Rabobank Twente", influence: 4, interest: 2, inMVE: true, link: "Financiering"),
    Party(name: "Metaalunie", influence: 3, interest: 5, inMVE: true, link: nil),
    Party(name: "Provincie Overijssel", influence: 5, interest: 3, inMVE: false, link: nil),
  ]
  static let impact = "Minder CO2 in de Twentse maakindustrie"
  static let outcome = "Mkb voert maatregelen uit"
  static let assumption = "Bedrijven lenen voor verduurzaming"
  static let planB = "Provinciaal garantiefonds"
  static let kpi = "Bedrijven met maatregel"

  static func empty() -> Session {
    Session(plan: Plan.empty(name: "Werkplaats", startYear: 2026), width: 100, height: 30)
  }

  /// Moves the detail selection down until `done` holds for the selected line.
  static func down(
    until done: (Session) -> Bool, _ session: inout Session, key: Key = .down
  ) {
    for _ in 0..<20 where !done(session) { session.key(key) }
  }

  /// The keys typed as content (names, numbers, texts), the same in both keymaps: what the
  /// commands and moves cost is the rest.
  static var typedText: Int {
    segments.reduce(0) { $0 + $1.count } + parties.reduce(0) { $0 + $1.name.count + 2 }
      + parties.compactMap(\.link).reduce(0) { $0 + $1.count }
      + [impact, outcome, assumption, planB, kpi, "bedrijven", "0", "100"].reduce(0) {
        $0 + $1.count
      }
  }

  /// Both runs give the same plan; the workshop keys need no more keys than the vim keys, and
  /// the README's figures are these.
  @Test func theWorkshopKeysCostNoMoreThanTheVimKeys() throws {
    let workshop = try Self.workshopRun()
    let vim = try Self.vimRun()
    print(
      "WORKSHOP-RUN workshop keys: \(workshop), vim keys: \(vim), typed text: \(Self.typedText)")
    #expect(workshop <= vim)
    #expect(workshop == 391 && vim == 400, "README \"Running a workshop\" quotes these")
    #expect(Self.typedText == 326)
  }

  static func workshopRun() throws -> Int {
    var s = Session(
      plan: Plan.empty(name: "Werkplaats", startYear: 2026), width: 100, height: 30,
      keymap: .workshop)
    // Segments: Ctrl-G 2, then a name and Enter on the empty row, twice.
    s.key(.ctrl("g"))
    s.type("2")
    for name in Self.segments {
      s.type(name)
      s.key(.enter)
    }
    // Stakeholders: a name, Tab, influence, Tab, interest, Tab, y(es) for the MVE, Enter.
    s.key(.ctrl("g"))
    s.type("3")
    for party in Self.parties {
      s.type(party.name)
      s.key(.tab)
      s.type(String(party.influence))
      s.key(.tab)
      s.type(String(party.interest))
      if party.inMVE {
        s.key(.tab)
        s.type("y")
      }
      s.key(.enter)
    }
    // The chain: typed into the partners' chain links cells, "new chain link" in place.
    s.key(.home)
    s.column(.chainLinks)
    s.keysPressed += 6  // What the column move costs at the keyboard: → six times.
    for party in Self.parties.prefix(4) {
      if let link = party.link {
        s.type(link)
        s.key(.enter)
      } else {
        s.key(.down)
      }
    }
    // The Theory of Change: an impact goal, an outcome under it with an assumption, its
    // plan B, and a KPI.
    s.key(.ctrl("g"))
    s.type("4")
    s.type(Self.impact)
    s.key(.enter)
    s.key(.up)
    s.key(.ctrl("t"))
    s.type(Self.outcome)
    s.key(.enter)
    s.key(.up)
    s.key(.tab)
    Self.down(until: { TheoryOfChangePaneProbe.selectedList($0) == "assumptions" }, &s)
    s.type(Self.assumption)
    s.key(.tab)  // its status: untested, as it is
    s.key(.tab)  // its plan B
    s.type(Self.planB)
    s.key(.enter)
    Self.down(until: { TheoryOfChangePaneProbe.selectedList($0) == "kpis" }, &s)
    s.type(Self.kpi)
    s.key(.tab)
    s.type("bedrijven")
    s.key(.tab)
    s.type("0")
    s.key(.tab)
    s.key(.tab)
    s.type("100")
    s.key(.enter)
    s.key(.ctrl("s"))
    Self.check(s, keymap: "workshop")
    return s.keysPressed
  }

  static func vimRun() throws -> Int {
    var s = Session(
      plan: Plan.empty(name: "Werkplaats", startYear: 2026), width: 100, height: 30,
      keymap: .vim)
    s.type("2")
    for name in Self.segments {
      s.type("a")
      s.type(name)
      s.key(.enter)
    }
    s.type("3")
    for party in Self.parties {
      s.type("a")
      s.type(party.name)
      s.key(.tab)
      s.type(String(party.influence))
      s.key(.tab)
      s.type(String(party.interest))
      s.key(.enter)
      if party.inMVE { s.type("m") }
    }
    s.type("g")
    s.column(.chainLinks)
    s.keysPressed += 6  // l six times
    for party in Self.parties.prefix(4) {
      if let link = party.link {
        s.type("e")
        s.type(link)
        s.key(.enter)
      }
      s.type("j")
    }
    s.type("4")
    s.type("a")
    s.type(Self.impact)
    s.key(.enter)
    s.type("c")
    s.type(Self.outcome)
    s.key(.enter)
    s.type("w")
    Self.down(
      until: { TheoryOfChangePaneProbe.selectedList($0) == "assumptions" }, &s, key: .char("j"))
    s.type("a")
    s.type(Self.assumption)
    s.key(.tab)  // its status
    s.key(.tab)  // its plan B
    s.type(Self.planB)
    s.key(.enter)
    Self.down(until: { TheoryOfChangePaneProbe.selectedList($0) == "kpis" }, &s, key: .char("j"))
    s.type("a")
    s.type(Self.kpi)
    s.key(.tab)
    s.type("bedrijven")
    s.key(.tab)
    s.type("0")
    s.key(.tab)
    s.key(.tab)
    s.type("100")
    s.key(.enter)
    s.key(.ctrl("s"))
    Self.check(s, keymap: "vim")
    return s.keysPressed
  }

  /// The plan a run must have made, whatever the keys.
  static func check(_ s: Session, keymap: String, sourceLocation: SourceLocation = #_sourceLocation)
  {
    let plan = s.state.plan
    #expect(plan.violations().isEmpty, "\(keymap)", sourceLocation: sourceLocation)
    #expect(plan.segments.map(\.name) == Self.segments, "\(keymap)", sourceLocation: sourceLocation)
    #expect(
      plan.stakeholders.map(\.name) == Self.parties.map(\.name), "\(keymap)",
      sourceLocation: sourceLocation)
    #expect(
      plan.stakeholders.map(\.influence) == Self.parties.map(\.influence), "\(keymap)",
      sourceLocation: sourceLocation)
    #expect(
      plan.stakeholders.map(\.interest) == Self.parties.map(\.interest), "\(keymap)",
      sourceLocation: sourceLocation)
    #expect(
      plan.stakeholders.map(\.inMVE) == Self.parties.map(\.inMVE), "\(keymap)",
      sourceLocation: sourceLocation)
    #expect(
      plan.chainLinks.map(\.name) == ["Bewustwording", "Uitvoering", "Financiering"], "\(keymap)",
      sourceLocation: sourceLocation)
    #expect(
      plan.uncoveredChainLinks.isEmpty, "\(keymap): every link covered",
      sourceLocation: sourceLocation)
    let impact = plan.theoryOfChange.first
    #expect(impact?.title == Self.impact, "\(keymap)", sourceLocation: sourceLocation)
    let outcome = impact?.children.first
    #expect(
      outcome?.title == Self.outcome && outcome?.level == .outcome, "\(keymap)",
      sourceLocation: sourceLocation)
    #expect(
      outcome?.assumptions.map(\.text) == [Self.assumption], "\(keymap)",
      sourceLocation: sourceLocation)
    #expect(
      outcome?.assumptions.first?.planB == Self.planB, "\(keymap)", sourceLocation: sourceLocation)
    #expect(outcome?.kpis.first?.name == Self.kpi, "\(keymap)", sourceLocation: sourceLocation)
    #expect(outcome?.kpis.first?.target == 100, "\(keymap)", sourceLocation: sourceLocation)
    #expect(outcome?.kpis.first?.unit == "bedrijven", "\(keymap)", sourceLocation: sourceLocation)
    guard case .save(let saved, _, _)? = s.effects.last else {
      Issue.record("\(keymap): the last key did not save", sourceLocation: sourceLocation)
      return
    }
    #expect(saved == plan, sourceLocation: sourceLocation)
  }
}
