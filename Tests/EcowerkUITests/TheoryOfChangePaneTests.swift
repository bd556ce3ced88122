import EcowerkModel
import EcowerkStrings
import Testing

@testable import EcowerkUI

/// Pane 4: the Theory of Change tree with the selected node's detail.
@Suite struct TheoryOfChangePaneTests {
  /// The screen row of the tree's summary line; the first node is on the row below.
  static let summary = 2
  static let firstRow = 3

  /// Two impact goals; the first with two outcomes, one of which has two outputs.
  static func small() -> Plan {
    var plan = Plan.empty(name: "Test", startYear: 2025)
    plan.theoryOfChange = [
      ChangeNode(
        id: "a", level: .impact, title: "Alpha",
        children: [
          ChangeNode(
            id: "b", level: .outcome, title: "Bravo",
            children: [
              ChangeNode(id: "d", level: .output, title: "Delta"),
              ChangeNode(id: "e", level: .output, title: "Echo"),
            ]),
          ChangeNode(
            id: "c", level: .outcome, title: "Charlie",
            children: [ChangeNode(id: "f", level: .output, title: "Foxtrot")]),
        ]),
      ChangeNode(id: "g", level: .impact, title: "Golf"),
    ]
    return plan
  }

  static func open(
    _ plan: Plan, width: Int = 80, height: Int = 30, language: Language = .english,
    glyphs: Glyphs = .unicode
  ) -> Session {
    var session = Session(
      plan: plan, width: width, height: height, language: language, glyphs: glyphs)
    session.press(.showPane(.theoryOfChange))
    return session
  }

  static func selected(_ session: Session) -> NodeID? {
    TheoryOfChangePane.selectedNode(session.state)?.id
  }

  /// The tree's rows as the screen shows them.
  static func treeLines(_ session: Session, count: Int) -> [String] {
    (0..<count).map { session.line(firstRow + $0) }
  }

  static func search(_ text: String, _ session: inout Session) {
    session.press(.search)
    session.type(text)
    session.key(.enter)
  }

  @Test func connectorsDrawTheTreeExactly() {
    let s = Self.open(Self.small())
    #expect(s.line(Self.summary) == "Theory of Change  7 elements")
    #expect(
      Self.treeLines(s, count: 8) == [
        "IMP  ▾ Alpha",
        "OUTC ├─ ▾ Bravo",
        "OUTP │  ├─ • Delta",
        "OUTP │  └─ • Echo",
        "OUTC └─ ▾ Charlie",
        "OUTP    └─ • Foxtrot",
        "IMP  • Golf",
        "+ new impact goal (type a title)",
      ])
    #expect(Self.selected(s) == "a")
    // The selected row is drawn in reverse over the tree's whole width.
    #expect(s.grid[0, Self.firstRow].style.reverse)
    #expect(s.grid[79, Self.firstRow].style.reverse)
    #expect(!s.grid[0, Self.firstRow + 1].style.reverse)
  }

  @Test func activateFoldsAndUnfoldsTheSelectedNodeAndKeepsItSelected() {
    var s = Self.open(Self.small())
    s.press(.moveDown)
    #expect(Self.selected(s) == "b")
    s.press(.activate)
    #expect(s.state.views.theoryOfChange.collapsed == ["b"])
    #expect(
      Self.treeLines(s, count: 5) == [
        "IMP  ▾ Alpha", "OUTC ├─ ▸ Bravo (2)", "OUTC └─ ▾ Charlie", "OUTP    └─ • Foxtrot",
        "IMP  • Golf",
      ])
    #expect(Self.selected(s) == "b")
    s.key(.char(" "))  // Space toggles too.
    #expect(s.state.views.theoryOfChange.collapsed.isEmpty)
    #expect(Self.treeLines(s, count: 3)[2] == "OUTP │  ├─ • Delta")
    #expect(Self.selected(s) == "b")
    // A leaf has nothing to fold.
    s.press(.moveDown)
    s.press(.activate)
    #expect(s.state.views.theoryOfChange.collapsed.isEmpty)
    #expect(Self.selected(s) == "d")
  }

  @Test func collapseAllSelectsTheRootAndExpandAllKeepsTheSelection() {
    var s = Self.open(Self.small())
    s.press(.moveDown, times: 3)
    #expect(Self.selected(s) == "e")
    s.press(.collapseAll)
    #expect(
      Self.treeLines(s, count: 3) == [
        "IMP  ▸ Alpha (5)", "IMP  • Golf", "+ new impact goal (type a title)",
      ])
    #expect(Self.selected(s) == "a")
    #expect(s.state.views.theoryOfChange.collapsed == ["a", "b", "c"])
    s.press(.moveDown)
    #expect(Self.selected(s) == "g")
    s.press(.expandAll)
    #expect(s.state.views.theoryOfChange.collapsed.isEmpty)
    #expect(Self.selected(s) == "g")
    #expect(s.state.views.theoryOfChange.rows.row == 6)
    s.key(.char("*"))  // The second key for expand all does no harm when all is open.
    #expect(Self.selected(s) == "g")
  }

  @Test func moveLeftFoldsThenClimbsAndMoveRightUnfoldsThenDescends() {
    var s = Self.open(Self.small())
    s.press(.moveDown, times: 2)
    #expect(Self.selected(s) == "d")
    s.press(.moveLeft)  // A leaf: up to its parent.
    #expect(Self.selected(s) == "b")
    s.press(.moveLeft)  // Open: fold it, stay.
    #expect(Self.selected(s) == "b")
    #expect(s.state.views.theoryOfChange.collapsed == ["b"])
    s.press(.moveLeft)  // Folded: up to its parent.
    #expect(Self.selected(s) == "a")
    s.press(.moveLeft)  // An open root folds…
    #expect(s.state.views.theoryOfChange.collapsed == ["a", "b"])
    s.press(.moveLeft)  // …and a folded root has nowhere to go.
    #expect(Self.selected(s) == "a")
    s.press(.moveRight)  // Folded: unfold, stay.
    #expect(Self.selected(s) == "a")
    #expect(s.state.views.theoryOfChange.collapsed == ["b"])
    s.press(.moveRight)  // Open: down to the first child.
    #expect(Self.selected(s) == "b")
    s.press(.moveRight)
    #expect(Self.selected(s) == "b")
    #expect(s.state.views.theoryOfChange.collapsed.isEmpty)
    s.press(.moveRight)
    #expect(Self.selected(s) == "d")
    s.press(.moveRight)  // A leaf stays put.
    #expect(Self.selected(s) == "d")
  }

  @Test func pagingAndTheEndsScrollTheSelectionIntoView() throws {
    var s = try Session.demo(width: 80, height: 24)
    s.press(.showPane(.theoryOfChange))
    s.press(.bottom)
    #expect(Self.selected(s) == "toc-24")
    #expect(s.screen.contains("ACT        └─ • Cursus energiemanagement maken"))
    #expect(!s.screen.contains("Minder CO2 bij het Twentse mkb  "))
    let offset = s.state.views.theoryOfChange.rows.offset
    #expect(offset > 0)
    s.press(.pageUp)
    #expect(s.state.views.theoryOfChange.rows.row < 23)
    s.press(.top)
    #expect(Self.selected(s) == "toc-1")
    #expect(s.state.views.theoryOfChange.rows.offset == 0)
    s.press(.pageDown)
    let row = s.state.views.theoryOfChange.rows.row
    #expect(row > 1)
    #expect(row >= s.state.views.theoryOfChange.rows.offset)
  }

  @Test func searchUnfoldsTheAncestorsOfAHiddenMatch() {
    var s = Self.open(Self.small())
    s.press(.collapseAll)
    #expect(!s.screen.contains("Foxtrot"))
    Self.search("foxt", &s)
    #expect(Self.selected(s) == "f")
    #expect(s.screen.contains("OUTP    └─ • Foxtrot"))
    // Only the way to the match opens; Bravo stays folded.
    #expect(s.state.views.theoryOfChange.collapsed == ["b"])
    #expect(s.screen.contains("Bravo (2)"))
  }

  @Test func searchLooksInDescriptionsAssumptionsAndKPINamesIgnoringAccents() throws {
    var s = try Session.demo(width: 80, height: 24)
    s.press(.showPane(.theoryOfChange))
    Self.search("netverzwaring", &s)  // A plan B.
    #expect(Self.selected(s) == "toc-8")
    Self.search("een dag per week", &s)  // An assumption that says "één".
    #expect(Self.selected(s) == "toc-16")
    Self.search("Lesuren", &s)  // A KPI name.
    #expect(Self.selected(s) == "toc-17")
    Self.search("rechtsvorm", &s)  // Descriptions of toc-9 and toc-11, after the selection.
    #expect(Self.selected(s) == "toc-9")
    s.press(.searchNext)
    #expect(Self.selected(s) == "toc-11")
    s.press(.searchPrevious)
    #expect(Self.selected(s) == "toc-9")
    Self.search("zzz-nowhere", &s)
    #expect(Self.selected(s) == "toc-9")
    #expect(s.screen.contains("zzz-nowhere"))  // The status line says it was not found.
  }

  @Test func aBrokenAssumptionShowsWithItsPlanBAndWarnsInTheTree() throws {
    var s = try Session.demo(width: 80, height: 24)
    s.press(.showPane(.theoryOfChange))
    Self.search("Bedrijven delen", &s)
    let screen = s.screen
    #expect(screen.contains("Theory of Change  24 elements  ✗ 1 assumption broken"))
    #expect(screen.contains("Assumptions ✗ broken: Netbeheerder geeft in 2026 extra"))
    #expect(screen.contains("Plan B: Hub achter de meter: batterij, slim laden en"))
    let row = try #require(
      (0..<s.grid.height).first { s.line($0).contains("├─ ▾ Bedrijven delen energie ✗") })
    let x = try #require(Array(s.line(row)).firstIndex(of: "✗"))
    #expect(s.grid[x, row].style.color == .bad)
    #expect(s.grid[x, row].style.bold)
  }

  @Test func aBrokenAssumptionWithoutPlanBIsCalledOutAndFoldingKeepsTheWarning() {
    var plan = Self.small()
    plan.theoryOfChange[0].children[0].children[1].assumptions = [
      Assumption(id: "as-1", text: "Banks lend", status: .broken)
    ]
    var s = Self.open(plan)
    s.press(.moveDown, times: 3)
    #expect(Self.selected(s) == "e")
    #expect(s.screen.contains("✗ broken: Banks lend"))
    #expect(s.screen.contains("! no plan B yet"))
    s.press(.collapseAll)
    #expect(s.line(Self.firstRow) == "IMP  ▸ Alpha (5) ✗")
  }

  @Test func aKPIShowsItsProgressAndEachFigureOnALineOfItsOwn() throws {
    var s = try Session.demo(width: 80, height: 24)
    s.press(.showPane(.theoryOfChange))
    s.press(.moveDown)
    #expect(Self.selected(s) == "toc-2")
    // Under the assumptions (each with its plan B line) the KPI is below the fold.
    #expect(s.screen.contains("… 21 more lines"))
    // The figures are under the fold of an 80×24 screen: the detail scrolls to them.
    s.press(.switchFocus)
    let deadline = Target(.nodeKPI("toc-2", "kpi-1"), .deadline)
    for _ in 0..<20 where s.state.editTarget != deadline { s.press(.moveDown) }
    #expect(s.state.editTarget == deadline)
    let screen = s.screen
    for line in [
      "              Unit        bedrijven", "              Baseline    40",
      "              Actual      104", "              Target      300",
      "              Deadline    2028-12-31",
    ] {
      #expect(screen.contains("\n" + line + "\n"), "\(line)")
    }
    // Under them the milestones, then every measurement, newest first, with who measured
    // them.
    for _ in 0..<4 where !s.screen.contains("              Milestones  2025  ") {
      s.press(.moveDown)
    }
    #expect(s.screen.contains("              Milestones  2025  "), "\(s.screen)")
    for _ in 0..<10 where !s.screen.contains("Measured    2026-10-31  104 · Hogeschool Dinkelland")
    {
      s.press(.moveDown)
    }
    #expect(s.screen.contains("              Measured    2026-10-31  104 · Hogeschool Dinkelland"))
    s.press(.bottom)
    #expect(s.screen.contains("2025-03-31  46 · Hogeschool Dinkelland · Nulmeting na"))
    #expect(!s.screen.contains("more line"))
    var dutch = try Session.demo(width: 120, height: 40, language: .dutch)
    dutch.press(.showPane(.theoryOfChange))
    dutch.press(.moveDown)
    #expect(dutch.screen.contains("│ KPI's        Mkb met uitgevoerde maatregel"))
    #expect(dutch.screen.contains("│              ██░░░░░░░░ 25%"))
    #expect(dutch.screen.contains("│                Nulmeting  40"))
    #expect(dutch.screen.contains("│                Deadline   31-12-2028"))
  }

  @Test func aLateKPIIsMarkedInTheDetailTheTreeAndTheSummary() throws {
    var plan = Self.small()
    plan.theoryOfChange[1].kpis = [
      KPI(
        id: "kpi-1", name: "Coaches trained", unit: "coaches", baseline: 0, target: 10,
        actual: 4, deadline: CalendarDate(year: 2026, month: 6, day: 30)),
      // Met: not late though the deadline has passed.
      KPI(
        id: "kpi-2", name: "Scans", baseline: 0, target: 5, actual: 5,
        deadline: CalendarDate(year: 2026, month: 1, day: 1)),
    ]
    var s = Self.open(plan, height: 60)
    s.press(.bottom)
    #expect(Self.selected(s) == "g")
    let screen = s.screen
    #expect(s.line(Self.summary) == "Theory of Change  7 elements  ! 1 KPI late")
    #expect(screen.contains("IMP  • Golf !"))
    #expect(screen.contains("KPIs        Coaches trained  ████░░░░░░ 40%  ! late since 2026-06-30"))
    #expect(screen.contains("              Actual      4\n"))
    // Met: no warning, though its deadline has passed too.
    #expect(screen.contains("            Scans  ██████████ 100%\n"))
    let deadline = try #require(
      (0..<s.grid.height).first { s.line($0).contains("Deadline    2026-06-30") })
    #expect(s.grid[26, deadline].style.color == .bad)
    #expect(s.grid[26, deadline].style.bold)
    #expect(TheoryOfChangePane.isLate(plan.theoryOfChange[1].kpis[0], today: Session.today))
    #expect(!TheoryOfChangePane.isLate(plan.theoryOfChange[1].kpis[1], today: Session.today))
  }

  @Test func detailItemsCarryTargetsForEditing() throws {
    let s = try Session.demo(width: 80, height: 24)
    let node = try #require(s.state.plan.node("toc-3"))
    let detail = TheoryOfChangePane.detail(node, s.state, width: 60)
    let targets = detail.items.compactMap(\.target)
    #expect(targets.contains(Target(.node("toc-3"), .title)))
    #expect(targets.contains(Target(.node("toc-3"), .owner)))
    #expect(targets.contains(Target(.node("toc-3"), .description)))
    #expect(targets.contains(Target(.assumption("toc-3", "as-2"), .text)))
    #expect(targets.contains(Target(.node("toc-3"), .level)))
    for field in [Field.name, .unit, .baseline, .actual, .target, .deadline] {
      #expect(targets.contains(Target(.nodeKPI("toc-3", "kpi-2"), field)), "\(field)")
    }
    // Assumption and KPI lines belong to their lists, so a, d, D, K and J work on them;
    // Space steps an assumption's status.
    let assumption = try #require(
      detail.items.first { $0.target == Target(.assumption("toc-3", "as-2"), .text) })
    #expect(assumption.list == .assumptions("toc-3") && assumption.position == 0)
    #expect(assumption.cycleField == .status)
    #expect(
      detail.items.filter { $0.list == .nodeKPIs("toc-3") }.allSatisfy { $0.position == 0 })
    // Two actions serve this output.
    #expect(
      targets.filter { if case .action = $0.ref { return true } else { return false } }.count == 2)
    #expect(detail.bars.count == 1)
  }

  @Test func theSelectedRowStandsForTheNodesTitle() {
    var s = Self.open(Self.small())
    s.press(.moveDown, times: 2)
    let rect = ScreenLayout(s.state.size).pane
    let place = TheoryOfChangePane.editPlace(s.state, in: rect)
    #expect(place?.target == Target(.node("d"), .title))
    // "OUTP │  ├─ • Delta": the title starts in column 13, the owner column stays clear.
    #expect(place?.rect == Rect(x: 13, y: Self.firstRow + 2, width: 80 - 27 - 13, height: 1))
  }

  @Test func actionsOfTheNodeAreListedByName() throws {
    var s = try Session.demo(width: 120, height: 40)
    s.press(.showPane(.theoryOfChange))
    Self.search("Energiescans uitgevoerd", &s)
    #expect(Self.selected(s) == "toc-3")
    #expect(s.screen.contains("│ Actions     • Gezamenlijk monitoringsdashboard"))
    #expect(s.screen.contains("│             • Pilot energiescan metaal"))
  }

  @Test func aClickSelectsARowAndAClickOnTheMarkerFoldsIt() {
    var s = Self.open(Self.small())
    s.send(.mouse(MouseEvent(.press, x: 30, y: Self.firstRow + 4)))
    #expect(Self.selected(s) == "c")
    #expect(s.state.views.theoryOfChange.collapsed.isEmpty)
    // "OUTC └─ ▾ Charlie": the marker is in column 8.
    s.send(.mouse(MouseEvent(.press, x: 8, y: Self.firstRow + 4)))
    #expect(s.state.views.theoryOfChange.collapsed == ["c"])
    #expect(s.line(Self.firstRow + 4) == "OUTC └─ ▸ Charlie (1)")
    // Below the last row nothing changes.
    s.send(.mouse(MouseEvent(.press, x: 10, y: Self.firstRow + 10)))
    #expect(Self.selected(s) == "c")
  }

  @Test func theDetailGoesBesideTheTreeFrom110ColumnsAndUnderItBelow() throws {
    var wide = try Session.demo(width: 120, height: 40)
    wide.press(.showPane(.theoryOfChange))
    #expect(wide.line(3).hasPrefix("IMP  ▾ Minder CO2 bij het Twentse mkb"))
    #expect(wide.line(3).contains("│ Level       Impact"))
    #expect(wide.line(4).contains("│ Owner       Ontwikkelingsmaatschappij Oost"))
    var narrow = try Session.demo(width: 109, height: 30)
    narrow.press(.showPane(.theoryOfChange))
    #expect(!narrow.line(3).contains("│"))
    #expect(narrow.screen.contains("\nImpact      Minder CO2 bij het Twentse mkb ─"))
  }

  @Test func theEmptyTheoryOfChangeSaysWhatBelongsHere() {
    var s = Self.open(Plan.empty(startYear: 2025))
    #expect(s.screen.contains("This plan has no Theory of Change yet."))
    #expect(s.screen.contains("impact goals, outcomes, outputs and activities"))
    for command in [
      Command.moveDown, .moveUp, .moveLeft, .moveRight, .activate, .bottom,
      .expandAll, .collapseAll, .pageDown,
    ] {
      s.press(command)
    }
    Self.search("x", &s)
    s.send(.mouse(MouseEvent(.press, x: 5, y: 4)))
    #expect(s.state.views.theoryOfChange.rows == ListCursor())
    var dutch = Self.open(Plan.empty(startYear: 2025), language: .dutch)
    dutch.press(.moveDown)
    #expect(dutch.screen.contains("Dit plan heeft nog geen veranderingstheorie."))
  }

  @Test func asciiGlyphsDrawNoBoxDrawingCharacters() {
    var plan = Self.small()
    plan.theoryOfChange[0].assumptions = [
      Assumption(id: "as-1", text: "Holds", status: .broken, planB: "Other way")
    ]
    plan.theoryOfChange[0].kpis = [KPI(id: "k", name: "Count", baseline: 0, target: 4, actual: 1)]
    let s = Self.open(plan, glyphs: .ascii)
    let screen = s.screen
    #expect(
      Self.treeLines(s, count: 7) == [
        "IMP  v Alpha x",
        "OUTC |- v Bravo",
        "OUTP |  |- * Delta",
        "OUTP |  `- * Echo",
        "OUTC `- v Charlie",
        "OUTP    `- * Foxtrot",
        "IMP  * Golf",
      ])
    #expect(screen.contains("Assumptions x broken: Holds"))
    #expect(screen.contains("Count  ###....... 25%"))
    let fancy = screen.unicodeScalars.filter {
      (0x2500...0x259F).contains($0.value) || "▾▸•✗✓→".unicodeScalars.contains($0)
    }
    #expect(fancy.isEmpty, "box drawing in ASCII mode: \(String(String.UnicodeScalarView(fancy)))")
  }

  @Test func wideTextKeepsTheOwnerColumnAligned() {
    var plan = Self.small()
    plan.stakeholders = [
      Stakeholder(id: "sh-1", name: "Gemeente Enschede"),
      Stakeholder(id: "sh-2", name: "中文 Horeca 🍽"),
    ]
    plan.theoryOfChange[0].title = "中文 Horeca 🍽 en een heel lange titel die niet past op de regel"
    plan.theoryOfChange[0].owner = "sh-2"
    plan.theoryOfChange[0].children[0].title = "Coöperatie Één"
    plan.theoryOfChange[0].children[0].owner = "sh-1"
    var s = Self.open(plan)
    let ownerX = 80 - 26  // The owner column: its widest at 80 columns, at the right edge.
    #expect(s.grid[ownerX, Self.firstRow].character == "中")
    #expect(s.grid[ownerX, Self.firstRow + 1].character == "G")
    #expect(s.line(Self.firstRow).contains("…"))
    #expect(s.line(Self.firstRow + 1).hasPrefix("OUTC ├─ ▾ Coöperatie Één"))
    // Search folds accents and case in text that is not ASCII, CJK included.
    Self.search("COOPERATIE een", &s)
    #expect(Self.selected(s) == "b")
    Self.search("中文", &s)
    #expect(Self.selected(s) == "a")
  }

  @Test func aDeepTreeTradesItsLeftmostConnectorsForAnEllipsisToKeepTitlesReadable() {
    var node = ChangeNode(id: "n-12", level: .activity, title: "Deep 12")
    for depth in (0..<12).reversed() {
      node = ChangeNode(
        id: NodeID("n-\(depth)"), level: depth == 0 ? .impact : .activity,
        title: "Deep \(depth)", children: [node])
    }
    var plan = Plan.empty(startYear: 2025)
    plan.theoryOfChange = [node]
    var s = Self.open(plan, width: 40, height: 20, glyphs: .ascii)
    s.press(.bottom)
    #expect(Self.selected(s) == "n-12")
    // 40 columns leave room for seven connector segments; deeper rows show the last six.
    #expect(s.screen.contains("\nACT  ...               `- * Deep 12\n"))
    #expect(s.screen.contains("\nACT                    `- v Deep 7\n"))
  }

  @Test func resizingToTinyAndBackKeepsASaneSelection() throws {
    var s = try Session.demo(width: 80, height: 24)
    s.press(.showPane(.theoryOfChange))
    s.press(.moveDown, times: 7)
    #expect(Self.selected(s) == "toc-8")
    s.resize(40, 12)
    #expect(Self.selected(s) == "toc-8")
    #expect(s.screen.contains("Bedrijven delen energie ✗"))
    #expect(s.screen.contains("more lines"))  // The detail says what it had to leave out.
    s.press(.moveDown)
    s.resize(1, 1)
    _ = s.screen
    s.press(.moveDown)
    s.press(.collapseAll)
    s.resize(80, 24)
    let row = s.state.views.theoryOfChange.rows
    #expect(row.row >= row.offset)
    #expect(Self.selected(s) == "toc-1")
    #expect(s.screen.contains("IMP  ▸ Minder CO2 bij het Twentse mkb (13) ✗"))
    // The detail of a goal says what lies under it, trouble included.
    #expect(s.screen.contains("\nBelow       13 elements  ✗ 1 assumption broken\n"))
  }

  @Test func aTenThousandNodeTreeRendersAndNavigates() {
    var plan = Plan.empty(name: "Large", startYear: 2025)
    func nodes(_ level: ChangeLevel, _ prefix: String, _ counts: ArraySlice<Int>) -> [ChangeNode] {
      guard let count = counts.first else { return [] }
      return (0..<count).map { index in
        let id = "\(prefix)-\(index)"
        return ChangeNode(
          id: NodeID(id), level: level, title: "Node \(id)",
          children: nodes(level.childLevel, id, counts.dropFirst()))
      }
    }
    plan.theoryOfChange = nodes(.impact, "n", [10, 9, 10, 10])
    #expect(plan.nodeCount == 10_000)
    var s = Self.open(plan, width: 120, height: 40)
    #expect(s.line(Self.summary).contains("10,000 elements"))
    s.press(.bottom)
    #expect(Self.selected(s) == "n-9-8-9-9")
    #expect(s.screen.contains("Node n-9-8-9-9"))
    s.press(.collapseAll)
    #expect(Self.selected(s) == "n-9")
    #expect(
      ChangeTree(roots: plan.theoryOfChange, collapsed: s.state.views.theoryOfChange.collapsed)
        .visibleCount == 10)
    Self.search("n-4-5-6-7", &s)
    #expect(Self.selected(s) == "n-4-5-6-7")
    #expect(s.screen.contains("Node n-4-5-6-7"))
    s.press(.expandAll)
    #expect(Self.selected(s) == "n-4-5-6-7")
    #expect(s.state.views.theoryOfChange.rows.row == 4 * 1000 + 1 + 5 * 111 + 1 + 6 * 11 + 1 + 7)
  }
}
