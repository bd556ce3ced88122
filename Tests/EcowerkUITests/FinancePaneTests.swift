import EcowerkModel
import EcowerkStrings
import EcowerkText
import Foundation
import Testing

@testable import EcowerkUI

/// Pane 6: the year × partner table, its pinned totals and the NGF verdict under it.
@Suite struct FinancePaneTests {
  /// The pane's first screen row (below the top bar and the tabs).
  static let top = 2

  static func open(
    _ plan: Plan, width: Int = 80, height: Int = 24, language: Language = .english,
    glyphs: Glyphs = .unicode
  ) -> Session {
    var session = Session(
      plan: plan, width: width, height: height, language: language, glyphs: glyphs)
    session.press(.showPane(.finance))
    return session
  }

  static func demo(width: Int = 80, height: Int = 24, language: Language = .english) throws
    -> Session
  {
    var session = try Session.demo(width: width, height: height, language: language)
    session.press(.showPane(.finance))
    return session
  }

  /// The screen row whose text starts with `label`, and the figures after the label.
  static func figures(_ screen: String, _ label: String) -> (y: Int, values: [String])? {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    for (y, line) in lines.enumerated() where line.hasPrefix(label) {
      return (y, line.dropFirst(label.count).split(separator: " ").map(String.init))
    }
    return nil
  }

  /// A plan of `years` years from 2025 with one partner per name, each putting in `cash` a year,
  /// and the NGF, income and costs per year given.
  static func plan(
    partners: [String], cash: Int64 = 10_000, ngf: [Int64], income: [Int64] = [],
    costs: [Int64]
  ) -> Plan {
    var plan = Plan.empty(name: "Test", startYear: 2025)
    plan.horizonYears = ngf.count
    plan.stakeholders = partners.enumerated().map { index, name in
      Stakeholder(id: StakeholderID("sh-\(index + 1)"), name: name)
    }
    plan.finance = plan.horizon.enumerated().map { index, year in
      FinanceYear(
        year: year,
        contributions: plan.stakeholders.map {
          Contribution(partner: $0.id, cash: Money(euros: cash), inKind: Money(euros: cash / 2))
        },
        ngf: Money(euros: ngf[index]),
        income: Money(euros: index < income.count ? income[index] : 0),
        costs: Money(euros: costs[index]))
    }
    return plan
  }

  @Test func theDemosFirstYearAddsUpExactly() throws {
    let s = try Self.demo()
    let expected = [
      ("Partners total", "730,000"), ("NGF", "900,000"), ("Income", "15,000"),
      ("Total in", "1,645,000"), ("Costs", "1,645,000"), ("Balance", "0"), ("NGF share", "55%"),
    ]
    for (label, value) in expected {
      let row = try #require(Self.figures(s.screen, label), "\(label) is on screen")
      #expect(row.values.first == value, "\(label) in 2025")
    }
    let header = s.line(Self.top)
    #expect(header.hasPrefix("Contributions"))
    for year in 2025...2030 { #expect(header.contains(String(year)), "all six years fit at 80") }
    // Partners: the cash row carries the name, the in-kind row under it continues it.
    let tubantia = try #require(Self.figures(s.screen, "ROC Tubantia"))
    #expect(tubantia.values.prefix(2) == ["cash", "40,000"])
    #expect(s.line(tubantia.y + 1).split(separator: " ").prefix(3) == ["in", "kind", "80,000"])
    #expect(s.line(tubantia.y + 2).hasPrefix("Hogeschool"))
    #expect(s.line(tubantia.y + 3).hasPrefix("Dinkelland"))
  }

  @Test func theTotalColumnAddsUpEveryYearAt120Columns() throws {
    let s = try Self.demo(width: 120, height: 40)
    #expect(s.line(Self.top).hasSuffix("Total"))
    #expect(Self.figures(s.screen, "Total in")?.values.last == "8,545,000")
    #expect(Self.figures(s.screen, "Costs")?.values.last == "8,535,000")
    #expect(Self.figures(s.screen, "Balance")?.values.last == "10,000")
    #expect(Self.figures(s.screen, "NGF share")?.values.last == "32%")
    #expect(Self.figures(s.screen, "ROC Tubantia")?.values.last == "375,000")
    // Provincie Overijssel puts in no in-kind at all: a dash per year, and in the total.
    let provincie = try #require(Self.figures(s.screen, "Provincie Overijssel"))
    #expect(
      s.line(provincie.y + 1).split(separator: " ").suffix(7) == Array(repeating: "–", count: 7))
  }

  @Test func dutchFiguresUseDutchGrouping() throws {
    let s = try Self.demo(language: .dutch)
    #expect(Self.figures(s.screen, "Totaal in")?.values.first == "1.645.000")
    #expect(Self.figures(s.screen, "NGF-aandeel")?.values.first == "55%")
    #expect(s.screen.contains("✓ Het plan staat na 2030 op eigen benen, zonder NGF"))
    #expect(s.screen.contains("Cofinanciering door partners: 51% · NGF totaal: € 2.700.000"))
  }

  @Test func aPlanThatStandsAloneSaysSoInGood() throws {
    let s = try Self.demo()
    let line = "✓ The plan stands without NGF after 2030"
    let y = try #require((0..<24).first { s.line($0) == line })
    #expect(s.grid[0, y].style.color == .good)
    #expect(s.grid[2, y].style.bold)
    #expect(s.screen.contains("Cofinancing by partners: 51% · NGF in total: €2,700,000"))
  }

  @Test func aPlanWithGapsListsThemPerYearInBad() throws {
    // Two partners put in 30,000 a year and there is no income: every year falls short of its
    // costs without NGF, and 2030 still counts on NGF.
    let plan = Self.plan(
      partners: ["Gemeente Enschede", "ROC Tubantia"],
      ngf: [100_000, 100_000, 100_000, 100_000, 100_000, 50_000],
      costs: [130_000, 130_000, 130_000, 130_000, 130_000, 80_000])
    let s = Self.open(plan, width: 120, height: 40)
    let text =
      "✗ The plan does not yet stand without NGF after 2030: gap per year: 2025 €100,000, "
      + "2026 €100,000, 2027 €100,000, 2028 €100,000, 2029 €100,000, 2030 €50,000"
    let y = try #require((0..<40).first { s.line($0).hasPrefix("✗ The plan does not yet") })
    #expect(s.line(y) + " " + s.line(y + 1).trimmingLeadingSpaces == text)
    #expect(s.line(y + 1).hasPrefix("  "), "the wrapped part hangs under the text")
    #expect(s.grid[0, y].style.color == .bad)
    #expect(s.grid[0, y].style.bold)
  }

  @Test func aNegativeBalanceIsBadWithAMinusSign() throws {
    // 15,000 from the partner and 5,000 income against 25,000 of costs in 2025; 15,000 against
    // 10,000 in 2026.
    let plan = Self.plan(
      partners: ["Gemeente Enschede"], ngf: [0, 0], income: [5_000, 0], costs: [25_000, 10_000])
    let s = Self.open(plan)
    let balance = try #require(Self.figures(s.screen, "Balance"))
    #expect(balance.values == ["-5,000", "5,000", "0"])
    let x = s.line(balance.y).distance(of: "-5,000")
    #expect(s.grid[x, balance.y].style.color == .bad)
    #expect(s.grid[x, balance.y].style.bold)
    let positive = s.line(balance.y).distance(of: " 5,000") + 1
    #expect(s.grid[positive, balance.y].style.color == .normal)
  }

  @Test func jkMoveRowsAndThePinnedTotalsStayInSight() throws {
    let names = (1...20).map { "Partner \($0)" }
    var s = Self.open(
      Self.plan(partners: names, ngf: [1, 1, 1, 1, 1, 1], costs: [1, 1, 1, 1, 1, 1]))
    s.press(.moveDown, times: 30)
    #expect(s.state.views.finance.rows.row == 30)
    #expect(s.state.views.finance.rows.offset > 0, "the partner rows scrolled")
    #expect(s.screen.contains("Partner 16"), "row 30 is Partner 16's cash")
    #expect(Self.figures(s.screen, "NGF share") != nil, "the totals stay on screen")
    s.press(.bottom)
    #expect(s.state.views.finance.rows.row == 40 + FinanceSheet.totals.count - 1)
    let share = try #require(Self.figures(s.screen, "NGF share"))
    #expect(s.grid[3, share.y].style.reverse)
    s.press(.top)
    #expect(s.state.views.finance.rows == ListCursor(row: 0, offset: 0))
    let page = FinancePane.frame(s.state, in: ScreenLayout(s.state.size).pane).layout.visibleRows
    #expect(page >= 3)
    s.press(.pageDown)
    #expect(s.state.views.finance.rows.row == page)
    s.press(.pageUp)
    #expect(s.state.views.finance.rows.row == 0)
  }

  @Test func hlMoveTheYearAndScrollingKeepsItVisibleAt80Columns() throws {
    var s = try Self.demo()
    #expect(!s.line(Self.top).contains("Total"), "at 80 columns the Total column waits offscreen")
    s.press(.moveRight, times: 7)
    #expect(s.state.views.finance.column == 7)
    #expect(s.line(Self.top).hasSuffix("Total"))
    #expect(s.state.views.finance.columnOffset > 1)
    // The selected cell — the Total of ROC Tubantia's cash — is on screen and reversed.
    let x = s.line(Self.top + 1).distance(of: "375,000")
    #expect(s.grid[x, Self.top + 1].style.reverse)
    #expect(s.grid[x, Self.top + 1].style.bold)
    s.press(.moveRight)
    #expect(s.state.views.finance.column == 7, "stops at the Total column")
    s.press(.moveLeft, times: 7)
    #expect(s.state.views.finance.column == 0)
    #expect(s.line(Self.top).contains("2025"), "scrolled back to the first year")
  }

  @Test func searchFindsARowByItsName() throws {
    var s = try Self.demo()
    s.press(.search)
    s.type("coop")
    s.key(.enter)
    let row = s.state.views.finance.rows.row
    #expect(row == 14, "Coöperatieve Bank Twente's cash: the 8th partner")
    s.press(.search)
    s.type("ngf")
    s.key(.enter)
    #expect(s.state.views.finance.rows.row == 17, "the NGF row after the 16 partner rows")
    let ngf = try #require(Self.figures(s.screen, "NGF"))
    #expect(s.grid[3, ngf.y].style.reverse)
  }

  @Test func aClickSelectsTheCell() throws {
    var s = try Self.demo()
    let costs = try #require(Self.figures(s.screen, "Costs"))
    let x = s.line(costs.y).distance(of: costs.values[1])
    s.send(.mouse(MouseEvent(.press, x: x, y: costs.y)))
    #expect(s.state.views.finance.rows.row == 16 + 4)
    #expect(s.state.views.finance.column == 2, "the 2026 column")
    s.send(.mouse(MouseEvent(.press, x: 2, y: Self.top + 3)))
    #expect(s.state.views.finance.rows.row == 2)
    #expect(s.state.views.finance.column == 0)
  }

  @Test func everyEnteredFigureHasATargetAndDerivedOnesNone() throws {
    let s = try Self.demo()
    let sheet = FinanceSheet(s.state.plan, s.state.strings, width: 80)
    #expect(
      sheet.target(row: 0, column: 1) == Target(.contribution(year: 2025, partner: "sh-1"), .cash))
    #expect(
      sheet.target(row: 1, column: 6) == Target(.contribution(year: 2030, partner: "sh-1"), .inKind)
    )
    #expect(sheet.target(row: 0, column: 0) == Target(.stakeholder("sh-1"), .name))
    #expect(sheet.target(row: 17, column: 3) == Target(.financeYear(2027), .ngf))
    #expect(sheet.target(row: 18, column: 1) == Target(.financeYear(2025), .income))
    #expect(sheet.target(row: 20, column: 1) == Target(.financeYear(2025), .costs))
    for derived in [16, 19, 21, 22] { #expect(sheet.target(row: derived, column: 1) == nil) }
    #expect(sheet.target(row: 0, column: 7) == nil, "the Total column is derived")
  }

  @Test func resizingToTinyAndBackKeepsASaneSelection() throws {
    var s = try Self.demo()
    s.press(.moveDown, times: 5)
    s.press(.moveRight, times: 6)
    for (width, height) in [(40, 12), (1, 1), (80, 24)] {
      s.resize(width, height)
      _ = s.screen
      let view = s.state.views.finance
      #expect((0..<23).contains(view.rows.row))
      #expect((0...7).contains(view.column))
    }
    #expect(s.state.views.finance.rows.row == 5)
    #expect(s.state.views.finance.column == 6)
    #expect(s.line(Self.top).contains("2030"))
    s.resize(40, 12)
    // Too low to pin the totals: one table scrolls, and the verdict keeps its line.
    #expect(s.screen.contains("✓ The plan stands"))
    s.press(.bottom)
    #expect(s.screen.contains("NGF share"))
  }

  @Test func wideAndAccentedNamesKeepTheFiguresAligned() {
    let plan = Self.plan(
      partners: ["中文 Horeca 🍽", "Coöperatie Zon & Wind", "Ëlbers"], ngf: [5_000, 0],
      costs: [50_000, 45_000])
    let s = Self.open(plan)
    // The 2025 figure of every partner row ends in the same screen column.
    let ends = (Self.top + 1...Self.top + 6).map { y in
      (0..<80).last { s.grid[$0, y].character == "0" } ?? -1
    }
    #expect(Set(ends).count == 1 && ends[0] > 0, "\(ends)")
    #expect(s.screen.contains("中文 Horeca"))
  }

  @Test func anEmptyPlanExplainsWhatToFillIn() {
    let s = Self.open(Plan.empty(startYear: 2025))
    #expect(s.screen.contains("No figures yet."))
    #expect(!s.screen.contains("stands without NGF"), "an empty plan gets no verdict")
    #expect(s.line(Self.top).hasPrefix("Totals"))
    #expect(Self.figures(s.screen, "NGF")?.values.first == "–")
  }

  @Test func theASCIIGlyphsDrawNoBoxDrawing() throws {
    let plan = try Session.demo().state.plan
    let s = Self.open(plan, glyphs: .ascii)
    let boxDrawing = s.screen.unicodeScalars.filter { (0x2500...0x259F).contains($0.value) }
    #expect(boxDrawing.isEmpty)
    #expect(s.screen.contains("+ The plan stands without NGF after 2030"))
  }
}

/// The chart of where each year's money comes from (`v`), and the verdict's finer cases.
extension FinancePaneTests {
  /// The chart's line of `year`, or nil.
  static func bar(_ s: Session, _ year: Int) -> (y: Int, text: String)? {
    (0..<s.state.size.height).lazy.map { ($0, s.line($0)) }.first { $0.1.hasPrefix("\(year) ") }
  }

  @Test func theChartStacksEachYearsMoneyAndTheNGFShareFalls() throws {
    var s = try Self.demo()
    s.press(.toggleChart)
    #expect(s.state.views.finance.chart)
    #expect(
      s.line(Self.top).hasPrefix(
        "Where each year's money comes from (plan) · a full bar is €1,645,000"))
    // 2025 on a bar of 66 cells for €1,645,000: cash 380,000 → 15 cells, in kind up to 730,000
    // → 29 (14 more), income up to 745,000 → 30 (1 more), NGF to 1,645,000 → 66 (36 more), and
    // the costs (1,645,000) marked in the cell after them.
    let first = try #require(Self.bar(s, 2025))
    let expected =
      "2025 " + String(repeating: "█", count: 15) + String(repeating: "▓", count: 14) + "▒"
      + String(repeating: "░", count: 36) + "│ 55% NGF"
    #expect(first.text == expected)
    // 2030: cash 400,000 → 16, in kind to 610,000 → 24, income to 1,190,000 → 48, no NGF; the
    // costs, 1,180,000, end at cell 47, so the marker stands on the last cell of income.
    let last = try #require(Self.bar(s, 2030))
    #expect(
      last.text.hasPrefix(
        "2030 " + String(repeating: "█", count: 16) + String(repeating: "▓", count: 8)
          + String(repeating: "▒", count: 23) + "│ "))
    #expect(last.text.hasSuffix("  0% NGF"))
    var shares: [Int] = []
    var ngfCells: [Int] = []
    for year in 2025...2030 {
      let line = try #require(Self.bar(s, year)).text
      #expect(line.filter { $0 == "│" }.count == 1, "\(year): the costs are marked once")
      #expect(DisplayWidth.of(line) == 80)
      ngfCells.append(line.filter { $0 == "░" }.count)
      let percent = line.split(separator: " ").dropLast().last.map { String($0.dropLast()) }
      shares.append(try #require(percent.flatMap { Int($0) }))
    }
    #expect(shares == [55, 47, 37, 26, 12, 0])
    #expect(ngfCells == ngfCells.sorted(by: >) && ngfCells.last == 0, "\(ngfCells)")
    #expect(s.screen.contains("█ partners' cash  ▓ partners in kind  ▒ income  ░ NGF  │ costs"))
    #expect(s.screen.contains("✓ The plan stands without NGF after 2030"))
    // The NGF part is set apart by colour as well as by glyph.
    let x = first.text.distance(of: "░")
    #expect(s.grid[x, first.y].style.color == .warning)
    s.press(.toggleChart)
    #expect(s.line(Self.top).hasPrefix("Contributions"))
  }

  @Test func theChartInASCIIUsesFourPlainGlyphs() throws {
    var s = Self.open(try Session.demo().state.plan, language: .dutch, glyphs: .ascii)
    s.press(.toggleChart)
    let first = try #require(Self.bar(s, 2025)).text
    #expect(
      first
        == "2025 " + String(repeating: "#", count: 15) + String(repeating: "=", count: 14) + "+"
        + String(repeating: ".", count: 36) + "| 55% NGF")
    #expect(s.screen.contains("# cash partners  = in-kind partners  + inkomsten  . NGF  | kosten"))
    let blocks = s.screen.unicodeScalars.filter { (0x2500...0x259F).contains($0.value) }
    #expect(blocks.isEmpty)
    #expect(s.line(Self.top).hasPrefix("Waar het geld per jaar vandaan komt (begroting)"))
  }

  @Test func theChartKeepsTheSelectedYearAndMovesByYear() throws {
    var s = try Self.demo()
    s.press(.moveRight, times: 2)
    s.press(.toggleChart)
    let y2026 = try #require(Self.bar(s, 2026)).y
    #expect(s.grid[0, y2026].style.reverse, "the table's year is marked")
    s.press(.moveDown)
    #expect(s.state.views.finance.column == 3)
    let y2027 = try #require(Self.bar(s, 2027)).y
    #expect(s.grid[0, y2027].style.reverse)
    #expect(!s.grid[0, y2026].style.reverse)
    s.press(.bottom)
    #expect(s.state.views.finance.column == 6)
    s.press(.top)
    #expect(s.state.views.finance.column == 1)
    let y2029 = try #require(Self.bar(s, 2029)).y
    s.send(.mouse(MouseEvent(.press, x: 10, y: y2029)))
    #expect(s.state.views.finance.column == 5)
    // Back in the table, on the same year; Enter does the same as v.
    s.press(.activate)
    #expect(!s.state.views.finance.chart)
    #expect(s.state.views.finance.column == 5)
    s.press(.toggleChart)
    s.press(.search)
    s.type("provincie")
    s.key(.enter)
    #expect(!s.state.views.finance.chart, "a row found is shown in the table")
    #expect(s.state.views.finance.rows.row == 6, "Provincie Overijssel's cash")
  }

  @Test func aLongHorizonScrollsItsBarsAndTinyPanesDoNotBreak() {
    let years = 30
    let plan = Self.plan(
      partners: ["Gemeente Enschede"], ngf: (0..<years).map { Int64(100_000 - 3_000 * $0) },
      costs: Array(repeating: 120_000, count: years))
    var s = Self.open(plan)
    s.press(.toggleChart)
    #expect(Self.bar(s, 2025) != nil)
    #expect(Self.bar(s, 2054) == nil, "30 bars do not fit in 21 lines")
    s.press(.bottom)
    let last = Self.bar(s, 2054)
    #expect(last != nil)
    #expect(last.map { s.grid[0, $0.y].style.reverse } == true)
    #expect(s.screen.contains("✗ The plan does not yet stand"), "the verdict keeps a line")
    for (width, height) in [(40, 12), (1, 1), (80, 24)] {
      s.resize(width, height)
      _ = s.screen
    }
    #expect(s.state.views.finance.column == 30)
  }

  @Test func anEmptyPlansChartSaysWhatToFillIn() {
    var s = Self.open(Plan.empty(startYear: 2025))
    s.press(.toggleChart)
    #expect(s.screen.contains("No figures to draw yet. v shows the table"))
  }

  @Test func aPlanThatNeverLosesNGFSaysHowMuchIsLeft() {
    let plan = Self.plan(
      partners: ["Gemeente Enschede"], ngf: [20_000, 10_000], income: [5_000, 5_000],
      costs: [20_000, 20_000])
    let s = Self.open(plan)
    // Both years are covered without NGF (15,000 + 5,000 against 20,000): no gaps to list.
    let y = (0..<24).first { s.line($0).hasPrefix("✗ The plan does not yet stand") }
    let text = y.map { s.line($0) + " " + s.line($0 + 1).trimmingLeadingSpaces }
    #expect(
      text?.hasPrefix(
        "✗ The plan does not yet stand without NGF after 2026: €10,000 of NGF is still "
          + "budgeted in 2026") == true, "\(text ?? "no verdict")")
  }

  @Test func aLastYearWithoutFiguresIsNamed() {
    var plan = Self.plan(
      partners: ["Gemeente Enschede"], ngf: [5_000, 0, 0], costs: [20_000, 15_000, 0])
    plan.finance[2].contributions = []
    let s = Self.open(plan, language: .dutch)
    #expect(
      s.screen.contains(
        "✗ Het plan staat na 2027 nog niet zonder NGF: tekort per jaar: 2025 € 5.000;"))
    #expect(s.screen.contains("voor 2027 is nog niets ingevuld"))
  }

  @Test func theActualsTotalComparesWithWhatIsEnteredSoFar() throws {
    var s = try Self.demo()
    s.press(.toggleActuals)
    #expect(s.statusLine.contains("Actuals: blank = not entered yet; r = back to the plan"))
    #expect(
      s.screen.contains("Total · ROC Tubantia cash: planned €375,000 · actual so far €40,000"))
    s.press(.moveDown)
    s.press(.moveRight, times: 7)
    #expect(
      s.screen.contains("Total · ROC Tubantia in kind: planned €470,000 · actual so far €74,000"))
    s.press(.toggleChart)
    s.press(.toggleActuals)
    #expect(!s.state.views.finance.chart && s.state.views.finance.actuals, "r leaves the chart")
    s.press(.toggleActuals)
    #expect(!s.state.views.finance.actuals)
    #expect(s.statusLine.contains("Planned figures"))
  }
}

extension String {
  /// The display column where `text` starts in this line, or -1.
  fileprivate func distance(of text: String) -> Int {
    guard let range = range(of: text) else { return -1 }
    return DisplayWidth.of(self[..<range.lowerBound])
  }

  fileprivate var trimmingLeadingSpaces: String {
    String(drop { $0 == " " })
  }
}
