import EcowerkChecks
import EcowerkModel
import EcowerkStrings
import EcowerkUI
import Testing

/// The health overlay on `!`, the tab counts and the status bar's total, on the demo plan
/// (checked on 29 November 2026: 3 errors, 5 warnings, 3 hints).
@Suite struct HealthTests {
  @Test(arguments: [(80, 24, Language.dutch), (80, 24, .english), (120, 40, .dutch)])
  func theOverlayMatchesItsSnapshot(_ width: Int, _ height: Int, _ language: Language) throws {
    var session = try Session.demo(width: width, height: height, language: language)
    session.press(.health)
    assertSnapshot(session.screen, named: "health-\(width)x\(height)-\(language.rawValue)")
    #expect(!session.screen.contains("⟦"), "a string is missing from the table")
  }

  @Test func theOverlayScrollsAndShowsTheSelectedFindingInFull() throws {
    var session = try Session.demo(language: .dutch)
    session.press(.health)
    session.key(.end)
    assertSnapshot(session.screen, named: "health-80x24-nl-bottom")
    guard case .health(let list) = session.state.mode else {
      Issue.record("the overlay closed")
      return
    }
    #expect(list.cursor.row == list.findings.count - 1)
    session.key(.home)
    session.key(.down)
    session.key(.up)
    session.key(.down)
    guard case .health(let moved) = session.state.mode else { return }
    #expect(moved.cursor.row == 1)
  }

  @Test func aSmallerTerminalKeepsTheSelectedFindingInView() throws {
    var session = try Session.demo()
    session.press(.health)
    session.key(.end)
    session.resize(80, 12)
    let rows = (2..<11).map { session.line($0) }
    #expect(rows.contains { $0.contains("Installateurs geven monteurs") }, "\(rows)")
  }

  /// The row of the first finding of `check` in the overlay, pressed down to with `j`.
  private func open(_ check: Check, _ session: inout Session, nth: Int = 0) throws {
    session.press(.health)
    guard case .health(let list) = session.state.mode else {
      Issue.record("no overlay")
      return
    }
    let rows = list.findings.indices.filter { list.findings[$0].check == check }
    let row = try #require(rows.dropFirst(nth).first, "no \(check.id) in the demo plan")
    for _ in 0..<row { session.key(.down) }
    session.key(.enter)
    #expect(session.state.mode == .normal)
  }

  @Test func enterGoesToThePartnerAndTheFieldToFill() throws {
    var session = try Session.demo()
    try open(.partnerAddedValueMissing, &session)
    #expect(session.state.pane == .stakeholders)
    #expect(session.state.editTarget == Target(.stakeholder("sh-9"), .addedValue))
  }

  @Test func enterGoesToTheOverdueActionInTheTable() throws {
    var session = try Session.demo()
    try open(.overdue, &session, nth: 1)
    #expect(session.state.pane == .actions)
    #expect(session.state.editTarget?.ref == .action("act-8"))
  }

  @Test func enterGoesToTheYearThatDoesNotBalance() throws {
    var session = try Session.demo()
    try open(.financeUnbalanced, &session)
    #expect(session.state.pane == .finance)
    #expect(session.state.editTarget == Target(.financeYear(2030), .costs))
  }

  @Test func enterGoesToTheActualFigureThatDeviates() throws {
    var session = try Session.demo()
    try open(.budgetDeviation, &session)
    #expect(session.state.pane == .finance)
    #expect(session.state.views.finance.actuals)
    #expect(session.state.editTarget == Target(.financeYear(2025), .actualIncome))
  }

  @Test func enterGoesToTheSegmentsAmbassadors() throws {
    var session = try Session.demo()
    try open(.ambassadorMissing, &session)
    #expect(session.state.pane == .segments)
    #expect(session.state.editTarget == Target(.segment("seg-4"), .ambassadors))
  }

  @Test func enterGoesToTheUntestedAssumptionInTheTree() throws {
    var session = try Session.demo()
    try open(.assumptionUntested, &session)
    #expect(session.state.pane == .theoryOfChange)
    #expect(session.state.editTarget?.ref == .assumption("toc-6", "as-3"))
  }

  @Test func enterOnAChainLinkGoesToTheStakeholderField() throws {
    var session = try Session.demo()
    session.press(.showPane(.finance))
    try open(.mveChainGap, &session)
    #expect(session.state.pane == .stakeholders)
  }

  @Test func escapeClosesTheOverlayWhereItWasOpened() throws {
    var session = try Session.demo()
    session.press(.showPane(.pilots))
    session.press(.health)
    #expect(session.screen.contains("Checked against the method: 3 errors, 18 warnings, 3 hints"))
    session.key(.escape)
    #expect(session.state.mode == .normal && session.state.pane == .pilots)
  }

  @Test func theTabsShowEachPanesCountAndTheStatusBarTheTotal() throws {
    let session = try Session.demo(width: 120, height: 40)
    let health = session.state.health
    #expect(health.total == 24 && health.errors == 3)
    #expect(health.count(in: .stakeholders) == 3)
    #expect(health.count(in: .finance) == 2)
    // Three overdue actions and an action's KPI behind.
    #expect(health.count(in: .actions) == 4)
    #expect(health.count(in: .segments) == 3)
    // Three untested assumptions and eight of the tree's KPIs behind.
    #expect(health.count(in: .theoryOfChange) == 11)
    // The phase's entry conditions are the overview's.
    #expect(health.count(in: .overview) == 1)
    #expect(session.line(1).contains("3 Stakeholders!3"), "\(session.line(1))")
    #expect(session.line(1).contains("5 Propositions 6"), "no count where nothing is open")
    #expect(session.statusLine.contains("!24"), "\(session.statusLine)")
  }

  @Test func theTabsKeepNamesOnANarrowTerminalAndClicksFindTheRightTab() throws {
    var session = try Session.demo(width: 80, height: 24, language: .dutch)
    let tabs = session.line(1)
    #expect(tabs.contains("1 Overzicht") && tabs.contains("!2"), "\(tabs)")
    // A click on the stakeholders' count selects that pane.
    let column = try #require(
      tabs.range(of: "3 S").map { tabs.distance(from: tabs.startIndex, to: $0.lowerBound) })
    session.send(.mouse(MouseEvent(.press, x: column, y: 1)))
    #expect(session.state.pane == .stakeholders)
  }

  @Test func theCountsFollowEveryEditAndUndo() throws {
    var session = try Session.demo()
    try open(.partnerAddedValueMissing, &session)
    let before = session.state.health.total
    session.press(.edit)
    session.type("Leads voor de bank")
    session.key(.enter)
    #expect(session.state.health.total == before - 1)
    #expect(session.state.health.count(in: .stakeholders) == 2)
    #expect(
      session.state.health.health == PlanHealth(plan: session.state.plan, today: Session.today))
    session.press(.undo)
    #expect(session.state.health.total == before)
    session.press(.redo)
    #expect(session.state.health.total == before - 1)
    #expect(session.state.health.version == session.state.version)
  }

  @Test func movingAroundDoesNotCheckAgain() throws {
    var session = try Session.demo()
    let version = session.state.health.version
    session.press(.showPane(.stakeholders))
    session.press(.moveDown, times: 5)
    session.press(.health)
    session.key(.escape)
    #expect(session.state.health.version == version)
    #expect(session.state.version == version)
  }

  @Test func bangIsInTheKeymapAndTheHelp() throws {
    #expect(Keymap.vim.command(for: .char("!"), in: .overview) == .health)
    let help = HelpScreen.lines(Keymap.vim, Strings(.english)).map(\.text)
    #expect(help.contains("health: the plan checked against the method (Enter goes to a finding)"))
  }
}
