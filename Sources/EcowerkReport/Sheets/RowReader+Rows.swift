import EcowerkModel
import EcowerkSheets

/// One row at a time: read its cells, find the entity it is about, and add or update it.
extension RowReader {
  mutating func read(_ row: SheetRow) {
    let name = row[nameColumn].trimmingSpaces
    guard !name.isEmpty else {
      parts.refuse(row.line, .noName)
      return
    }
    var fieldValues: [(Field, FieldValue)] = []
    var failed = false
    // Chain links last, and only for a row that reads well: a refused row creates none.
    let ordered =
      columns.filter { $0.field != .chainLinks } + columns.filter { $0.field == .chainLinks }
    for (index, field) in ordered {
      let raw = row[index]
      if raw.trimmingSpaces.isEmpty || (failed && field == .chainLinks) { continue }
      switch values.parse(raw, field: field, table: table, isNumber: row.numbers.contains(index)) {
      case .success(let value): fieldValues.append((field, value))
      case .failure(let problem):
        parts.refuse(row.line, problem)
        failed = true
      }
    }
    if failed { return }
    let key = CellValues.nameKey(name)
    let givenID = idColumn.map { row[$0].trimmingSpaces } ?? ""
    // 1. By id, when ids can be trusted: the plan's entity, or one added from an earlier row.
    if idsTrusted, !givenID.isEmpty {
      if let index = planIDs[givenID] {
        update(index, fieldValues, row.line, name, renaming: true)
        return
      }
      if let index = addedIDs[givenID] {
        parts.refuse(row.line, .twice(name: name, firstLine: lines[index] ?? 0))
        return
      }
    }
    // 2. By name: the plan's entity keeps its own spelling of the name.
    if let index = planNames[key] {
      update(index, fieldValues, row.line, name, renaming: false)
      return
    }
    // 3. A name read from an earlier row is the same entity twice, unless both rows carry
    // their own ids (a plan may hold two parties of the same name).
    if let earlier = addedNames[key] {
      if givenID.isEmpty || earlier.id.isEmpty || givenID == earlier.id || !idsTrusted {
        parts.refuse(row.line, .twice(name: name, firstLine: earlier.line))
        return
      }
    }
    add(fieldValues, row.line, name, givenID: givenID)
  }

  mutating func update(
    _ index: Int, _ fieldValues: [(Field, FieldValue)], _ line: Int, _ name: String,
    renaming: Bool
  ) {
    if let first = lines[index] {
      parts.refuse(line, .twice(name: name, firstLine: first))
      return
    }
    lines[index] = line
    var fieldValues = fieldValues
    if !renaming { fieldValues.removeAll { $0.0 == .name } }
    let id: String
    let sets: [Edit]
    switch table {
    case .stakeholders:
      let stakeholder = plan.stakeholders[index]
      id = stakeholder.id.rawValue
      sets = Self.changes(of: stakeholder, at: .stakeholder(stakeholder.id), to: fieldValues)
    case .segments:
      let segment = plan.segments[index]
      id = segment.id.rawValue
      sets =
        Self.changes(
          of: segment, at: .segment(segment.id), to: fieldValues.filter { !Self.isNeed($0.0) })
        + needChanges(of: segment, to: fieldValues)
    default:
      let link = plan.chainLinks[index]
      id = link.id.rawValue
      sets = Self.changes(of: link, at: .chainLink(link.id), to: fieldValues)
    }
    if sets.isEmpty {
      parts.unchanged += 1
      return
    }
    updates += sets
    var fields: [Field] = []
    for edit in sets {
      for step in edit.steps {
        let field: Field?
        switch step {
        case .set(.segment, let changed, _, _), .set(.stakeholder, let changed, _, _),
          .set(.chainLink, let changed, _, _):
          field = changed
        case .insert(_, let list, _), .remove(_, let list, _):
          field = list.kind == .pains ? .pains : list.kind == .gains ? .gains : nil
        default:
          // A proposition's answer cleared with a removed pain: not a column of the row.
          field = nil
        }
        if let field, !fields.contains(field) { fields.append(field) }
      }
    }
    parts.changes.append(SheetImport.Change(line: line, name: name, id: id, kind: .update(fields)))
  }

  mutating func add(
    _ fieldValues: [(Field, FieldValue)], _ line: Int, _ name: String, givenID: String
  ) {
    let id = freshID(keeping: givenID)
    let index = count
    count += 1
    lines[index] = line
    addedNames[CellValues.nameKey(name)] = (index, line, givenID)
    if !givenID.isEmpty { addedIDs[givenID] = index }
    let entity: EntityValue
    let list: ListRef
    switch table {
    case .stakeholders:
      var stakeholder = Stakeholder(id: StakeholderID(id))
      for (field, value) in fieldValues { _ = stakeholder.assign(value, to: field) }
      entity = .stakeholder(stakeholder)
      list = .stakeholders
    case .segments:
      var segment = Segment(id: SegmentID(id))
      for (field, value) in fieldValues {
        if case .texts(let texts) = value, Self.isNeed(field) {
          let needs = texts.map { Need(id: needID(), text: $0) }
          if field == .pains { segment.pains = needs } else { segment.gains = needs }
        } else {
          _ = segment.assign(value, to: field)
        }
      }
      entity = .segment(segment)
      list = .segments
    default:
      var link = ChainLink(id: ChainLinkID(id))
      for (field, value) in fieldValues { _ = link.assign(value, to: field) }
      entity = .chainLink(link)
      list = .chainLinks
    }
    inserts.append(.insert(entity, into: list, at: index))
    parts.changes.append(SheetImport.Change(line: line, name: name, id: id, kind: .add))
  }

  /// The edits in the order they can be applied: new chain links first (rows refer to them),
  /// then the changes of existing entities, then the new ones at the end of the list.
  var outcome: ReadOutcome {
    var finished = parts
    finished.newChainLinks = values.newLinks.map(\.name)
    let linkInserts = values.newLinks.enumerated().map { offset, link in
      Edit.insert(.chainLink(link), into: .chainLinks, at: plan.chainLinks.count + offset)
    }
    finished.edits = linkInserts + updates + inserts
    return finished
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

  /// Whether the field is a segment's pains or gains: entities in the plan, texts in a cell.
  static func isNeed(_ field: Field) -> Bool { field == .pains || field == .gains }

  /// The edits that make a segment's pains and gains the texts of the row: a text the segment
  /// has keeps its entity (and so the propositions that answer it), a text it lacks is added at
  /// the end, and a pain or gain the row no longer names is removed with the answers to it.
  mutating func needChanges(of segment: Segment, to values: [(Field, FieldValue)]) -> [Edit] {
    var edits: [Edit] = []
    for (field, value) in values {
      guard Self.isNeed(field), case .texts(let texts) = value else { continue }
      let needs = field == .pains ? segment.pains : segment.gains
      let list: ListRef = field == .pains ? .pains(segment.id) : .gains(segment.id)
      var wanted = Dictionary(texts.map { ($0, 1) }, uniquingKeysWith: +)
      var kept: [Need] = []
      var removals: [(index: Int, need: Need)] = []
      for (index, need) in needs.enumerated() {
        if let left = wanted[need.text], left > 0 {
          wanted[need.text] = left - 1
          kept.append(need)
        } else {
          removals.append((index, need))
        }
      }
      // From the last to the first, so that each index is still right when it is applied.
      for (index, need) in removals.reversed() {
        let ref: EntityRef =
          field == .pains ? .pain(segment.id, need.id) : .gain(segment.id, need.id)
        let cleanup = plan.removal(of: ref).map(\.steps) ?? []
        let answers = cleanup.filter {
          if case .set = $0 { return true }
          return false
        }
        let remove = Edit.remove(.need(need), from: list, at: index)
        edits.append(answers.isEmpty ? remove : .group(answers + [remove]))
      }
      var added = 0
      for text in texts {
        if let left = wanted[text], left > 0 {
          wanted[text] = left - 1
          edits.append(
            .insert(.need(Need(id: needID(), text: text)), into: list, at: kept.count + added))
          added += 1
        }
      }
    }
    return edits
  }

  /// A fresh id for a new pain or gain.
  mutating func needID() -> NeedID {
    while usedIDs.contains("need-\(nextNeed)") { nextNeed += 1 }
    let id = "need-\(nextNeed)"
    usedIDs.insert(id)
    nextNeed += 1
    return NeedID(id)
  }

  /// The row's own id when it is free (a round trip keeps ids), else the next free one.
  mutating func freshID(keeping given: String) -> String {
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
}
