/// New ids for entities, everywhere they occur: the entity's own id and every reference to it.
///
/// Two copies of a plan that each add a stakeholder both call it `sh-13` (ids count up from
/// the highest in the plan). Merging keeps ours and gives theirs the next free id, `sh-14`,
/// before anything is compared, so the two are two stakeholders.
struct IDRenaming: ListVisitor {
  typealias Failure = Never
  let renamed: [String: String]

  /// Renames in every field of every entity of `plan`, reading each field through its schema
  /// so that a reference field added later is renamed too.
  func apply(to plan: inout Plan) {
    var visitor = self
    visitor.rename(&plan)
  }

  mutating func visit<Child: SchemaEntity>(_ list: inout [Child], key: String) {
    for index in list.indices { rename(&list[index]) }
  }

  private mutating func rename<E: SchemaEntity>(_ entity: inout E) {
    for spec in E.schema.fields {
      let value = spec.get(entity)
      let renamedValue = rename(value, spec.type)
      if renamedValue != value { _ = spec.set(&entity, renamedValue) }
    }
    for list in E.schema.lists { list.visit(&entity, &self) }
  }

  private func rename(_ value: FieldValue, _ type: ValueType) -> FieldValue {
    func new(_ id: String) -> String { renamed[id] ?? id }
    switch (type, value) {
    case (.id, .text(let id)): return .text(new(id))
    case (_, .reference(let id?)): return .reference(new(id))
    case (_, .references(let ids)): return .references(ids.map(new))
    case (_, .arrangements(let cells)):
      var result: [StakeholderID: Arrangement] = [:]
      for (partner, arrangement) in cells {
        result[StakeholderID(new(partner.rawValue))] = arrangement
      }
      return .arrangements(result)
    default: return value
    }
  }

  /// Ids in use in none of some plans, like the ids they replace: the same prefix with a
  /// number above the highest any of the plans has after it (`sh-13` → `sh-21` when `sh-20`
  /// is the highest), or `-2` and up added to an id without a number.
  struct Allocator {
    let indexes: [PlanIndex]
    /// The highest number in use after each prefix asked for so far.
    private var highest: [String: Int] = [:]

    init(_ indexes: [PlanIndex]) {
      self.indexes = indexes
    }

    mutating func id(like id: String) -> String {
      var prefix = id
      if let dash = id.lastIndex(of: "-"), !id[id.index(after: dash)...].isEmpty,
        id[id.index(after: dash)...].allSatisfy({ $0.isASCII && $0.isNumber })
      {
        prefix = String(id[..<dash])
      }
      let lead = prefix + "-"
      let top = highest[prefix] ?? highestNumber(after: lead)
      // A hostile file may hold `sh-9223372036854775807`: then a number is not enough.
      guard top < Int.max / 2 else { return self.id(like: id + "-x") }
      highest[prefix] = top + 1
      return lead + String(top + 1)
    }

    /// The highest number after `lead` among the ids of the plans; 1 when there is none, so
    /// that the first id made is `-2`.
    private func highestNumber(after lead: String) -> Int {
      var top = 1
      for index in indexes {
        for position in index.entries.indices where index.entries[position].layout.hasID {
          guard let id = index.entries[position].ref.idText, id.hasPrefix(lead),
            let number = Int(id.dropFirst(lead.count)), number > top
          else { continue }
          top = number
        }
      }
      return top
    }
  }
}
