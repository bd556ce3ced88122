/// Theirs' changed fields and added entities, in theirs' file order, so that what holds an
/// entity is there before the entity.
extension MergeRun {
  mutating func takeFieldsAndAdditions() {
    var skipUntil = 0
    var toBase = 0
    var toOurs = 0
    for position in theirs.entries.indices where position >= skipUntil {
      let ref = theirs.entries[position].ref
      let mine = ours.position(of: ref, at: position, distance: &toOurs)
      if let before = base.position(of: ref, at: position, distance: &toBase) {
        if let mine {
          if base.entries[before].values != theirs.entries[position].values {
            takeFields(
              of: theirs.entries[position], at: position, base: base.entries[before].values,
              ours: ours.entries[mine].values)
          }
          continue
        }
        let entry = theirs.entries[position]
        // Ours removed it, or what holds it: said once, where ours' removal starts.
        skipUntil = entry.end
        guard let holder = theirs.holder(at: position), has(holder),
          !theirs.sameSubtree(at: position, as: base, at: before)
        else { continue }
        conflict(entry.ref, .removed(by: .ours), entry.name, restoring(position))
        continue
      }
      let entry = theirs.entries[position]
      if let mine {
        // Added on both sides: an id only when both added the same entity (else theirs was
        // renamed); a year, a partner or a rubric element is merged against a blank one.
        if !entry.layout.hasID {
          takeFields(of: entry, at: position, base: nil, ours: ours.entries[mine].values)
        }
      } else {
        // Added by theirs, with everything it holds.
        skipUntil = entry.end
        guard let holder = theirs.holder(at: position), has(holder), let list = entry.list,
          let value = theirs.value(at: position)
        else { continue }
        let step = MergeStep.insert(value, into: list, after: anchor(before: position))
        guard apply(step, about: entry.ref, name: entry.name) else { continue }
        inserted.formUnion(theirs.subtree(at: position).map(\.ref))
        for offset in position..<entry.end { bring(theirs.entries[offset], at: offset) }
      }
    }
  }

  /// Theirs' changes to the fields of one entity, against `base` (nil: a blank entity).
  private mutating func takeFields(
    of entry: PlanIndex.Entry, at position: Int, base: [FieldValue]?, ours mine: [FieldValue]
  ) {
    for (index, their) in entry.values.enumerated() {
      let declaration = entry.layout.declarations[index]
      let before = base?[index] ?? declaration.defaultValue ?? declaration.type.empty
      let current = mine[index]
      let value = keepingKept(their, base: before)
      if value == before || value == current { continue }
      let field = declaration.field
      var taken = value
      if current != before {
        guard let combined = ValueMerge.merged(base: before, ours: current, theirs: value) else {
          conflict(
            entry.ref, .field(field, base: base?[index], ours: current, theirs: value),
            entry.name, [.set(entry.ref, field, from: current, to: value)])
          continue
        }
        taken = combined
      }
      guard taken != current,
        apply(.set(entry.ref, field, from: current, to: taken), about: entry.ref, name: entry.name)
      else { continue }
      if let target = declaration.type.referenceTarget {
        brought.append(
          Brought(
            ref: entry.ref, position: position, field: field, value: taken, previous: current,
            target: target))
      }
    }
  }

  /// Notes the references an entity theirs added brings in.
  private mutating func bring(_ entry: PlanIndex.Entry, at position: Int) {
    for (index, value) in entry.values.enumerated() where !value.referencedIDs.isEmpty {
      let declaration = entry.layout.declarations[index]
      guard let target = declaration.type.referenceTarget else { continue }
      brought.append(
        Brought(
          ref: entry.ref, position: position, field: declaration.field, value: value,
          previous: nil, target: target))
    }
  }

  /// Where an entity of theirs goes in the merged plan: after the entity before it in theirs
  /// that the merged plan has, and after what ours added right there, so that ours' additions
  /// come first; nil for the start of the list.
  func anchor(before position: Int) -> EntityRef? {
    var previous = theirs.entries[position].previous
    while let at = previous, !has(theirs.entries[at].ref) { previous = theirs.entries[at].previous }
    guard let at = previous else { return nil }
    var anchor = theirs.entries[at].ref
    guard var mine = ours.position(of: anchor) else { return anchor }
    while let next = ours.entries[mine].next, !base.contains(ours.entries[next].ref),
      !theirs.contains(ours.entries[next].ref), has(ours.entries[next].ref)
    {
      anchor = ours.entries[next].ref
      mine = next
    }
    return anchor
  }

  /// Puts back theirs' version of the entity at `position` (with what it holds), where theirs
  /// has it.
  func restoring(_ position: Int) -> [MergeStep] {
    let entry = theirs.entries[position]
    guard let list = entry.list, let value = theirs.value(at: position) else { return [] }
    return [.insert(value, into: list, after: entry.previous.map { theirs.entries[$0].ref })]
  }
}
