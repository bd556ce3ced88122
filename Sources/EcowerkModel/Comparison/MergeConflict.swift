/// Something two copies of a plan changed in ways that cannot both be kept. The merged plan
/// holds ours; `theirs` says what taking their version instead does.
public struct MergeConflict: Hashable, Sendable {
  public enum Side: String, Hashable, Sendable {
    case ours
    case theirs
  }

  public enum Kind: Hashable, Sendable {
    /// Both changed the field, to different values. `base` is nil when both added the entity
    /// (a finance year, a contribution, a score), so there was none.
    case field(Field, base: FieldValue?, ours: FieldValue, theirs: FieldValue)
    /// One side removed the entity (with what it held) while the other changed it, what it
    /// holds, or something that refers to it.
    case removed(by: Side)
    /// Theirs refers to an entity ours removed: the merged plan leaves the reference out
    /// rather than point at nothing.
    case reference(Field, target: EntityRef)
    /// Both moved the entity, to different places.
    case moved(ours: ListRef, theirs: ListRef)
    /// Their change could not be combined with ours without breaking a rule of the plan.
    case unmergeable
  }

  /// The entity concerned (as theirs has it when ours removed it).
  public var ref: EntityRef
  public var kind: Kind
  /// What the entity is called, in either copy.
  public var name: String
  /// What taking theirs does to the merged plan, in order; empty when nothing can be taken.
  public var theirs: [MergeStep]

  public init(ref: EntityRef, kind: Kind, name: String, theirs: [MergeStep]) {
    self.ref = ref
    self.kind = kind
    self.name = name
    self.theirs = theirs
  }

  /// The one edit that takes theirs on `plan` (the merged plan, or what became of it), or nil
  /// when it can no longer be made there or would break a rule of the plan.
  public func takeTheirs(on plan: Plan) -> Edit? {
    MergeStep.edit(theirs, on: plan)
  }
}
