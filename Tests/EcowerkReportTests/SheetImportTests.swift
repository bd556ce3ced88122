import EcowerkModel
import EcowerkReport
import EcowerkStore
import EcowerkStrings
import Testing

/// Stakeholders and segments from a spreadsheet into a plan.
@Suite struct CSVImportTests {
  static func records(_ text: String) throws -> [CSVReader.Record] {
    try CSVReader(bytes: Array(text.utf8)).records
  }

  static func prepare(
    _ text: String, _ table: CSVImport.Table = .stakeholders, into plan: Plan,
    language: Language = .english
  ) throws -> CSVImport {
    CSVImport(try records(text), table: table, into: plan, language: language)
  }

  @Test(
    "export then import gives the same stakeholders and segments",
    arguments: [CSVExport.Dialect.dutch, .english], Language.allCases)
  func roundTrip(dialect: CSVExport.Dialect, language: Language) throws {
    let demo = try DemoPlan.load()
    let export = CSVExport(plan: demo, language: language, dialect: dialect)
    // A new plan with the demo's chain links, which stakeholders refer to by name.
    var empty = Plan.empty(startYear: demo.startYear)
    empty.chainLinks = demo.chainLinks
    #expect(empty.violations().isEmpty, "\(empty.violations())")

    let stakeholders = CSVImport(
      try CSVReader(bytes: Array(export.render(sections: [.stakeholders]).utf8)).records,
      table: .stakeholders, into: empty, language: language)
    #expect(stakeholders.problems.isEmpty, "\(stakeholders.problems)")
    #expect(stakeholders.result.stakeholders == demo.stakeholders)
    #expect(stakeholders.added == demo.stakeholders.count)

    let segments = CSVImport(
      try CSVReader(bytes: Array(export.render(sections: [.segments]).utf8)).records,
      table: .segments, into: stakeholders.result, language: language)
    #expect(segments.problems.isEmpty, "\(segments.problems)")
    // Barriers, conversations and ambassadors are not in the table; the rest comes back.
    #expect(
      segments.result.segments.map {
        Segment(
          id: $0.id, name: $0.name, sector: $0.sector, sizeClass: $0.sizeClass, region: $0.region,
          smeCount: $0.smeCount, participating: $0.participating, target: $0.target,
          pains: $0.pains, gains: $0.gains, alleyPosition: $0.alleyPosition, notes: $0.notes)
      }
        == demo.segments.map {
          Segment(
            id: $0.id, name: $0.name, sector: $0.sector, sizeClass: $0.sizeClass, region: $0.region,
            smeCount: $0.smeCount, participating: $0.participating, target: $0.target,
            pains: $0.pains, gains: $0.gains, alleyPosition: $0.alleyPosition, notes: $0.notes)
        })
  }

  @Test func importingTheExportIntoTheSamePlanChangesNothing() throws {
    let demo = try DemoPlan.load()
    let csv = CSVExport(plan: demo, language: .dutch, dialect: .dutch).render(sections: [
      .stakeholders
    ])
    let result = try Self.prepare(csv, into: demo)
    #expect(result.changes.isEmpty)
    #expect(result.unchanged == demo.stakeholders.count)
    #expect(result.edit == .group([]))
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
    #expect(result.problems.isEmpty, "\(result.problems)")
    #expect(result.ignoredColumns == ["Kolom die niemand kent"])
    #expect(result.result.stakeholders[0].influence == 1)
    #expect(result.result.stakeholders[0].name == first.name, "a name match keeps the name")
    #expect(result.result.stakeholders[1].name == "Iemand anders", "an id match renames")
    #expect(result.result.stakeholders[1].role == second.role, "columns not given stay")
    let added = try #require(result.result.stakeholders.last)
    #expect(added.name == "Gemeente Borne" && added.influence == 5)
    #expect(result.added == 1 && result.updated == 2)
    // The edit is invertible: undoing it gives the plan back.
    var undone = result.result
    try undone.apply(result.edit.inverse)
    #expect(undone == demo)
  }

  @Test func dutchHeadersAndValuesAreReadToo() throws {
    let demo = try DemoPlan.load()
    let link = demo.chainLinks[0]
    let text =
      "Naam;Soort;Niveau;Invloed;Belang;MVE;Ketenschakels\r\n"
      + "Provincie Gelderland;Provincie;regionaal;4;3;ja;\"\(link.name)\"\r\n"
    let result = try Self.prepare(text, into: demo, language: .dutch)
    #expect(result.problems.isEmpty, "\(result.problems)")
    let added = try #require(result.result.stakeholders.last)
    #expect(added.kind == .province && added.level == .regional && added.inMVE)
    #expect(added.chainLinks == [link.id])
  }

  @Test func everyRowThatCannotBeReadIsNamedWithItsLineAndLeftOut() throws {
    let demo = try DemoPlan.load()
    let text = """
      name;kind;influence;interest;MVE;chain links
      Goed;company;3;3;no;
      Slecht getal;company;hoog;3;no;
      ;company;3;3;no;
      Onbekend;bank;3;3;no;
      Schakel;company;3;3;no;"Nergens"
      Ook goed;sme;2;2;yes;
      Goed;sme;2;2;yes;
      """
    let result = try Self.prepare(text, into: demo)
    #expect(result.problems.map(\.line) == [3, 4, 5, 6, 8])
    #expect(result.problems[0].message == "Influence 'hoog' must be a whole number from 1 to 5")
    #expect(result.problems[1].message.contains("every row needs a name"))
    #expect(result.problems[2].message.hasPrefix("Kind 'bank' does not exist; choose from:"))
    #expect(result.problems[3].message.contains("chain link 'Nergens' is not in the plan"))
    #expect(result.problems[4].message == "'Goed' is already on line 2; leave one of them out")
    #expect(result.added == 2, "only the rows that read well are in the edit")
  }

  @Test func aFileWithoutANameColumnSaysWhatItNeeds() throws {
    let result = try Self.prepare("wie;wat\nA;b\n", into: try DemoPlan.load())
    #expect(result.problems.count == 1)
    #expect(result.problems.first?.message.contains("no 'Naam / Name' column found") == true)
    #expect(!result.resultIsSound)
  }

  @Test func segmentCountsAcceptThousandsSeparatorsAndRefuseNegatives() throws {
    let demo = try DemoPlan.load()
    let text = "Naam;Aantal mkb'ers;Doel\nBakkers;1.200;-5\nSlagers;2 400;30\n"
    let result = try Self.prepare(text, .segments, into: demo, language: .dutch)
    #expect(result.problems.map(\.line) == [2])
    #expect(result.result.segments.last?.smeCount == 2400)
  }
}

extension CSVImportTests {
  @Test func aFileOfSeveralTablesGivesEachOptionItsOwnTable() throws {
    let demo = try DemoPlan.load()
    let all = CSVExport(plan: demo, language: .english, dialect: .dutch).render()
    for table in CSVImport.Table.allCases {
      let result = try Self.prepare(all, table, into: demo)
      #expect(result.problems.isEmpty, "\(result.problems)")
      #expect(result.changes.isEmpty)
      #expect(
        result.unchanged == (table == .stakeholders ? demo.stakeholders.count : demo.segments.count)
      )
    }
    let onlyFinance = CSVExport(plan: demo, language: .english, dialect: .dutch).render(
      sections: [.finance, .segments])
    let missing = try Self.prepare(onlyFinance, .stakeholders, into: demo)
    #expect(
      missing.problems.first?.message
        == "this file holds several tables but no 'Stakeholder field' table")
  }

  @Test func aStakeholderListGivenAsSegmentsIsRefused() throws {
    let demo = try DemoPlan.load()
    let list = CSVExport(plan: demo, language: .dutch, dialect: .dutch).render(sections: [
      .stakeholders
    ])
    let result = try Self.prepare(list, .segments, into: demo)
    #expect(
      result.problems.map(\.message) == [
        "this looks like a list of stakeholders; use --stakeholders"
      ])
    #expect(result.changes.isEmpty && !result.resultIsSound)
  }
}
