import EcowerkModel

/// What a diff should say about an edit: one change per step (a removal's clean-up included),
/// without the names the diff adds.
struct ExpectedChange: Hashable, CustomStringConvertible {
  var ref: EntityRef
  var kind: PlanChange.Kind

  init(_ ref: EntityRef, _ kind: PlanChange.Kind) {
    self.ref = ref
    self.kind = kind
  }

  init(_ change: PlanChange) {
    self.init(change.ref, change.kind)
  }

  var description: String { "\(ref) \(kind)" }

  /// The changes `edit` makes to `plan`; a move in a list of two may name either entity.
  static func of(_ edit: Edit, on plan: Plan) -> [ExpectedChange] {
    var result: [ExpectedChange] = []
    var current = plan
    for step in edit.steps {
      switch step {
      case .set(let ref, let field, let from, let to):
        result.append(ExpectedChange(ref, .changed(field, from: from, to: to)))
      case .insert(let entity, let list, _):
        if let ref = entity.ref(in: list) { result.append(ExpectedChange(ref, .added)) }
      case .remove(let entity, let list, _):
        if let ref = entity.ref(in: list) { result.append(ExpectedChange(ref, .removed)) }
      case .move(let list, let from, _, _):
        if let ref = current.ref(at: from, in: list) {
          result.append(ExpectedChange(ref, .moved(from: list, to: list)))
        }
      case .moveNode(let id, let from, let to):
        let list = ListRef.nodes(parent: from.parent)
        result.append(ExpectedChange(.node(id), .moved(from: list, to: .nodes(parent: to.parent))))
      case .group:
        break
      }
      try? current.apply(step)
    }
    return result
  }
}

extension Plan {
  /// The entity at `index` of `list`.
  func ref(at index: Int, in list: ListRef) -> EntityRef? {
    PlanIndex(self).entries.first { $0.list == list && $0.index == index }?.ref
  }
}
