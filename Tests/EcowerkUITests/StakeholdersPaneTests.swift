import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import EcowerkStrings
import EcowerkText
import Testing

@testable import EcowerkUI

/// Pane 3, the stakeholder matrix: what the room reads first, whole texts under the table,
/// widths that grow with the screen, and rows that follow sorting and filtering as they are
/// typed — the kept order always equal to one computed from scratch.
@Suite struct StakeholdersPaneTests {
  static func matrix(_ plan: Plan, width: Int = 100, height: Int = 30) -> Session {
    var session = Session(plan: plan, width: width, height: height, keymap: .workshop)
    session.key(.ctrl("g"))
    session.type("3")
    return session
  }

  @Test func theRoomReadsWhoInfluenceInterestMVEAndOrchestratorFirst() {
    #expect(
      Array(MatrixColumns.stakeholders.prefix(5)) == [
        .name, .influence, .interest, .inMVE, .isOrchestrator,
      ])
  }

  @Test(arguments: Language.allCases)
  func noHeaderIsCutAndTheLegendFitsEightyColumns(_ language: Language) throws {
    let s = try Session.demo(width: 80, height: 24, language: language, keymap: .workshop)
    var session = s
    session.key(.ctrl("g"))
    session.type("3")
    let table = StakeholdersPane.table(session.state)
    for column in table.columns {
      #expect(DisplayWidth.of(column.title) <= column.width, "\(column.title)")
    }
    let legend = try #require(
      (0..<24).map(session.line).first { $0.contains("Infl") || $0.contains("Invl") })
    #expect(!legend.contains("…"), "the legend is not cut: \(legend)")
  }

  @Test func theSelectedColumnsHeaderIsMarkedAndTheCellIsReadableInFull() throws {
    var session = Self.matrix(try DemoPlan.load(), width: 80, height: 24)
    session.key(.down)
    session.key(.down)
    // The name is cut in its column; the detail line under the table has it whole.
    #expect(session.screen.contains("Universiteit Oost-Nederland"))
    session.key(.right)
    let header = session.line(2)
    let x = try #require(header.range(of: "Infl")).lowerBound.utf16Offset(in: header)
    #expect(session.grid[x, 2].style.reverse, "the selected column's header is reversed")
    #expect(!session.grid[0, 2].style.reverse, "and only that one")
    #expect(session.screen.contains("Influence: 2 of 5 (4 or more counts as high)"))
  }

  @Test func columnsGrowWithTheWindow() throws {
    let plan = try DemoPlan.load()
    let narrow = StakeholdersPane.table(Self.matrix(plan, width: 80).state)
    let wide = StakeholdersPane.table(Self.matrix(plan, width: 200, height: 60).state)
    #expect(wide.columns[0].width > narrow.columns[0].width, "longer names on a projector")
    #expect(wide.columns[0].width >= "Ontwikkelingsmaatschappij Oost".count)
    let placed = wide.placed(width: 200)
    #expect(placed.reduce(0) { $0 + $1.width } + placed.count - 1 >= 195, "the width is used")
  }

  /// Typing a filter narrows the kept order instead of sorting again; after every key, sort
  /// and edit the rows equal a full recompute.
  @Test func theKeptOrderAlwaysEqualsAFullRecompute() {
    let plan = PlanGenerator(seed: 14).plan(stakeholders: 400, segments: 4, nodes: 10, actions: 10)
    var session = Self.matrix(plan, width: 120, height: 40)
    func check(_ step: String) {
      let kept = StakeholdersPane.rows(session.state)
      #expect(kept == StakeholdersPane.computeRows(session.state), "\(step)")
    }
    session.key(.right)
    session.key(.right)
    session.key(.ctrl("k"))
    session.type("sort")
    session.key(.enter)
    check("sorted by interest")
    session.key(.ctrl("f"))
    for character in "ge" {
      session.type(String(character))
      check("filter \(session.state.views.stakeholders.filter)")
    }
    session.key(.backspace)
    check("filter shortened")
    session.type("em")
    check("filter typed on")
    session.key(.escape)
    check("filter cleared")
    #expect(session.state.views.stakeholders.filter.isEmpty)
    session.key(.ctrl("f"))
    session.type("ge")
    check("filtered again")
    session.key(.enter)
    session.type("1")
    session.key(.enter)
    check("after an edit of a score")
    session.key(.ctrl("z"))
    check("after undo")
  }
}
