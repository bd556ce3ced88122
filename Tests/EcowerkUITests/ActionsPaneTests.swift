import EcowerkModel
import EcowerkStrings
import EcowerkText
import Testing

@testable import EcowerkUI

/// Pane 7: the action plan in date order, overdue actions marked, the selected one in full.
@Suite struct ActionsPaneTests {
  /// The pane's first screen row (below the top bar and the tabs).
  static let top = 2

  static func open(
    _ plan: Plan, width: Int = 80, height: Int = 24, language: Language = .english,
    glyphs: Glyphs = .unicode
  ) -> Session {
    var session = Session(
      plan: plan, width: width, height: height, language: language, glyphs: glyphs)
    session.press(.showPane(.actions))
    return session
  }

  static func demo(width: Int = 80, height: Int = 24, language: Language = .english) throws
    -> Session
  {
    var session = try Session.demo(width: width, height: height, language: language)
    session.press(.showPane(.actions))
    return session
  }

  static func date(_ text: String) -> CalendarDate? {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return CalendarDate(year: parts[0], month: parts[1], day: parts[2])
  }

  /// `count` actions "Action 1"… ending a day apart from 2027 on, so none is overdue.
  static func numbered(_ count: Int) -> Plan {
    var plan = Plan.empty(name: "Test", startYear: 2025)
    let first = Self.date("2027-01-01")?.dayNumber ?? 0
    plan.actions = (1...count).map { index in
      Action(
        id: ActionID("act-\(index)"), what: "Action \(index)",
        start: CalendarDate(dayNumber: first + index),
        end: CalendarDate(dayNumber: first + index + 30))
    }
    return plan
  }

  /// The screen row that shows `what`.
  static func row(_ s: Session, _ what: String) -> Int? {
    (0..<s.state.size.height).first { s.line($0).contains(what) }
  }

  @Test func actionsAreInDateOrderWithUndatedOnesLast() {
    var plan = Plan.empty(name: "Test", startYear: 2025)
    plan.actions = [
      Action(id: "a", what: "No dates at all"),
      Action(
        id: "b", what: "Late start", start: Self.date("2026-03-01"), end: Self.date("2026-04-01")),
      Action(id: "c", what: "Only an end", end: Self.date("2025-06-01")),
      Action(
        id: "d", what: "Early, long", start: Self.date("2025-01-01"), end: Self.date("2025-12-31")),
      Action(
        id: "e", what: "Early, short", start: Self.date("2025-01-01"),
        end: Self.date("2025-02-01")),
      Action(id: "f", what: "Also no dates"),
      Action(id: "g", what: "Early, open end", start: Self.date("2025-01-01")),
    ]
    #expect(ActionOrder.sorted(plan.actions) == [4, 3, 6, 2, 1, 0, 5])
    let s = Self.open(plan)
    let order = (Self.top + 1...Self.top + 7).map { s.line($0) }
    let expected = [
      "Early, short", "Early, long", "Early, open end", "Only an end", "Late start",
      "No dates at all", "Also no dates",
    ]
    for (line, what) in zip(order, expected) { #expect(line.contains(what), "\(line)") }
  }

  @Test func sortingTwentyThousandActionsMatchesAPlainComparatorSort() {
    var generator = SplitMix(seed: 42)
    let first = Self.date("2024-01-01")?.dayNumber ?? 0
    let actions = (0..<20_000).map { index -> Action in
      let start =
        generator.next() % 5 == 0
        ? nil : CalendarDate(dayNumber: first + Int(generator.next() % 900))
      let end =
        generator.next() % 4 == 0
        ? nil : CalendarDate(dayNumber: first + Int(generator.next() % 900))
      return Action(id: ActionID("act-\(index)"), start: start, end: end)
    }
    func key(_ date: CalendarDate?) -> Int { date?.dayNumber ?? Int.max }
    let reference = actions.indices.sorted { left, right in
      let (a, b) = (actions[left], actions[right])
      return (key(a.start ?? a.end), key(a.end), left) < (key(b.start ?? b.end), key(b.end), right)
    }
    #expect(ActionOrder.sorted(actions) == reference)
  }

  @Test func overdueActionsAreMarkedAcrossTheWholeRow() throws {
    let s = try Self.demo()
    #expect(s.state.settings.today == Self.date("2026-11-29"))
    for what in ["Groenkrediet", "Praktijkhal", "Congestiestudie"] {
      let y = try #require(Self.row(s, what))
      #expect(s.line(y).hasPrefix("! "), "\(what) is overdue")
      #expect(s.grid[0, y].style.color == .bad && s.grid[0, y].style.bold)
      for x in [2, 40, 72] { #expect(s.grid[x, y].style.color == .warning, "\(what) at \(x)") }
    }
    // Ends on 31-12-2026, after today: running, not overdue.
    let running = try #require(Self.row(s, "Acquisitiecampagne"))
    #expect(s.line(running).hasPrefix("  "))
    #expect(s.grid[2, running].style.color == .normal)
    let done = try #require(Self.row(s, "Gesprekken met 40"))
    #expect(s.line(done).hasPrefix("✓ "))
    #expect(s.grid[0, done].style.color == .good)
  }

  @Test func theSummaryCountsActionsOverdueAndDone() throws {
    let s = try Self.demo()
    #expect(s.line(21) == "14 actions · ! 3 overdue · 5 done   as of 2026-11-29")
    #expect(s.grid[15, 21].style.color == .warning)
    let nl = try Self.demo(language: .dutch)
    #expect(nl.line(21) == "14 acties · ! 3 te laat · 5 klaar   peildatum 29-11-2026")
  }

  @Test func columnsShowOwnerDatesNodeKPIsAndStatus() throws {
    let s = try Self.demo(width: 120, height: 40)
    let header = s.line(Self.top)
    for title in ["What", "Owner", "Start", "End", "Output", "ToC node", "KPIs", "Status"] {
      #expect(header.contains(title), "\(title) fits at 120 columns")
    }
    let coaches = try #require(Self.row(s, "Eerste lichting"))
    #expect(s.line(coaches).contains("Hogeschool Dink…"))
    #expect(s.line(coaches).contains("2025-04-01 2025-12-31"))
    #expect(s.line(coaches).contains("Energiecoaches"))
    #expect(s.line(coaches).contains("8/8"))
    #expect(s.line(coaches).contains("2025-12-31 done"), "the status is next to the dates")
    let narrow = try Self.demo()
    #expect(narrow.line(Self.top).contains("Status"), "status fits at 80 columns")
    #expect(!narrow.line(Self.top).contains("Output"), "the output is in the detail at 80")
  }

  @Test func theDetailShowsTheSelectedActionInFull() throws {
    var s = try Self.demo()
    s.press(.moveDown)
    #expect(s.screen.contains("Eerste lichting energiecoaches opleiden ─"))
    #expect(s.screen.contains("Output    Acht coaches inzetbaar"))
    #expect(s.screen.contains("KPIs      Energiecoaches opgeleid: 8 of 8 coaches"))
    #expect(ActionsPane.target(s.state, row: 1) == Target(.action("act-2"), .what))
  }

  @Test func jkBottomTopAndPagingKeepTheSelectionVisible() {
    var s = Self.open(Self.numbered(100))
    s.press(.moveDown, times: 3)
    #expect(s.state.views.actions.rows.row == 3)
    #expect(s.grid[4, Self.top + 4].style.reverse)
    s.press(.bottom)
    #expect(s.state.views.actions.rows.row == 99)
    #expect(s.state.views.actions.rows.offset > 0)
    #expect(s.screen.contains("Action 100"))
    s.press(.top)
    #expect(s.state.views.actions.rows == ListCursor(row: 0, offset: 0))
    let visible = Table.visibleRows(
      height: ActionsPane.Layout(ScreenLayout(s.state.size).pane, rows: 100).table.height)
    s.press(.pageDown)
    #expect(s.state.views.actions.rows.row == visible)
    #expect(s.screen.contains("Action \(visible + 1)"))
    s.press(.pageUp)
    #expect(s.state.views.actions.rows.row == 0)
  }

  @Test func searchFindsByWhatOwnerAndOutput() throws {
    var s = try Self.demo()
    s.press(.search)
    s.type("coop")
    s.key(.enter)
    #expect(s.state.views.actions.rows.row == 5, "Coöperatieve Bank Twente owns the green credit")
    s.press(.search)
    s.type("dashboard")
    s.key(.enter)
    #expect(s.state.views.actions.rows.row == 2, "found again after wrapping around")
    s.press(.search)
    s.type("praktijkhal")
    s.key(.enter)
    #expect(s.state.views.actions.rows.row == 7)
    #expect(s.screen.contains("Praktijkhal elektrificatie inrichten ─"))
  }

  @Test func aClickSelectsTheRow() throws {
    var s = try Self.demo()
    s.send(.mouse(MouseEvent(.press, x: 10, y: Self.top + 4)))
    #expect(s.state.views.actions.rows.row == 3)
    s.send(.mouse(MouseEvent(.press, x: 10, y: Self.top)))
    #expect(s.state.views.actions.rows.row == 3, "the header selects nothing")
  }

  @Test func resizingToTinyAndBackKeepsASaneSelection() {
    var s = Self.open(Self.numbered(40))
    s.press(.moveDown, times: 30)
    for (width, height) in [(40, 12), (1, 1), (80, 24)] {
      s.resize(width, height)
      _ = s.screen
      #expect(s.state.views.actions.rows.row == 30)
      #expect(s.state.views.actions.rows.offset <= 30)
    }
    #expect(s.screen.contains("Action 31"))
    s.resize(40, 12)
    #expect(s.screen.contains("Action 31"))
  }

  @Test func wideTextStaysInItsColumn() {
    var plan = Plan.empty(name: "Test", startYear: 2025)
    plan.stakeholders = [Stakeholder(id: "sh-1", name: "中文 Horeca 🍽 Coöperatie")]
    plan.actions = [
      Action(
        id: "a", what: "中文字符 emoji 🇳🇱👩‍🔧 and more words", owner: "sh-1",
        start: Self.date("2026-01-01"), end: Self.date("2026-12-31")),
      Action(
        id: "b", what: "Plain", owner: "sh-1", start: Self.date("2026-02-01"),
        end: Self.date("2026-12-31")),
    ]
    let s = Self.open(plan)
    let starts = [Self.top + 1, Self.top + 2].map { y in
      s.line(y).firstIndex(of: "2").map { DisplayWidth.of(s.line(y)[..<$0]) } ?? -1
    }
    #expect(starts[0] == starts[1] && starts[0] > 0, "\(starts)")
  }

  @Test func anEmptyPlanExplainsTheActionPlan() {
    let s = Self.open(Plan.empty(startYear: 2025))
    #expect(s.screen.contains("No actions yet."))
    #expect(s.line(Self.top).contains("What"))
  }

  @Test func hAndLSelectAColumnAndScrollSidewaysToEveryColumnAt80() throws {
    var s = try Self.demo()
    let y = Self.top + 2
    #expect(s.state.views.actions.column == 1, "What is selected first")
    #expect(s.grid[4, y - 1].style.reverse && s.grid[4, y - 1].style.bold)
    #expect(!s.grid[40, y - 1].style.reverse, "only the selected cell is reversed")
    let fields = (0..<8).map { _ -> Field? in
      defer { s.press(.moveRight) }
      return s.state.editTarget?.field
    }
    #expect(fields == [.what, .owner, .start, .end, .status, .output, .node, nil])
    #expect(s.state.views.actions.column == 8, "l stops at the last column")
    let header = s.line(Self.top)
    for title in ["What", "Output", "ToC node", "KPIs"] { #expect(header.contains(title)) }
    #expect(!header.contains("Owner"), "scrolled away; What stays")
    #expect(s.line(y).contains("Acht coaches inze"))
    #expect(s.line(y).contains("8/8"))
    s.press(.moveLeft, times: 7)
    #expect(s.line(Self.top).contains("Owner"))
    #expect(s.state.views.actions.columnOffset == 2)
    s.press(.moveLeft)
    #expect(s.state.views.actions.column == 1, "the marker column is never selected")
    // A click picks the cell under the pointer.
    s.send(.mouse(MouseEvent(.press, x: 50, y: Self.top + 3)))
    #expect(s.state.views.actions.rows.row == 2)
    #expect(s.state.editTarget == Target(.action("act-3"), .start))
  }

  @Test func everyColumnIsReachableOnANarrowScreen() throws {
    var s = try Self.demo(width: 40, height: 12)
    for kind in ActionColumns.Kind.allCases.dropFirst(2) {
      s.press(.moveRight)
      let title = ActionColumns(width: 40, strings: s.state.strings).title(kind, s.state.strings)
      #expect(s.line(Self.top).contains(title), "\(kind) is on screen when selected")
    }
  }

  @Test func wPutsTheKeyboardOnTheSelectedActionsKPIs() throws {
    var s = try Self.demo()
    s.press(.moveDown)
    s.press(.switchFocus)
    #expect(s.state.views.actions.focus == .detail)
    #expect(s.screen.contains("KPIs of Eerste lichting energiecoaches opleiden ─"))
    let kpi = try #require(Self.row(s, "Energiecoaches opgeleid"))
    #expect(s.line(kpi).hasPrefix("✓ "), "reached its target")
    #expect(s.line(kpi).contains("coaches"))
    #expect(s.screen.contains("a add  dd delete  D duplicate  e edit  w list/detail"))
    #expect(s.state.editTarget == Target(.actionKPI("act-2", "kpi-11"), .name))
    s.press(.moveRight, times: 3)
    #expect(s.state.editTarget == Target(.actionKPI("act-2", "kpi-11"), .actual))
    // The action's row is underlined now, not reversed: the keyboard is below.
    let row = try #require(Self.row(s, "Eerste lichting energiecoach"))
    #expect(s.grid[4, row].style.underline && !s.grid[4, row].style.reverse)
    s.press(.switchFocus)
    #expect(s.state.views.actions.focus == .table)
    #expect(s.grid[4, row].style.reverse)
    // A click on the detail puts the keyboard there; a click on a row brings it back.
    let detail = try #require(Self.row(s, "Output    Acht coaches"))
    s.send(.mouse(MouseEvent(.press, x: 20, y: detail)))
    #expect(s.state.views.actions.focus == .detail)
    s.send(.mouse(MouseEvent(.press, x: 20, y: Self.top + 5)))
    #expect(s.state.views.actions.focus == .table)
    #expect(s.state.views.actions.rows.row == 4)
  }

  @Test func theASCIIGlyphsDrawNoBoxDrawing() throws {
    let plan = try Session.demo().state.plan
    let s = Self.open(plan, glyphs: .ascii)
    let boxDrawing = s.screen.unicodeScalars.filter { (0x2500...0x259F).contains($0.value) }
    #expect(boxDrawing.isEmpty)
    #expect(s.line(Self.top + 1).hasPrefix("+ "), "done is + in ASCII")
    #expect(s.screen.contains("Gesprekken met 40 metaalbedrijven, vooral niet-leden ---"))
  }
}

/// A small deterministic generator, so the sort test sees the same actions every run.
private struct SplitMix {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
