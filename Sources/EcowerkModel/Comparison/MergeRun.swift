/// One merge being worked out: ours, with theirs' changes applied one edit at a time, each
/// decided against the base.
struct MergeRun {
  let base: PlanIndex
  let ours: PlanIndex
  let theirs: PlanIndex
  /// Checks the invariants after every edit, and keeps an edit that breaks one out.
  let careful: Bool
  /// The merged plan so far.
  var plan: Plan
  var conflicts: [MergeConflict] = []
  /// Entities put in and taken out so far, to know what the plan has without searching it.
  var inserted: Set<EntityRef> = []
  var removed: Set<EntityRef> = []
  /// References theirs brought in, to check once every change is in.
  var brought: [Brought] = []
  /// Ids ours refers to where the base did not: theirs may not remove those entities.
  let oursNewReferences: Set<String>
  /// Theirs' removals, and whether ours keeps the entity.
  var removals: [Removal] = []
  /// The ids of what theirs removed and ours keeps.
  var kept: Set<String> = []

  /// An entity theirs removed (by its position in the base), and whether ours keeps it.
  struct Removal {
    var position: Int
    var keep: Bool
  }

  /// A reference field theirs set, or that came in with an entity theirs added.
  struct Brought {
    var ref: EntityRef
    var position: Int
    var field: Field
    var value: FieldValue
    /// What the merged plan held before theirs set it; nil for an entity theirs added.
    var previous: FieldValue?
    var target: EntityKind
  }

  init(base: PlanIndex, ours: PlanIndex, theirs: PlanIndex, careful: Bool) {
    self.base = base
    self.ours = ours
    self.theirs = theirs
    self.careful = careful
    plan = ours.plan
    oursNewReferences = ours.newReferences(since: base)
  }

  mutating func merge() {
    decideRemovals()
    takeFieldsAndAdditions()
    takeRemovals()
    takeMoves()
    leaveNoDanglingReference()
  }

  /// Whether the merged plan has the entity.
  func has(_ ref: EntityRef) -> Bool {
    ref == .plan || inserted.contains(ref) || (ours.contains(ref) && !removed.contains(ref))
  }

  /// Applies a step; a step that cannot be made, or (careful) breaks a rule, is a conflict.
  @discardableResult
  mutating func apply(_ step: MergeStep, about ref: EntityRef, name: String) -> Bool {
    guard let edit = step.edit(on: plan) else {
      conflict(ref, .unmergeable, name, [])
      return false
    }
    do {
      try plan.apply(edit)
    } catch {
      conflict(ref, .unmergeable, name, [])
      return false
    }
    if careful && plan.violations().contains(where: \.breaksMoreThanAReference) {
      try? plan.apply(edit.inverse)
      conflict(ref, .unmergeable, name, [])
      return false
    }
    for step in edit.steps {
      switch step {
      case .insert(let entity, let list, _):
        if let ref = entity.ref(in: list) { inserted.insert(ref) }
      case .remove(let entity, let list, _):
        guard let ref = entity.ref(in: list) else { continue }
        if let position = ours.position(of: ref) {
          removed.formUnion(ours.subtree(at: position).map(\.ref))
        }
        inserted.remove(ref)
      default:
        continue
      }
    }
    return true
  }

  mutating func conflict(
    _ ref: EntityRef, _ kind: MergeConflict.Kind, _ name: String, _ theirs: [MergeStep]
  ) {
    conflicts.append(MergeConflict(ref: ref, kind: kind, name: name, theirs: theirs))
  }
}

extension PlanViolation {
  /// Whether the rule broken is more than a reference to something gone: references are
  /// checked, and cleared, once every change is in.
  var breaksMoreThanAReference: Bool {
    if case .unknownReference = problem { return false }
    return true
  }
}

extension PlanIndex {
  /// The ids this plan refers to in entities or fields the base does not have.
  func newReferences(since base: PlanIndex) -> Set<String> {
    var ids: Set<String> = []
    var distance = 0
    for position in entries.indices {
      let values = entries[position].values
      let before = base.position(of: entries[position].ref, at: position, distance: &distance)
        .map { base.entries[$0].values }
      guard before != values else { continue }
      let declarations = entries[position].layout.declarations
      for (field, value) in values.enumerated()
      where declarations[field].type.referenceTarget != nil {
        let old = Set(before?[field].referencedIDs ?? [])
        for id in value.referencedIDs where !old.contains(id) { ids.insert(id) }
      }
    }
    return ids
  }
}

extension ValueType {
  /// The kind of entity a field of this type refers to; nil for a field that refers to none.
  var referenceTarget: EntityKind? {
    switch self {
    case .reference(let kind, _), .references(let kind): return kind
    case .arrangements: return .stakeholder
    default: return nil
    }
  }
}
