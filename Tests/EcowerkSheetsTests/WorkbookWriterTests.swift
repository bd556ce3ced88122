import Testing

@testable import EcowerkSheets

/// Workbooks we write: read back by our reader and by Python's zipfile and XML parser.
@Suite struct WorkbookWriterTests {
  static let sheets: [WorkbookWriter.Sheet] = [
    .init(
      name: "Stakeholderveld",
      rows: [
        [.text("id"), .text("Naam"), .text("Invloed"), .text("Ketenschakels")],
        [.text("sh-1"), .text("Gemeente & <Co>"), .integer(4), .text("Advies\nUitvoering")],
        [.text("sh-2"), .text("=SOM(1)"), .integer(2), .empty],
      ], frozenColumns: 2),
    .init(
      name: "Financiën",
      rows: [
        [.text("Regel"), .text("2027"), .text("Totaal")],
        [.text("NGF"), .euros(125_050), .euros(-1)],
        [.text("NGF-aandeel"), .percent(0.255), .empty],
        [.text("Deadline"), .date(year: 2027, month: 3, day: 1), .number(12.5)],
        [.text("Totaal"), .euros(10_000_000_000), .empty],
      ], boldRows: [0, 4]),
    .init(name: "Stakeholderveld", rows: []),
  ]

  @Test func whatIsWrittenReadsBack() throws {
    let workbook = try Workbook(ZipArchive(WorkbookWriter.xlsx(Self.sheets)))
    #expect(workbook.sheets.map(\.name) == ["Stakeholderveld", "Financiën", "Stakeholderveld (2)"])
    let stakeholders = try workbook.rows(of: workbook.sheets[0], maxRows: 10)
    #expect(
      stakeholders.map(\.fields) == [
        ["id", "Naam", "Invloed", "Ketenschakels"],
        ["sh-1", "Gemeente & <Co>", "4", "Advies\nUitvoering"],
        ["sh-2", "=SOM(1)", "2"],
      ])
    #expect(stakeholders[1].numbers == [2])
    let finance = try workbook.rows(of: workbook.sheets[1], maxRows: 10)
    #expect(
      finance.map(\.fields) == [
        ["Regel", "2027", "Totaal"], ["NGF", "1250.5", "-0.01"], ["NGF-aandeel", "0.255"],
        ["Deadline", "2027-03-01", "12.5"], ["Totaal", "100000000"],
      ])
  }

  @Test func theSameTablesGiveTheSameBytes() {
    #expect(WorkbookWriter.xlsx(Self.sheets) == WorkbookWriter.xlsx(Self.sheets))
  }

  @Test func textsThatXMLCannotHoldOrExcelWouldRefuseAreMadeSafe() throws {
    let long = String(repeating: "é", count: 40_000)
    let bytes = WorkbookWriter.xlsx([
      .init(
        name: "a:b/c?d*[e]f'", rows: [[.text("bel\u{07}\u{1B}[31m"), .text(long), .text(" rand ")]])
    ])
    let workbook = try Workbook(ZipArchive(bytes))
    #expect(workbook.sheets[0].name == "abcdef", "no apostrophe at either end")
    let row = try workbook.rows(of: workbook.sheets[0], maxRows: 10)[0]
    #expect(row.fields[0] == "bel\u{FFFD}\u{FFFD}[31m")
    #expect(
      row.fields[1].utf16.count == WorkbookWriter.maxCellLength && row.fields[1].hasSuffix("…"))
    #expect(row.fields[2] == " rand ", "spaces at the ends are preserved")
  }

  @Test(.enabled(if: Python.path != nil, "python3 is not installed: apt-get install python3"))
  func pythonsZipfileAndXMLParserReadEveryPart() throws {
    let report = try Python.run(
      """
      import sys, io, zipfile, xml.etree.ElementTree as ET
      ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
      z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
      assert z.testzip() is None
      for name in z.namelist():
          ET.fromstring(z.read(name))
      book = ET.fromstring(z.read('xl/workbook.xml'))
      print('sheets', [s.get('name') for s in book.find('m:sheets', ns)])
      strings = [''.join(t.text or '' for t in si.iter('{%s}t' % ns['m']))
                 for si in ET.fromstring(z.read('xl/sharedStrings.xml'))]
      sheet = ET.fromstring(z.read('xl/worksheets/sheet2.xml'))
      pane = sheet.find('m:sheetViews/m:sheetView/m:pane', ns)
      print('pane', pane.get('ySplit'), pane.get('state'))
      styles = ET.fromstring(z.read('xl/styles.xml'))
      formats = {f.get('numFmtId'): f.get('formatCode') for f in styles.find('m:numFmts', ns)}
      xfs = styles.find('m:cellXfs', ns)
      for c in sheet.iter('{%s}c' % ns['m']):
          if c.find('m:v', ns) is None:
              continue
          value = c.find('m:v', ns).text
          shown = strings[int(value)] if c.get('t') == 's' else value
          style = xfs[int(c.get('s', '0'))]
          bold = styles.find('m:fonts', ns)[int(style.get('fontId'))].find('m:b', ns) is not None
          print(c.get('r'), shown, formats.get(style.get('numFmtId'), style.get('numFmtId')), 'bold' if bold else '')
      """, input: WorkbookWriter.xlsx(Self.sheets))
    #expect(
      report.split(separator: "\n").map(String.init) == [
        "sheets ['Stakeholderveld', 'Financiën', 'Stakeholderveld (2)']",
        "pane 1 frozen",
        "A1 Regel 0 bold", "B1 2027 0 bold", "C1 Totaal 0 bold",
        "A2 NGF 0 ", "B2 1250.50 \"€ \"#,##0.00;\"€ \"-#,##0.00 ",
        "C2 -0.01 \"€ \"#,##0.00;\"€ \"-#,##0.00 ",
        "A3 NGF-aandeel 0 ", "B3 0.255 0.0% ",
        "A4 Deadline 0 ", "B4 46447 yyyy-mm-dd ", "C4 12.5 0 ",
        "A5 Totaal 0 bold", "B5 100000000 \"€ \"#,##0.00;\"€ \"-#,##0.00 bold",
      ])
  }
}
