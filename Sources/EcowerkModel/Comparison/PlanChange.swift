/// One difference between two versions of a plan, about one entity, found by its id (so a
/// renamed stakeholder is a change of its name, never one removed and another added).
public struct PlanChange: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// The entity is new, with everything it holds.
    case added
    /// The entity is gone, with everything it held.
    case removed
    /// One field holds another value.
    case changed(Field, from: FieldValue, to: FieldValue)
    /// The entity stands elsewhere in its list, or (a Theory of Change node) under another
    /// parent. Only the entities that moved are named: when one of ten is moved to the top,
    /// that one moved, not the nine it passed.
    case moved(from: ListRef, to: ListRef)
  }

  /// The entity, as the newer plan has it (the older one for a removed entity).
  public var ref: EntityRef
  public var kind: Kind
  /// What the entity is called (`PlanIndex.Entry.name`), in the newer plan when it is there.
  public var name: String

  public init(ref: EntityRef, kind: Kind, name: String) {
    self.ref = ref
    self.kind = kind
    self.name = name
  }
}
