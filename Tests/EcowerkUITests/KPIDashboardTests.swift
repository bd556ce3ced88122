import EcowerkFixtures
import EcowerkModel
import EcowerkStrings
import Testing

@testable import EcowerkUI

/// Pane 7's KPI dashboard (`v`): every KPI of the Theory of Change and the action plan, late
/// and behind-schedule ones first, the actual figure typed in place.
@Suite struct KPIDashboardTests {
  static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
    CalendarDate(year: year, month: month, day: day)
  }

  /// KPIs of every standing, in scrambled order, on 29-11-2026 with the plan starting in 2025.
  static func handBuilt() -> Plan {
    var plan = Plan.empty(name: "Test", startYear: 2025)
    let late = KPI(
      id: "kpi-1", name: "Late with figures", baseline: 0, target: 10, actual: 5,
      deadline: date(2026, 6, 30))
    let reached = KPI(
      id: "kpi-2", name: "Reached", baseline: 0, target: 10, actual: 10,
      deadline: date(2026, 1, 1))
    // 2025-01-01 … 2027-12-31: 64% of the time gone, 10% of the way.
    let behind = KPI(
      id: "kpi-3", name: "Behind the line", unit: "scans", baseline: 0, target: 100, actual: 10,
      deadline: date(2027, 12, 31))
    let onTrack = KPI(
      id: "kpi-4", name: "On track", baseline: 0, target: 100, actual: 70,
      deadline: date(2027, 12, 31))
    let unmeasured = KPI(
      id: "kpi-5", name: "No figure yet", target: 100, deadline: date(2027, 12, 31))
    let lateUnmeasured = KPI(
      id: "kpi-6", name: "Late without figures", target: 5, deadline: date(2026, 1, 31))
    plan.theoryOfChange = [
      ChangeNode(
        id: "toc-1", level: .impact, title: "Goal", kpis: [onTrack, late, reached],
        children: [
          ChangeNode(
            id: "toc-2", level: .outcome, title: "Outcome",
            kpis: [unmeasured, behind, lateUnmeasured])
        ])
    ]
    plan.actions = [
      // 2026-01-01 … 2027-01-01: 91% of the time, 87% of the way: inside the tolerance.
      Action(
        id: "act-1", what: "Long action", start: date(2026, 1, 1), end: date(2027, 1, 1),
        kpis: [
          KPI(
            id: "kpi-7", name: "Just within tolerance", baseline: 0, target: 100, actual: 87,
            deadline: date(2027, 1, 1))
        ]),
      // 2026-11-01 … 2026-12-31: 47% of the time, nothing yet.
      Action(
        id: "act-2", what: "Short action", start: date(2026, 11, 1), end: date(2026, 12, 31),
        kpis: [
          KPI(
            id: "kpi-8", name: "Action behind", baseline: 0, target: 10, actual: 0,
            deadline: date(2026, 12, 31))
        ]),
    ]
    return plan
  }

  static func open(
    _ plan: Plan, width: Int = 80, height: Int = 24, language: Language = .english,
    glyphs: Glyphs = .unicode
  ) -> Session {
    var s = ActionsPaneTests.open(
      plan, width: width, height: height, language: language, glyphs: glyphs)
    s.press(.toggleKPIs)
    return s
  }

  static func names(_ s: Session) -> [String] {
    (s.state.views.actions.dashboard?.entries ?? []).map(\.kpi.name)
  }

  @Test func lateAndBehindKPIsComeFirstThenByDeadline() throws {
    let s = Self.open(Self.handBuilt())
    #expect(
      Self.names(s) == [
        "Late without figures", "Late with figures", "Action behind", "Behind the line",
        "No figure yet", "Just within tolerance", "On track", "Reached",
      ])
    let top = ActionsPaneTests.top
    let markers = (top + 1...top + 8).map { String(s.line($0).prefix(2)) }
    #expect(markers == ["! ", "! ", "↓ ", "↓ ", "? ", "  ", "  ", "✓ "])
    #expect(s.grid[0, top + 1].style.color == .bad && s.grid[0, top + 1].style.bold)
    #expect(s.grid[0, top + 3].style.color == .warning && s.grid[0, top + 3].style.bold)
    #expect(s.line(top + 4).contains("0 → 10 → 100 scans"))
    #expect(s.line(top + 4).contains("10%"))
    let summary = try #require(ActionsPaneTests.row(s, "8 KPIs"))
    #expect(s.line(summary).hasPrefix("8 KPIs · ! 2 late · ↓ 2 behind · ? 1 without figures"))
    // The selected KPI's detail has the room under the rows; the summary closes the pane.
    #expect(summary == Workbench.paneRect(s.state).maxY - 1)
    #expect(s.line(top + 9).isEmpty, "a short board ends after its rows")
  }

  @Test func theDemoPlansKPIsAreAllThereWithWhereTheyBelong() throws {
    var s = try ActionsPaneTests.demo(width: 120, height: 40)
    s.press(.toggleKPIs)
    let entries = try #require(s.state.views.actions.dashboard?.entries)
    #expect(entries.count == 13, "10 on Theory of Change nodes, 3 on actions")
    #expect(entries.first?.standing == .behind, "nothing is late on 29-11-2026")
    #expect(entries.last?.kpi.name == "Energiecoaches opgeleid")
    let coaches = try #require(ActionsPaneTests.row(s, "Energiecoaches opgeleid"))
    #expect(s.line(coaches).hasPrefix("✓ "))
    #expect(s.line(coaches).contains("Action · Eerste lichting"))
    let fitters = try #require(ActionsPaneTests.row(s, "Monteurs gediplomeerd"))
    #expect(s.line(fitters).contains("Outcome · Meer gekwalificee"))
    #expect(s.line(fitters).contains("0 → 22 → 120 monteurs"))
    // Two measurements, the second higher: towards the target.
    #expect(s.line(fitters).contains("▁█ ↗"))
    #expect(s.line(fitters).contains("2026-12-31"))
    s.press(.toggleKPIs)
    #expect(!s.state.views.actions.showsKPIs)
    #expect(s.line(ActionsPaneTests.top).contains("Owner"), "back to the action table")
  }

  @Test func eTypesTheActualInPlaceAndTheSelectionFollowsTheKPI() throws {
    var s = Self.open(Self.handBuilt())
    let original = s.state.plan
    s.press(.moveDown, times: 3)
    let ref = EntityRef.nodeKPI("toc-2", "kpi-3")
    #expect(s.state.views.actions.selectedKPI == ref)
    s.press(.edit)
    guard case .editing(let session) = s.state.mode else {
      Issue.record("no editor")
      return
    }
    #expect(session.target == Target(ref, .actual))
    #expect(session.editor.text == "10")
    s.key(.ctrl("u"))
    s.type("80")
    s.key(.enter)
    #expect(s.state.plan.node("toc-2")?.kpis[1].actual == 80)
    #expect(Self.names(s).firstIndex(of: "Behind the line") == 6, "now on track, by deadline")
    #expect(s.state.views.actions.selectedKPI == ref)
    #expect(s.state.views.actions.board.row == 6)
    #expect(s.state.plan.violations().isEmpty)
    // Enter edits the actual too; an action's KPI is edited in its action.
    s.press(.top)
    s.press(.moveDown, times: 2)
    s.press(.activate)
    s.key(.ctrl("u"))
    s.type("10")
    s.key(.enter)
    #expect(s.state.plan.actions[1].kpis[0].actual == 10)
    #expect(s.state.views.actions.selectedKPI == .actionKPI("act-2", "kpi-8"))
    s.press(.undo)
    s.press(.undo)
    #expect(s.state.plan == original)
    #expect(s.state.views.actions.selectedKPI == .actionKPI("act-2", "kpi-8"))
    #expect(s.state.views.actions.board.row == 2)
  }

  @Test func tabSavesTheActualAndGoesOnToTheNextKPI() throws {
    var s = Self.open(Self.handBuilt())
    s.press(.edit)
    s.key(.ctrl("u"))
    s.type("1")
    s.key(.tab)
    #expect(s.state.plan.node("toc-2")?.kpis[2].actual == 1)
    guard case .editing(let session) = s.state.mode else {
      Issue.record("not editing the next KPI")
      return
    }
    #expect(session.target == Target(.nodeKPI("toc-1", "kpi-1"), .actual))
    s.key(.escape)
  }

  @Test func onlyTheActualIsChangedOnTheDashboard() {
    var s = Self.open(Self.handBuilt())
    let before = s.state.plan
    for command in [Command.add, .delete, .duplicate, .moveItemUp, .moveItemDown, .cycleValue] {
      s.press(command)
      #expect(s.statusLine.contains("Only the actual is changed here"), "\(command)")
    }
    #expect(s.state.plan == before)
  }

  @Test func navigationSearchAndClicks() throws {
    var s = try ActionsPaneTests.demo(language: .dutch)
    s.press(.toggleKPIs)
    s.press(.bottom)
    #expect(s.state.views.actions.board.row == 12)
    #expect(s.screen.contains(" Energiecoaches opgeleid  ██████████ 100%"), "the detail's head")
    s.press(.top)
    s.press(.search)
    s.type("monteurs")
    s.key(.enter)
    let row = s.state.views.actions.board.row
    #expect(s.state.views.actions.dashboard?.entries[row].kpi.name == "Monteurs gediplomeerd")
    #expect(s.screen.contains("  Hoort bij Uitkomst · Meer gekwalificeerde monteurs"))
    #expect(s.screen.contains("↓ achter op schema: 18% van de weg bij 96% van de tijd tot"))
    s.send(.mouse(MouseEvent(.press, x: 10, y: ActionsPaneTests.top + 2)))
    #expect(s.state.views.actions.board.row == 1)
    s.send(.mouse(MouseEvent(.press, x: 10, y: ActionsPaneTests.top)))
    #expect(s.state.views.actions.board.row == 1, "the header selects nothing")
    for (width, height) in [(40, 12), (1, 1), (80, 24)] {
      s.resize(width, height)
      _ = s.screen
      #expect(s.state.views.actions.board.row == 1)
    }
  }

  @Test func anEmptyPlanSaysWhereKPIsComeFrom() {
    let s = Self.open(Plan.empty(startYear: 2025))
    #expect(s.screen.contains("No KPIs yet."))
    #expect(s.line(ActionsPaneTests.top).contains("KPI"))
    #expect(s.state.editTarget == nil)
  }

  @Test func theASCIIGlyphsDrawNoBoxDrawingAndMarkBehindWithV() {
    let s = Self.open(Self.handBuilt(), glyphs: .ascii)
    let drawing = s.screen.unicodeScalars.filter {
      (0x2500...0x259F).contains($0.value) || $0.value == 0x2022 || $0.value == 0x2193
    }
    #expect(drawing.isEmpty)
    #expect(s.line(ActionsPaneTests.top + 3).hasPrefix("v "))
    #expect(s.line(ActionsPaneTests.top + 4).contains("0 -> 10 -> 100 scans"))
    #expect(s.line(ActionsPaneTests.top + 4).contains("#....."))
  }

  /// The dashboard on the demo plan, and the action table with the keyboard on an action's
  /// KPIs, at both sizes in both languages — for reading as a facilitator would.
  @Test func theDashboardAndTheKPIEditorMatchTheirSnapshots() throws {
    for (width, height) in PaneSnapshotTests.sizes {
      for language in Language.allCases {
        let size = "\(width)x\(height)-\(language.rawValue)"
        var s = try ActionsPaneTests.demo(width: width, height: height, language: language)
        s.press(.toggleKPIs)
        assertSnapshot(s.screen, named: "pane7-kpis-\(size)")
        #expect(!s.screen.contains("⟦"), "a string is missing from the table")
        s.press(.toggleKPIs)
        s.press(.moveDown, times: 6)
        s.press(.switchFocus)
        assertSnapshot(s.screen, named: "pane7-actionKPIs-\(size)")
        #expect(!s.screen.contains("⟦"))
      }
    }
  }

  /// The rows are made once per plan version: moving through a large plan reuses them (a
  /// planted change in the stored rows survives the moves) and an edit makes them again.
  @Test func theOrderIsMadeOncePerPlanVersionOnALargePlan() throws {
    let plan = PlanGenerator(seed: 7).plan(
      stakeholders: 10_000, segments: 500, nodes: 10_000, actions: 20_000)
    var s = ActionsPaneTests.open(plan)
    s.press(.toggleKPIs)
    let count = try #require(s.state.views.actions.dashboard?.entries.count)
    #expect(count > 1_000)
    s.state.views.actions.dashboard?.entries.removeLast()
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      for _ in 0..<50 { s.press(.moveDown) }
      _ = s.screen
    }
    #expect(s.state.views.actions.dashboard?.entries.count == count - 1, "not made again")
    #expect(elapsed < .seconds(5), "\(elapsed) for 50 keys and a frame")
    s.press(.edit)
    s.key(.ctrl("u"))
    s.type("12345.5")
    s.key(.enter)
    #expect(s.state.views.actions.dashboard?.entries.count == count, "made again after an edit")
    // The table's date order is kept the same way.
    s.press(.toggleKPIs)
    s.state.views.actions.order?.rows.swapAt(0, 1)
    let planted = s.state.views.actions.order?.rows
    s.press(.moveDown, times: 10)
    #expect(s.state.views.actions.order?.rows == planted)
  }
}
