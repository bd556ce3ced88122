/// An Excel workbook (`.xlsx`, also `.xlsm`) read as Excel, LibreOffice and Google Sheets
/// write it: the sheets by name from the workbook and its relationships, shared strings
/// (rich text runs joined), inline strings, numbers, booleans, errors, dates by the number
/// format of the cell's style, empty cells and merged cells.
public struct Workbook: Sendable {
  public struct Sheet: Hashable, Sendable {
    public var name: String
    /// Hidden sheets are listed but never taken as "the first sheet".
    public var hidden: Bool
    /// The sheet's part in the archive, e.g. `xl/worksheets/sheet1.xml`.
    var part: String
  }

  /// Worksheets in the workbook's order (chart sheets and dialog sheets left out).
  public let sheets: [Sheet]
  let archive: ZipArchive
  let sharedStrings: [String]
  /// Indices of cell formats (`s` on a cell) whose number format shows a date or time.
  let dateStyles: Set<Int>
  let date1904: Bool

  public init(_ archive: ZipArchive) throws(SheetError) {
    self.archive = archive
    let workbookPart = try Self.workbookPart(archive)
    let folder = Self.folder(of: workbookPart)
    let relations = try Self.relationships(
      archive, of: workbookPart, folder: folder)
    var parser = try Self.parser(archive, workbookPart)
    var sheets: [Sheet] = []
    var date1904 = false
    do {
      while let event = try parser.next() {
        guard case .start(let name) = event else { continue }
        if name == "workbookPr" {
          date1904 = ["1", "true"].contains(parser.attribute("date1904") ?? "")
        } else if name == "sheet", let id = parser.attribute("id"),
          let target = relations[id], target.type.hasSuffix("/worksheet")
        {
          sheets.append(
            Sheet(
              name: parser.attribute("name") ?? "",
              hidden: parser.attribute("state") != nil
                && parser.attribute("state") != "visible", part: target.path))
        }
      }
    } catch {
      throw Self.xmlError(error, parser, workbookPart)
    }
    guard !sheets.isEmpty else { throw .workbook(.noSheets) }
    self.sheets = sheets
    self.date1904 = date1904
    let sharedPart = relations.values.first { $0.type.hasSuffix("/sharedStrings") }?.path
    sharedStrings =
      try sharedPart.map { path throws(SheetError) in
        try Self.sharedStrings(archive, path)
      } ?? []
    let stylesPart = relations.values.first { $0.type.hasSuffix("/styles") }?.path
    dateStyles =
      try stylesPart.map { path throws(SheetError) in
        try Self.dateStyles(archive, path)
      } ?? []
  }

  /// The sheet called `name` (case and surrounding spaces ignored), or nil.
  public func sheet(named name: String) -> Sheet? {
    let wanted = Self.fold(name)
    return sheets.first { Self.fold($0.name) == wanted }
  }

  /// The first sheet a user sees when the workbook opens.
  public var firstSheet: Sheet {
    sheets.first { !$0.hidden } ?? sheets[0]
  }

  static func fold(_ name: String) -> String {
    name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  // MARK: Parts

  struct Relation {
    var type: String
    var path: String
  }

  /// The main part from the package relationships (`xl/workbook.xml` when they say nothing).
  static func workbookPart(_ archive: ZipArchive) throws(SheetError) -> String {
    let relations = try relationships(archive, of: "", folder: "")
    if let main = relations.values.first(where: { $0.type.hasSuffix("/officeDocument") }),
      archive.contains(main.path)
    {
      return main.path
    }
    guard archive.contains("xl/workbook.xml") else {
      throw .workbook(.missingPart("xl/workbook.xml"))
    }
    return "xl/workbook.xml"
  }

  static func folder(of part: String) -> String {
    guard let slash = part.lastIndex(of: "/") else { return "" }
    return String(part[...slash])
  }

  /// The relationships of `part` by id, targets resolved to archive paths.
  static func relationships(_ archive: ZipArchive, of part: String, folder: String)
    throws(SheetError) -> [String: Relation]
  {
    let name =
      part.isEmpty
      ? "_rels/.rels" : folder + "_rels/" + String(part.dropFirst(folder.count)) + ".rels"
    guard archive.contains(name) else { return [:] }
    var parser = try parser(archive, name)
    var relations: [String: Relation] = [:]
    do {
      while let event = try parser.next() {
        guard case .start("Relationship") = event, let id = parser.attribute("Id"),
          let target = parser.attribute("Target"), parser.attribute("TargetMode") != "External"
        else { continue }
        relations[id] = Relation(
          type: parser.attribute("Type") ?? "", path: resolve(target, from: folder))
      }
    } catch {
      throw xmlError(error, parser, name)
    }
    return relations
  }

  /// A target relative to `folder`, or absolute from the package root; `..` steps up.
  static func resolve(_ target: String, from folder: String) -> String {
    var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
    for part in target.split(separator: "/") {
      if part == ".." {
        _ = parts.popLast()
      } else if part != "." {
        parts.append(part)
      }
    }
    return parts.joined(separator: "/")
  }

  static func parser(_ archive: ZipArchive, _ part: String) throws(SheetError) -> XMLPullParser {
    guard let bytes = try archive.data(part) else { throw .workbook(.missingPart(part)) }
    return XMLPullParser(bytes)
  }

  static func xmlError(_ error: XMLPullParser.Failure, _ parser: XMLPullParser, _ part: String)
    -> SheetError
  {
    switch error {
    case .documentType: return .workbook(.documentType(part: part))
    case .malformed(let offset):
      return .workbook(.badXML(part: part, line: parser.line(of: offset)))
    }
  }

  /// Every `<si>`'s text: its `<t>`, or the `<t>` of each rich text run joined; phonetic
  /// guides (`<rPh>`) left out.
  static func sharedStrings(_ archive: ZipArchive, _ part: String) throws(SheetError) -> [String] {
    guard archive.contains(part) else { return [] }
    var parser = try parser(archive, part)
    var strings: [String] = []
    var current = ""
    var inText = false
    var inPhonetic = false
    do {
      while let event = try parser.next() {
        switch event {
        case .start("si"): current = ""
        case .end("si"): strings.append(current)
        case .start("rPh"): inPhonetic = true
        case .end("rPh"): inPhonetic = false
        case .start("t"): inText = !inPhonetic
        case .end("t"): inText = false
        case .text(let text) where inText: current += text
        default: break
        }
      }
    } catch {
      throw xmlError(error, parser, part)
    }
    return strings
  }

  /// The cell formats whose number format is a date or time: built-in ids 14–22, 27–36,
  /// 45–47, 50–58, and custom formats whose code has day, month, year, hour or second
  /// letters outside quotes and brackets.
  static func dateStyles(_ archive: ZipArchive, _ part: String) throws(SheetError) -> Set<Int> {
    guard archive.contains(part) else { return [] }
    var parser = try parser(archive, part)
    var customDates: Set<Int> = []
    var styles: Set<Int> = []
    var inCellFormats = false
    var index = 0
    do {
      while let event = try parser.next() {
        switch event {
        case .start("numFmt"):
          if let id = parser.attribute("numFmtId").flatMap({ Int($0) }),
            isDateFormat(parser.attribute("formatCode") ?? "")
          {
            customDates.insert(id)
          }
        case .start("cellXfs"): inCellFormats = true
        case .end("cellXfs"): inCellFormats = false
        case .start("xf") where inCellFormats:
          let id = parser.attribute("numFmtId").flatMap { Int($0) } ?? 0
          if builtInDates.contains(id) || customDates.contains(id) { styles.insert(index) }
          index += 1
        default: break
        }
      }
    } catch {
      throw xmlError(error, parser, part)
    }
    return styles
  }

  static let builtInDates: Set<Int> = Set(
    Array(14...22) + Array(27...36) + Array(45...47) + Array(50...58))

  static func isDateFormat(_ code: String) -> Bool {
    var quoted = false
    var bracket = false
    var escaped = false
    // Only the first section counts (positive numbers); the rest rarely differs in kind.
    for character in code {
      if escaped {
        escaped = false
        continue
      }
      switch character {
      case "\\": escaped = true
      case "\"": quoted.toggle()
      case "[" where !quoted: bracket = true
      case "]" where !quoted: bracket = false
      case ";" where !quoted && !bracket: return false
      default:
        if !quoted && !bracket && "dmyhsDMYHS".contains(character) { return true }
      }
    }
    return false
  }
}
