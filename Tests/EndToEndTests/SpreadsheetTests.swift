import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// `ecowerk print --format xlsx` and `ecowerk import` of workbooks and text files, through the
/// real binary.
@Suite struct SpreadsheetTests {
  static func withoutLinks(_ stakeholder: Stakeholder) -> Stakeholder {
    var party = stakeholder
    party.propositions = []
    return party
  }

  @Test func theDemosExportImportsIntoANewPlanWithEveryStakeholderAndChainLink() throws {
    let scratch = try Scratch()
    let plan = try ImportCommandTests.plan(scratch)
    let demo = try DemoPlan.load()
    for format in ["csv", "xlsx"] {
      let out = scratch.file("tables.\(format)")
      #expect(try Binary.run(["print", plan, "--format", format, "-o", out]).status == 0)
      let fresh = scratch.file("new-\(format).ecowerk.json")
      #expect(try Binary.run(["new", fresh]).status == 0)
      let result = try Binary.run(["import", fresh, "--stakeholders", out, "--yes"])
      #expect(result.status == 0, "\(format): \(result.error)")
      #expect(
        result.output.contains(
          "13 row(s) read: 13 to add, 0 to update, 0 already the same, 0 refused"))
      let imported = try PlanStore.load(fresh)
      #expect(imported.chainLinks == demo.chainLinks, "\(format)")
      // The list of parties holds no links: the propositions a partner contributes to stay
      // inside the plan.
      #expect(
        imported.stakeholders.map { Self.withoutLinks($0) }
          == demo.stakeholders.map { Self.withoutLinks($0) }, "\(format)")
    }
  }

  @Test func chainLinksAStakeholderListNamesAreCreatedAndTheSummaryCountsEveryRow() throws {
    let scratch = try Scratch()
    let plan = try ImportCommandTests.plan(scratch)
    let list = try scratch.write(
      "partners.csv",
      "Naam;Soort;Rol;Bijdrage;Ketenschakels\r\nBakkerij Jansen;mkb;Leerbedrijf;Stageplekken;"
        + "\"Verkoop\nBewustwording\"\r\nGarage Smit;MKB;;;\"Onderhoud\nLogistiek\"\r\n"
        + "ROC Tubantia;Mbo-instelling;;;\r\nFout;kasteel;;;\r\n")
    let result = try Binary.run(["import", plan, "--stakeholders", list, "--yes", "--partial"])
    #expect(result.status == 0, "\(result.error)")
    #expect(
      result.output.contains("partners.csv: 3 new chain link(s): Verkoop, Onderhoud, Logistiek"))
    #expect(
      result.output.contains(
        "partners.csv: 4 row(s) read: 2 to add, 0 to update, 1 already the same, 1 refused"))
    #expect(
      result.error.contains("partners.csv:7: Kind 'kasteel' does not exist"),
      "line 7: the list cells above span lines")
    let saved = try PlanStore.load(plan)
    #expect(saved.chainLinks.count == 10)
    #expect(saved.stakeholders.last?.kind == .sme && saved.stakeholders.last?.name == "Garage Smit")
  }

  @Test func anUnknownColumnStopsAnImportWithYesUnlessItMayBeLeftOut() throws {
    let scratch = try Scratch()
    let plan = try ImportCommandTests.plan(scratch)
    let before = try Data(contentsOf: URL(fileURLWithPath: plan))
    let list = try scratch.write("l.csv", "Naam;Telefoon;Rol\nNieuwe partner;0612345678;Adviseur\n")
    let stopped = try Binary.run(["import", plan, "--stakeholders", list, "--yes"])
    #expect(stopped.status == 1)
    #expect(
      stopped.output.contains("l.csv: ecowerk does not know these columns: 'Telefoon' (column B)"))
    #expect(stopped.output.contains("known columns: Name, Kind, Sector"))
    #expect(stopped.error.contains("--skip-unknown-columns"))
    #expect(
      !stopped.output.contains("add        Nieuwe partner"), "the question comes before the preview"
    )
    #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == before)
    let skipped = try Binary.run([
      "import", plan, "--stakeholders", list, "--yes", "--skip-unknown-columns",
    ])
    #expect(skipped.status == 0, "\(skipped.error)")
    #expect(
      skipped.output.contains("l.csv: left out (--skip-unknown-columns): 'Telefoon' (column B)"))
    #expect(try PlanStore.load(plan).stakeholders.last?.role == "Adviseur")
  }

  @Test(
    "files that are no spreadsheet are named, with what to do",
    arguments: [
      ("lijst.pdf", Array("%PDF-1.7\n".utf8), "this is a PDF document, not a spreadsheet"),
      (
        "lijst.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
        "this is an old Excel file (.xls"
      ),
      ("lijst.xlsx", Array("PK\u{3}\u{4}kapot".utf8), "the zip archive is damaged or cut off"),
      (
        "plan.json", Array("{\"format\": \"ecowerk-plan\"}".utf8),
        "this is an ecowerk plan, not a list"
      ),
    ] as [(String, [UInt8], String)])
  func otherFiles(name: String, bytes: [UInt8], message: String) throws {
    let scratch = try Scratch()
    let plan = try ImportCommandTests.plan(scratch)
    let file = scratch.file(name)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    let result = try Binary.run(["import", plan, "--stakeholders", file, "--yes"])
    #expect(result.status == 1)
    #expect(result.error.contains("\(name): \(message)"), "\(result.error)")
  }

  @Test func moreRowsThanAPlanCanHoldAreRefusedBeforeAnyIsRead() throws {
    let scratch = try Scratch()
    let plan = try ImportCommandTests.plan(scratch)
    var text = "Naam\n"
    text.reserveCapacity(1_300_000)
    for number in 0..<100_020 { text += "P\(number)\n" }
    let list = try scratch.write("groot.csv", text)
    let result = try Binary.run(["import", plan, "--stakeholders", list, "--yes"])
    #expect(result.status == 1)
    #expect(
      result.error.contains(
        "groot.csv: the file has 100022 rows, more than a list of a plan can hold (100016)"))
  }

  @Test func aWorkbookIsNotWrittenToATerminalButToAFileOrAPipe() throws {
    let scratch = try Scratch()
    let plan = try ImportCommandTests.plan(scratch)
    let piped = try Binary.run(["print", plan, "--format", "xlsx"])
    #expect(piped.status == 0 && piped.outputBytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    let sections = try Binary.run(["print", plan, "--format", "xlsx", "--section", "vision"])
    #expect(sections.status == 2)
    #expect(
      sections.error.contains("'vision' cannot be one. Choose from: stakeholders, chain-links"))
  }
}

/// The workbook read by programs we did not write.
@Suite(
  .enabled(if: ExternalTool.python != nil, "python3 is not installed: apt-get install python3"))
struct WorkbookByPythonTests {
  @Test func pythonsZipfileAndXMLParserReadEverySheetOfThePrintedWorkbook() throws {
    let scratch = try Scratch()
    let plan = try ImportCommandTests.plan(scratch)
    let out = scratch.file("plan.xlsx")
    #expect(
      try Binary.run(["print", plan, "--format", "xlsx", "-o", out, "--lang", "nl"]).status == 0)
    let script = """
      import sys, zipfile, xml.etree.ElementTree as ET
      m = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
      z = zipfile.ZipFile(sys.argv[1])
      assert z.testzip() is None
      for name in z.namelist():
          ET.fromstring(z.read(name))
      book = ET.fromstring(z.read('xl/workbook.xml'))
      print('|'.join(s.get('name') for s in book.iter(m + 'sheet')))
      strings = [''.join(t.text or '' for t in si.iter(m + 't')) for si in ET.fromstring(z.read('xl/sharedStrings.xml'))]
      styles = ET.fromstring(z.read('xl/styles.xml'))
      formats = {f.get('numFmtId'): f.get('formatCode') for f in styles.iter(m + 'numFmt')}
      xfs = list(styles.find(m + 'cellXfs'))
      fonts = list(styles.find(m + 'fonts'))
      def show(sheet, ref):
          for c in ET.fromstring(z.read('xl/worksheets/sheet%d.xml' % sheet)).iter(m + 'c'):
              if c.get('r') == ref:
                  xf = xfs[int(c.get('s', '0'))]
                  value = c.find(m + 'v').text
                  text = strings[int(value)] if c.get('t') == 's' else value
                  bold = fonts[int(xf.get('fontId'))].find(m + 'b') is not None
                  return '%s=%s %s%s' % (ref, text, formats.get(xf.get('numFmtId'), 'general'), ' bold' if bold else '')
      pane = ET.fromstring(z.read('xl/worksheets/sheet1.xml')).find('.//' + m + 'pane')
      print(pane.get('state'), pane.get('ySplit'), pane.get('xSplit'))
      print(show(1, 'B1'), '|', show(1, 'H2'))
      print(show(4, 'B2'), '|', show(4, 'H2'), '|', show(4, 'A21'), '|', show(4, 'B23'))
      print(show(6, 'C2'))
      """
    let output = try ExternalTool.run(ExternalTool.python, ["-c", script, out])
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.count == 5, "\(output)")
    #expect(
      lines.first
        == "Stakeholderveld|Ketenschakels|Segmenten van de doelgroep|Financieel plan|KPI's|Actieplan"
    )
    #expect(lines[1] == "frozen 1 2", "the header and the id and name columns stay in view")
    #expect(lines[2] == "B1=Naam general bold | H2=4 general")
    let euro = "\"€ \"#,##0.00;\"€ \"-#,##0.00"
    #expect(
      lines[3]
        == "B2=40000 \(euro) | H2=375000 \(euro) | A21=Totaal bronnen general bold | B23=0.547112462006079 0.0%"
    )
    #expect(lines[4] == "C2=45689 yyyy-mm-dd", "dates are dates")
  }
}

/// LibreOffice opens the workbook as a partner would, and saves it again.
@Suite(
  .enabled(
    if: ExternalTool.libreOffice != nil,
    "LibreOffice is not installed: apt-get install --no-install-recommends libreoffice-calc-nogui"))
struct WorkbookByLibreOfficeTests {
  @Test func libreOfficeReadsEverySheetWithItsNumbers() throws {
    let scratch = try Scratch()
    let plan = try ImportCommandTests.plan(scratch)
    let out = scratch.file("plan.xlsx")
    #expect(try Binary.run(["print", plan, "--format", "xlsx", "-o", out]).status == 0)
    // Every sheet to its own CSV (the last option, -1), numbers as they are stored.
    try ExternalTool.convert(
      out, to: "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1",
      into: scratch.path)
    let stakeholders = scratch.read("plan-Stakeholder field.csv")
    #expect(stakeholders.hasPrefix("id;Name;Kind;Sector;"))
    #expect(stakeholders.contains("sh-1;ROC Tubantia;Vocational school;"))
    let finance = scratch.read("plan-Financial plan.csv")
    #expect(finance.contains("NGF;900000;750000;550000;350000;150000;0;2700000"))
    #expect(finance.contains("Balance;0;0;0;0;0;10000;10000"))
    #expect(scratch.read("plan-Action plan.csv").contains(";2025-02-01;2025-05-31;"))
  }

  @Test(
    "a workbook or CSV export saved again by LibreOffice as .xlsx imports back with no change",
    arguments: ["xlsx", "csv"])
  func savedAgain(format: String) throws {
    let scratch = try Scratch()
    let plan = try ImportCommandTests.plan(scratch)
    let export = scratch.file("export.\(format)")
    #expect(try Binary.run(["print", plan, "--format", format, "-o", export]).status == 0)
    let folder = scratch.file("saved")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try ExternalTool.convert(
      export, to: "xlsx", into: folder,
      input: format == "csv" ? "Text - txt - csv (StarCalc):59,34,76,1" : nil)
    let saved = folder + "/export.xlsx"
    let before = try Data(contentsOf: URL(fileURLWithPath: plan))
    let result = try Binary.run([
      "import", plan, "--stakeholders", saved, "--segments", saved, "--finance", saved, "--yes",
    ])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Nothing to import: the plan has it all."), "\(result.output)")
    #expect(!result.output.contains("refused") || result.output.contains(", 0 refused"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == before)
  }
}
