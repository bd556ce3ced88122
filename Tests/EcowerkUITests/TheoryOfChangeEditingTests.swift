import EcowerkModel
import EcowerkStrings
import Testing

@testable import EcowerkUI

/// Pane 4 edited by keyboard, as a facilitator does it in a workshop: every command keeps the
/// plan valid, and undoing every edit gives back the identical plan.
@Suite struct TheoryOfChangeEditingTests {
  typealias Pane = TheoryOfChangePane

  static func open(_ plan: Plan, width: Int = 80, height: Int = 30, language: Language = .english)
    -> Session
  {
    var session = Session(plan: plan, width: width, height: height, language: language)
    session.press(.showPane(.theoryOfChange))
    return session
  }

  static func demo(width: Int = 80, height: Int = 24, language: Language = .english) throws
    -> Session
  {
    var session = try Session.demo(width: width, height: height, language: language)
    session.press(.showPane(.theoryOfChange))
    return session
  }

  static func selected(_ session: Session) -> NodeID? {
    Pane.selectedNode(session.state)?.id
  }

  /// Selects a node by searching for its title, as a facilitator would.
  static func find(_ title: String, _ session: inout Session) {
    session.press(.search)
    session.type(title)
    session.key(.enter)
  }

  /// The detail item the keyboard is on, when it is in the detail.
  static func selectedItem(_ session: Session) -> DetailItem? {
    let rect = ScreenLayout(session.state.size).pane
    guard session.state.views.theoryOfChange.focus == .detail,
      let frame = Pane.detailFrame(session.state, in: Pane.layout(rect).detail)
    else { return nil }
    let row = session.state.views.theoryOfChange.detail.row
    return frame.detail.items.indices.contains(row) ? frame.detail.items[row] : nil
  }

  /// Moves down the detail until the selected line is what `wanted` is looking for.
  static func moveInDetail(
    _ session: inout Session, sourceLocation: SourceLocation = #_sourceLocation,
    to wanted: (DetailItem) -> Bool
  ) {
    for _ in 0..<60 {
      if let item = selectedItem(session), wanted(item) { return }
      session.press(.moveDown)
    }
    Issue.record("no such detail line", sourceLocation: sourceLocation)
  }

  /// Types into the open editor (clearing what it held) and presses Enter.
  /// Types `text` into the open editor and takes it; a number (a milestone's, a
  /// measurement's) gets a figure instead.
  static func enter(_ text: String, _ session: inout Session) {
    session.key(.ctrl("u"))
    session.key(.ctrl("k"))
    if case .editing(let editing) = session.state.mode, editing.kind.isNumeric {
      session.type("7")
    } else {
      session.type(text)
    }
    session.key(.enter)
  }

  static func isEditing(_ session: Session) -> Bool {
    if case .editing = session.state.mode { return true }
    return false
  }

  static func undoAll(_ session: inout Session, expected: Int) {
    let count = session.state.history.undoStack.count
    #expect(count == expected)
    session.press(.undo, times: count)
  }

  /// The tree as titles, children indented, for comparing shapes.
  static func shape(_ nodes: [ChangeNode], _ depth: Int = 0) -> [String] {
    nodes.flatMap { node in
      [String(repeating: "  ", count: depth) + node.title] + shape(node.children, depth + 1)
    }
  }

  // MARK: Building from nothing

  @Test func aWholeTheoryOfChangeIsBuiltFromAnEmptyPlanByKeys() throws {
    var s = Self.open(Plan.empty(name: "Werkplaats", startYear: 2026), language: .dutch)
    #expect(s.screen.contains("Dit plan heeft nog geen veranderingstheorie."))
    s.press(.add)  // The first impact goal, with the editor open on its title.
    #expect(Self.isEditing(s))
    Self.enter("Minder CO2 in Twente", &s)
    s.press(.addChild)
    Self.enter("Mkb voert maatregelen uit", &s)
    s.press(.add)
    Self.enter("Bedrijven delen energie", &s)
    s.press(.addChild)
    Self.enter("Hubplannen klaar", &s)
    s.press(.addChild)
    Self.enter("Congestiestudie", &s)
    let plan = s.state.plan
    #expect(
      Self.shape(plan.theoryOfChange) == [
        "Minder CO2 in Twente", "  Mkb voert maatregelen uit", "  Bedrijven delen energie",
        "    Hubplannen klaar", "      Congestiestudie",
      ])
    let impact = plan.theoryOfChange[0]
    #expect(impact.level == .impact)
    #expect(impact.children.map(\.level) == [.outcome, .outcome])
    #expect(impact.children[1].children[0].level == .output)
    #expect(impact.children[1].children[0].children[0].level == .activity)
    let activity = impact.children[1].children[0].children[0].id
    #expect(Self.selected(s) == activity)

    // An assumption, set broken, with its plan B.
    s.press(.switchFocus)
    Self.moveInDetail(&s) { $0.list == .assumptions(activity) }
    #expect(s.screen.contains("nog geen — a voegt er een toe"))
    s.press(.add)
    #expect(Self.isEditing(s))
    Self.enter("Netbeheerder geeft ruimte", &s)
    s.press(.cycleValue)
    s.press(.cycleValue)
    var assumption = try #require(s.state.plan.node(activity)?.assumptions.first)
    #expect(assumption.status == .broken)
    #expect(s.screen.contains("✗ klopt niet: Netbeheerder geeft ruimte"))
    #expect(s.screen.contains("Plan B: –  ! nog geen plan B"))
    s.press(.moveDown)
    #expect(s.state.editTarget == Target(.assumption(activity, assumption.id), .planB))
    s.press(.edit)
    Self.enter("Batterij achter de meter", &s)
    assumption = try #require(s.state.plan.node(activity)?.assumptions.first)
    #expect(assumption.planB == "Batterij achter de meter")

    // A KPI, every figure typed the Dutch way, Tab going from one to the next.
    Self.moveInDetail(&s) { $0.list == .nodeKPIs(activity) }
    s.press(.add)
    s.type("Studies afgerond")
    for text in ["studies", "2,5", "12,5", "40", "31-12-2027"] {
      s.key(.tab)  // Commits the field and opens the editor on the next one.
      #expect(Self.isEditing(s), "\(text)")
      s.key(.ctrl("u"))
      s.type(text)
    }
    s.key(.enter)
    #expect(s.state.mode == .normal)
    let kpi = try #require(s.state.plan.node(activity)?.kpis.first)
    #expect(kpi.name == "Studies afgerond")
    #expect(kpi.unit == "studies")
    #expect(kpi.baseline == 2.5)
    #expect(kpi.actual == 12.5)
    #expect(kpi.target == 40)
    #expect(kpi.deadline == CalendarDate(year: 2027, month: 12, day: 31))
    #expect(s.screen.contains("Nulmeting  2,5"))
    #expect(s.state.plan.violations().isEmpty)

    // Every edit undone gives back the empty plan: five nodes, the assumption and the KPI
    // each added with their name in one step.
    Self.undoAll(&s, expected: 5 + 5 + 5)
    #expect(s.state.plan == Plan.empty(name: "Werkplaats", startYear: 2026))
  }

  @Test func tabInANewKPIsNameGoesThroughEveryFigure() throws {
    var s = try Self.demo(width: 120, height: 40)
    Self.find("Praktijkhal operationeel", &s)
    s.press(.switchFocus)
    Self.moveInDetail(&s) { $0.target?.field == .name }
    s.press(.add)
    s.type("Leerlingen")
    var fields: [Field] = []
    for _ in 0..<5 {
      s.key(.tab)
      guard case .editing(let session) = s.state.mode else { break }
      fields.append(try #require(session.target.field))
    }
    #expect(fields == [.unit, .baseline, .actual, .target, .deadline])
    s.key(.escape)
  }

  // MARK: Every command, valid and undoable

  /// Adding and naming is one step.
  @Test(arguments: [
    (Command.add, 1), (.addBefore, 1), (.addChild, 1), (.delete, 1), (.duplicate, 1),
    (.moveItemUp, 1), (.indent, 1), (.outdent, 1), (.moveTo, 1),
  ])
  func everyTreeCommandKeepsThePlanValidAndUndoesExactly(_ command: Command, _ edits: Int)
    throws
  {
    var s = try Self.demo()
    let original = s.state.plan
    Self.find("Groenkrediet beschikbaar", &s)
    #expect(Self.selected(s) == "toc-6")
    s.press(command)
    if Self.isEditing(s) { Self.enter("Nieuw onderdeel", &s) }
    if case .picking = s.state.mode {
      s.key(.home)  // "(top level)"
      s.key(.enter)
    }
    // The node has an activity under it: deleting it asks first.
    if case .confirmDelete = s.state.mode { s.key(.char("y")) }
    #expect(s.state.mode == .normal)
    #expect(s.state.plan != original, "\(command) changed nothing")
    #expect(s.state.plan.violations().isEmpty, "\(command)")
    Self.undoAll(&s, expected: edits)
    #expect(s.state.plan == original)
  }

  /// Each line of a node with an assumption (broken, with a plan B) and a KPI takes every
  /// editing command; undoing them all after each line gives back the plan exactly.
  @Test func everyDetailLineTakesEveryEditingCommand() throws {
    var s = try Self.demo(width: 120, height: 40)
    let original = s.state.plan
    Self.find("Bedrijven delen energie", &s)
    s.press(.switchFocus)
    var visited: [Target] = []
    var changed = 0
    for _ in 0..<40 {
      guard let item = Self.selectedItem(s) else { break }
      let row = s.state.views.theoryOfChange.detail.row
      if let target = item.target { visited.append(target) }
      for command in [Command.cycleValue, .duplicate, .moveItemDown, .moveItemUp, .add, .delete] {
        s.press(command)
        if case .picking = s.state.mode { s.key(.escape) }
        if Self.isEditing(s) { Self.enter("Nieuw", &s) }
        #expect(s.state.plan.violations().isEmpty, "\(command) on \(String(describing: item))")
      }
      changed += s.state.history.undoStack.count
      s.undoAll()
      #expect(s.state.plan == original, "\(String(describing: item.target))")
      // Back to the line (an added entry may have taken the selection), then on to the next.
      s.state.views.theoryOfChange.focus = .detail
      s.state.views.theoryOfChange.detail.row = row
      s.press(.moveDown)
      if s.state.views.theoryOfChange.detail.row == row { break }
    }
    let fields = visited.compactMap(\.field)
    #expect(
      fields == [
        .title, .level, .owner, .description, .text, .planB, .name, .unit, .baseline, .actual,
        .target, .deadline, .cause, .causeAssumption, .value, .rationale,
      ])
    #expect(changed > 20)
  }

  @Test func everyFieldOfANodeIsEditedInPlace() throws {
    var s = try Self.demo(width: 120, height: 40, language: .dutch)
    let original = s.state.plan
    Self.find("Hubplannen voor drie terreinen", &s)
    s.press(.edit)  // In the tree: the title.
    Self.enter("Hubplannen voor vier terreinen", &s)
    #expect(s.state.plan.node("toc-9")?.title == "Hubplannen voor vier terreinen")
    s.press(.switchFocus)
    Self.moveInDetail(&s) { $0.target?.field == .level }
    s.press(.cycleValue)
    #expect(s.state.plan.node("toc-9")?.level == .activity)
    s.press(.edit)  // Enter picks from the levels.
    guard case .picking(let levels) = s.state.mode else {
      Issue.record("no pick list for the level")
      return
    }
    #expect(levels.options.count == ChangeLevel.allCases.count)
    s.key(.home)
    s.key(.enter)
    #expect(s.state.plan.node("toc-9")?.level == .impact)
    s.press(.moveDown)
    s.key(.enter)  // Enter on the owner: the stakeholders to choose from.
    guard case .picking(let owners) = s.state.mode else {
      Issue.record("no pick list for the owner")
      return
    }
    #expect(owners.options.count == s.state.plan.stakeholders.count + 1)
    s.key(.home)
    s.key(.enter)
    #expect(s.state.plan.node("toc-9")?.owner == nil)
    s.press(.moveDown)
    s.key(.enter)
    Self.enter("Drie terreinen met een hub.", &s)
    #expect(s.state.plan.node("toc-9")?.description == "Drie terreinen met een hub.")
    s.press(.editExternal)
    guard case .openExternalEditor(let text)? = s.effects.last else {
      Issue.record("no external editor")
      return
    }
    #expect(text == "Drie terreinen met een hub.")
    s.send(.externalEditFinished("Eerste regel.\nTweede regel.\n"))
    #expect(s.state.plan.node("toc-9")?.description == "Eerste regel.\nTweede regel.")
    #expect(s.state.plan.violations().isEmpty)
    Self.undoAll(&s, expected: 6)
    #expect(s.state.plan == original)
  }

  // MARK: Moving nodes

  @Test func indentOutdentMoveToAndKJKeepTheSelectionOnTheMovedNode() {
    var s = Self.open(TheoryOfChangePaneTests.small())
    let original = s.state.plan
    Self.find("Echo", &s)
    s.press(.indent)  // Under Delta, its sibling above.
    #expect(Self.selected(s) == "e")
    #expect(
      Self.shape(s.state.plan.theoryOfChange) == [
        "Alpha", "  Bravo", "    Delta", "      Echo", "  Charlie", "    Foxtrot", "Golf",
      ])
    #expect(s.line(TheoryOfChangePaneTests.firstRow + 3) == "OUTP │     └─ • Echo")
    s.press(.outdent)  // Back after Delta.
    s.press(.outdent)  // After Bravo, under Alpha.
    #expect(Self.selected(s) == "e")
    #expect(s.state.plan.theoryOfChange[0].children.map(\.id) == ["b", "e", "c"])
    s.press(.moveItemUp)
    #expect(s.state.plan.theoryOfChange[0].children.map(\.id) == ["e", "b", "c"])
    #expect(Self.selected(s) == "e")
    s.press(.moveItemDown)
    s.press(.moveItemDown)
    #expect(s.state.plan.theoryOfChange[0].children.map(\.id) == ["b", "c", "e"])
    #expect(Self.selected(s) == "e")
    s.press(.moveTo)
    guard case .picking(let list) = s.state.mode else {
      Issue.record("no move-to list")
      return
    }
    #expect(list.purpose == .moveNode)
    #expect(
      list.options.map(\.label) == [
        "(top level)", "Alpha", "  Bravo", "    Delta", "  Charlie", "    Foxtrot", "Golf",
      ])
    #expect(list.options[list.selected].label == "Alpha")  // The current parent.
    s.key(.end)
    s.key(.enter)
    #expect(Self.selected(s) == "e")
    #expect(s.state.plan.theoryOfChange[1].children.map(\.id) == ["e"])
    #expect(s.screen.contains("IMP  ▾ Golf\nOUTP └─ • Echo"))
    #expect(s.state.plan.violations().isEmpty)
    Self.undoAll(&s, expected: 7)
    #expect(s.state.plan == original)
  }

  @Test func aNodeMovedUnderAFoldedNodeUnfoldsItToStaySelected() {
    var s = Self.open(TheoryOfChangePaneTests.small())
    Self.find("Bravo", &s)
    s.press(.activate)  // Fold Bravo.
    #expect(s.state.views.theoryOfChange.collapsed == ["b"])
    s.press(.moveDown)
    #expect(Self.selected(s) == "c")
    s.press(.indent)
    #expect(s.state.plan.node("b")?.children.map(\.id) == ["d", "e", "c"])
    #expect(!s.state.views.theoryOfChange.collapsed.contains("b"))
    #expect(Self.selected(s) == "c")
    // A child added under a folded node unfolds it too.
    Self.find("Bravo", &s)
    s.press(.activate)
    s.press(.addChild)
    Self.enter("India", &s)
    #expect(s.state.plan.node("b")?.children.last?.title == "India")
    #expect(Pane.selectedNode(s.state)?.title == "India")
    #expect(s.state.plan.node("b")?.children.last?.level == .output)
  }

  @Test func movesThatCannotBeMadeSaySoAndChangeNothing() {
    var s = Self.open(TheoryOfChangePaneTests.small())
    let original = s.state.plan
    s.press(.outdent)  // Alpha is a root.
    #expect(s.screen.contains("Cannot outdent: this is already at the top of the tree"))
    s.press(.moveItemUp)
    #expect(s.screen.contains("This is already at the end of the list"))
    s.press(.indent)  // Alpha is the first root.
    #expect(s.screen.contains("Cannot indent: there is no sibling above to go under"))
    Self.find("Foxtrot", &s)
    s.press(.moveItemDown)
    #expect(s.screen.contains("already at the end"))
    s.press(.moveTo)
    s.key(.enter)  // Its own parent, where it is the last child already.
    #expect(s.screen.contains("It is there already"))
    #expect(s.state.plan == original)
    #expect(s.state.history.undoStack.isEmpty)
    #expect(Self.selected(s) == "f")
  }

  @Test func theMoveToListLeavesOutTheNodeAndItsSubtree() throws {
    var s = try Self.demo()
    Self.find("Mkb voert maatregelen uit", &s)
    s.press(.moveTo)
    guard case .picking(let list) = s.state.mode else {
      Issue.record("no move-to list")
      return
    }
    let values = Set(list.options.compactMap(\.value))
    #expect(list.options.count == 24 - 6 + 1)
    for id in ["toc-2", "toc-3", "toc-4", "toc-5", "toc-6", "toc-7"] {
      #expect(!values.contains(id))
    }
    #expect(s.screen.contains("Move “Mkb voert maatregelen uit” under"))
    s.key(.escape)
    #expect(s.state.mode == .normal)
  }

  // MARK: Deleting

  @Test func deletingANodeTakesItsSubtreeAndLinksAndUndoRestoresThem() throws {
    var s = try Self.demo()
    let original = s.state.plan
    Self.find("Energiescans uitgevoerd", &s)
    s.press(.delete)
    // It takes two nodes and five references with it: the delete asks first.
    guard case .confirmDelete(let question) = s.state.mode else {
      Issue.record("no question")
      return
    }
    #expect(
      question.text
        == "Delete node “Energiescans uitgevoerd” with 2 nodes below it and clear 5 references?")
    s.key(.char("y"))
    let plan = s.state.plan
    #expect(plan.node("toc-3") == nil && plan.node("toc-4") == nil && plan.node("toc-5") == nil)
    #expect(plan.nodeCount == 21)
    for id in ["act-1", "act-2", "act-3", "act-4", "act-7"] {
      #expect(plan.actions.first { $0.id == ActionID(id) }?.node == nil, "\(id)")
    }
    #expect(plan.violations().isEmpty)
    #expect(s.statusLine.contains("(and cleared 5 references)"))
    #expect(Self.selected(s) == "toc-6")  // The next sibling takes the selection.
    s.press(.undo)
    #expect(s.state.plan == original)
  }

  // MARK: Focus and keys

  @Test func spaceFoldsInTheTreeAndPlusCyclesInTheDetail() throws {
    var s = try Self.demo()
    Self.find("Bedrijven delen energie", &s)
    s.key(.char(" "))
    #expect(s.state.views.theoryOfChange.collapsed == ["toc-8"])
    #expect(s.state.history.undoStack.isEmpty)
    s.key(.char(" "))
    #expect(s.state.views.theoryOfChange.collapsed.isEmpty)
    s.press(.switchFocus)
    Self.moveInDetail(&s) { $0.target?.field == .text }
    let before = try #require(s.state.plan.node("toc-8")?.assumptions.first?.status)
    s.key(.char(" "))
    #expect(
      s.state.plan.node("toc-8")?.assumptions.first?.status == before, "Space changes nothing")
    s.key(.char("+"))
    #expect(s.state.plan.node("toc-8")?.assumptions.first?.status != before)
    #expect(s.state.views.theoryOfChange.collapsed.isEmpty)
    // Enter in the detail edits the line; in the tree it folds.
    s.key(.enter)
    #expect(Self.isEditing(s))
    s.key(.escape)
    s.press(.switchFocus)
    s.key(.enter)
    #expect(s.state.views.theoryOfChange.collapsed == ["toc-8"])
  }

  @Test func theDetailShowsItsSelectionOnlyWithFocusAndScrolls() throws {
    var s = try Self.demo()
    Self.find("Mkb voert maatregelen uit", &s)
    let detailTop = 14
    #expect(s.line(detailTop).hasPrefix("Outcome     Mkb voert maatregelen uit"))
    #expect(!(0..<80).contains { s.grid[$0, detailTop].style.reverse })
    s.press(.switchFocus)
    #expect(s.state.editTarget == Target(.node("toc-2"), .title))
    #expect(s.grid[0, detailTop].style.reverse)
    // The tree's row is underlined instead: one cursor on screen at a time.
    #expect(!s.grid[0, TheoryOfChangePaneTests.firstRow + 1].style.reverse)
    #expect(s.grid[0, TheoryOfChangePaneTests.firstRow + 1].style.underline)
    s.press(.bottom)
    // The last line is why the element leads to the one above it, under its KPI's figures.
    #expect(s.state.editTarget == Target(.node("toc-2"), .rationale))
    #expect(s.state.views.theoryOfChange.detail.offset > 0)
    #expect(s.screen.contains("46 · Hogeschool Dinkelland"), "the first measurement")
    s.press(.top)
    #expect(s.state.views.theoryOfChange.detail.offset == 0)
    s.press(.moveLeft)  // Back to the tree.
    #expect(s.state.views.theoryOfChange.focus == .tree)
    #expect(s.grid[0, TheoryOfChangePaneTests.firstRow + 1].style.reverse)
  }

  @Test func aClickInTheDetailSelectsTheLine() throws {
    var s = try Self.demo()
    Self.find("Mkb voert maatregelen uit", &s)
    s.send(.mouse(MouseEvent(.press, x: 20, y: 16)))  // "Owner".
    #expect(s.state.views.theoryOfChange.focus == .detail)
    #expect(s.state.editTarget == Target(.node("toc-2"), .owner))
    s.send(.mouse(MouseEvent(.press, x: 20, y: TheoryOfChangePaneTests.firstRow)))
    #expect(s.state.views.theoryOfChange.focus == .tree)
    #expect(Self.selected(s) == "toc-1")
  }

  @Test func aReadOnlyPlanStillFoldsButRefusesMoves() throws {
    var s = try Self.demo()
    s.state.settings.readOnly = true
    let original = s.state.plan
    s.key(.char(" "))
    #expect(s.state.views.theoryOfChange.collapsed == ["toc-1"])
    for command in [Command.moveTo, .addChild, .indent, .delete] {
      s.press(command)
      #expect(s.state.mode == .normal)
    }
    #expect(s.statusLine.contains("Read-only"))
    #expect(s.state.plan == original)
  }

  // MARK: Size

  @Test func editsOnATenThousandNodeTreeStayCorrect() {
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
    var s = Self.open(plan, width: 120, height: 40)
    s.press(.collapseAll)
    Self.find("n-7-3-2", &s)
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      s.press(.indent)
      s.press(.outdent)
      s.press(.moveItemDown)
      s.press(.addChild)
      Self.enter("Nieuw", &s)
      s.press(.delete)
    }
    // The new child is gone; its sibling above takes the selection.
    #expect(Self.selected(s) == "n-7-3-2-9")
    #expect(s.state.plan.nodeCount == 10_000)
    #expect(
      s.state.plan.node("n-7-3")?.children.map(\.id).prefix(4) == [
        "n-7-3-0", "n-7-3-1", "n-7-3-3", "n-7-3-2",
      ])
    // Generous for a debug build on a shared machine; the point is no walk per node.
    #expect(elapsed < .seconds(5))
    Self.undoAll(&s, expected: 5)
    #expect(s.state.plan == plan)
  }
}
