import EcowerkModel
import EcowerkStrings
import Testing

@testable import EcowerkUI

/// Pane 8: the pilot list beside the selected pilot's detail.
@Suite struct PilotsPaneTests {
  /// The pane's first screen row (below the top bar and the tabs).
  static let top = 2

  static func date(_ text: String) -> CalendarDate? { CalendarDate.parse(text) }

  /// Pilots around the sessions' today (29 November 2026).
  static func plan() -> Plan {
    var plan = Plan.empty(name: "Test", startYear: 2025)
    plan.segments = [Segment(id: "seg-1", name: "Metaal")]
    plan.propositions = [ValueProposition(id: "vp-1", name: "Energiecoach", segments: ["seg-1"])]
    plan.pilots = [
      Pilot(
        id: "p-1", name: "Afgerond zonder leerpunten", hypothesis: "Als A dan B",
        segment: "seg-1", proposition: "vp-1", start: date("2025-01-01"), end: date("2025-06-30"),
        status: .finished),
      Pilot(
        id: "p-2", name: "Loopt maar is voorbij", start: date("2026-01-01"),
        end: date("2026-10-31"), status: .running),
      Pilot(
        id: "p-3", name: "Coöperatie in de kanaalzone", start: date("2026-09-01"),
        end: date("2027-06-30"), status: .running, learnings: ["Rekenvoorbeeld eerst"],
        painPoints: [
          PainPoint(id: "pp-1", kind: .other, text: "Netbeheerder schuift"),
          PainPoint(id: "pp-2", kind: .cultureDifference, text: "Tempo botst"),
          PainPoint(id: "pp-3", kind: .resistance, text: "Installateurs zien concurrent"),
        ], decision: .adjust),
      Pilot(
        id: "p-4", name: "Gepland", segment: "seg-gone", start: date("2027-02-01"),
        end: date("2027-09-30")),
    ]
    return plan
  }

  static func open(
    _ plan: Plan, width: Int = 80, height: Int = 24, language: Language = .english,
    glyphs: Glyphs = .unicode
  ) -> Session {
    var session = Session(
      plan: plan, width: width, height: height, language: language, glyphs: glyphs)
    session.press(.showPane(.pilots))
    return session
  }

  static func selectedTarget(_ session: Session) -> Target? {
    let layout = MasterDetailLayout(
      ScreenLayout(session.state.size).pane, rowCount: session.state.plan.pilots.count)
    let view = session.state.views.pilots
    let items = PilotsPane.items(session.state, row: view.list.row, width: layout.detail.width)
    return items.indices.contains(view.detail.row) ? items[view.detail.row].target : nil
  }

  @Test func showsTheListBesideTheSelectedPilotsDetail() throws {
    var s = try Session.demo()
    s.press(.showPane(.pilots))
    let header = s.line(Self.top)
    #expect(header.contains("Pilot") && header.contains("Status") && header.contains("Decision"))
    #expect(s.line(Self.top + 1).contains("finished"))
    #expect(s.line(Self.top + 1).contains("scale up"))
    #expect(s.line(Self.top + 3).contains("running"))
    #expect(s.screen.contains("Hypothesis"))
    #expect(s.screen.contains("Metaal- en maakbedrijven"), "the segment by name")
    #expect(s.screen.contains("Energiecoach + uitvoeringsplan"), "the proposition by name")
    #expect(s.screen.contains("1-9-2025") == false, "English dates are ISO")
    #expect(s.screen.contains("2025-09-01"))
  }

  @Test func thePeriodColumnShowsWhenThereIsRoom() throws {
    var wide = try Session.demo(width: 120, height: 40)
    wide.press(.showPane(.pilots))
    #expect(wide.line(Self.top).contains("Period"))
    #expect(wide.line(Self.top + 1).contains("2025-09–2026-03"))
    var narrow = try Session.demo()
    narrow.press(.showPane(.pilots))
    #expect(!narrow.line(Self.top).contains("Period"))
  }

  @Test func movingInTheListShowsTheNextPilotFromItsTop() throws {
    var s = try Session.demo()
    s.press(.showPane(.pilots))
    s.press(.switchFocus)
    s.press(.moveDown, times: 4)
    #expect(s.state.views.pilots.detail.row > 0)
    s.press(.moveLeft)
    s.press(.moveDown)
    #expect(s.state.views.pilots.list.row == 1)
    #expect(s.state.views.pilots.detail == ListCursor())
    #expect(s.screen.contains("Vakkracht Elektrificatie"))
    s.press(.bottom)
    #expect(s.state.views.pilots.list.row == 3)
    s.press(.top)
    #expect(s.state.views.pilots.list.row == 0)
  }

  @Test func theDetailMovesThroughFieldsWithTheirTargets() throws {
    var s = try Session.demo()
    s.press(.showPane(.pilots))
    s.press(.switchFocus)
    #expect(Self.selectedTarget(s) == Target(.pilot("pil-1"), .name))
    s.press(.moveDown)
    #expect(Self.selectedTarget(s) == Target(.pilot("pil-1"), .hypothesis))
    s.press(.moveDown, times: 6)
    #expect(Self.selectedTarget(s) == Target(.pilot("pil-1"), .decision))
    s.press(.bottom)
    // Resistance comes before information flows, so the last line is pp-1.
    #expect(Self.selectedTarget(s) == Target(.painPoint("pil-1", "pp-1"), .text))
    #expect(s.screen.contains("Scandata van de hogeschool"))
    // The list row is underlined, not reversed, while the detail has the keyboard.
    #expect(s.grid[5, Self.top + 1].style.underline)
    #expect(!s.grid[5, Self.top + 1].style.reverse)
  }

  @Test func aPilotThatIsOverWithoutLearningsIsFlagged() throws {
    var s = Self.open(Self.plan(), width: 120, height: 40)
    #expect(s.line(Self.top + 1).hasPrefix("!"), "finished, no learnings")
    #expect(s.line(Self.top + 2).hasPrefix("!"), "running but past its end date, no learnings")
    #expect(!s.line(Self.top + 3).hasPrefix("!"), "has learnings")
    #expect(!s.line(Self.top + 4).hasPrefix("!"), "planned for next year")
    #expect(s.screen.contains("Ended, but no learnings recorded yet"))
    let lines = s.screen.split(separator: "\n").map(String.init)
    let warning = try #require(lines.firstIndex { $0.contains("Ended, but no learnings") })
    let ended = try #require(lines[warning].range(of: "Ended"))
    let column = lines[warning].distance(from: lines[warning].startIndex, to: ended.lowerBound)
    #expect(s.grid[column, warning].style.bold, "the warning is bold, not only coloured")
    #expect(s.grid[column - 2, warning].character == "!")
    s.press(.moveDown, times: 3)
    #expect(s.screen.contains("No learnings yet"))
    #expect(!s.screen.contains("Ended, but"))
  }

  @Test func aShortListCountsPilotsByStatusAndExplainsTheMark() {
    let s = Self.open(Self.plan())
    // Four pilots and the empty row to add one, a blank line, then the tally and the legend.
    #expect(s.line(Self.top + 7).contains("1 planned · 2 running · 1 finished"))
    #expect(s.line(Self.top + 8).contains("! = over, no learnings yet"))
    var demo = Self.open(Self.plan(), language: .dutch)
    demo.state.plan.pilots.removeFirst(2)
    #expect(demo.screen.contains("1 gepland · 1 loopt"))
    #expect(!demo.screen.contains("nog geen leerpunten"), "no mark, no legend")
  }

  @Test func painPointsAreGroupedByKindInTheMethodsOrder() throws {
    var s = Self.open(Self.plan(), width: 120, height: 40)
    s.press(.moveDown, times: 2)
    let lines = s.screen.split(separator: "\n").map(String.init)
    func row(_ text: String) throws -> Int { try #require(lines.firstIndex { $0.contains(text) }) }
    let resistance = try row("resistance")
    let culture = try row("culture differences")
    let other = try row("other")
    #expect(resistance < culture && culture < other)
    #expect(try row("Installateurs zien concurrent") == resistance + 1)
    #expect(try row("Tempo botst") == culture + 1)
    #expect(try row("Netbeheerder schuift") == other + 1)
    #expect(!s.screen.contains("information flows"), "kinds without pain points are left out")
    #expect(s.screen.contains("adjust"))
  }

  @Test func undecidedAndDanglingReferencesReadAsSuch() {
    var s = Self.open(Self.plan(), width: 120, height: 40)
    s.press(.bottom)
    #expect(s.screen.contains("not decided yet"))
    #expect(s.screen.contains("unknown (seg-gone)"))
    #expect(s.screen.contains("No pain points yet"))
    s.press(.top)
    s.press(.moveDown)
    #expect(s.screen.contains("Segment") && s.screen.contains("none"))
  }

  @Test func searchFindsAPilotByNameOrLearning() throws {
    var s = Self.open(Self.plan())
    s.press(.search)
    s.type("coop")
    s.key(.enter)
    #expect(s.state.views.pilots.list.row == 2)
    s.press(.search)
    s.type("REKENVOORBEELD")
    s.key(.enter)
    #expect(s.state.views.pilots.list.row == 2)
    #expect(s.state.status?.kind == .info)
    s.press(.search)
    s.type("bestaat niet")
    s.key(.enter)
    #expect(s.state.status?.kind == .warning)
    #expect(s.state.views.pilots.list.row == 2)
  }

  @Test func clicksSelectAPilotOrADetailLine() {
    var s = Self.open(Self.plan())
    s.send(.mouse(MouseEvent(.press, x: 3, y: Self.top + 3)))
    #expect(s.state.views.pilots.list.row == 2)
    #expect(s.state.views.pilots.focus == .list)
    // Title, blank, hypothesis: the third detail line.
    s.send(.mouse(MouseEvent(.press, x: 60, y: Self.top + 2)))
    #expect(s.state.views.pilots.focus == .detail)
    #expect(Self.selectedTarget(s) == Target(.pilot("p-3"), .hypothesis))
    // Below the last pilot is nothing to pick.
    s.send(.mouse(MouseEvent(.press, x: 3, y: Self.top + 10)))
    #expect(s.state.views.pilots.list.row == 2)
  }

  @Test func anEmptyPlanSaysWhatBelongsHere() {
    for language in Language.allCases {
      var s = Self.open(Plan.empty(startYear: 2025), language: language)
      let expected = language == .dutch ? "Nog geen pilots." : "No pilots yet."
      #expect(s.screen.contains(expected))
      s.press(.moveDown)
      s.press(.moveRight)
      #expect(s.state.views.pilots == MasterDetail())
      s.send(.mouse(MouseEvent(.press, x: 3, y: Self.top + 2)))
      #expect(s.state.views.pilots == MasterDetail())
    }
  }

  @Test func resizingKeepsASaneSelection() {
    var s = Self.open(Self.plan())
    s.press(.moveDown, times: 2)
    s.press(.switchFocus)
    s.press(.bottom)
    s.resize(40, 12)
    #expect(s.state.views.pilots.list.row == 2)
    #expect(s.screen.contains("Coöperatie"))
    s.resize(1, 1)
    _ = s.screen
    s.press(.moveUp)
    s.resize(80, 24)
    #expect(s.state.views.pilots.list.row == 2)
    #expect(s.line(Self.top + 3).contains("Coöperatie"))
  }

  @Test func dutchAndWideTextStayAligned() {
    var plan = Self.plan()
    plan.pilots[0].name = "中文 Horeca 🍽 pilot met een lange naam"
    let s = Self.open(plan, language: .dutch)
    #expect(s.line(Self.top).contains("Besluit"))
    #expect(s.line(Self.top + 1).contains("afgerond"))
    #expect(s.line(Self.top + 3).contains("bijstellen"))
    let layout = MasterDetailLayout(ScreenLayout(s.state.size).pane, rowCount: 4)
    for y in (Self.top + 1)...(Self.top + 4) {
      #expect(s.grid[layout.divider.x, y].character == "│", "divider, row \(y)")
    }
    // The status column starts in the same cell on every row.
    let statusColumn = s.line(Self.top).distance(
      from: s.line(Self.top).startIndex,
      to: s.line(Self.top).range(of: "Status")?.lowerBound ?? s.line(Self.top).startIndex)
    #expect(s.grid[statusColumn, Self.top + 1].character == "a")
    #expect(s.grid[statusColumn, Self.top + 2].character == "l")
    #expect(!s.screen.contains("⟦"))
  }

  @Test func theASCIIGlyphSetDrawsNoBoxDrawing() throws {
    var s = Self.open(try Session.demo().state.plan, glyphs: .ascii)
    s.press(.switchFocus)
    for _ in 0..<4 {
      let boxes = s.screen.unicodeScalars.filter { (0x2500...0x259F).contains($0.value) }
      #expect(boxes.isEmpty)
      #expect(!s.screen.contains("•"))
      s.press(.pageDown)
    }
    #expect(s.line(Self.top + 1).contains("|"))
  }
}
