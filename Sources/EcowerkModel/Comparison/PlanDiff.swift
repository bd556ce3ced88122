/// What changed between two versions of a plan, entity by entity and field by field, in the
/// newer plan's file order (which is the method's order), each removed entity where it stood.
///
/// Entities are matched by their identity (`EntitySchema.identity`: an id, a finance year's
/// year, a contribution's partner, a score's element), so a rename is a changed name. An
/// entity added or removed is one change: what it holds comes and goes with it.
public struct PlanDiff: Hashable, Sendable {
  public let changes: [PlanChange]
  /// What the entities the changes mention by id are called (a reference's target, the holder
  /// of a nested entity, a contribution's partner): as the newer plan has it, else the older.
  public let names: [String: String]

  public var isEmpty: Bool { changes.isEmpty }

  public init(from old: Plan, to new: Plan) {
    self.init(from: PlanIndex(old), to: PlanIndex(new))
  }

  public init(from old: PlanIndex, to new: PlanIndex) {
    var found: [Found] = []
    var reordered: Set<ListRef> = []
    var lastOldIndex: [ListRef: Int] = [:]
    var distance = 0
    let entries = new.entries
    let olds = old.entries
    for position in entries.indices {
      let ref = entries[position].ref
      guard let oldPosition = old.position(of: ref, at: position, distance: &distance) else {
        // Added; what an added entity holds is added with it.
        if let holder = new.holder(at: position), old.contains(holder) {
          found.append(Found(Order(position, 0), ref, .added, entries[position].name))
        }
        continue
      }
      if olds[oldPosition].values != entries[position].values {
        let before = olds[oldPosition].values
        let after = entries[position].values
        for index in after.indices where before[index] != after[index] {
          let kind = PlanChange.Kind.changed(
            entries[position].layout.fields[index], from: before[index], to: after[index])
          found.append(Found(Order(position, 0, index), ref, kind, entries[position].name))
        }
      }
      guard let list = entries[position].list, let oldList = olds[oldPosition].list else {
        continue
      }
      let oldIndex = olds[oldPosition].index
      if list != oldList {
        found.append(
          Found(Order(position, 1), ref, .moved(from: oldList, to: list), entries[position].name))
      } else if oldIndex != entries[position].index || lastOldIndex[list] != nil {
        // Only a list where something came, went or moved can be out of order.
        if let last = lastOldIndex[list], oldIndex < last { reordered.insert(list) }
        lastOldIndex[list] = oldIndex
      }
    }
    found += Self.reorders(in: reordered, from: old, to: new)
    // A removed entity is listed after the last entity before it that is still there.
    var anchor = 0
    distance = 0
    for position in olds.indices {
      let ref = olds[position].ref
      if let newPosition = new.position(of: ref, at: position, distance: &distance) {
        anchor = newPosition
        continue
      }
      guard let holder = old.holder(at: position), new.contains(holder) else { continue }
      found.append(Found(Order(anchor, 2, position), ref, .removed, olds[position].name))
    }
    found.sort { $0.order < $1.order }
    changes = found.map(\.change)
    names = Self.names(of: changes, old: old, new: new)
  }

  /// A change and where it goes in the list.
  struct Found {
    var order: Order
    var change: PlanChange

    init(_ order: Order, _ ref: EntityRef, _ kind: PlanChange.Kind, _ name: String) {
      self.order = order
      change = PlanChange(ref: ref, kind: kind, name: name)
    }
  }

  /// Where a change goes in the list: after the changes of entity `position` of the newer
  /// plan, first its fields and its move (`rank` 0 and 1), then what was removed after it.
  struct Order: Comparable {
    var position: Int
    var rank: Int
    var sequence: Int

    init(_ position: Int, _ rank: Int, _ sequence: Int = 0) {
      self.position = position
      self.rank = rank
      self.sequence = sequence
    }

    static func < (lhs: Order, rhs: Order) -> Bool {
      if lhs.position != rhs.position { return lhs.position < rhs.position }
      if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
      return lhs.sequence < rhs.sequence
    }
  }

  /// The entities that moved within each list whose common entities stand in another order.
  private static func reorders(in lists: Set<ListRef>, from old: PlanIndex, to new: PlanIndex)
    -> [Found]
  {
    guard !lists.isEmpty else { return [] }
    var result: [Found] = []
    for (list, positions) in PlanIndex.moved(in: lists, of: new, since: old) {
      for position in positions {
        let entry = new.entries[position]
        result.append(
          Found(Order(position, 1), entry.ref, .moved(from: list, to: list), entry.name))
      }
    }
    return result
  }

  /// The names of every entity the changes mention by id.
  private static func names(of changes: [PlanChange], old: PlanIndex, new: PlanIndex)
    -> [String: String]
  {
    var ids: Set<String> = []
    for change in changes {
      if let parent = change.ref.parentText { ids.insert(parent) }
      if case .contribution(_, let partner) = change.ref { ids.insert(partner.rawValue) }
      switch change.kind {
      case .changed(_, let from, let to):
        ids.formUnion(from.referencedIDs)
        ids.formUnion(to.referencedIDs)
      case .moved(let from, let to):
        if let parent = from.parentText { ids.insert(parent) }
        if let parent = to.parentText { ids.insert(parent) }
      case .added, .removed:
        break
      }
    }
    return PlanIndex.names(of: ids, in: [new, old])
  }
}

extension PlanIndex {
  /// The positions (in this index) of the entities that moved within each of `lists` since
  /// `base`, in the list's order: the ones outside a longest run that kept its order.
  static func moved(in lists: Set<ListRef>, of index: PlanIndex, since base: PlanIndex)
    -> [ListRef: [Int]]
  {
    var positions: [ListRef: [Int]] = [:]
    var oldIndices: [ListRef: [Int]] = [:]
    var distance = 0
    let entries = index.entries
    for position in entries.indices {
      guard let list = entries[position].list, lists.contains(list),
        let before = base.position(of: entries[position].ref, at: position, distance: &distance),
        base.entries[before].list == list
      else { continue }
      positions[list, default: []].append(position)
      oldIndices[list, default: []].append(base.entries[before].index)
    }
    var result: [ListRef: [Int]] = [:]
    for (list, sequence) in oldIndices {
      let inList = positions[list] ?? []
      result[list] = ListOrder.moved(sequence).map { inList[$0] }
    }
    return result
  }
}

extension FieldValue {
  /// The ids this value refers to: a reference's target, a list of references, the partners
  /// of an arrangement.
  public var referencedIDs: [String] {
    switch self {
    case .reference(let raw?): return [raw]
    case .references(let raws): return raws
    case .arrangements(let cells): return cells.keys.map(\.rawValue).sorted()
    default: return []
    }
  }
}
