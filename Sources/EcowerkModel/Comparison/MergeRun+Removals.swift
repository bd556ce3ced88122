/// The entities theirs removed, each with what it held and every reference to it, unless ours
/// still works with it: then ours keeps it, and theirs' clearing of references to it is not
/// taken either.
extension MergeRun {
  /// Decides, before anything is applied, which of theirs' removals ours keeps.
  mutating func decideRemovals() {
    var skipUntil = 0
    var distance = 0
    for position in base.entries.indices where position >= skipUntil {
      guard
        theirs.position(of: base.entries[position].ref, at: position, distance: &distance) == nil
      else { continue }
      let entry = base.entries[position]
      skipUntil = entry.end
      // Removed by theirs here, where its holder stays; gone from ours as well, or not.
      guard let holder = base.holder(at: position), theirs.contains(holder),
        ours.contains(entry.ref),
        let removal = plan.removal(of: entry.ref)
      else { continue }
      let keep = oursWorksWith(entry, at: position, removal: removal)
      removals.append(Removal(position: position, keep: keep))
      if keep {
        for held in base.subtree(at: position) where held.layout.hasID {
          if let id = held.ref.idText { kept.insert(id) }
        }
      }
    }
  }

  mutating func takeRemovals() {
    for removal in removals {
      let entry = base.entries[removal.position]
      if removal.keep {
        conflict(entry.ref, .removed(by: .theirs), entry.name, [.remove(entry.ref)])
      } else if has(entry.ref), !isIdentifiedByKept(entry) {
        apply(.remove(entry.ref), about: entry.ref, name: entry.name)
      }
    }
  }

  /// Whether what identifies the entity is a reference to one ours keeps (a contribution of a
  /// partner theirs removed and ours kept): it goes only with its partner.
  private func isIdentifiedByKept(_ entry: PlanIndex.Entry) -> Bool {
    guard !entry.layout.hasID, let id = entry.ref.idText, kept.contains(id) else { return false }
    return entry.values.contains(.reference(id))
  }

  /// Theirs' value of a reference field with the references to entities ours keeps put back
  /// where theirs took them out (theirs cleared them only because it removed those).
  func keepingKept(_ value: FieldValue, base before: FieldValue) -> FieldValue {
    guard !kept.isEmpty else { return value }
    switch (before, value) {
    case (.reference(let id?), .reference(let now)) where now != id && kept.contains(id):
      return before
    case (.references(let old), .references(let now)):
      var result = now
      for (index, id) in old.enumerated() where kept.contains(id) && !now.contains(id) {
        let after = old[..<index].last(where: result.contains).flatMap(result.firstIndex)
        result.insert(id, at: after.map { $0 + 1 } ?? 0)
      }
      return .references(result)
    case (.arrangements(let old), .arrangements(let now)):
      var result = now
      for (partner, arrangement) in old
      where kept.contains(partner.rawValue) && now[partner] == nil {
        result[partner] = arrangement
      }
      return .arrangements(result)
    default:
      return value
    }
  }

  /// Whether ours changed the entity or anything it holds, refers anew to any of it, or
  /// changed something its removal takes along (a partner's contributions).
  private func oursWorksWith(_ entry: PlanIndex.Entry, at position: Int, removal: Edit) -> Bool {
    guard let mine = ours.position(of: entry.ref),
      base.sameSubtree(at: position, as: ours, at: mine)
    else { return true }
    for held in base.subtree(at: position) {
      if let id = held.ref.idText, held.layout.hasID, oursNewReferences.contains(id) {
        return true
      }
    }
    for step in removal.steps {
      guard case .remove(let value, let list, _) = step, let ref = value.ref(in: list),
        ref != entry.ref
      else { continue }
      guard let before = base.position(of: ref), let now = ours.position(of: ref),
        base.sameSubtree(at: before, as: ours, at: now)
      else { return true }
    }
    return false
  }
}
