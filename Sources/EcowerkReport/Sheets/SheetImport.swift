import EcowerkModel
import EcowerkStrings

/// Stakeholders or segments from a spreadsheet, turned into one edit on the plan: rows whose
/// id or name the plan already has update those columns, other rows are added. Nothing is
/// changed here; the caller shows the preview, asks, and applies `edit`.
///
/// Columns are found by header, in Dutch or English (the labels the CSV export writes, or the
/// field names of the plan file), in any order; columns it does not know are named and left
/// out. An empty cell leaves a value as it is (and gives the default to a new row), so a
/// spreadsheet with only a few columns filled in cannot wipe out the rest.
public struct CSVImport: Sendable {
  public enum Table: String, CaseIterable, Sendable {
    case stakeholders
    case segments

    var fields: [Field] {
      self == .stakeholders ? CSVColumns.stakeholderFields : CSVColumns.segmentFields
    }
  }

  /// One row that will change the plan.
  public struct Change: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
      case add
      case update([Field])
    }
    public var line: Int
    public var name: String
    public var id: String
    public var kind: Kind
  }

  /// A row that cannot be read, with its line in the file and what is wrong.
  public struct Problem: Hashable, Sendable {
    public var line: Int
    public var message: String
  }

  public var table: Table
  /// Every change, in file order.
  public private(set) var changes: [Change] = []
  /// Rows that match the plan exactly.
  public private(set) var unchanged = 0
  public private(set) var problems: [Problem] = []
  /// Header cells no column matches; those columns are not read.
  public private(set) var ignoredColumns: [String] = []
  /// The one edit that makes every change (an empty group when there are none).
  public private(set) var edit: Edit = .group([])
  /// The plan with `edit` applied, checked by the plan's invariants.
  public private(set) var result: Plan
  /// False when the rows together break a rule of the plan (then `result` is the plan as it
  /// was, and `problems` says which rows).
  public private(set) var resultIsSound = true

  let strings: Strings

  /// Reads `records` as `table` against `plan`. Rows with problems are left out of `edit`;
  /// the caller decides whether the others may go in on their own.
  public init(_ records: [CSVReader.Record], table: Table, into plan: Plan, language: Language) {
    self.table = table
    strings = Strings(language)
    result = plan
    // A file of several tables (as `print --format csv` writes) has a title above each one.
    var start = records.startIndex
    if records.contains(where: isTableTitle) {
      guard let title = records.firstIndex(where: { isTitle($0, of: table) }) else {
        problems.append(Problem(line: 1, message: missingTable()))
        resultIsSound = false
        return
      }
      start = title + 1
    }
    guard
      let headerIndex = records[start...].firstIndex(where: { columns(of: $0).name != nil })
    else {
      problems.append(Problem(line: records.first?.line ?? 1, message: missingNameColumn()))
      resultIsSound = false
      return
    }
    let header = columns(of: records[headerIndex])
    let otherFields = (table == .stakeholders ? Table.segments : .stakeholders).fields
    let ownFields = header.fields.filter { !otherFields.contains($0.field) }
    if ownFields.isEmpty && header.ignored.contains(where: otherTableKnows) {
      // Nothing but shared columns is ours and the rest is the other table's: wrong option.
      problems.append(Problem(line: records[headerIndex].line, message: wrongTable()))
      resultIsSound = false
      return
    }
    ignoredColumns = header.ignored
    var rows = RowReader(import: self, header: header, plan: plan)
    for record in records[(headerIndex + 1)...] {
      if record.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
      if isTableTitle(record) { break }
      rows.read(record)
    }
    changes = rows.changes
    unchanged = rows.unchanged
    problems = rows.problems
    edit = .group(rows.edits)
    do {
      try result.apply(edit)
    } catch {
      problems.append(Problem(line: records[headerIndex].line, message: "\(error)"))
      result = plan
      resultIsSound = false
      return
    }
    let violations = result.violations()
    if !violations.isEmpty {
      result = plan
      resultIsSound = false
    }
    for violation in violations {
      let line = rows.line(forPath: violation.path) ?? records[headerIndex].line
      problems.append(Problem(line: line, message: violation.problem.description))
    }
  }

  public var added: Int { changes.count { $0.kind == .add } }
  public var updated: Int { changes.count - added }

  // MARK: Header

  struct Header {
    var name: Int?
    var id: Int?
    var fields: [(index: Int, field: Field)] = []
    var ignored: [String] = []
  }

  func columns(of record: CSVReader.Record) -> Header {
    var header = Header()
    let known = Self.headerNames(for: table)
    for (index, cell) in record.fields.enumerated() {
      let name = cell.trimmingSpaces.lowercased()
      if name.isEmpty { continue }
      if name == "id" {
        header.id = index
      } else if let field = known[name] {
        if field == .name { header.name = index }
        header.fields.append((index, field))
      } else {
        header.ignored.append(cell.trimmingSpaces)
      }
    }
    return header
  }

  /// Header texts in both languages and the plan file's own names, lower-cased.
  static func headerNames(for table: Table) -> [String: Field] {
    table == .stakeholders ? stakeholderHeaders : segmentHeaders
  }

  private static let stakeholderHeaders = headerNames(of: Table.stakeholders.fields)
  private static let segmentHeaders = headerNames(of: Table.segments.fields)

  private static func headerNames(of fields: [Field]) -> [String: Field] {
    var names: [String: Field] = [:]
    for field in fields {
      names[field.rawValue.lowercased()] = field
      for language in Language.allCases {
        names[Strings(language).label(field).lowercased()] = field
      }
    }
    return names
  }

  /// The titles the export writes above its tables, in both languages.
  private static let tableTitles: [String: ReportSectionID] = {
    var titles: [String: ReportSectionID] = [:]
    for language in Language.allCases {
      for section in CSVExport.sections {
        titles[Strings(language)["report.section.\(section.rawValue)"]] = section
      }
    }
    return titles
  }()

  /// The title line the export writes above each table when a file holds several.
  func isTableTitle(_ record: CSVReader.Record) -> Bool {
    title(of: record) != nil
  }

  func isTitle(_ record: CSVReader.Record, of table: Table) -> Bool {
    title(of: record)?.rawValue == table.rawValue
  }

  /// The table a title line names, or nil when the record is not a title line.
  private func title(of record: CSVReader.Record) -> ReportSectionID? {
    let filled = record.fields.filter { !$0.trimmingSpaces.isEmpty }
    guard filled.count == 1, let text = filled.first?.trimmingSpaces else { return nil }
    return Self.tableTitles[text]
  }

  func otherTableKnows(_ column: String) -> Bool {
    let other: Table = table == .stakeholders ? .segments : .stakeholders
    return Self.headerNames(for: other)[column.lowercased()] != nil
  }

  func missingTable() -> String {
    strings.format("import.noTable", strings["report.section.\(table.rawValue)"])
  }

  func wrongTable() -> String {
    strings[table == .stakeholders ? "import.looksLikeSegments" : "import.looksLikeStakeholders"]
  }

  func missingNameColumn() -> String {
    let field = Strings(.dutch).label(Field.name) + " / " + Strings(.english).label(Field.name)
    return strings.format("import.noNameColumn", field)
  }
}

extension String {
  var trimmingSpaces: String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
