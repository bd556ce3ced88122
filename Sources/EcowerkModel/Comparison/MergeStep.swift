/// One change a merge makes or offers, said by identity rather than position, so that it can
/// be turned into an edit on whatever the plan has become by the time it is taken: an entity
/// goes after the one it followed, wherever that one now stands.
public enum MergeStep: Hashable, Sendable {
  case set(EntityRef, Field, from: FieldValue, to: FieldValue)
  /// Puts an entity (with what it holds) after `after` in `list`, or first when `after` is nil
  /// or no longer there. Left out when the plan has the entity already.
  case insert(EntityValue, into: ListRef, after: EntityRef?)
  /// Removes an entity and clears every reference to it (`Plan.removal(of:)`).
  case remove(EntityRef)
  /// Moves an entity after `after` in `list`, or first: in its own list, or (a Theory of
  /// Change node) under another parent.
  case move(EntityRef, to: ListRef, after: EntityRef?)

  /// The edit on `plan`; nil when the plan does not hold what it needs (and for an insert of
  /// an entity that is there already).
  public func edit(on plan: Plan) -> Edit? {
    switch self {
    case .set(let ref, let field, let from, let to):
      return .set(ref, field, from: from, to: to)
    case .insert(let entity, let list, let after):
      guard let ref = entity.ref(in: list), plan.location(of: ref) == nil,
        plan.count(of: list) != nil
      else { return nil }
      return .insert(entity, into: list, at: Self.index(after: after, in: list, on: plan))
    case .remove(let ref):
      return plan.removal(of: ref)
    case .move(let ref, let list, let after):
      guard let current = plan.location(of: ref), plan.count(of: list) != nil else { return nil }
      if current.list == list {
        var to = Self.index(after: after == ref ? nil : after, in: list, on: plan)
        if current.index < to { to -= 1 }
        return to == current.index ? nil : .move(list, from: current.index, to: to)
      }
      guard case .node(let id) = ref, case .nodes(let parent) = list,
        case .nodes(let oldParent) = current.list
      else { return nil }
      return .moveNode(
        id, from: NodePlace(parent: oldParent, index: current.index),
        to: NodePlace(parent: parent, index: Self.index(after: after, in: list, on: plan)))
    }
  }

  /// The index just after `after` in `list`, or 0.
  static func index(after: EntityRef?, in list: ListRef, on plan: Plan) -> Int {
    guard let after, let location = plan.location(of: after), location.list == list else {
      return 0
    }
    return location.index + 1
  }

  /// The steps as one edit on `plan`, each made on the plan as the steps before it left it;
  /// an insert of what the plan has already is left out. Nil when another step cannot be
  /// made, or the result breaks a rule of the plan.
  public static func edit(_ steps: [MergeStep], on plan: Plan) -> Edit? {
    var changed = plan
    var edits: [Edit] = []
    for step in steps {
      if case .insert(let entity, let list, _) = step, let ref = entity.ref(in: list),
        changed.location(of: ref) != nil
      {
        continue
      }
      guard let edit = step.edit(on: changed), (try? changed.apply(edit)) != nil else {
        return nil
      }
      edits.append(edit)
    }
    guard !edits.isEmpty, changed.violations().isEmpty else { return nil }
    return edits.count == 1 ? edits[0] : .group(edits)
  }
}
