import EcowerkModel
import EcowerkStore
import EcowerkStrings
import Testing

@testable import EcowerkReport

/// Where a table goes on paper: upright when it fits, landscape when it needs the width, in
/// parts when even that is too narrow — and then every column in one part, the first in all.
@Suite struct HTMLTableLayoutTests {
  static func table(columns: Int, header: String = "Kolom", cell: String = "tekst") -> ReportTable {
    ReportTable(
      columns: (0..<columns).map { ReportTable.Column("\(header) \($0)") },
      rows: (0..<3).map { _ in (0..<columns).map { _ in cell } })
  }

  @Test func aNarrowTableStaysUpright() {
    let layout = HTMLTableLayout(Self.table(columns: 4))
    #expect(layout.page == .portrait)
    #expect(layout.parts == [[0, 1, 2, 3]])
  }

  @Test(arguments: Language.allCases)
  func theDemoMatrixGoesWholeOnALandscapePage(_ language: Language) throws {
    let document = ReportBuilder(
      plan: try DemoPlan.load(), language: language, today: ReportFixture.today
    ).build(sections: [.stakeholders])
    let matrix = try #require(
      document.sections.first?.blocks.compactMap { block -> ReportTable? in
        if case .table(let table) = block, table.columns.count == 11 { return table }
        return nil
      }.first)
    let layout = HTMLTableLayout(matrix)
    #expect(layout.page == .landscape)
    #expect(layout.parts.count == 1, "all eleven columns in one table")
  }

  @Test(arguments: [20, 45])
  func aTableTooWideForLandscapeIsSplitWithItsFirstColumnInEveryPart(_ columns: Int) {
    let table = Self.table(
      columns: columns, header: "Ontwikkelingsmaatschappij", cell: "overdragen")
    let layout = HTMLTableLayout(table)
    #expect(layout.page == .landscape)
    #expect(layout.parts.count > 1)
    #expect(layout.parts.allSatisfy { $0.first == 0 })
    let rest = layout.parts.flatMap { $0.dropFirst() }
    #expect(rest == Array(1..<columns), "every other column once, in order")
    for part in layout.parts {
      let width = part.map { column in
        let measure = HTMLTableLayout.measure(column, in: table)
        return max(measure.minimum, measure.comfortable) + HTMLTableLayout.padding
      }.reduce(0, +)
      #expect(width <= HTMLTableLayout.landscapeWidth || part.count == 2)
    }
  }

  @Test func figuresAndHeaderWordsSetTheMinimumWidth() {
    let table = ReportTable(
      columns: [.init("Jaar"), .init("Bijdrage", .right), .init("Omschrijving")],
      rows: [["2025", "1.250.000", "Zie 30-6-2026 voor de rest van een hele lange zin"]])
    let widths = HTMLTableLayout(table).minimumWidths
    #expect(widths[1] >= 9 * 0.6, "an amount never wraps")
    #expect(widths[2] >= 12 * 0.62, "the longest word ('Omschrijving' is the header's)")
  }
}
