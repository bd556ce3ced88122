/// Two copies of a plan edited from the same base, combined entity by entity and field by
/// field, like a three-way merge of code: what only one side changed is taken, what both
/// changed alike is taken once, and what they changed differently is a conflict that keeps
/// ours and says what taking theirs would do.
///
/// The merged plan always keeps every invariant (`Plan.violations()` is empty): a reference to
/// an entity the other side removed is a conflict, never a dangling id, and a change of theirs
/// that cannot be combined without breaking a rule is a conflict too. Deterministic: the same
/// three plans always give the same result.
public struct PlanMerge: Sendable {
  /// Ours with theirs' changes combined in.
  public let plan: Plan
  public let conflicts: [MergeConflict]
  /// Ids theirs gave to new entities while ours used them for others, and the ids those
  /// entities have in the merged plan.
  public let renamed: [String: String]
  /// What the entities the conflicts mention by id are called, in any of the three copies.
  public let names: [String: String]

  public var isClean: Bool { conflicts.isEmpty }

  public init(base: Plan, ours: Plan, theirs: Plan) {
    let baseIndex = PlanIndex(base)
    let oursIndex = PlanIndex(ours)
    var theirs = theirs
    var theirsIndex = PlanIndex(theirs)
    renamed = Self.renaming(base: baseIndex, ours: oursIndex, theirs: theirsIndex)
    if !renamed.isEmpty {
      IDRenaming(renamed: renamed).apply(to: &theirs)
      theirsIndex = PlanIndex(theirs)
    }
    var run = MergeRun(base: baseIndex, ours: oursIndex, theirs: theirsIndex, careful: false)
    run.merge()
    if !run.plan.violations().isEmpty {
      // Rare: one of their changes breaks a rule only next to ours (a finance year beyond a
      // shortened horizon). Merge again, checking after every change, and keep those out.
      run = MergeRun(base: baseIndex, ours: oursIndex, theirs: theirsIndex, careful: true)
      run.merge()
    }
    if run.plan.violations().isEmpty {
      plan = run.plan
      conflicts = run.conflicts
    } else {
      plan = ours
      conflicts = [MergeConflict(ref: .plan, kind: .unmergeable, name: ours.name, theirs: [])]
    }
    var ids: Set<String> = []
    for conflict in conflicts { ids.formUnion(conflict.mentionedIDs) }
    names = PlanIndex.names(of: ids, in: [baseIndex, theirsIndex, oursIndex])
  }

  /// New ids for the entities theirs added under ids ours also added, for something else.
  /// (An id ours used for another kind of entity is not looked for: the merged plan would
  /// have it twice, which the careful merge turns into a conflict.)
  static func renaming(base: PlanIndex, ours: PlanIndex, theirs: PlanIndex) -> [String: String] {
    var distance = 0
    var fresh = IDRenaming.Allocator([base, ours, theirs])
    var renamed: [String: String] = [:]
    for position in theirs.entries.indices where theirs.entries[position].layout.hasID {
      let ref = theirs.entries[position].ref
      guard base.position(of: ref, at: position, distance: &distance) == nil,
        let other = ours.position(of: ref), let id = ref.idText
      else { continue }
      // The same entity added on both sides (one file copied into the other) is one entity,
      // unless what holds it was renamed.
      let holderRenamed = theirs.holder(at: position)?.idText.map { renamed[$0] != nil } ?? false
      if !holderRenamed && theirs.sameSubtree(at: position, as: ours, at: other) { continue }
      renamed[id] = fresh.id(like: id)
    }
    return renamed
  }
}

extension MergeConflict {
  /// The ids the conflict's words may name.
  var mentionedIDs: Set<String> {
    var ids: Set<String> = []
    if let parent = ref.parentText { ids.insert(parent) }
    if case .contribution(_, let partner) = ref { ids.insert(partner.rawValue) }
    switch kind {
    case .field(_, let base, let ours, let theirs):
      ids.formUnion(base?.referencedIDs ?? [])
      ids.formUnion(ours.referencedIDs)
      ids.formUnion(theirs.referencedIDs)
    case .reference(_, let target):
      if let id = target.idText { ids.insert(id) }
    case .moved(let ours, let theirs):
      if let parent = ours.parentText { ids.insert(parent) }
      if let parent = theirs.parentText { ids.insert(parent) }
    case .removed, .unmergeable:
      break
    }
    return ids
  }
}

extension PlanIndex {
  /// Whether the entity at `position` holds exactly what the one at `other` in `index` holds:
  /// the same fields and the same entities in the same order. Where the entity itself stands
  /// in its list does not count; under which parent it stands does.
  func sameSubtree(at position: Int, as index: PlanIndex, at other: Int) -> Bool {
    let mine = subtree(at: position)
    let theirs = index.subtree(at: other)
    guard mine.count == theirs.count else { return false }
    for (offset, (a, b)) in zip(mine, theirs).enumerated() {
      guard a.ref == b.ref, a.list == b.list, a.values == b.values else { return false }
      if offset > 0 && a.index != b.index { return false }
    }
    return true
  }

  /// What the entities with these ids are called, from the first of `indexes` that names
  /// them.
  static func names(of ids: Set<String>, in indexes: [PlanIndex]) -> [String: String] {
    guard !ids.isEmpty else { return [:] }
    var found: [String: String] = [:]
    for index in indexes.reversed() {
      let entries = index.entries
      for position in entries.indices where entries[position].layout.hasID {
        guard let id = entries[position].ref.idText, ids.contains(id) else { continue }
        let name = entries[position].name
        if !name.isEmpty { found[id] = name }
      }
    }
    return found
  }
}
