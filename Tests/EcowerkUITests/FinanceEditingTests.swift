import EcowerkModel
import EcowerkStore
import EcowerkStrings
import Foundation
import Testing

@testable import EcowerkUI

/// Editing pane 6 by keys: every entered figure in place, in euros in Dutch or English notation,
/// partners added and removed, the actual figures beside the plan; after every command the plan
/// stays valid and undo gives back the identical plan.
@Suite struct FinanceEditingTests {
  /// Demo rows: eight partners (two rows each) in stakeholder order, then the totals.
  static let tubantiaCash = 0
  static let vanDerKolkInKind = 11
  static let partnersTotal = 16
  static let ngf = 17
  static let income = 18
  static let costs = 20
  static let balance = 21

  static func demo(width: Int = 80, height: Int = 24, language: Language = .english) throws
    -> Session
  {
    try FinancePaneTests.demo(width: width, height: height, language: language)
  }

  /// Selects a cell by keys: the row with `j` from the top, the column with `l` from the names.
  static func select(row: Int, column: Int, _ s: inout Session) {
    s.press(.top)
    s.press(.moveDown, times: row)
    s.press(.moveLeft, times: 8)
    s.press(.moveRight, times: column)
  }

  /// `e`, the old text cleared, `text` typed, Enter.
  static func type(_ text: String, _ s: inout Session) {
    s.press(.edit)
    s.key(.ctrl("u"))
    s.type(text)
    s.key(.enter)
  }

  static func undoAll(_ s: inout Session) {
    s.undoAll()
  }

  @Test(
    arguments: [
      ("€ 1.250,50", 125_050), ("1250.50", 125_050), ("12.500", 1_250_000),
      ("€1,250.50", 125_050), ("1.250.000", 125_000_000), ("750000", 75_000_000), ("0", 0),
      ("", 0),
    ] as [(String, Int64)])
  func typedAmountsLandAsTheRightCents(_ text: String, _ cents: Int64) throws {
    var s = try Self.demo(language: .dutch)
    let original = s.state.plan
    Self.select(row: Self.ngf, column: 2, &s)
    Self.type(text, &s)
    #expect(s.state.mode == .normal, "\(String(describing: s.state.status))")
    #expect(s.state.plan.financeYear(2026)?.ngf == Money(cents: cents))
    #expect(s.state.plan.violations().isEmpty)
    Self.undoAll(&s)
    #expect(s.state.plan == original)
  }

  @Test(
    arguments: [
      ("veel geld", "‘veel geld’ is geen bedrag"), ("-300", "‘-300’ is negatief"),
      ("1.250,505", "‘1.250,505’ heeft meer dan twee decimalen"),
      ("99999999999999", "te groot bedrag"),
    ])
  func badAmountsAreRefusedAndTheEditorStaysOpen(_ text: String, _ message: String) throws {
    var s = try Self.demo(language: .dutch)
    let before = s.state.plan
    Self.select(row: Self.costs, column: 1, &s)
    Self.type(text, &s)
    guard case .editing(let session) = s.state.mode else {
      Issue.record("the editor closed on ‘\(text)’")
      return
    }
    #expect(session.editor.text == text)
    #expect(session.target == Target(.financeYear(2025), .costs))
    #expect(s.statusLine.contains(message), "\(s.statusLine)")
    #expect(s.state.plan == before)
    s.key(.escape)
    #expect(s.state.mode == .normal)
    #expect(s.state.plan == before)
  }

  @Test func everyEnteredFigureCanBeTypedAndEverythingUndone() throws {
    var s = try Self.demo()
    let original = s.state.plan
    // An existing contribution, one the partner does not have that year (Van der Kolk puts in
    // only in 2026), and the NGF, income and costs of a year.
    let cells: [(row: Int, column: Int, text: String, target: Target, cents: Int64)] = [
      (
        Self.tubantiaCash, 1, "45,000", Target(.contribution(year: 2025, partner: "sh-1"), .cash),
        4_500_000
      ),
      (
        Self.vanDerKolkInKind, 1, "12.5",
        Target(.contribution(year: 2025, partner: "sh-7"), .inKind),
        1_250
      ),
      (Self.ngf, 6, "100,000", Target(.financeYear(2030), .ngf), 10_000_000),
      (Self.income, 3, "155,000.25", Target(.financeYear(2027), .income), 15_500_025),
      (Self.costs, 4, "1,400,000", Target(.financeYear(2028), .costs), 140_000_000),
    ]
    for cell in cells {
      Self.select(row: cell.row, column: cell.column, &s)
      let place = try #require(FinancePane.editPlace(s.state, in: ScreenLayout(s.state.size).pane))
      #expect(place.target == cell.target)
      Self.type(cell.text, &s)
      #expect(s.state.mode == .normal, "\(cell.target): \(String(describing: s.state.status))")
      #expect(
        Materialize.value(of: cell.target.field ?? .name, at: cell.target.ref, in: s.state.plan)
          == .money(Money(cents: cell.cents)))
      #expect(s.state.plan.violations().isEmpty, "\(cell.target)")
    }
    // The new contribution went in as a row of its own, and the figures follow every edit.
    #expect(
      s.state.plan.financeYear(2025)?.contribution(of: "sh-7")
        == Contribution(partner: "sh-7", inKind: Money(cents: 1_250)))
    #expect(FinancePaneTests.figures(s.screen, "Costs")?.values.dropFirst(3).first == "1,400,000")
    #expect(!s.state.plan.ngfVerdict.standsAlone)
    #expect(s.screen.contains("✗ The plan does not yet stand without NGF after 2030"))
    Self.undoAll(&s)
    #expect(s.state.plan == original)
    #expect(!s.state.isModified)
  }

  @Test func aYearWithoutARowGetsOneWhenItsFirstFigureIsTyped() throws {
    var plan = try DemoPlan.load()
    plan.finance.removeAll { $0.year == 2027 }
    var s = FinancePaneTests.open(plan)
    let original = s.state.plan
    Self.select(row: Self.income, column: 3, &s)
    let rect = ScreenLayout(s.state.size).pane
    let place = try #require(FinancePane.editPlace(s.state, in: rect))
    #expect(place.target == Target(.financeYear(2027), .income))
    // The editor sits on the 2027 cell of the Income row, on the screen.
    let row = try #require(FinancePaneTests.figures(s.screen, "Income"))
    #expect(place.rect.y == row.y)
    #expect(s.line(FinancePaneTests.top).dropFirst(place.rect.x).contains("2027"))
    Self.select(row: Self.tubantiaCash, column: 3, &s)
    #expect(
      FinancePane.editPlace(s.state, in: rect)?.target
        == Target(.contribution(year: 2027, partner: "sh-1"), .cash))
    Self.type("60.000", &s)
    let year = try #require(s.state.plan.financeYear(2027))
    #expect(year.contributions == [Contribution(partner: "sh-1", cash: Money(euros: 60_000))])
    #expect(s.state.plan.finance.map(\.year) == Array(2025...2030), "in year order")
    #expect(s.state.plan.violations().isEmpty)
    s.press(.undo)
    #expect(s.state.plan == original, "one undo takes the row and the figure back")
  }

  @Test func derivedFiguresAreNotEditableAndSaySo() throws {
    var s = try Self.demo()
    let before = s.state.plan
    for (row, column) in [
      (Self.partnersTotal, 1), (Self.balance, 2), (Self.balance + 1, 3), (Self.ngf, 7),
      (Self.tubantiaCash, 7),
    ] {
      Self.select(row: row, column: column, &s)
      s.press(.edit)
      #expect(s.state.mode == .normal, "row \(row), column \(column)")
      #expect(s.statusLine.contains("Nothing to edit here"))
      s.press(.activate)
      #expect(s.state.mode == .normal)
      #expect(s.statusLine.contains("This is calculated from the figures above"))
    }
    #expect(s.state.plan == before)
    // Enter on an entered figure opens the editor.
    Self.select(row: Self.ngf, column: 1, &s)
    s.press(.activate)
    guard case .editing(let session) = s.state.mode else {
      Issue.record("Enter did not open the editor")
      return
    }
    #expect(session.editor.text == "€900,000")
  }

  @Test func tabAndShiftTabMoveToTheNextAndPreviousYearAndKeepEditing() throws {
    var s = try Self.demo(language: .dutch)
    let original = s.state.plan
    Self.select(row: Self.ngf, column: 1, &s)
    s.press(.edit)
    for text in ["800.000", "650.000", "450.000"] {
      s.key(.ctrl("u"))
      s.type(text)
      s.key(.tab)
    }
    guard case .editing(let session) = s.state.mode else {
      Issue.record("the editor closed after Tab")
      return
    }
    #expect(session.target == Target(.financeYear(2028), .ngf))
    s.key(.backTab)
    #expect(s.state.views.finance.column == 3)
    s.key(.escape)
    let ngf = s.state.plan.financeByYear.map { $0.ngf.cents / 100 }
    #expect(ngf == [800_000, 650_000, 450_000, 350_000, 150_000, 0])
    // The totals follow: 2025 now brings in 100,000 less than it costs.
    #expect(FinancePaneTests.figures(s.screen, "Saldo")?.values.first == "-100.000")
    #expect(
      FinancePaneTests.figures(s.screen, "NGF")?.values.prefix(3) == [
        "800.000", "650.000", "450.000",
      ])
    Self.undoAll(&s)
    #expect(s.state.plan == original)
  }

  @Test func addingAPartnerPicksAStakeholderAndSelectsItsCash() throws {
    var s = try Self.demo()
    let original = s.state.plan
    Self.select(row: Self.ngf, column: 4, &s)
    s.press(.add)
    guard case .picking(let list) = s.state.mode else {
      Issue.record("no pick list")
      return
    }
    #expect(
      list.options.map(\.label) == [
        "Universiteit Oost-Nederland", "Energiecoöperatie Twentse Wind", "Netwerk Oost Netbeheer",
        "Rijksdienst Duurzaam Ondernemen", "Energieagentur Münsterland",
      ], "only stakeholders that do not contribute yet")
    #expect(s.screen.contains("New partner (contributing from 2025)"))
    s.key(.enter)
    // Universiteit Oost-Nederland (sh-3) comes after sh-1 and sh-2: its cash is row 4.
    #expect(s.state.plan.financeYear(2025)?.contributions.last == Contribution(partner: "sh-3"))
    #expect(s.state.views.finance.rows.row == 4)
    #expect(s.state.views.finance.column == 1)
    guard case .editing(let session) = s.state.mode else {
      Issue.record("the editor is not open on the new partner's cash")
      return
    }
    #expect(session.target == Target(.contribution(year: 2025, partner: "sh-3"), .cash))
    s.key(.ctrl("u"))
    s.type("25,000")
    s.key(.enter)
    #expect(s.state.plan.financeYear(2025)?.contribution(of: "sh-3").cash == Money(euros: 25_000))
    #expect(s.screen.contains("Universiteit"))
    #expect(s.state.plan.violations().isEmpty)
    s.press(.undo)
    s.press(.undo)
    #expect(s.state.plan == original)
  }

  @Test func addingAPartnerToAPlanWithoutAFirstYearRowInsertsTheRowToo() throws {
    var plan = FinancePaneTests.plan(partners: ["Gemeente Enschede"], ngf: [0, 0], costs: [0, 0])
    plan.stakeholders.append(Stakeholder(id: "sh-2", name: "ROC van Twente"))
    plan.finance.removeFirst()
    var s = FinancePaneTests.open(plan)
    s.press(.add)
    s.key(.enter)
    #expect(s.state.plan.finance.map(\.year) == [2025, 2026])
    #expect(s.state.plan.financeYear(2025)?.contributions == [Contribution(partner: "sh-2")])
    #expect(s.state.plan.violations().isEmpty)
    s.key(.escape)
    s.press(.undo)
    #expect(s.state.plan == plan)
  }

  @Test func addingAPartnerIsRefusedWhenNobodyIsLeftToAdd() throws {
    var s = FinancePaneTests.open(
      FinancePaneTests.plan(partners: ["Gemeente Enschede"], ngf: [0, 0], costs: [0, 0]))
    s.press(.add)
    #expect(s.state.mode == .normal)
    #expect(
      s.statusLine.contains("Every stakeholder contributes already — add a new one in pane 3"))
    var empty = FinancePaneTests.open(Plan.empty(startYear: 2025), language: .dutch)
    empty.press(.add)
    #expect(empty.statusLine.contains("Nog geen stakeholders — voeg ze toe in paneel 3"))
  }

  @Test func removingAPartnerTakesItsContributionsFromEveryYearAndUndoPutsThemBack() throws {
    var s = try Self.demo()
    let original = s.state.plan
    // Coöperatieve Bank Twente (sh-9) puts in in 2025, 2027 and 2029; its in-kind row.
    Self.select(row: 15, column: 2, &s)
    s.press(.delete)
    // Money goes with it: the delete asks first and says how much.
    #expect(
      s.state.mode
        == .confirmDelete(
          DeleteQuestion(
            text: "Take Coöperatieve Bank Twente out of the financial plan: 3 contributions, "
              + "€120,000 in all?", command: .delete)))
    s.key(.char("y"))
    #expect(
      s.state.plan.finance.allSatisfy { $0.contributions.allSatisfy { $0.partner != "sh-9" } })
    #expect(s.state.plan.finance.map(\.contributions.count) == [6, 7, 6, 6, 5, 5])
    #expect(!(0..<20).contains { s.line($0).contains("Coöperatieve") }, "gone from the table")
    #expect(
      s.statusLine.contains("took Coöperatieve Bank Twente out of the financial plan"),
      "\(s.statusLine)")
    #expect(s.state.plan.violations().isEmpty)
    #expect(s.state.history.undoStack.count == 1, "one edit")
    s.press(.undo)
    #expect(s.state.plan == original)
    // On a total there is no partner to remove.
    Self.select(row: Self.ngf, column: 1, &s)
    s.press(.delete)
    #expect(s.state.plan == original)
    #expect(s.statusLine.contains("Only a partner's row can be removed"))
  }

  @Test func theActualFiguresAreShownAndTypedInTheSameGrid() throws {
    var s = try Self.demo()
    let original = s.state.plan
    s.press(.toggleActuals)
    #expect(s.state.views.finance.actuals)
    #expect(s.line(FinancePaneTests.top).hasPrefix("Actuals"))
    // 2025 has actual figures; later years are blank: not entered yet.
    #expect(FinancePaneTests.figures(s.screen, "NGF")?.values == ["880,000"])
    #expect(FinancePaneTests.figures(s.screen, "Costs")?.values == ["1,612,000"])
    let tubantia = try #require(FinancePaneTests.figures(s.screen, "ROC Tubantia"))
    #expect(tubantia.values == ["cash", "40,000"])
    // The selected cell's plan and actual figure sit in the footer.
    Self.select(row: Self.ngf, column: 1, &s)
    #expect(
      s.screen.contains("2025 · NGF: planned €900,000 · actual €880,000 · difference -€20,000"))
    Self.select(row: Self.ngf, column: 2, &s)
    #expect(s.screen.contains("2026 · NGF: planned €750,000 · actual not entered yet"))
    let place = try #require(FinancePane.editPlace(s.state, in: ScreenLayout(s.state.size).pane))
    #expect(place.target == Target(.financeYear(2026), .actualNGF))
    Self.type("745,000", &s)
    #expect(s.state.plan.financeYear(2026)?.actualNGF == Money(euros: 745_000))
    #expect(s.state.plan.financeYear(2026)?.ngf == Money(euros: 750_000), "the plan stays")
    #expect(
      s.screen.contains("2026 · NGF: planned €750,000 · actual €745,000 · difference -€5,000"))
    // An actual contribution where the partner has none planned that year.
    Self.select(row: Self.vanDerKolkInKind, column: 1, &s)
    Self.type("3,000", &s)
    #expect(
      s.state.plan.financeYear(2025)?.contribution(of: "sh-7")
        == Contribution(partner: "sh-7", actualInKind: Money(euros: 3_000)))
    // Clearing an actual figure makes it blank again.
    Self.select(row: Self.ngf, column: 1, &s)
    Self.type("", &s)
    #expect(s.state.plan.financeYear(2025)?.actualNGF == nil)
    #expect(s.state.plan.violations().isEmpty)
    s.press(.toggleActuals)
    #expect(!s.state.views.finance.actuals)
    #expect(FinancePaneTests.figures(s.screen, "NGF")?.values.first == "900,000")
    Self.undoAll(&s)
    #expect(s.state.plan == original)
  }

  @Test func editingOnAReadOnlyPlanChangesNothing() throws {
    var s = try Self.demo()
    s.state.settings.readOnly = true
    let before = s.state.plan
    Self.select(row: Self.tubantiaCash, column: 1, &s)
    s.press(.add)
    s.press(.delete)
    s.press(.edit)
    #expect(s.state.plan == before)
    #expect(s.statusLine.contains("Read-only"))
  }
}
