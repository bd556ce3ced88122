import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Testing

@testable import EcowerkUI

/// Pane 4 as a diagram: boxes in a column per level, arrows along the tree and dotted arrows
/// for the links beside it, moved through by the arrow keys.
@Suite struct ChangeDiagramTests {
  static func diagram(width: Int = 100, height: Int = 30, keymap: Keymap = .vim) throws
    -> Session
  {
    var s = try Session.demo(width: width, height: height, keymap: keymap)
    if keymap.name == .workshop {
      // The workshop keys reach a pane by Ctrl-PgDn (or Ctrl-G and its number).
      s.press(.nextPane, times: 3)
    } else {
      s.press(.showPane(.theoryOfChange))
    }
    #expect(s.state.pane == .theoryOfChange)
    s.press(.toggleDiagram)
    return s
  }

  @Test(arguments: [(80, 24), (100, 30), (200, 60)])
  func theDiagramMatchesItsSnapshot(width: Int, height: Int) throws {
    let s = try Self.diagram(width: width, height: height)
    #expect(s.state.views.theoryOfChange.showsDiagram)
    assertSnapshot(s.screen, named: "pane4-diagram-\(width)x\(height)-en")
  }

  @Test func theDemoFitsOnAProjectorWithEveryBoxAndArrow() throws {
    let s = try Self.diagram()
    let plan = s.state.plan
    // Every element's title starts on screen, and every link has its arrowhead.
    for (node, _) in plan.allNodes() {
      #expect(s.screen.contains(String(node.title.prefix(10))), "\(node.title)")
    }
    // A link arrives with its own arrowhead, or joins the tree's arrow into the same box.
    #expect(s.screen.contains("▸"))
    #expect(s.screen.components(separatedBy: "┆").count - 1 >= plan.changeLinks.count)
    #expect(s.screen.contains("Impact") && s.screen.contains("Activity"))
    // A broken assumption is marked on its box.
    #expect(s.screen.contains("! Bedrijven delen"))
  }

  @Test func anElementWithTwoParentsHasATreeArrowAndALinkArrow() throws {
    let plan = try DemoPlan.load()
    let grid = ChangeDiagramGrid(plan, width: 100)
    let from = try #require(grid.index["toc-17"])
    let parents =
      [grid.boxes[from].parent.map { grid.boxes[$0].id }]
      + grid.links.filter { $0.from == from }.map { Optional(grid.boxes[$0.to].id) }
    #expect(parents == ["toc-16", "toc-22"])
    #expect(grid.links.count == plan.changeLinks.count)
    #expect(grid.links.contains { $0.broken })
  }

  @Test func theArrowKeysMoveAlongTheArrowsAndEnterOpensTheDetail() throws {
    var s = try Self.diagram()
    // The tree had the first impact goal selected.
    #expect(s.state.views.theoryOfChange.diagramNode == "toc-1")
    s.press(.moveLeft)
    #expect(s.state.views.theoryOfChange.diagramNode == "toc-8", "the child nearest in row")
    s.press(.moveUp)
    #expect(s.state.views.theoryOfChange.diagramNode == "toc-2")
    s.press(.moveLeft)
    s.press(.moveLeft)
    let activity = try #require(s.state.views.theoryOfChange.diagramNode)
    #expect(s.state.plan.node(activity)?.level == .activity)
    s.press(.moveRight)
    s.press(.moveRight)
    #expect(s.state.views.theoryOfChange.diagramNode == "toc-2", "right goes up the tree")
    s.press(.moveDown)
    s.press(.moveDown)
    s.press(.moveDown)
    #expect(s.state.views.theoryOfChange.diagramNode == "toc-16", "down goes on to the next goal")
    s.press(.activate)
    #expect(!s.state.views.theoryOfChange.showsDiagram)
    #expect(s.state.views.theoryOfChange.focus == .detail)
    #expect(TheoryOfChangePane.selectedNode(s.state)?.id == "toc-16")
  }

  @Test func aFoldedElementIsStillADiagramBoxAndEnterUnfoldsItsAncestors() throws {
    var s = try Session.demo(width: 100, height: 30)
    s.press(.showPane(.theoryOfChange))
    s.press(.collapseAll)
    s.press(.toggleDiagram)
    #expect(s.screen.contains("Praktijkhal inric"))
    s.press(.bottom)
    let last = try #require(s.state.views.theoryOfChange.diagramNode)
    s.press(.activate)
    #expect(TheoryOfChangePane.selectedNode(s.state)?.id == last)
  }

  @Test func theToggleGoesBackToTheTreeOnTheSameElementInBothKeymaps() throws {
    for keymap in [Keymap.vim, .workshop] {
      var s = try Self.diagram(keymap: keymap)
      s.press(.moveLeft)
      let chosen = s.state.views.theoryOfChange.diagramNode
      s.press(.toggleDiagram)
      #expect(!s.state.views.theoryOfChange.showsDiagram)
      #expect(TheoryOfChangePane.selectedNode(s.state)?.id == chosen)
      #expect(s.state.views.theoryOfChange.focus == .tree)
    }
  }

  @Test func typingOnABoxRenamesTheElementAndUndoTakesItBack() throws {
    var s = try Self.diagram(keymap: .workshop)
    let before = s.state.plan
    s.press(.moveLeft)
    let id = try #require(s.state.views.theoryOfChange.diagramNode)
    s.press(.edit)
    s.key(.ctrl("u"))
    s.type("Bedrijven delen stroom")
    s.key(.enter)
    #expect(s.state.plan.node(id)?.title == "Bedrijven delen stroom")
    #expect(s.state.views.theoryOfChange.showsDiagram, "the diagram stays")
    s.press(.undo)
    #expect(s.state.plan == before)
  }

  @Test func aLargePlanScrollsToKeepTheSelectionInView() throws {
    let plan = PlanGenerator(seed: 7).plan(stakeholders: 10, segments: 3, nodes: 400, actions: 10)
    var s = Session(plan: plan, width: 100, height: 30)
    s.press(.showPane(.theoryOfChange))
    s.press(.toggleDiagram)
    s.press(.bottom)
    #expect(s.state.views.theoryOfChange.diagramOffset > 0)
    let id = try #require(s.state.views.theoryOfChange.diagramNode)
    let title = try #require(plan.node(id)?.title)
    #expect(s.screen.contains(String(title.prefix(6))))
  }

  @Test func aClickSelectsTheBoxUnderIt() throws {
    var s = try Self.diagram()
    let lines = s.screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let y = try #require(lines.firstIndex { $0.contains("Energiescans uitg") })
    let x = try #require(lines[y].firstRange(of: "Energiescans uitg")).lowerBound
    // Columns, not bytes: the line has box characters before the title.
    s.send(.mouse(MouseEvent(.press, x: lines[y][..<x].count + 2, y: y)))
    #expect(s.state.views.theoryOfChange.diagramNode == "toc-3")
  }

  @Test func anEmptyTheoryOfChangeSaysWhatToDo() {
    var s = Session(plan: Plan(startYear: 2025))
    s.press(.showPane(.theoryOfChange))
    s.press(.toggleDiagram)
    #expect(s.screen.contains("No Theory of Change yet"))
    s.press(.moveDown)
  }
}

/// The tree's detail says what an element also contributes to, and why; the reason is edited
/// in place like any field.
@Suite struct ChangeLinkDetailTests {
  @Test func theDetailListsTheLinksAndTheirReasonIsEditedInPlace() throws {
    var s = Session(plan: FixturePlans.rich(), width: 120, height: 40)
    let before = s.state.plan
    s.press(.showPane(.theoryOfChange))
    s.press(.moveDown, times: 3)
    #expect(TheoryOfChangePane.selectedNode(s.state)?.id == "toc-4")
    #expect(s.screen.contains("Also to"))
    #expect(s.screen.contains("Also to     → Mkb'ers nemen maatregelen —"))
    s.press(.switchFocus)
    let target = Target(.changeLink("cl-1"), .rationale)
    for _ in 0..<12 where s.state.editTarget != target { s.press(.moveDown) }
    #expect(s.state.editTarget == target)
    s.press(.edit)
    s.key(.ctrl("u"))
    s.type("Coaches begeleiden ook de uitvoering")
    s.key(.enter)
    #expect(s.state.plan.changeLinks[0].rationale == "Coaches begeleiden ook de uitvoering")
    s.press(.undo)
    #expect(s.state.plan == before)
  }

  @Test func aNodesRationaleIsAFieldOfItsDetail() throws {
    var s = Session(plan: FixturePlans.rich(), width: 120, height: 40)
    s.press(.showPane(.theoryOfChange))
    s.press(.moveDown)
    #expect(s.screen.contains("Rationale   Elke maatregel verlaagt de"))
  }
}

/// A KPI behind its pace asks for the cause: execution or a changed environment, picked from
/// a list on its own line of the KPI's figures.
@Suite struct MissCauseTests {
  @Test func aKPIBehindAsksForItsCauseAndTheChoiceIsPicked() throws {
    var s = try Session.demo(width: 120, height: 60)
    let before = s.state.plan
    s.press(.showPane(.theoryOfChange))
    // The outcome under the second impact goal, whose KPI (monteurs) is far behind.
    for _ in 0..<30 where TheoryOfChangePane.selectedNode(s.state)?.id != "toc-16" {
      s.press(.moveDown)
    }
    #expect(s.screen.contains("Cause       –"))
    s.press(.switchFocus)
    let target = Target(.nodeKPI("toc-16", "kpi-6"), .cause)
    for _ in 0..<20 where s.state.editTarget != target { s.press(.moveDown) }
    #expect(s.state.editTarget == target)
    s.press(.edit)
    guard case .picking = s.state.mode else {
      Issue.record("no pick list")
      return
    }
    s.type("exec")
    s.key(.enter)
    #expect(s.state.plan.kpi("kpi-6")?.cause == .execution)
    #expect(s.screen.contains("Cause       execution"))
    s.press(.undo)
    #expect(s.state.plan == before)
  }

  @Test func aKPIOnTrackHasNoCauseLine() throws {
    var s = Session(plan: FixturePlans.rich(), width: 120, height: 40)
    s.press(.showPane(.theoryOfChange))
    s.press(.moveDown)
    // Bedrijven met routekaart is behind: the line is there, with the cause recorded.
    #expect(s.screen.contains("Cause       changed environment"))
    var onTrack = FixturePlans.rich()
    onTrack.theoryOfChange[0].children[0].kpis[0].cause = nil
    onTrack.theoryOfChange[0].children[0].kpis[0].measurements[1].value = 190
    var t = Session(plan: onTrack, width: 120, height: 40)
    t.press(.showPane(.theoryOfChange))
    t.press(.moveDown)
    #expect(!t.screen.contains("Cause "))
  }
}

/// Links are made from the tree: a pick list of the elements the network allows, then the
/// editor on the link's reason; deleting the link's line removes it.
@Suite struct AddLinkTests {
  @Test func aLinkIsPickedItsReasonTypedAndUndoneInOneStep() throws {
    var s = Session(plan: FixturePlans.rich(), width: 120, height: 40)
    let before = s.state.plan
    s.press(.showPane(.theoryOfChange))
    s.press(.moveDown, times: 2)
    #expect(TheoryOfChangePane.selectedNode(s.state)?.id == "toc-3")
    s.press(.addLink)
    guard case .picking(let list) = s.state.mode else {
      Issue.record("no pick list")
      return
    }
    // Only what the network allows: not its parent (the tree says it), not itself, not what
    // it leads up from (a loop).
    #expect(list.options.compactMap(\.value) == ["toc-1"])
    s.key(.enter)
    guard case .editing(let session) = s.state.mode else {
      Issue.record("no editor on the reason")
      return
    }
    #expect(session.target.field == .rationale)
    s.type("Scans tonen de besparing")
    s.key(.enter)
    let link = try #require(s.state.plan.changeLinks.last)
    #expect(link.from == "toc-3" && link.to == "toc-1")
    #expect(link.rationale == "Scans tonen de besparing")
    #expect(s.state.plan.violations().isEmpty)
    s.press(.undo)
    #expect(s.state.plan == before)
  }

  @Test func anElementWithNowhereToLinkToSaysSo() throws {
    var s = Session(plan: FixturePlans.rich(), width: 120, height: 40)
    s.press(.showPane(.theoryOfChange))
    s.press(.addLink)
    #expect(s.state.mode == .normal)
    #expect(s.screen.contains("There is no element this can also contribute to"))
  }

  @Test func deletingTheLinksLineRemovesTheLink() throws {
    var s = Session(plan: FixturePlans.rich(), width: 120, height: 40, keymap: .workshop)
    let before = s.state.plan
    s.state.pane = .theoryOfChange
    s.press(.moveDown, times: 3)
    s.press(.switchFocus)
    let target = Target(.changeLink("cl-1"), .rationale)
    for _ in 0..<12 where s.state.editTarget != target { s.press(.moveDown) }
    #expect(s.state.editTarget == target)
    s.press(.delete)
    if case .confirmDelete = s.state.mode { s.press(.answerYes) }
    #expect(s.state.plan.changeLinks.isEmpty)
    s.press(.undo)
    #expect(s.state.plan == before)
  }
}

/// A KPI's latest measurements in the tree's detail: a figure is corrected in place, one
/// entered by mistake deleted, each undone.
@Suite struct MeasurementDetailTests {
  @Test func aMeasurementIsCorrectedAndDeletedInTheDetail() throws {
    var s = Session(plan: FixturePlans.rich(), width: 120, height: 40, keymap: .workshop)
    let before = s.state.plan
    s.state.pane = .theoryOfChange
    s.press(.moveDown)
    #expect(s.screen.contains("Measured    2026-06-30  35.5 ·"))
    s.press(.switchFocus)
    let latest = Target(.measurement("kpi-1", "ms-2"), .value)
    for _ in 0..<20 where s.state.editTarget != latest { s.press(.moveDown) }
    #expect(s.state.editTarget == latest)
    s.press(.edit)
    s.key(.ctrl("u"))
    s.type("36")
    s.key(.enter)
    #expect(s.state.plan.kpi("kpi-1")?.actual == 36)
    s.state.views.theoryOfChange.focus = .detail
    for _ in 0..<20 where s.state.editTarget != latest { s.press(.moveUp) }
    s.press(.delete)
    if case .confirmDelete = s.state.mode { s.press(.answerYes) }
    #expect(s.state.plan.kpi("kpi-1")?.measurements.map(\.id) == ["ms-1"])
    #expect(s.state.plan.kpi("kpi-1")?.actual == 12)
    s.press(.undo)
    s.press(.undo)
    #expect(s.state.plan == before)
  }
}
