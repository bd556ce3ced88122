@testable import EcowerkSheets

/// A workbook put together part by part the way Excel and LibreOffice write one, for tests:
/// shared strings as `<si>` elements, a styles part with date formats, sheets as given, some
/// parts deflated and some stored.
struct WorkbookFixture {
  struct Sheet {
    var name: String
    /// The `<sheetData>` rows and anything after them (`<mergeCells>`).
    var body: String
    var hidden = false
    /// Declared with a chart sheet relationship type instead of a worksheet one.
    var chart = false
  }

  var sheets: [Sheet]
  /// The inner XML of each `<si>`.
  var sharedStrings: [String] = []
  var date1904 = false
  /// Parts written stored instead of deflated.
  var stored: Set<String> = ["xl/styles.xml", "xl/_rels/workbook.xml.rels"]
  /// Prefix every element of the workbook part with `x:` as some generators do.
  var prefixed = false
  /// Relationship targets written absolute (`/xl/worksheets/…`) as some generators do.
  var absoluteTargets = false

  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// Cell formats: 0 general, 1 built-in date (14), 2 custom `d-m-yyyy`, 3 custom number
  /// `#,##0.00`, 4 custom time `hh:mm`, 5 quoted text with a `d` in it.
  static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="\(main)"><numFmts count="4">\
    <numFmt numFmtId="164" formatCode="d\\-m\\-yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00"/>\
    <numFmt numFmtId="166" formatCode="hh:mm"/><numFmt numFmtId="167" formatCode="0 &quot;dagen&quot;"/>\
    </numFmts><fonts count="1"><font/></fonts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>\
    <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>\
    <xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/>\
    </cellXfs></styleSheet>
    """

  func bytes() -> [UInt8] {
    var zip = ZipWriter()
    func add(_ name: String, _ text: String) {
      zip.add(name, Array(text.utf8), compress: !stored.contains(name))
    }
    var types = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/>
      """
    types += "</Types>"
    add("[Content_Types].xml", types)
    add(
      "_rels/.rels",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="\(Self.rel)/officeDocument" Target="xl/workbook.xml"/>\
      <Relationship Id="rId2" Type="\(Self.rel)/extended-properties" Target="docProps/app.xml"/>\
      </Relationships>
      """)
    let p = prefixed ? "x:" : ""
    var workbook = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <\(p)workbook xmlns\(prefixed ? ":x" : "")="\(Self.main)" xmlns:r="\(Self.rel)">\
      <\(p)workbookPr date1904="\(date1904 ? "1" : "0")"/><\(p)sheets>
      """
    var relations = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      """
    let base = absoluteTargets ? "/xl/" : ""
    for (index, sheet) in sheets.enumerated() {
      let state = sheet.hidden ? #" state="hidden""# : ""
      workbook +=
        #"<\#(p)sheet name="\#(sheet.name)" sheetId="\#(index + 1)"\#(state) r:id="rId\#(index + 10)"/>"#
      let type = sheet.chart ? "chartsheet" : "worksheet"
      relations +=
        #"<Relationship Id="rId\#(index + 10)" Type="\#(Self.rel)/\#(type)" Target="\#(base)worksheets/sheet\#(index + 1).xml"/>"#
      add(
        "xl/worksheets/sheet\(index + 1).xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="\(Self.main)" xmlns:r="\(Self.rel)"><dimension ref="A1:D4"/>\
        \(sheet.body.contains("<sheetData") ? sheet.body : "<sheetData>" + sheet.body + "</sheetData>")</worksheet>
        """)
    }
    workbook += "</\(p)sheets></\(p)workbook>"
    relations +=
      #"<Relationship Id="rId1" Type="\#(Self.rel)/styles" Target="\#(base)styles.xml"/>"#
      + #"<Relationship Id="rId2" Type="\#(Self.rel)/sharedStrings" Target="\#(base)sharedStrings.xml"/>"#
      + "</Relationships>"
    add("xl/workbook.xml", workbook)
    add("xl/_rels/workbook.xml.rels", relations)
    add("xl/styles.xml", Self.styles)
    add(
      "xl/sharedStrings.xml",
      #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="\#(Self.main)" count="\#(sharedStrings.count)">"#
        + sharedStrings.map { "<si>\($0)</si>" }.joined() + "</sst>")
    return zip.finish()
  }
}
