import EcowerkModel
import EcowerkStrings

/// Reads the rows under the header one by one into edits, remembering which line made which
/// entity so that a rule the finished plan breaks can be traced back to its row.
struct RowReader {
  let table: CSVImport.Table
  let header: CSVImport.Header
  let plan: Plan
  let strings: Strings
  var changes: [CSVImport.Change] = []
  var unchanged = 0
  var problems: [CSVImport.Problem] = []
  var edits: [Edit] = []
  /// The line of the row that made or changed the entity at each index of the table.
  var lines: [Int: Int] = [:]
  /// Names already in the plan or read from an earlier row, lower-cased, with their index.
  var names: [String: Int] = [:]
  var ids: [String: Int] = [:]
  var count: Int
  var usedIDs: Set<String> = []
  var nextNumber: Int

  init(import csv: CSVImport, header: CSVImport.Header, plan: Plan) {
    table = csv.table
    self.header = header
    self.plan = plan
    strings = csv.strings
    let existing: [(id: String, name: String)] =
      csv.table == .stakeholders
      ? plan.stakeholders.map { ($0.id.rawValue, $0.name) }
      : plan.segments.map { ($0.id.rawValue, $0.name) }
    for (index, entity) in existing.enumerated() {
      ids[entity.id] = index
      let key = entity.name.trimmingSpaces.lowercased()
      names[key] = names[key] ?? index
    }
    count = existing.count
    var highest = 0
    var used: Set<String> = []
    let prefix = csv.table == .stakeholders ? "sh-" : "seg-"
    plan.forEachID { id in
      used.insert(id)
      if id.hasPrefix(prefix), let number = Int(id.dropFirst(prefix.count)) {
        highest = max(highest, number)
      }
    }
    usedIDs = used
    nextNumber = highest + 1
  }

  func line(forPath path: String) -> Int? {
    let prefix = table.rawValue + "["
    guard path.hasPrefix(prefix), let close = path.firstIndex(of: "]"),
      let index = Int(path[path.index(path.startIndex, offsetBy: prefix.count)..<close])
    else { return nil }
    return lines[index]
  }

  mutating func read(_ record: CSVReader.Record) {
    func cell(_ index: Int?) -> String {
      guard let index, index < record.fields.count else { return "" }
      return record.fields[index]
    }
    let name = cell(header.name).trimmingSpaces
    guard !name.isEmpty else {
      problem(record.line, strings.format("import.noName", strings.label(Field.name)))
      return
    }
    var values: [(Field, FieldValue)] = []
    var failed = false
    for (index, field) in header.fields {
      let raw = cell(index)
      if raw.trimmingSpaces.isEmpty { continue }
      switch CellValue.parse(raw, field: field, table: table, plan: plan, strings: strings) {
      case .success(let value): values.append((field, value))
      case .failure(let message):
        problem(record.line, message)
        failed = true
      }
    }
    if failed { return }

    let key = name.lowercased()
    let givenID = cell(header.id).trimmingSpaces
    let byID = ids[givenID]
    let match = byID ?? names[key]
    // A row found by its name keeps the plan's spelling of it; one found by id is renamed.
    if byID == nil && match != nil { values.removeAll { $0.0 == .name } }
    if let index = match, index < plan.count(of: table) {
      if lines[index] != nil {
        problem(record.line, strings.format("import.twice", name, lines[index] ?? 0))
        return
      }
      lines[index] = record.line
      update(index, values, record.line, name)
      return
    }
    if let index = match {
      problem(record.line, strings.format("import.twice", name, lines[index] ?? 0))
      return
    }
    add(values, record.line, name, givenID: givenID)
  }

  mutating func update(_ index: Int, _ values: [(Field, FieldValue)], _ line: Int, _ name: String) {
    let id: String
    let sets: [Edit]
    if table == .stakeholders {
      let stakeholder = plan.stakeholders[index]
      id = stakeholder.id.rawValue
      sets = Self.changes(of: stakeholder, at: .stakeholder(stakeholder.id), to: values)
    } else {
      let segment = plan.segments[index]
      id = segment.id.rawValue
      sets = Self.changes(of: segment, at: .segment(segment.id), to: values)
    }
    let fields = sets.compactMap { edit -> Field? in
      if case .set(_, let field, _, _) = edit { return field }
      return nil
    }
    if sets.isEmpty {
      unchanged += 1
      return
    }
    edits += sets
    changes.append(CSVImport.Change(line: line, name: name, id: id, kind: .update(fields)))
  }

  mutating func add(_ values: [(Field, FieldValue)], _ line: Int, _ name: String, givenID: String) {
    let id = freshID(keeping: givenID)
    let index = count
    count += 1
    lines[index] = line
    names[name.lowercased()] = index
    ids[id] = index
    let entity: EntityValue
    if table == .stakeholders {
      var stakeholder = Stakeholder(id: StakeholderID(id))
      for (field, value) in values { _ = stakeholder.assign(value, to: field) }
      entity = .stakeholder(stakeholder)
    } else {
      var segment = Segment(id: SegmentID(id))
      for (field, value) in values { _ = segment.assign(value, to: field) }
      entity = .segment(segment)
    }
    edits.append(
      .insert(entity, into: table == .stakeholders ? .stakeholders : .segments, at: index))
    changes.append(CSVImport.Change(line: line, name: name, id: id, kind: .add))
  }

  /// One `set` edit for each value that differs from the entity's.
  static func changes(
    of entity: some FieldEditable, at ref: EntityRef, to values: [(Field, FieldValue)]
  ) -> [Edit] {
    values.compactMap { field, value in
      guard let old = entity.value(of: field), old != value else { return nil }
      return .set(ref, field, from: old, to: value)
    }
  }

  /// The row's own id when it is free (a round trip keeps ids), else the next free one.
  mutating func freshID(keeping given: String) -> String {
    let prefix = table == .stakeholders ? "sh-" : "seg-"
    if given.hasPrefix(prefix), Int(given.dropFirst(prefix.count)) != nil,
      !usedIDs.contains(given)
    {
      usedIDs.insert(given)
      return given
    }
    while usedIDs.contains(prefix + String(nextNumber)) { nextNumber += 1 }
    let id = prefix + String(nextNumber)
    usedIDs.insert(id)
    nextNumber += 1
    return id
  }

  mutating func problem(_ line: Int, _ message: String) {
    problems.append(CSVImport.Problem(line: line, message: message))
  }
}

extension Plan {
  fileprivate func count(of table: CSVImport.Table) -> Int {
    table == .stakeholders ? stakeholders.count : segments.count
  }
}
