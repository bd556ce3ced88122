/// The parts of a workbook that do not depend on the cells.
extension WorkbookWriter {
  static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

  static func contentTypes(_ sheets: Int) -> String {
    var xml =
      header
      + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
      + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
      + #"<Default Extension="xml" ContentType="application/xml"/>"#
      + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
      + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
      + #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
    for index in 0..<sheets {
      xml +=
        #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
    }
    return xml + "</Types>"
  }

  static let packageRelations =
    header
    + #"<Relationships xmlns="\#(packageRelationships)">"#
    + #"<Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/>"#
    + "</Relationships>"

  static func workbook(_ names: [String]) -> String {
    var xml =
      header + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)">"#
      + #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
    for (index, name) in names.enumerated() {
      xml +=
        #"<sheet name="\#(XMLText.escape(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
    }
    return xml + "</sheets></workbook>"
  }

  static func workbookRelations(_ sheets: Int) -> String {
    var xml = header + #"<Relationships xmlns="\#(packageRelationships)">"#
    for index in 0..<sheets {
      xml +=
        #"<Relationship Id="rId\#(index + 1)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
    }
    xml +=
      #"<Relationship Id="rId\#(sheets + 1)" Type="\#(relationships)/styles" Target="styles.xml"/>"#
      + #"<Relationship Id="rId\#(sheets + 2)" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>"#
    return xml + "</Relationships>"
  }

  /// Fonts: regular and bold. Number formats: 164 euros (the literal sign, which every
  /// program shows the same), 165 a percentage with one decimal, 166 an ISO date. The cell
  /// formats are in the order of `Style`.
  static let styles =
    header
    + #"<styleSheet xmlns="\#(main)">"#
    + #"<numFmts count="3">"#
    + #"<numFmt numFmtId="164" formatCode="&quot;€ &quot;#,##0.00;&quot;€ &quot;-#,##0.00"/>"#
    + #"<numFmt numFmtId="165" formatCode="0.0%"/>"#
    + #"<numFmt numFmtId="166" formatCode="yyyy-mm-dd"/>"#
    + "</numFmts>"
    + #"<fonts count="2">"#
    + #"<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
    + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
    + "</fonts>"
    + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
    + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
    + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
    + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
    + #"<cellXfs count="10">"#
    + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
    + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
    + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
    + #"<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>"#
    + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
    + #"<xf numFmtId="165" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>"#
    + #"<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
    + #"<xf numFmtId="166" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>"#
    + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#
    + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#
    + "</cellXfs>"
    + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
    + "</styleSheet>"
}
