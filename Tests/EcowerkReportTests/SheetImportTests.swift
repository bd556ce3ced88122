import EcowerkModel
import EcowerkSheets
import EcowerkStore
import EcowerkStrings
import Testing

@testable import EcowerkReport

/// Stakeholders, chain links and segments from a spreadsheet into a plan.
@Suite struct SheetImportTests {
  static func rows(_ text: String) throws -> [SheetRow] {
    try SheetText.read(text).rows
  }

  static func prepare(
    _ text: String, _ table: DataTable = .stakeholders, into plan: Plan
  ) throws -> SheetImport {
    SheetImport(try rows(text), table: table, into: plan)
  }

  static func messages(_ result: SheetImport, _ language: Language = .english) -> [String] {
    result.problems.map { $0.kind.message(Strings(language)) }
  }

  /// Every figure of the financial plan, whatever the order of its years and contributions.
  static func figures(_ plan: Plan) -> [Int: FinanceYear] {
    var years: [Int: FinanceYear] = [:]
    for var year in plan.finance {
      year.contributions.sort { $0.partner.rawValue < $1.partner.rawValue }
      years[year.year] = year
    }
    return years
  }

  /// The party without what the table does not hold: the propositions it contributes to are
  /// links inside the plan, not a column of a list of parties.
  static func tableFields(_ stakeholder: Stakeholder) -> Stakeholder {
    var party = stakeholder
    party.propositions = []
    return party
  }

  /// The segment without what the table does not hold (barriers, conversations, ambassadors).
  static func tableFields(_ segment: Segment) -> Segment {
    Segment(
      id: segment.id, name: segment.name, sector: segment.sector, sizeClass: segment.sizeClass,
      region: segment.region, smeCount: segment.smeCount,
      participatingAtStart: segment.participatingAtStart,
      reachedSinceStart: segment.reachedSinceStart,
      target: segment.target, pains: segment.pains, gains: segment.gains,
      alleyPosition: segment.alleyPosition, notes: segment.notes)
  }

  @Test(
    "the demo's export into a new plan gives every stakeholder and chain link back",
    arguments: [CSVExport.Dialect.dutch, .english], Language.allCases)
  func roundTrip(dialect: CSVExport.Dialect, language: Language) throws {
    let demo = try DemoPlan.load()
    let export = CSVExport(
      plan: demo, language: language, dialect: dialect, today: ReportFixture.today)
    let empty = Plan.empty(startYear: demo.startYear)
    let file = try SpreadsheetFile.open(Array(export.render().utf8), maxRows: 1000)
    let result = try PlanImport(
      plan: empty,
      sources: [
        .init(table: .stakeholders, path: "demo.csv", file: file),
        .init(table: .segments, path: "demo.csv", file: file),
        .init(table: .finance, path: "demo.csv", file: file),
      ])
    for step in result.steps {
      #expect(step.sheetImport.problems.isEmpty, "\(Self.messages(step.sheetImport))")
    }
    #expect(
      result.steps.map(\.sheetImport.table) == [.chainLinks, .stakeholders, .segments, .finance])
    #expect(result.result.chainLinks == demo.chainLinks)
    #expect(
      result.result.stakeholders.map(Self.tableFields) == demo.stakeholders.map(Self.tableFields))
    #expect(result.result.segments.map(Self.tableFields) == demo.segments.map(Self.tableFields))
    #expect(Self.figures(result.result) == Self.figures(demo))
    // The edit is one invertible change: undoing it gives the empty plan back.
    #expect(try result.result.applying(result.edit.inverse) == empty)
  }

  @Test func theDemosWorkbookIntoANewPlanGivesEveryTableBack() throws {
    let demo = try DemoPlan.load()
    let bytes = WorkbookExport.xlsx(demo, language: .dutch, today: ReportFixture.today)
    let file = try SpreadsheetFile.open(bytes, maxRows: 1000)
    let result = try PlanImport(
      plan: Plan.empty(startYear: demo.startYear),
      sources: DataTable.importable.filter { $0 != .chainLinks }.map {
        .init(table: $0, path: "demo.xlsx", file: file)
      })
    #expect(result.steps.allSatisfy { $0.sheetImport.problems.isEmpty })
    #expect(
      result.steps.map(\.sheet) == [
        "Ketenschakels", "Stakeholderveld", "Segmenten van de doelgroep", "Financieel plan",
      ])
    #expect(result.result.chainLinks == demo.chainLinks)
    #expect(
      result.result.stakeholders.map(Self.tableFields) == demo.stakeholders.map(Self.tableFields))
    #expect(result.result.segments.map(Self.tableFields) == demo.segments.map(Self.tableFields))
    #expect(Self.figures(result.result) == Self.figures(demo))
  }

  @Test(arguments: [SnapshotFormat.csv, .xlsx])
  func importingTheExportIntoTheSamePlanChangesNothing(format: SnapshotFormat) throws {
    let demo = try DemoPlan.load()
    let bytes =
      format == .csv
      ? Array(
        CSVExport(plan: demo, language: .dutch, dialect: .dutch, today: ReportFixture.today)
          .render().utf8)
      : WorkbookExport.xlsx(demo, language: .english, today: ReportFixture.today)
    let file = try SpreadsheetFile.open(bytes, maxRows: 1000)
    let result = try PlanImport(
      plan: demo,
      sources: DataTable.importable.map { .init(table: $0, path: "x", file: file) })
    for step in result.steps {
      #expect(step.sheetImport.changes.isEmpty, "\(step.sheetImport.table)")
      #expect(step.sheetImport.problems.isEmpty)
      #expect(step.sheetImport.rowsRead == step.sheetImport.unchanged)
    }
    #expect(result.result == demo, "the plan is unchanged")
    #expect(
      result.steps.first { $0.sheetImport.table == .stakeholders }?.sheetImport.unchanged == 13)
  }

  @Test func rowsMatchByIdThenByNameAndUpdateOnlyTheColumnsGiven() throws {
    let demo = try DemoPlan.load()
    let first = demo.stakeholders[0]
    let second = demo.stakeholders[1]
    let text = """
      Name,Influence,Kolom die niemand kent,id
      \(first.name.uppercased()),1,x,
      Iemand anders,2,y,\(second.id.rawValue)
      Gemeente Borne,5,z,
      """
    let result = try Self.prepare(text, into: demo)
    #expect(result.problems.isEmpty, "\(Self.messages(result))")
    #expect(result.unknownColumns.map(\.header) == ["Kolom die niemand kent"])
    #expect(result.unknownColumns.map(\.letter) == ["C"])
    #expect(result.result.stakeholders[0].influence == 1)
    #expect(result.result.stakeholders[0].name == first.name, "a name match keeps the name")
    #expect(result.result.stakeholders[1].name == "Iemand anders", "an id match renames")
    #expect(result.result.stakeholders[1].role == second.role, "columns not given stay")
    let added = try #require(result.result.stakeholders.last)
    #expect(added.name == "Gemeente Borne" && added.influence == 5)
    #expect(result.added == 1 && result.updated == 2 && result.rowsRead == 3)
    var undone = result.result
    try undone.apply(result.edit.inverse)
    #expect(undone == demo)
  }

  @Test func aListFromAnotherPlanIsMatchedByNameNotByItsIds() throws {
    let demo = try DemoPlan.load()
    // Another plan's list: its ids sh-1 … sh-4 are other parties in the demo.
    let text = """
      id;Naam;Invloed
      sh-1;Gemeente Almelo;2
      sh-2;Saxion;3
      sh-3;Twence;4
      sh-4;Provincie Overijssel;1
      """
    let result = try Self.prepare(text, into: demo)
    #expect(result.problems.isEmpty, "\(Self.messages(result))")
    #expect(result.result.stakeholders[0] == demo.stakeholders[0], "nothing renamed")
    #expect(result.added == 3 && result.updated == 1)
    #expect(result.result.stakeholders.first { $0.name == "Provincie Overijssel" }?.influence == 1)
  }

  @Test func dutchHeadersAndValuesAreReadToo() throws {
    let demo = try DemoPlan.load()
    let link = demo.chainLinks[0]
    let text =
      "Naam;Soort;Niveau;Invloed;Belang;MVE;Ketenschakels\r\n"
      + "Provincie Gelderland;Provincie;regionaal;4;3;ja;\"\(link.name)\"\r\n"
    let result = try Self.prepare(text, into: demo)
    #expect(result.problems.isEmpty, "\(Self.messages(result))")
    let added = try #require(result.result.stakeholders.last)
    #expect(added.kind == .province && added.level == .regional && added.inMVE)
    #expect(added.chainLinks == [link.id])
    #expect(result.newChainLinks.isEmpty)
  }

  @Test func headersAndLabelsAsPartnersWriteThem() throws {
    let demo = try DemoPlan.load()
    let text = """
      Organisatie ;ROL;bijdrage;Soort partij;Schaal;Interesse;Meerwaarde;In MVE
      Bakkerij Jansen;Leerbedrijf;Stageplekken;mkb;Lokaal;4;Vakmensen;x
      Garage Smit;Monteur;Uren;MKB;;;;nee
      Installateur Bos;;;mkb-bedrijf;;;;
      Smart Solutions;;;SME;national;;;
      Schilder Kok;;;Mkb bedrijf;;;;
      Vereniging Noord;;;branchevereniging;Regionaal;;;
      Gemeente Hof;;;GEMEENTE;;;;
      Café Zuid;;;mkbér;;;;
      """
    let result = try Self.prepare(text, into: demo)
    #expect(result.unknownColumns.isEmpty, "\(result.unknownColumns)")
    #expect(result.problems.isEmpty, "\(Self.messages(result))")
    let added = result.result.stakeholders.suffix(8)
    #expect(
      added.map(\.kind) == [.sme, .sme, .sme, .sme, .sme, .branchOrganisation, .municipality, .sme])
    let first = try #require(added.first)
    #expect(first.role == "Leerbedrijf" && first.contributions == "Stageplekken")
    #expect(
      first.level == .local && first.interest == 4 && first.addedValue == "Vakmensen" && first.inMVE
    )
  }

  @Test func noHeaderNameOrLabelSpellingMeansTwoThings() {
    let tables = [
      StakeholderColumns.columns, SegmentColumns.columns, ChainLinkColumns.columns,
      FinanceLines.yearLines + FinanceLines.partnerParts,
    ]
    for columns in tables {
      var seen: [String: Field] = [:]
      for column in columns {
        for key in column.keys {
          #expect(
            seen[key] == nil, "'\(key)' names both \(seen[key]?.rawValue ?? "") and \(column.field)"
          )
          seen[key] = column.field
        }
      }
    }
    func unique<T: RawRepresentable & CaseIterable & Hashable>(
      _ spellings: [T: [String]], _ label: (Strings, T) -> String
    ) where T.RawValue == String {
      var seen: [String: T] = [:]
      for value in T.allCases {
        var names = (spellings[value] ?? []) + [value.rawValue]
        for language in Language.allCases { names.append(label(Strings(language), value)) }
        for key in Set(names.map(SheetKey.fold)) {
          #expect(
            seen[key] == nil, "'\(key)' spells both \(seen[key].map { "\($0)" } ?? "") and \(value)"
          )
          seen[key] = value
        }
      }
    }
    unique(StakeholderKind.spellings) { $0.label($1) }
    unique(GovernanceLevel.spellings) { $0.label($1) }
  }

  @Test(
    "matching ignores case, accents, punctuation and spaces around",
    arguments: [
      ("Rol/taak", "roltaak"), (" ROL - TAAK ", "roltaak"), ("Bijdrägen", "bijdragen"),
      ("Mkb-bedrijf", "mkbbedrijf"), ("Coöperatie\u{00A0}", "cooperatie"), ("Œuvre ß", "oeuvress"),
    ])
  func folding(text: String, key: String) {
    #expect(SheetKey.fold(text) == key)
  }

  @Test func columnsNobodyKnowsAreNamedWithTheirLetterEvenWithoutAHeader() throws {
    let text = "Naam;Telefoon;;Rol\nA;0612345678;;x\nB;;extra;y\n"
    let result = try Self.prepare(text, into: try DemoPlan.load())
    #expect(result.unknownColumns.map(\.header) == ["Telefoon", ""])
    #expect(result.unknownColumns.map(\.letter) == ["B", "C"])
    // Trailing separators from a spreadsheet's save are no columns.
    let trailing = try Self.prepare("Naam;Rol;;;\nA;x;;;\n", into: try DemoPlan.load())
    #expect(trailing.unknownColumns.isEmpty)
  }

  @Test func everyRowThatCannotBeReadIsNamedWithItsLineAndLeftOut() throws {
    let demo = try DemoPlan.load()
    let text = """
      name;kind;influence;interest;MVE;chain links
      Goed;company;3;3;no;
      Slecht getal;company;hoog;3;no;
      ;company;3;3;no;
      Onbekend;castle;3;3;no;
      Vlag;company;3;3;misschien;
      Ook goed;sme;2;2;yes;
      Goed;sme;2;2;yes;
      """
    let result = try Self.prepare(text, into: demo)
    #expect(result.problems.map(\.line) == [3, 4, 5, 6, 8])
    #expect(
      result.problems.map(\.kind) == [
        .badScale(.influence, text: "hoog"), .noName, .badChoice(.kind, text: "castle"),
        .badFlag(.inMVE, text: "misschien"), .twice(name: "Goed", firstLine: 2),
      ])
    let messages = Self.messages(result)
    #expect(messages[0] == "Influence 'hoog' must be a whole number from 1 to 5")
    #expect(messages[1].contains("every row needs a name"))
    #expect(messages[2].hasPrefix("Kind 'castle' does not exist; choose from:"))
    #expect(messages[3] == "MVE 'misschien' must be yes or no")
    #expect(messages[4] == "'Goed' is already on line 2; leave one of them out")
    #expect(
      Self.messages(result, .dutch)[0]
        == "Invloed 'hoog' moet een heel getal van 1 tot en met 5 zijn")
    #expect(result.added == 2, "only the rows that read well are in the edit")
    #expect(result.rowsRead == 7 && result.refused == 5)
    #expect(result.rowsRead == result.added + result.updated + result.unchanged + result.refused)
  }

  @Test func aFileWithoutANameColumnSaysWhatItNeeds() throws {
    let result = try Self.prepare("wie;wat\nA;b\n", into: try DemoPlan.load())
    #expect(result.problems.map(\.kind) == [.noNameColumn])
    #expect(
      Self.messages(result) == [
        "no 'Naam / Name' column found; the first line must name the columns"
      ])
    #expect(!result.resultIsSound)
  }

  @Test func segmentCountsAcceptThousandsSeparatorsAndRefuseNegatives() throws {
    let demo = try DemoPlan.load()
    let text = "Segment;Aantal bedrijven;Doelstelling\nBakkers;1.200;-5\nSlagers;2 400;30\n"
    let result = try Self.prepare(text, .segments, into: demo)
    #expect(result.problems.map(\.line) == [2])
    #expect(result.result.segments.last?.smeCount == 2400)
    #expect(result.result.segments.last?.target == 30)
  }
}
