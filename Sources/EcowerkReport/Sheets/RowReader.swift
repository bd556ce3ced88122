import EcowerkModel
import EcowerkSheets

/// Reads a list of entities — stakeholders, chain links or segments — row by row into edits,
/// remembering which line made which entity so that a rule the finished plan breaks can be
/// traced back to its row. Every lookup is by dictionary, so a list of 10,000 rows takes as
/// long per row as a list of ten.
struct RowReader: TableReader {
  let table: DataTable
  let plan: Plan
  let headers: [String: Field]
  var parts = ReadOutcome()
  var nameColumn = 0
  var idColumn: Int?
  var columns: [(index: Int, field: Field)] = []
  /// Whether ids in the file may be matched to the plan's (see `trustsIDs`).
  var idsTrusted = true
  var values: CellValues
  /// The line that made or changed the entity at each index of the table.
  var lines: [Int: Int] = [:]
  /// The plan's entities by name key and by id, with their index.
  var planNames: [String: Int] = [:]
  var planIDs: [String: Int] = [:]
  /// Rows added from this file, by name key and id: their index, line and id.
  var addedNames: [String: (index: Int, line: Int, id: String)] = [:]
  var addedIDs: [String: Int] = [:]
  var count: Int
  var usedIDs: Set<String> = []
  var nextNumber: Int
  /// The number after the last `need-N` handed out to a new pain or gain.
  var nextNeed = 1
  var updates: [Edit] = []
  var inserts: [Edit] = []
  let prefix: String

  init(table: DataTable, plan: Plan) {
    self.table = table
    self.plan = plan
    headers = Self.headers(table)
    values = CellValues(plan: plan)
    let existing: [(id: String, name: String)]
    switch table {
    case .stakeholders: existing = plan.stakeholders.map { ($0.id.rawValue, $0.name) }
    case .segments: existing = plan.segments.map { ($0.id.rawValue, $0.name) }
    default: existing = plan.chainLinks.map { ($0.id.rawValue, $0.name) }
    }
    for (index, entity) in existing.enumerated() {
      if planIDs[entity.id] == nil { planIDs[entity.id] = index }
      let key = CellValues.nameKey(entity.name)
      if planNames[key] == nil { planNames[key] = index }
    }
    count = existing.count
    switch table {
    case .stakeholders: prefix = "sh-"
    case .segments: prefix = "seg-"
    default: prefix = "link-"
    }
    var highest = 0
    let prefix = prefix
    var used: Set<String> = []
    plan.forEachID { id in
      used.insert(id)
      if id.hasPrefix(prefix), let number = Int(id.dropFirst(prefix.count)) {
        highest = max(highest, number)
      }
    }
    usedIDs = used
    nextNumber = highest + 1
  }

  static func columns(_ table: DataTable) -> [SheetColumn] {
    switch table {
    case .stakeholders: return StakeholderColumns.columns
    case .segments: return SegmentColumns.columns
    default: return ChainLinkColumns.columns
    }
  }

  static func headers(_ table: DataTable) -> [String: Field] {
    switch table {
    case .stakeholders: return stakeholderHeaders
    case .segments: return segmentHeaders
    default: return chainLinkHeaders
    }
  }

  static let stakeholderHeaders = SheetColumn.lookup(StakeholderColumns.columns)
  static let segmentHeaders = SheetColumn.lookup(SegmentColumns.columns)
  static let chainLinkHeaders = SheetColumn.lookup(ChainLinkColumns.columns)

  // MARK: Header

  /// Among the first rows, the one that names the name column and the most other columns: a
  /// title or a note above the header is passed over, and of two header rows (a name merged
  /// over both) the one with the column names wins.
  func findHeader(_ rows: ArraySlice<SheetRow>) -> Int? {
    var best: (index: Int, known: Int)?
    for index in rows.indices.prefix(30) {
      let fields = rows[index].fields.map { headers[SheetKey.fold($0)] }
      guard fields.contains(.name) else { continue }
      let known = Set(fields.compactMap { $0 }).count
      if known > best?.known ?? 0 { best = (index, known) }
    }
    return best?.index
  }

  func missingHeader(_ rows: ArraySlice<SheetRow>) -> ImportProblem { .noNameColumn }

  mutating func use(header: SheetRow, rows: ArraySlice<SheetRow>) -> [SheetImport.UnknownColumn] {
    var unknown: [SheetImport.UnknownColumn] = []
    var taken: Set<Field> = []
    for (index, cell) in header.fields.enumerated() {
      let key = SheetKey.fold(cell)
      if key.isEmpty {
        // No header: unknown only when some row has something in it.
        if rows.contains(where: { !$0[index].trimmingSpaces.isEmpty }) {
          unknown.append(SheetImport.UnknownColumn(header: "", column: index))
        }
      } else if key == "id" {
        if idColumn == nil { idColumn = index }
      } else if let field = headers[key], !taken.contains(field) {
        taken.insert(field)
        if field == .name { nameColumn = index }
        columns.append((index, field))
      } else {
        unknown.append(SheetImport.UnknownColumn(header: cell.trimmingSpaces, column: index))
      }
    }
    let width = header.fields.count
    let beyond = rows.reduce(0) { max($0, $1.fields.count) }
    for index in width..<max(width, beyond)
    where rows.contains(where: { !$0[index].trimmingSpaces.isEmpty }) {
      unknown.append(SheetImport.UnknownColumn(header: "", column: index))
    }
    idsTrusted = trustsIDs(rows)
    return unknown
  }

  func otherTable(header: SheetRow) -> DataTable? {
    let keys = header.fields.map(SheetKey.fold).filter { !$0.isEmpty && $0 != "id" }
    let own = keys.filter { headers[$0] != nil && headers[$0] != .name }.count
    guard own == 0 else { return nil }
    var best: (DataTable, Int)?
    for other in [DataTable.stakeholders, .segments, .chainLinks] where other != table {
      let theirs = Self.headers(other)
      let distinct = keys.filter { theirs[$0] != nil && headers[$0] == nil }.count
      if distinct > best?.1 ?? 0 { best = (other, distinct) }
    }
    return best?.0
  }

  /// Ids are trusted — a row is matched to the plan's entity with its id, and renames it —
  /// unless the file contradicts the plan: at least three rows whose id is the plan's but
  /// whose name is another's, more than agree. That is a list from another plan, whose ids
  /// mean other parties here; it is then matched by name only.
  func trustsIDs(_ rows: ArraySlice<SheetRow>) -> Bool {
    guard let idColumn else { return true }
    let names = existingNames()
    var agree = 0
    var disagree = 0
    for row in rows {
      let id = row[idColumn].trimmingSpaces
      guard let index = planIDs[id], index < names.count else { continue }
      if CellValues.nameKey(FormulaGuard.unguarded(row[nameColumn]))
        == CellValues.nameKey(names[index])
      {
        agree += 1
      } else {
        disagree += 1
      }
    }
    return disagree < 3 || disagree <= agree
  }

  func existingNames() -> [String] {
    switch table {
    case .stakeholders: return plan.stakeholders.map(\.name)
    case .segments: return plan.segments.map(\.name)
    default: return plan.chainLinks.map(\.name)
    }
  }

  func line(forPath path: String) -> Int? {
    let list = table == .chainLinks ? "chainLinks" : table.rawValue
    let prefix = list + "["
    guard path.hasPrefix(prefix), let close = path.firstIndex(of: "]"),
      let index = Int(path[path.index(path.startIndex, offsetBy: prefix.count)..<close])
    else { return nil }
    return lines[index]
  }

  mutating func refuse(_ line: Int, _ kind: ImportProblem) {
    parts.refuse(line, kind)
  }
}
