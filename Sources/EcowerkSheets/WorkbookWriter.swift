/// Writes an `.xlsx` workbook that Excel, LibreOffice and Google Sheets open as it is: a sheet
/// per table, header rows bold and frozen, numbers as numbers, amounts in a euro format,
/// percentages as percentages and dates as dates, text as shared strings.
///
/// The parts are the minimum SpreadsheetML asks for (content types, relationships, workbook,
/// styles, shared strings, sheets), written by hand: a fixed order and fixed names, so the
/// same tables always give the same bytes.
public enum WorkbookWriter {
  /// One cell's value; how it is shown follows from its kind.
  public enum Cell: Hashable, Sendable {
    case empty
    case text(String)
    case integer(Int)
    case number(Double)
    /// An amount in euro cents, shown as `€ 1.250,00` (in the reader's locale).
    case euros(Int64)
    /// A fraction shown as a percentage with one decimal: 0.25 is `25,0%`.
    case percent(Double)
    case date(year: Int, month: Int, day: Int)
  }

  public struct Sheet: Hashable, Sendable {
    public var name: String
    public var rows: [[Cell]]
    /// Rows shown in bold: the header and any totals.
    public var boldRows: Set<Int>
    /// Rows and columns kept in view while scrolling (the header, the name column).
    public var frozenRows: Int
    public var frozenColumns: Int

    public init(
      name: String, rows: [[Cell]], boldRows: Set<Int> = [0], frozenRows: Int = 1,
      frozenColumns: Int = 0
    ) {
      self.name = name
      self.rows = rows
      self.boldRows = boldRows
      self.frozenRows = frozenRows
      self.frozenColumns = frozenColumns
    }
  }

  /// Excel refuses a cell of more than this many characters (UTF-16 code units).
  public static let maxCellLength = 32_767

  /// The workbook's bytes.
  public static func xlsx(_ sheets: [Sheet]) -> [UInt8] {
    var strings = SharedStringTable()
    var names: [String] = []
    var parts: [(String, [UInt8])] = []
    for (index, sheet) in sheets.enumerated() {
      names.append(uniqueName(sheet.name, taken: names))
      parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet, &strings)))
    }
    var zip = ZipWriter()
    zip.add("[Content_Types].xml", Array(contentTypes(sheets.count).utf8))
    zip.add("_rels/.rels", Array(packageRelations.utf8))
    zip.add("xl/workbook.xml", Array(workbook(names).utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelations(sheets.count).utf8))
    zip.add("xl/styles.xml", Array(styles.utf8))
    zip.add("xl/sharedStrings.xml", strings.xml())
    for (name, data) in parts { zip.add(name, data) }
    return zip.finish()
  }

  // MARK: Sheets

  static func worksheet(_ sheet: Sheet, _ strings: inout SharedStringTable) -> [UInt8] {
    var xml =
      #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
      + "\n"
      + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
      + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
    let width = sheet.rows.map(\.count).max() ?? 0
    if width > 0 && !sheet.rows.isEmpty {
      xml += #"<dimension ref="A1:\#(column(width - 1))\#(sheet.rows.count)"/>"#
    }
    xml += #"<sheetViews><sheetView workbookViewId="0">"#
    xml += pane(rows: sheet.frozenRows, columns: sheet.frozenColumns)
    xml += "</sheetView></sheetViews>"
    xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
    if width > 0 {
      xml += "<cols>"
      for (index, characters) in columnWidths(sheet, width).enumerated() {
        xml +=
          #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(characters)" customWidth="1"/>"#
      }
      xml += "</cols>"
    }
    var bytes = Array(xml.utf8)
    bytes += Array("<sheetData>".utf8)
    for (rowIndex, row) in sheet.rows.enumerated() {
      let bold = sheet.boldRows.contains(rowIndex)
      var line = #"<row r="\#(rowIndex + 1)">"#
      for (columnIndex, cell) in row.enumerated() {
        line += self.cell(
          cell, at: column(columnIndex) + String(rowIndex + 1), bold: bold, &strings)
      }
      line += "</row>"
      bytes += Array(line.utf8)
    }
    bytes += Array("</sheetData>".utf8)
    bytes += Array(
      #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
        .utf8)
    bytes += Array("</worksheet>".utf8)
    return bytes
  }

  static func pane(rows: Int, columns: Int) -> String {
    guard rows > 0 || columns > 0 else { return "" }
    let topLeft = column(columns) + String(rows + 1)
    let active = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight"
    var pane = "<pane"
    if columns > 0 { pane += #" xSplit="\#(columns)""# }
    if rows > 0 { pane += #" ySplit="\#(rows)""# }
    pane += #" topLeftCell="\#(topLeft)" activePane="\#(active)" state="frozen"/>"#
    return pane + #"<selection pane="\#(active)" activeCell="\#(topLeft)" sqref="\#(topLeft)"/>"#
  }

  /// Widths in characters: the longest line in the column, between 8 and 60.
  static func columnWidths(_ sheet: Sheet, _ width: Int) -> [String] {
    var widths = [Int](repeating: 8, count: width)
    for row in sheet.rows.prefix(2_000) {
      for (index, cell) in row.enumerated() {
        let length: Int
        switch cell {
        case .empty: length = 0
        case .text(let text):
          length = text.split(separator: "\n").map(\.count).max() ?? 0
        case .integer(let number): length = String(number).count
        case .number, .percent: length = 10
        case .euros(let cents): length = String(cents / 100).count * 4 / 3 + 6
        case .date: length = 10
        }
        widths[index] = max(widths[index], min(length + 2, 60))
      }
    }
    return widths.map { String($0) }
  }

  /// A column's letters: 0 is `A`, 26 is `AA`.
  public static func column(_ index: Int) -> String {
    var letters = ""
    var number = index + 1
    while number > 0 {
      let remainder = (number - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      number = (number - 1) / 26
    }
    return letters
  }

  /// Style indices, in the order of `cellXfs` in `styles`.
  enum Style: Int {
    case plain = 0
    case bold, euros, eurosBold, percent, percentBold, date, dateBold, wrap, boldWrap
  }

  static func cell(
    _ cell: Cell, at reference: String, bold: Bool, _ strings: inout SharedStringTable
  )
    -> String
  {
    func styled(_ plain: Style, _ emphasised: Style) -> String {
      let style = bold ? emphasised : plain
      return style == .plain ? "" : #" s="\#(style.rawValue)""#
    }
    switch cell {
    case .empty:
      return bold ? #"<c r="\#(reference)" s="1"/>"# : ""
    case .text(let text):
      guard !text.isEmpty else { return bold ? #"<c r="\#(reference)" s="1"/>"# : "" }
      let index = strings.index(of: text)
      let style = text.contains("\n") ? styled(.wrap, .boldWrap) : styled(.plain, .bold)
      return #"<c r="\#(reference)"\#(style) t="s"><v>\#(index)</v></c>"#
    case .integer(let number):
      return #"<c r="\#(reference)"\#(styled(.plain, .bold))><v>\#(number)</v></c>"#
    case .number(let number):
      guard number.isFinite else { return "" }
      return #"<c r="\#(reference)"\#(styled(.plain, .bold))><v>\#(text(of: number))</v></c>"#
    case .euros(let cents):
      return #"<c r="\#(reference)"\#(styled(.euros, .eurosBold))><v>\#(decimal(cents))</v></c>"#
    case .percent(let fraction):
      guard fraction.isFinite else { return "" }
      return
        #"<c r="\#(reference)"\#(styled(.percent, .percentBold))><v>\#(text(of: fraction))</v></c>"#
    case .date(let year, let month, let day):
      let serial = ExcelDate.serial(year: year, month: month, day: day)
      guard serial > 60 else { return "" }
      return #"<c r="\#(reference)"\#(styled(.date, .dateBold))><v>\#(serial)</v></c>"#
    }
  }

  /// A number as a spreadsheet's XML holds it: whole numbers without `.0`, others in the
  /// shortest form that reads back to the same double.
  public static func text(of number: Double) -> String {
    if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
    return String(number)
  }

  /// Cents as an exact decimal (`1250.50`), never through a binary double.
  public static func decimal(_ cents: Int64) -> String {
    let magnitude = cents.magnitude
    var text = (cents < 0 ? "-" : "") + String(magnitude / 100)
    let rest = magnitude % 100
    if rest != 0 { text += "." + (rest < 10 ? "0" : "") + String(rest) }
    return text
  }

  /// Sheet names: at most 31 characters, none of `: \ / ? * [ ]`, unique regardless of case.
  static func uniqueName(_ wanted: String, taken: [String]) -> String {
    var base = String(wanted.filter { !":\\/?*[]".contains($0) }.prefix(31))
    while base.hasPrefix("'") { base.removeFirst() }
    while base.hasSuffix("'") { base.removeLast() }
    if base.isEmpty { base = "Sheet" }
    var name = base
    var number = 2
    while taken.contains(where: { $0.lowercased() == name.lowercased() }) {
      let suffix = " (\(number))"
      name = String(base.prefix(31 - suffix.count)) + suffix
      number += 1
    }
    return name
  }
}

/// The workbook's texts, each stored once and referred to by index.
struct SharedStringTable {
  private var indices: [String: Int] = [:]
  private var strings: [String] = []
  private var references = 0

  mutating func index(of text: String) -> Int {
    references += 1
    if let index = indices[text] { return index }
    indices[text] = strings.count
    strings.append(text)
    return strings.count - 1
  }

  func xml() -> [UInt8] {
    var xml =
      #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
      + "\n"
      + #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(references)" uniqueCount="\#(strings.count)">"#
    for text in strings {
      let clipped = XMLText.clip(text, to: WorkbookWriter.maxCellLength)
      let preserve =
        clipped.first?.isWhitespace == true || clipped.last?.isWhitespace == true
        || clipped.contains("\n")
      xml += preserve ? #"<si><t xml:space="preserve">"# : "<si><t>"
      xml += XMLText.escape(clipped)
      xml += "</t></si>"
    }
    xml += "</sst>"
    return Array(xml.utf8)
  }
}

/// Text made safe for XML 1.0: markup characters escaped, characters XML cannot hold at all
/// (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) replaced by U+FFFD.
enum XMLText {
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\r": result += "&#13;"
      case "\t", "\n": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          result.unicodeScalars.append("\u{FFFD}")
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// At most `limit` UTF-16 code units, ending in `…` when cut, never inside a character.
  static func clip(_ text: String, to limit: Int) -> String {
    guard text.utf16.count > limit else { return text }
    var result = ""
    var units = 0
    for character in text {
      let size = character.utf16.count
      if units + size > limit - 1 { break }
      result.append(character)
      units += size
    }
    return result + "…"
  }
}
