import EcowerkModel

/// What an edit touches, to pick edits for two copies that do not overlap: the fields it sets,
/// and whole entities and lists where it inserts, removes or moves (and everything these hold
/// or refer to, and what holds them). Two edits overlap when one touches a field the other
/// touches, or an entity or list the other touches in any way.
struct EditFootprint {
  /// Entity keys touched as a whole, and lists.
  var whole: Set<String> = []
  /// Entity keys with a field touched.
  var fields: Set<String> = []
  /// Entity keys whose fields (any) are touched.
  var partly: Set<String> = []

  init(_ edit: Edit, on plan: Plan) {
    for step in edit.steps {
      switch step {
      case .set(let ref, let field, let from, let to):
        let key = Self.key(ref)
        fields.insert("\(key)#\(field)")
        partly.insert(key)
        holders(of: ref, on: plan)
        for id in from.referencedIDs + to.referencedIDs { whole.insert(id) }
      case .insert(let entity, let list, _), .remove(let entity, let list, _):
        whole.insert("\(list)")
        if let ref = entity.ref(in: list) { entityWithin(ref, entity, on: plan) }
      case .move(let list, let from, _, _):
        whole.insert("\(list)")
        if let ref = plan.ref(at: from, in: list) { whole.insert(Self.key(ref)) }
      case .moveNode(let id, let from, let to):
        whole.insert("\(ListRef.nodes(parent: from.parent))")
        whole.insert("\(ListRef.nodes(parent: to.parent))")
        if let node = plan.node(id) { entityWithin(.node(id), .node(node), on: plan) }
        if let parent = to.parent { holders(of: .node(parent), on: plan) }
      case .group:
        break
      }
    }
  }

  func overlaps(_ other: EditFootprint) -> Bool {
    !whole.isDisjoint(with: other.whole) || !fields.isDisjoint(with: other.fields)
      || !whole.isDisjoint(with: other.partly) || !partly.isDisjoint(with: other.whole)
  }

  mutating func formUnion(_ other: EditFootprint) {
    whole.formUnion(other.whole)
    fields.formUnion(other.fields)
    partly.formUnion(other.partly)
  }

  /// An entity, everything it holds and everything those refer to, and what holds it.
  private mutating func entityWithin(_ ref: EntityRef, _ value: EntityValue, on plan: Plan) {
    holders(of: ref, on: plan)
    whole.insert(Self.key(ref))
    if case .contribution(_, let partner) = ref { whole.insert(partner.rawValue) }
    // The entity alone in a plan, walked like any plan: it and everything it holds.
    var single = Plan(startYear: plan.startYear)
    switch value {
    case .node(let node): single.theoryOfChange = [node]
    case .segment(let segment): single.segments = [segment]
    case .financeYear(let year): single.finance = [year]
    case .review(let review): single.reviews = [review]
    case .action(let action): single.actions = [action]
    case .pilot(let pilot): single.pilots = [pilot]
    default:
      let entity = value.entity
      for field in type(of: entity).fields {
        whole.formUnion(entity.value(of: field)?.referencedIDs ?? [])
      }
      return
    }
    for entry in PlanIndex(single).entries.dropFirst() {
      whole.insert(Self.key(entry.ref))
      for value in entry.values { whole.formUnion(value.referencedIDs) }
    }
  }

  /// What holds the entity, up to the plan (a node's ancestors too).
  private mutating func holders(of ref: EntityRef, on plan: Plan) {
    if let parent = ref.parentText {
      if case .contribution(let year, _) = ref {
        whole.insert("year \(year)")
      } else {
        whole.insert(parent)
        if case .node(let id) = EntityRef(kind: .node, parent: "", id: parent) {
          for ancestor in plan.ancestry(of: id) ?? [] { whole.insert(ancestor.rawValue) }
        }
      }
    }
    if case .node(let id) = ref {
      for ancestor in (plan.ancestry(of: id) ?? []).dropLast() { whole.insert(ancestor.rawValue) }
    }
  }

  /// An entity's key: its id, or what identifies it with its holder.
  static func key(_ ref: EntityRef) -> String {
    switch ref {
    case .plan: return "plan"
    case .financeYear(let year): return "year \(year)"
    case .contribution(let year, let partner): return "contribution \(year) \(partner)"
    case .score(let review, let element): return "score \(review) \(element)"
    default: return ref.idText ?? "\(ref)"
    }
  }
}
