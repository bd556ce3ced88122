/// The last pass: a reference theirs brought in to an entity ours removed is left out of the
/// merged plan, and is a conflict whose resolution puts the entity back.
extension MergeRun {
  mutating func leaveNoDanglingReference() {
    for reference in brought where has(reference.ref) {
      let targets = reference.value.referencedIDs.compactMap { id in
        target(reference.target, id)
      }.filter { !has($0) }
      guard !targets.isEmpty else { continue }
      let entry = theirs.entries[reference.position]
      let restores = targets.compactMap { theirs.position(of: $0) }.flatMap(restoring)
      let step: MergeStep
      let resolution: [MergeStep]
      if !entry.layout.hasID, case .reference(let raw?) = reference.value,
        entry.ref.idText == raw
      {
        // The reference is what identifies the entity (a contribution's partner): without the
        // partner the contribution goes, and it comes back with the partner.
        step = .remove(entry.ref)
        resolution = restores + restoring(reference.position)
      } else {
        // Back to what ours had where that is a single reference; without the missing ones
        // where it is a list, which keeps what else both added.
        let missing = Set(targets.compactMap(\.idText))
        var cleared = reference.value.without(missing)
        if case .reference = reference.value, let previous = reference.previous,
          previous.referencedIDs.allSatisfy({ id in
            target(reference.target, id).map(has) ?? false
          })
        {
          cleared = previous
        }
        step = .set(entry.ref, reference.field, from: reference.value, to: cleared)
        resolution =
          restores + [.set(entry.ref, reference.field, from: cleared, to: reference.value)]
      }
      guard apply(step, about: entry.ref, name: entry.name) else { continue }
      for target in targets {
        conflict(entry.ref, .reference(reference.field, target: target), entry.name, resolution)
      }
    }
  }
}

extension MergeRun {
  /// The entity a reference of `kind` to `id` points at: where the merged plan has it (ours, or
  /// brought in by theirs), else where theirs has it.
  func target(_ kind: EntityKind, _ id: String) -> EntityRef? {
    guard let candidate = ours.target(kind, id), !has(candidate) else {
      return ours.target(kind, id)
    }
    return theirs.target(kind, id) ?? candidate
  }
}

extension FieldValue {
  /// The value without references to these ids.
  func without(_ ids: Set<String>) -> FieldValue {
    switch self {
    case .reference(let raw?) where ids.contains(raw): return .reference(nil)
    case .references(let raws): return .references(raws.filter { !ids.contains($0) })
    case .arrangements(let cells):
      return .arrangements(cells.filter { !ids.contains($0.key.rawValue) })
    default: return self
    }
  }
}
