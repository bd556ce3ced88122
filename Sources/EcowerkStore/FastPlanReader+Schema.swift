import EcowerkJSON
import EcowerkModel

/// Any entity read straight from the bytes the way its schema declares it, accepting exactly
/// what `JSONReader` accepts: the same keys, defaults and required fields.
extension FastPlanReader: ListVisitor {
  mutating func visit<Child: SchemaEntity>(_ list: inout [Child], key: String)
    throws(Unexpected)
  {
    list = try self.list { (reader) throws(Unexpected) -> Child in
      var child = Child.schema.blank
      try reader.object(&child)
      return child
    }
  }

  /// Reads an object into `entity`'s members; `header` takes the keys the schema does not
  /// declare (the plan's format and version) and says whether it knew them.
  mutating func object<E: SchemaEntity>(
    _ entity: inout E,
    header: (inout FastPlanReader, String) throws(Unexpected) -> Bool = { _, _ in false }
  ) throws(Unexpected) {
    let schema = E.schema
    var seen: UInt64 = 0
    var position = 0
    var first = true
    try pull.beginObject()
    while let key = try pull.nextKey(&first) {
      // Files ecowerk writes have their keys in the schema's order: one comparison each.
      var index = position
      if index >= schema.keys.count || schema.keys[index] != key {
        guard let found = schema.position(of: key) else {
          guard try header(&self, key) else { throw Unexpected() }
          continue
        }
        index = found
      }
      let bit: UInt64 = 1 << UInt64(index)
      guard seen & bit == 0 else { throw Unexpected() }
      seen |= bit
      position = index + 1
      switch schema.members[index] {
      case .field(let spec):
        guard spec.set(&entity, try value(spec.type, default: spec.defaultValue)) else {
          throw Unexpected()
        }
      case .list(let list):
        try list.visit(&entity, &self)
      }
    }
    guard seen & schema.requiredMask == schema.requiredMask else { throw Unexpected() }
  }

  /// A field's value; null means its default, and a required field cannot be null.
  mutating func value(_ type: ValueType, default value: FieldValue?) throws(Unexpected)
    -> FieldValue
  {
    if pull.skipNull() {
      guard let value else { throw Unexpected() }
      return value
    }
    switch type {
    case .id, .key:
      let text = try pull.string()
      guard !text.isEmpty else { throw Unexpected() }
      return .text(text)
    case .text, .optionalText: return .text(try pull.string())
    case .texts: return .texts(try texts())
    case .integer: return .integer(try integer())
    case .number: return .number(try optionalNumber())
    case .money: return .money(try optionalMoney())
    case .flag: return .flag(try bool())
    case .date: return .date(try date())
    case .choice: return .choice(try pull.string())
    case .reference:
      let text = try pull.string()
      guard !text.isEmpty else { throw Unexpected() }
      return .reference(text)
    case .references:
      let ids: [EntityID<Void>] = try ids()
      return .references(ids.map(\.rawValue))
    case .arrangements: return .arrangements(try arrangements())
    }
  }

  /// Partner id → keep / share / hand over.
  mutating func arrangements() throws(Unexpected) -> [StakeholderID: Arrangement] {
    var result: [StakeholderID: Arrangement] = [:]
    var first = true
    try pull.beginObject()
    while let key = try pull.nextKey(&first) {
      guard result.count < maxObjectMembers, let value = Arrangement(rawValue: try pull.string()),
        result.updateValue(value, forKey: StakeholderID(key)) == nil
      else { throw Unexpected() }
    }
    return result
  }
}
