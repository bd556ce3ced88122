/// Large groups of edits — an import of thousands of rows — applied in runs, so that applying
/// them takes time in proportion to their number.
///
/// Applied one by one, every insert checks its key against the whole list and every field
/// change searches the list for its entity: fine for a keystroke, quadratic for an import of
/// 10,000 stakeholders (9 seconds). A run of inserts into one list is checked against a set of
/// the list's keys instead, and a run of field changes of one kind of entity finds them
/// through an index built once. The outcome is the same as applying the steps in order: the
/// same plan, the same error for the same bad step, and on an error the plan as it was.
extension Plan {
  /// Groups at least this long are applied in runs; shorter ones step by step.
  static let batchThreshold = 64

  mutating func applyInRuns(_ edits: [Edit]) throws(EditError) {
    var applied: [Edit] = []
    applied.reserveCapacity(edits.count)
    var position = 0
    do {
      while position < edits.count {
        let end = try applyRun(edits, from: position)
        applied += edits[position..<end]
        position = end
      }
    } catch {
      for done in applied.reversed() {
        try? apply(done.inverse)
      }
      throw error
    }
  }

  /// Applies the run that starts at `start` (at least one step) and returns where it ends.
  private mutating func applyRun(_ edits: [Edit], from start: Int) throws(EditError) -> Int {
    switch edits[start] {
    case .insert(_, let list, _):
      var end = start + 1
      while end < edits.count, case .insert(_, list, _) = edits[end] { end += 1 }
      let run = edits[start..<end]
      switch list {
      case .stakeholders: try Self.insertAll(run, into: &stakeholders, list, key: \.id.rawValue)
      case .segments: try Self.insertAll(run, into: &segments, list, key: \.id.rawValue)
      case .chainLinks: try Self.insertAll(run, into: &chainLinks, list, key: \.id.rawValue)
      case .actions: try Self.insertAll(run, into: &actions, list, key: \.id.rawValue)
      default:
        try apply(edits[start])
        return start + 1
      }
      return end
    case .set(.stakeholder, _, _, _):
      let end = runEnd(edits, from: start) { if case .stakeholder = $0 { true } else { false } }
      try Self.setAll(edits[start..<end], in: &stakeholders) { ref in
        if case .stakeholder(let id) = ref { id } else { nil }
      }
      return end
    case .set(.segment, _, _, _):
      let end = runEnd(edits, from: start) { if case .segment = $0 { true } else { false } }
      try Self.setAll(edits[start..<end], in: &segments) { ref in
        if case .segment(let id) = ref { id } else { nil }
      }
      return end
    default:
      try apply(edits[start])
      return start + 1
    }
  }

  private func runEnd(_ edits: [Edit], from start: Int, _ matches: (EntityRef) -> Bool) -> Int {
    var end = start
    while end < edits.count, case .set(let ref, _, _, _) = edits[end], matches(ref) { end += 1 }
    return end
  }

  /// The inserts of a run, each checked as `ListOperation.insert` checks it, against the
  /// keys of the list and of the run's earlier inserts; nothing changes unless all pass.
  private static func insertAll<T>(
    _ run: ArraySlice<Edit>, into elements: inout [T], _ list: ListRef, key: KeyPath<T, String>
  ) throws(EditError) {
    var keys = Set(elements.map { $0[keyPath: key] })
    var inserts: [(T, Int)] = []
    inserts.reserveCapacity(run.count)
    var count = elements.count
    for step in run {
      guard case .insert(let entity, _, let index) = step, let element = entity.payload(T.self)
      else { throw .wrongKind(list) }
      guard (0...count).contains(index) else { throw .indexOutOfRange(list, index) }
      let newKey = element[keyPath: key]
      guard keys.insert(newKey).inserted else { throw .duplicate(list, key: newKey) }
      inserts.append((element, index))
      count += 1
    }
    elements.reserveCapacity(count)
    for (element, index) in inserts { elements.insert(element, at: index) }
  }

  /// The field changes of a run, each entity found through an index of the list; when one
  /// fails, the run's earlier changes are undone before the error is passed on.
  private static func setAll<T: Identifiable & FieldEditable>(
    _ run: ArraySlice<Edit>, in elements: inout [T], id: (EntityRef) -> T.ID?
  ) throws(EditError) {
    var index: [T.ID: Int] = [:]
    index.reserveCapacity(elements.count)
    for (position, element) in elements.enumerated() where index[element.id] == nil {
      index[element.id] = position
    }
    var done: [(position: Int, field: Field, old: FieldValue, new: FieldValue)] = []
    do throws(EditError) {
      for step in run {
        guard case .set(let ref, let field, let old, let new) = step else { continue }
        guard let wanted = id(ref), let position = index[wanted] else { throw .notFound(ref) }
        try elements[position].change(field, from: old, to: new)
        done.append((position, field, old, new))
      }
    } catch {
      for change in done.reversed() {
        try? elements[change.position].change(change.field, from: change.new, to: change.old)
      }
      throw error
    }
  }
}
