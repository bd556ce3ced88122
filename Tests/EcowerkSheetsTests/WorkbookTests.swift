import Testing

@testable import EcowerkSheets

/// Reading workbooks as Excel, LibreOffice and Google Sheets write them.
@Suite struct WorkbookTests {
  static let strings = [
    "<t>Naam</t>",
    #"<r><rPr><b/></rPr><t>Ro</t></r><r><t xml:space="preserve">l </t></r><rPh sb="0" eb="1"><t>ロ</t></rPh>"#,
    "<t>Gemeente &amp; Co</t>",
    "<t>Invloed</t>",
    "<t>Start</t>",
    "<t>Bedrag</t>",
  ]

  static let list = """
    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>3</v></c>\
    <c r="D1" t="s"><v>4</v></c><c r="E1" t="s"><v>5</v></c></row>
    <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>Trekker</t></is></c>\
    <c r="C2"><v>4</v></c><c r="D2" s="1"><v>46447</v></c><c r="E2" s="3"><v>1250.5</v></c></row>
    <row r="4"><c r="A4" t="inlineStr"><is><r><t xml:space="preserve">Bakkerij </t></r><r><t>De Zoete</t></r></is></c>\
    <c r="C4" t="b"><v>1</v></c><c r="D4" s="2"><v>46447.5</v></c><c r="E4"><v>4.5999999999999996</v></c></row>
    <row r="5" spans="1:5"><c r="B5" s="1"/></row>
    <row r="6"><c r="A6" t="str"><f>A2&amp;"x"</f><v>Gemeente &amp; Cox</v></c><c r="C6" t="e"><v>#N/A</v></c>\
    <c r="D6" s="4"><v>0.5</v></c><c r="E6" s="5"><v>12</v></c></row>
    """

  static func fixture(
    stored: Set<String> = ["xl/styles.xml"], prefixed: Bool = false, absolute: Bool = false
  ) -> WorkbookFixture {
    var fixture = WorkbookFixture(
      sheets: [
        .init(
          name: "Verborgen", body: #"<row r="1"><c r="A1" t="s"><v>3</v></c></row>"#, hidden: true),
        .init(name: "Lijst", body: list),
        .init(name: "Grafiek", body: "", chart: true),
      ],
      sharedStrings: strings)
    fixture.stored = stored
    fixture.prefixed = prefixed
    fixture.absoluteTargets = absolute
    return fixture
  }

  static func open(_ bytes: [UInt8]) throws -> Workbook {
    try Workbook(ZipArchive(bytes))
  }

  @Test(
    "shared and inline strings, numbers, booleans, dates, errors and formulas' values",
    arguments: [
      ([String](), false, false), (["xl/styles.xml", "xl/sharedStrings.xml"], true, false),
      (["xl/worksheets/sheet2.xml", "xl/workbook.xml"], false, true),
    ])
  func cellsAreReadAsTheyShow(stored: [String], prefixed: Bool, absolute: Bool) throws {
    let workbook = try Self.open(
      Self.fixture(stored: Set(stored), prefixed: prefixed, absolute: absolute).bytes())
    #expect(workbook.sheets.map(\.name) == ["Verborgen", "Lijst"], "chart sheets are no lists")
    #expect(workbook.firstSheet.name == "Lijst", "the first sheet a user sees")
    let rows = try workbook.rows(of: workbook.firstSheet, maxRows: 100)
    #expect(rows.map(\.line) == [1, 2, 4, 6], "empty rows are left out, lines are Excel's rows")
    #expect(rows[0].fields == ["Naam", "Rol ", "Invloed", "Start", "Bedrag"])
    #expect(rows[1].fields == ["Gemeente & Co", "Trekker", "4", "2027-03-01", "1250.5"])
    #expect(rows[1].numbers == [2, 4], "dates are text, amounts and scores numbers")
    #expect(rows[2].fields == ["Bakkerij De Zoete", "", "TRUE", "2027-03-01 12:00", "4.6"])
    #expect(rows[3].fields == ["Gemeente & Cox", "", "#N/A", "12:00", "12"])
  }

  @Test func aSheetIsChosenByNameIgnoringCaseAndSpaces() throws {
    let workbook = try Self.open(Self.fixture().bytes())
    #expect(workbook.sheet(named: " lijst ")?.name == "Lijst")
    #expect(workbook.sheet(named: "verborgen")?.hidden == true)
    #expect(workbook.sheet(named: "Grafiek") == nil)
  }

  @Test func cellsAndRowsWithoutReferencesFollowEachOther() throws {
    let body = """
      <row><c t="inlineStr"><is><t>Naam</t></is></c><c t="inlineStr"><is><t>Invloed</t></is></c></row>
      <row><c t="inlineStr"><is><t>A</t></is></c><c><v>3</v></c></row>
      <row r="7"><c r="C7"><v>1</v></c><c><v>2</v></c></row>
      """
    let workbook = try Self.open(
      WorkbookFixture(sheets: [.init(name: "Blad1", body: body)]).bytes())
    let rows = try workbook.rows(of: workbook.firstSheet, maxRows: 10)
    #expect(rows.map(\.line) == [1, 2, 7])
    #expect(rows.map(\.fields) == [["Naam", "Invloed"], ["A", "3"], ["", "", "1", "2"]])
  }

  @Test func mergedHeaderCellsBelongToEveryRowTheySpanButNotSideways() throws {
    let body = """
      <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c>\
      <c r="B1" t="inlineStr"><is><t>Scores</t></is></c></row>
      <row r="2"><c r="B2" t="inlineStr"><is><t>Invloed</t></is></c><c r="C2" t="inlineStr"><is><t>Belang</t></is></c></row>
      <row r="3"><c r="A3" t="inlineStr"><is><t>X</t></is></c><c r="B3"><v>3</v></c><c r="C3"><v>4</v></c></row>
      </sheetData><mergeCells count="2"><mergeCell ref="A1:A2"/><mergeCell ref="B1:C1"/></mergeCells>
      """
    let workbook = try Self.open(WorkbookFixture(sheets: [.init(name: "S", body: body)]).bytes())
    let rows = try workbook.rows(of: workbook.firstSheet, maxRows: 10)
    #expect(
      rows.map(\.fields) == [["Naam", "Scores"], ["Naam", "Invloed", "Belang"], ["X", "3", "4"]])
  }

  @Test func datesOfTheMacintosh1904SystemAreRead() throws {
    var fixture = WorkbookFixture(
      sheets: [
        .init(
          name: "S",
          body: #"<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>44985</v></c></row>"#)
      ])
    fixture.date1904 = true
    let workbook = try Self.open(fixture.bytes())
    #expect(
      try workbook.rows(of: workbook.firstSheet, maxRows: 10)[0].fields == [
        "1904-01-01", "2027-03-01",
      ])
  }

  @Test func moreRowsThanTheLimitAreRefusedWhileReading() throws {
    let body = (1...50).map { #"<row r="\#($0)"><c r="A\#($0)"><v>\#($0)</v></c></row>"# }.joined()
    let workbook = try Self.open(WorkbookFixture(sheets: [.init(name: "S", body: body)]).bytes())
    #expect(throws: SheetError.tooManyRows(count: 11, limit: 10)) {
      try workbook.rows(of: workbook.firstSheet, maxRows: 10)
    }
    #expect(try workbook.rows(of: workbook.firstSheet, maxRows: 50).count == 50)
  }

  @Test func brokenPartsAreNamed() throws {
    let missing = WorkbookFixture(
      sheets: [.init(name: "S", body: #"<row r="1"><c r="A1" t="s"><v>9</v></c></row>"#)])
    let workbook = try Self.open(missing.bytes())
    #expect(throws: SheetError.workbook(.missingSharedString(cell: "A1", index: 9))) {
      try workbook.rows(of: workbook.firstSheet, maxRows: 10)
    }
    let broken = WorkbookFixture(sheets: [
      .init(name: "S", body: "<row r=\"1\"><c r=\"A1\"><v>1</c>\n</row>")
    ])
    let opened = try Self.open(broken.bytes())
    #expect(throws: SheetError.workbook(.badXML(part: "xl/worksheets/sheet1.xml", line: 2))) {
      try opened.rows(of: opened.firstSheet, maxRows: 10)
    }
    let doctype = WorkbookFixture(
      sheets: [.init(name: "S", body: "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><row/>")])
    let withType = try Self.open(doctype.bytes())
    #expect(throws: SheetError.workbook(.documentType(part: "xl/worksheets/sheet1.xml"))) {
      try withType.rows(of: withType.firstSheet, maxRows: 10)
    }
  }

  @Test(
    "date formats are told from number formats",
    arguments: [
      ("yyyy-mm-dd", true), ("d\\-m\\-yyyy", true), ("[$-413]d mmmm yyyy", true), ("hh:mm", true),
      ("[h]:mm:ss", true), ("#,##0.00", false), ("0 \"dagen\"", false), ("General", false),
      ("[Red]0.00", false), ("\"€ \"#,##0.00;\"€ \"-#,##0.00", false), ("0.0%", false),
    ])
  func dateFormats(code: String, isDate: Bool) {
    #expect(Workbook.isDateFormat(code) == isDate)
  }

  @Test(
    "serial numbers become dates in the 1900 system, with its phantom leap day",
    arguments: [
      (1.0, "1900-01-01"), (59, "1900-02-28"), (60, "1900-02-29"), (61, "1900-03-01"),
      (45658, "2025-01-01"), (46447.75, "2027-03-01 18:00"), (0.25, "06:00"),
    ])
  func serialNumbers(serial: Double, text: String) {
    #expect(ExcelDate.text(serial: serial, date1904: false) == text)
  }

  @Test func serialNumbersAreWrittenAsExcelCountsThem() {
    #expect(ExcelDate.serial(year: 2027, month: 3, day: 1) == 46447)
    #expect(ExcelDate.serial(year: 1900, month: 3, day: 1) == 61)
  }
}
