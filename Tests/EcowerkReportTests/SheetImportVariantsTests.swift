import EcowerkModel
import EcowerkReport
import EcowerkSheets
import EcowerkStore
import EcowerkStrings
import Testing

/// The same lists as spreadsheet programs save them again, and what travels with them.
@Suite struct SheetImportVariantsTests {
  static func demoCSV(_ dialect: CSVExport.Dialect = .dutch, _ tables: Set<DataTable>? = nil) throws
    -> String
  {
    CSVExport(
      plan: try DemoPlan.load(), language: .dutch, dialect: dialect, today: ReportFixture.today
    )
    .render(tables: tables)
  }

  static func importAll(
    _ bytes: [UInt8], into plan: Plan, tables: [DataTable] = [.stakeholders, .segments, .finance]
  )
    throws -> PlanImport
  {
    let file = try SpreadsheetFile.open(bytes, maxRows: 1000)
    return try PlanImport(
      plan: plan, sources: tables.map { .init(table: $0, path: "f", file: file) })
  }

  /// Windows-1252, as an older Excel saves "CSV".
  static func windows1252(_ text: String) -> [UInt8] {
    let high: [Unicode.Scalar: UInt8] = [
      "€": 0x80, "‚": 0x82, "„": 0x84, "…": 0x85, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94,
      "–": 0x96, "—": 0x97,
    ]
    return text.unicodeScalars.map { scalar in
      high[scalar] ?? (scalar.value < 256 ? UInt8(scalar.value) : UInt8(ascii: "?"))
    }
  }

  static func utf16LE(_ text: String, bom: Bool) -> [UInt8] {
    (bom ? [0xFF, 0xFE] : []) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
  }

  @Test(
    "an export saved again by Excel imports back with no change",
    arguments: [
      "windows-1252", "no byte order mark", "trailing separators", "LF", "UTF-16 tabs",
      "UTF-16 tabs, no BOM",
    ])
  func excelSavesAgain(variant: String) throws {
    let demo = try DemoPlan.load()
    var text = try Self.demoCSV(variant.hasPrefix("UTF-16") ? .english : .dutch)
    text.removeFirst()  // the byte order mark
    let bytes: [UInt8]
    switch variant {
    case "windows-1252": bytes = Self.windows1252(text)
    case "no byte order mark": bytes = Array(text.utf8)
    case "trailing separators": bytes = Array(text.replacing("\r\n", with: ";;\r\n").utf8)
    case "LF": bytes = Array(text.replacing("\r\n", with: "\n").utf8)
    default:
      // Excel's "Unicode text": UTF-16 with tabs between fields.
      var tabbed = ""
      for row in try SheetText.read(text).rows {
        tabbed +=
          row.fields.map {
            $0.contains("\n") || $0.contains("\"")
              ? "\"" + $0.replacing("\"", with: "\"\"") + "\"" : $0
          }
          .joined(separator: "\t") + "\r\n"
      }
      bytes = Self.utf16LE(tabbed, bom: variant == "UTF-16 tabs")
    }
    let result = try Self.importAll(bytes, into: demo)
    for step in result.steps {
      #expect(
        step.sheetImport.problems.isEmpty,
        "\(variant) \(step.sheetImport.table): \(step.sheetImport.problems)")
      #expect(
        step.sheetImport.changes.isEmpty,
        "\(variant) \(step.sheetImport.table): \(step.sheetImport.changes)")
    }
    #expect(result.result == demo, "\(variant)")
  }

  @Test func oneBadByteRefusesItsRowAndNotTheFilesEncoding() throws {
    let bytes =
      Array("Naam;Rol\nCafé Noord;Gastheer\nCaf".utf8) + [0xE9]
      + Array(" Zuid;Kok\nCoöperatie;Bank\n".utf8)
    let file = try SpreadsheetFile.open(bytes, maxRows: 100)
    let result = try PlanImport(
      plan: try DemoPlan.load(), sources: [.init(table: .stakeholders, path: "l.csv", file: file)])
    let step = try #require(result.steps.first)
    guard case .text(let text) = step.file else { throw SheetText.NotText() }
    #expect(text.encoding == .utf8)
    #expect(step.sheetImport.problems.map(\.line) == [3])
    #expect(
      step.sheetImport.problems.first?.kind.message(Strings(.english))
        == "line 3 has a character that is not UTF-8 (byte 0xE9) while the rest of the file is UTF-8; fix that character, or save again as 'CSV UTF-8'"
    )
    #expect(step.sheetImport.changes.map(\.name) == ["Café Noord", "Coöperatie"])
    #expect(step.sheetImport.rowsRead == 3 && step.sheetImport.refused == 1)
  }

  @Test func textThatLooksLikeAFormulaSurvivesTheRoundTrip() throws {
    var plan = try DemoPlan.load()
    let texts = [
      "@Home BV", "=SOM(A1)", "-2+3", "+31 6 1234", "'=al een apostrof", "''@twee",
      "'s-Hertogenbosch", "-5",
    ]
    for (index, text) in texts.enumerated() {
      plan.stakeholders[index].name = text
      plan.stakeholders[index].role = text
    }
    for format in [SnapshotFormat.csv, .xlsx] {
      let bytes =
        format == .csv
        ? Array(
          CSVExport(plan: plan, language: .dutch, dialect: .dutch, today: ReportFixture.today)
            .render(tables: [.stakeholders]).utf8)
        : WorkbookExport.xlsx(
          plan, language: .dutch, today: ReportFixture.today, tables: [.stakeholders])
      if format == .csv {
        let csv = String(decoding: bytes, as: UTF8.self)
        #expect(
          csv.contains(";'@Home BV;") && csv.contains(";'s-Hertogenbosch;")
            && csv.contains(";''=al een apostrof;"))
      }
      var empty = Plan.empty(startYear: plan.startYear)
      empty.chainLinks = plan.chainLinks
      let result = try Self.importAll(bytes, into: empty, tables: [.stakeholders])
      #expect(result.result.stakeholders.map(\.name) == plan.stakeholders.map(\.name), "\(format)")
      #expect(result.result.stakeholders.map(\.role) == plan.stakeholders.map(\.role), "\(format)")
    }
  }

  @Test func chainLinksTheRowsNameAreCreatedAndCountedInThePreview() throws {
    let demo = try DemoPlan.load()
    let text = """
      Naam;Ketenschakels
      Bakkerij Jansen;"Bewustwording
      Verkoop"
      Garage Smit;"verkoop
      Onderhoud
      Logistiek"
      """
    let result = SheetImport(try SheetText.read(text).rows, table: .stakeholders, into: demo)
    #expect(result.problems.isEmpty)
    #expect(
      result.newChainLinks == ["Verkoop", "Onderhoud", "Logistiek"],
      "matched without regard to case")
    let links = result.result.chainLinks.suffix(3)
    #expect(links.map(\.id.rawValue) == ["link-8", "link-9", "link-10"])
    let garage = try #require(result.result.stakeholders.last)
    #expect(garage.chainLinks == links.map(\.id))
    #expect(
      result.result.stakeholders.dropLast().last?.chainLinks
        == [demo.chainLinks[0].id, links.first?.id].compactMap { $0 })
  }

  @Test func aChainLinksListImportsOnItsOwn() throws {
    let text = "id;Ketenschakel\nlink-1;Bewustwording\n;Verkoop\nlink-40;Nazorg\n"
    let result = SheetImport(
      try SheetText.read(text).rows, table: .chainLinks, into: try DemoPlan.load())
    #expect(result.problems.isEmpty)
    #expect(result.unchanged == 1 && result.added == 2)
    #expect(result.result.chainLinks.suffix(2).map(\.id.rawValue) == ["link-8", "link-40"])
    let wrong = SheetImport(
      try SheetText.read("Naam;Soort;Invloed\nA;Gemeente;3\n").rows, table: .chainLinks,
      into: try DemoPlan.load())
    #expect(wrong.problems.map { $0.kind } == [.wrongTable(.stakeholders)])
    #expect(
      wrong.problems.first?.kind.message(Strings(.english))
        == "this looks like a list of stakeholders; use --stakeholders")
  }

  @Test func aHeaderMergedOverTwoRowsAsAWorkbookGivesIt() throws {
    // What `Workbook.rows` gives for `Naam` merged over A1:A2 and `Scores` over B1:C1.
    let rows = [
      SheetRow(line: 1, fields: ["Naam", "Scores"]),
      SheetRow(line: 2, fields: ["Naam", "Invloed", "Belang"]),
      SheetRow(line: 3, fields: ["Gemeente Almelo", "4", "2"], numbers: [1, 2]),
    ]
    let result = SheetImport(rows, table: .stakeholders, into: try DemoPlan.load())
    #expect(result.problems.isEmpty && result.unknownColumns.isEmpty)
    #expect(result.result.stakeholders.last?.influence == 4)
    #expect(result.rowsRead == 1)
  }

  @Test func financeProblemsAreNamedWithTheirLines() throws {
    let demo = try DemoPlan.load()
    let text = """
      Regel;2025;2026;2040;Opmerking
      NGF;900000;800.000,50;;
      Onbekende Partner — Cash;1;;;
      Subsidie gemeente;5;;;
      Kosten;veel;;;
      Totaal bronnen;1;2;;
      ROC Tubantia — Cash (realisatie);41000;;;
      NGF;1;;;
      """
    let result = SheetImport(try SheetText.read(text).rows, table: .finance, into: demo)
    let english = result.problems.map { "\($0.line): " + $0.kind.message(Strings(.english)) }
    #expect(
      english == [
        "1: 2040 is outside the plan's horizon (2025–2030); that column is not read",
        "3: 'Onbekende Partner' is not a stakeholder of the plan; import the stakeholders first (--stakeholders) or correct the name",
        "4: 'Subsidie gemeente' is not a line of the financial plan; use NGF, Income, Costs or 'partner — Cash' / 'partner — In kind'",
        "5: Kosten: 'veel' is not an amount in euros of 0 or more",
        "8: 'NGF' is already on line 2; leave one of them out",
      ])
    #expect(result.unknownColumns.map(\.header) == ["Opmerking"])
    #expect(result.rowsRead == 6, "the computed total is no row of data")
    #expect(result.result.financeYear(2026)?.ngf == Money(cents: 80_000_050))
    #expect(
      result.result.financeYear(2025)?.contributions.first { $0.partner.rawValue == "sh-1" }?
        .actualCash == Money(euros: 41_000))
  }

  @Test func aSheetIsChosenByItsTitleByNameOrAsTheFirstOne() throws {
    let workbook = WorkbookWriter.xlsx([
      .init(name: "Toelichting", rows: [[.text("Lijst van de partners, maart")]]),
      .init(
        name: "Partners",
        rows: [[.text("Naam"), .text("Rol")], [.text("Bakkerij Jansen"), .text("Leerbedrijf")]]),
    ])
    let file = try SpreadsheetFile.open(workbook, maxRows: 100)
    let demo = try DemoPlan.load()
    let first = try PlanImport(
      plan: demo, sources: [.init(table: .stakeholders, path: "p.xlsx", file: file)])
    #expect(first.steps.map(\.sheet) == ["Toelichting"], "without --sheet: the first sheet")
    #expect(first.steps.first?.sheetImport.problems.map(\.kind) == [.noNameColumn])
    let named = try PlanImport(
      plan: demo, sources: [.init(table: .stakeholders, path: "p.xlsx", file: file)],
      sheet: "partners")
    #expect(named.steps.map(\.sheet) == ["Partners"])
    #expect(named.result.stakeholders.last?.role == "Leerbedrijf")
    #expect(throws: PlanImport.Failure.self) {
      try PlanImport(
        plan: demo, sources: [.init(table: .stakeholders, path: "p.xlsx", file: file)],
        sheet: "Blad9")
    }
    do {
      _ = try PlanImport(
        plan: demo, sources: [.init(table: .stakeholders, path: "p.xlsx", file: file)],
        sheet: "Blad9")
    } catch {
      #expect(error.error == .noSuchSheet("Blad9", available: ["Toelichting", "Partners"]))
      #expect(
        error.error.message(Strings(.english))
          == "the workbook has no sheet 'Blad9'; it has: Toelichting, Partners")
    }
  }
}
