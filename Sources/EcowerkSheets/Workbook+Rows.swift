/// The rows of one sheet.
extension Workbook {
  /// The rows of `sheet` that hold anything, each cell as text, at most `maxRows` of them.
  ///
  /// Rows are counted as they are read, so a sheet of a million rows is refused as soon as it
  /// passes the limit. (The declared `<dimension>` is not trusted: Excel extends it to the
  /// last row of the sheet when a whole column is formatted.) A merged
  /// range's value is given to every row of its first column (a name merged over two header
  /// rows belongs to both), never copied sideways.
  public func rows(of sheet: Sheet, maxRows: Int) throws(SheetError) -> [SheetRow] {
    var parser = try Self.parser(archive, sheet.part)
    var rows: [SheetRow] = []
    var merges: [(first: Cell, last: Cell)] = []
    // The row being read, kept in plain variables: a `SheetRow` copied in and out of an
    // optional for every cell would copy its array every time.
    var inRow = false
    var fields: [String] = []
    var numbers: Set<Int> = []
    var filled = false
    var rowNumber = 0
    var cell = CellReader()
    do {
      while let event = try parser.next() {
        switch event {
        case .start("row"):
          rowNumber = parser.attribute("r").flatMap { Int($0) } ?? rowNumber + 1
          inRow = true
          fields.removeAll(keepingCapacity: true)
          numbers = []
          filled = false
          cell.column = -1
        case .end("row"):
          if filled {
            rows.append(SheetRow(line: rowNumber, fields: fields, numbers: numbers))
            if rows.count > maxRows {
              throw SheetError.tooManyRows(count: rows.count, limit: maxRows)
            }
          }
          inRow = false
        case .start("c"):
          cell.begin(
            reference: parser.attribute("r"), type: parser.attribute("t"),
            style: parser.attribute("s").flatMap { Int($0) })
        case .start("v"), .start("t"):
          cell.collecting = true
        case .end("v"), .end("t"):
          cell.collecting = false
        case .start("rPh"):
          cell.phonetic = true
        case .end("rPh"):
          cell.phonetic = false
        case .text(let text) where cell.collecting && !cell.phonetic:
          cell.raw += text
        case .end("c"):
          let (text, isNumber) = try value(of: cell)
          if inRow, !text.isEmpty, cell.column >= 0 {
            if fields.count <= cell.column {
              fields += repeatElement("", count: cell.column + 1 - fields.count)
            }
            fields[cell.column] = text
            filled = true
            if isNumber { numbers.insert(cell.column) }
          }
        case .start("mergeCell"):
          if let range = parser.attribute("ref").flatMap(Self.range) { merges.append(range) }
        default: break
        }
      }
    } catch let error as SheetError {
      throw error
    } catch let error as XMLPullParser.Failure {
      throw Self.xmlError(error, parser, sheet.part)
    } catch {
      throw .workbook(.badXML(part: sheet.part, line: 0))
    }
    Self.fillDown(&rows, merges)
    return rows
  }

  /// A cell position, 1-based row and 0-based column.
  struct Cell: Hashable {
    var row: Int
    var column: Int
  }

  /// `B3` as row 3, column 1; nil when it is not a reference.
  static func cell(_ reference: Substring) -> Cell? {
    var column = 0
    var letters = 0
    var digits = 0
    var row = 0
    for byte in reference.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
        column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
        letters += 1
      case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
        column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
        letters += 1
      case UInt8(ascii: "$"): continue
      case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
        row = row * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
      default: return nil
      }
      if letters > 3 || digits > 7 { return nil }
    }
    guard letters > 0, digits > 0, row > 0 else { return nil }
    return Cell(row: row, column: column - 1)
  }

  static func range(_ reference: String) -> (first: Cell, last: Cell)? {
    let parts = reference.split(separator: ":")
    guard let first = parts.first.flatMap(cell) else { return nil }
    guard parts.count == 2, let last = cell(parts[1]) else {
      return parts.count == 1 ? (first, first) : nil
    }
    return (first, last)
  }

  /// What a cell shows, as text, and whether it is a number.
  func value(of cell: CellReader) throws(SheetError) -> (String, Bool) {
    let raw = cell.raw
    switch cell.type {
    case "s":
      guard let index = Int(raw.trimmingSpaces), sharedStrings.indices.contains(index) else {
        if raw.isEmpty { return ("", false) }
        throw .workbook(
          .missingSharedString(cell: cell.reference ?? "", index: Int(raw.trimmingSpaces) ?? -1))
      }
      return (sharedStrings[index], false)
    case "inlineStr", "str", "e": return (raw, false)
    case "b":
      return (raw.trimmingSpaces == "1" ? "TRUE" : raw.trimmingSpaces == "0" ? "FALSE" : raw, false)
    case "d":
      // An ISO 8601 date (Strict Open XML): the day, and the time when there is one.
      let text = raw.trimmingSpaces
      if text.hasSuffix("T00:00:00") || text.hasSuffix("T00:00:00Z") {
        return (String(text.prefix(10)), false)
      }
      return (String(text.map { $0 == "T" ? " " : $0 }), false)
    default:
      let text = raw.trimmingSpaces
      guard !text.isEmpty, let number = Double(text) else { return (raw, false) }
      if let style = cell.style, dateStyles.contains(style),
        let date = ExcelDate.text(serial: number, date1904: date1904)
      {
        return (date, false)
      }
      return (Self.text(of: number), true)
    }
  }

  /// A number as text without noise: whole numbers without `.0`, others in the shortest form
  /// that reads back to the same double (`4.6`, not Excel's `4.5999999999999996`).
  static func text(of number: Double) -> String {
    if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
    return String(number)
  }

  /// Gives a merged range's value to the rows below its first cell, in its first column.
  static func fillDown(_ rows: inout [SheetRow], _ merges: [(first: Cell, last: Cell)]) {
    let vertical = merges.filter { $0.last.row > $0.first.row }
    guard !vertical.isEmpty else { return }
    var byLine: [Int: Int] = [:]
    for (index, row) in rows.enumerated() { byLine[row.line] = index }
    for merge in vertical {
      guard let top = byLine[merge.first.row] else { continue }
      let value = rows[top][merge.first.column]
      guard !value.isEmpty else { continue }
      for line in (merge.first.row + 1)...merge.last.row {
        guard let index = byLine[line], rows[index][merge.first.column].isEmpty else { continue }
        let column = merge.first.column
        if rows[index].fields.count <= column {
          rows[index].fields += Array(repeating: "", count: column + 1 - rows[index].fields.count)
        }
        rows[index].fields[column] = value
        if rows[top].numbers.contains(column) { rows[index].numbers.insert(column) }
      }
    }
  }
}

/// The cell being read: where it is, its type and style, and the text of its value.
struct CellReader {
  var reference: String?
  var column = -1
  var type: String?
  var style: Int?
  var raw = ""
  var collecting = false
  var phonetic = false

  mutating func begin(reference: String?, type: String?, style: Int?) {
    self.reference = reference
    if let reference, let cell = Workbook.cell(Substring(reference)) {
      column = cell.column
    } else {
      column += 1
    }
    self.type = type
    self.style = style
    raw = ""
    collecting = false
    phonetic = false
  }
}

extension String {
  /// The text without ASCII white space at either end: a cell's number or index as XML
  /// holds it, checked per cell, so without Unicode property lookups.
  var trimmingSpaces: String {
    let bytes = utf8
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    guard let first = bytes.first, let last = bytes.last, isSpace(first) || isSpace(last) else {
      return self
    }
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end, isSpace(bytes[start]) { start = bytes.index(after: start) }
    while end > start, isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
    return String(self[start..<end])
  }
}
