import EcowerkModel
import EcowerkSheets
import EcowerkStrings

/// Reading one table's rows into edits; one reader for the lists of entities and one for the
/// finance plan, behind the same questions `SheetImport` asks.
protocol TableReader {
  /// The index in `rows` of the header row, or nil when there is none.
  func findHeader(_ rows: ArraySlice<SheetRow>) -> Int?
  /// Why no header was found.
  func missingHeader(_ rows: ArraySlice<SheetRow>) -> ImportProblem
  /// Takes `header` as the table's columns; returns the headers it does not know (and
  /// columns without a header whose cells hold data).
  mutating func use(header: SheetRow, rows: ArraySlice<SheetRow>) -> [SheetImport.UnknownColumn]
  /// The table the header belongs to when it is plainly another one.
  func otherTable(header: SheetRow) -> DataTable?
  /// Rows that are no data: computed lines of the finance plan.
  func skips(_ row: SheetRow) -> Bool
  mutating func read(_ row: SheetRow)
  mutating func refuse(_ line: Int, _ kind: ImportProblem)
  var outcome: ReadOutcome { get }
  /// The line of the row behind a field path of the plan, for a broken rule.
  func line(forPath path: String) -> Int?
}

extension TableReader {
  func skips(_ row: SheetRow) -> Bool { false }
  func otherTable(header: SheetRow) -> DataTable? { nil }
}

/// What a reader made of the rows.
struct ReadOutcome {
  var changes: [SheetImport.Change] = []
  var unchanged = 0
  var problems: [SheetImport.Problem] = []
  var refusedLines: Set<Int> = []
  var newChainLinks: [String] = []
  var edits: [Edit] = []

  mutating func refuse(_ line: Int, _ kind: ImportProblem) {
    problems.append(SheetImport.Problem(line: line, kind: kind))
    refusedLines.insert(line)
  }
}

extension SheetImport {
  /// The rows of `table`: the whole sheet, or in a file of several tables (as the CSV export
  /// writes them, or a workbook a spreadsheet program made of one) the rows under its title
  /// line, up to the next title. Nil when the file has titles but not this one.
  static func region(of table: DataTable, in rows: [SheetRow]) -> ArraySlice<SheetRow>? {
    let titles = rows.indices.compactMap { index in title(of: rows[index]).map { (index, $0) } }
    guard !titles.isEmpty else { return rows[...] }
    guard let position = titles.firstIndex(where: { $0.1 == table }) else { return nil }
    let start = titles[position].0 + 1
    let end = position + 1 < titles.count ? titles[position + 1].0 : rows.count
    return rows[start..<end]
  }

  /// The table a title line names: one filled cell holding a table's title in either
  /// language.
  static func title(of row: SheetRow) -> DataTable? {
    var filled: String?
    for field in row.fields where !field.trimmingSpaces.isEmpty {
      guard filled == nil else { return nil }
      filled = field
    }
    return filled.flatMap { tableTitles[SheetKey.fold($0)] }
  }

  static let tableTitles: [String: DataTable] = {
    var titles: [String: DataTable] = [:]
    for language in Language.allCases {
      for table in DataTable.allCases {
        titles[SheetKey.fold(Strings(language)[table.titleKey])] = table
      }
    }
    return titles
  }()
}
