/// One change to a plan, as a value that can be applied, inverted, stored and replayed.
///
/// Undo and redo are two stacks of edits; the recovery journal is a file of them, one per line.
/// Every edit carries what it replaces (`from`, the removed entity), so that its inverse needs
/// nothing but the edit itself and applying it checks that the plan is still as expected.
public indirect enum Edit: Hashable, Sendable {
  /// Changes one field of one entity.
  case set(EntityRef, Field, from: FieldValue, to: FieldValue)
  /// Inserts an entity into a list at an index.
  case insert(EntityValue, into: ListRef, at: Int)
  /// Removes the entity at an index; it must be exactly `entity`.
  case remove(EntityValue, from: ListRef, at: Int)
  /// Moves the element at `from` to `to` (an index in the list without the element). `key` is
  /// the moved element's id (a finance year's year), so that applying the move checks that the
  /// plan is as expected, like every other edit, and a move replayed onto a plan that already
  /// holds it is recognised; nil in moves written before it was recorded. `Plan.keyed` fills
  /// it in.
  case move(ListRef, from: Int, to: Int, key: String? = nil)
  /// Moves a Theory of Change node, with its subtree, to another place in the tree.
  case moveNode(NodeID, from: NodePlace, to: NodePlace)
  /// Several edits that stand or fall together, e.g. deleting a stakeholder and clearing the
  /// references to it.
  case group([Edit])

  /// The edit that undoes this one.
  public var inverse: Edit {
    switch self {
    case .set(let ref, let field, let old, let new):
      return .set(ref, field, from: new, to: old)
    case .insert(let entity, let list, let index):
      return .remove(entity, from: list, at: index)
    case .remove(let entity, let list, let index):
      return .insert(entity, into: list, at: index)
    case .move(let list, let from, let to, let key):
      return .move(list, from: to, to: from, key: key)
    case .moveNode(let id, let from, let to):
      return .moveNode(id, from: to, to: from)
    case .group(let edits):
      return .group(edits.reversed().map(\.inverse))
    }
  }

  /// The edits this one is made of, groups flattened.
  public var steps: [Edit] {
    if case .group(let edits) = self { return edits.flatMap(\.steps) }
    return [self]
  }
}

/// A place in the Theory of Change tree: a parent (nil for the roots) and an index among its
/// children.
public struct NodePlace: Hashable, Sendable {
  public var parent: NodeID?
  public var index: Int

  public init(parent: NodeID?, index: Int) {
    self.parent = parent
    self.index = index
  }
}

/// Why an edit could not be applied. The plan is unchanged when one of these is thrown.
public enum EditError: Error, Hashable, Sendable {
  case notFound(EntityRef)
  case listNotFound(ListRef)
  case noSuchField(Field)
  case wrongValue(field: Field, value: FieldValue)
  case conflict(field: Field, expected: FieldValue, found: FieldValue)
  case indexOutOfRange(ListRef, Int)
  case unexpectedEntity(ListRef, index: Int)
  case wrongKind(ListRef)
  case duplicate(ListRef, key: String)
  case cycle(NodeID)
  /// Applied, the edit would break a rule the loader checks (a text or list over its limit,
  /// an amount out of range, totals that cannot be counted): the plan could not be opened again.
  case breaksRule(PlanViolation)
}
