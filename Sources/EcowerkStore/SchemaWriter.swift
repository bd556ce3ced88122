import EcowerkJSON
import EcowerkModel

/// Writes entities as their schemas declare them: each member in order, each value as its
/// type is stored in the file.
struct SchemaWriter: ListWalker {
  var json: JSONWriter
  /// Puts a joint-organisation function's arrangements in the order of the stakeholder list,
  /// so the file does not reshuffle when a dictionary happens to iterate differently.
  var partnerOrder: [StakeholderID: Int] = [:]

  mutating func entity<E: SchemaEntity>(_ entity: E) {
    json.beginObject()
    members(of: entity)
    json.endObject()
  }

  mutating func members<E: SchemaEntity>(of entity: E) {
    for member in E.schema.members {
      switch member {
      case .field(let spec): value(spec.get(entity), spec.type, key: spec.key)
      case .list(let list): list.walk(entity, &self)
      }
    }
  }

  mutating func walk<Child: SchemaEntity>(_ list: [Child], key: String) {
    json.key(key)
    json.beginArray()
    for child in list { entity(child) }
    json.endArray()
  }

  mutating func value(_ value: FieldValue, _ type: ValueType, key: String) {
    switch value {
    case .text(let text):
      if case .optionalText = type, text.isEmpty {
        json.key(key)
        json.null()
      } else {
        json.field(key, text)
      }
    case .texts(let texts): json.field(key, texts)
    case .integer(let number): json.field(key, number)
    case .number(let number): json.field(key, number)
    case .money(let amount): json.field(key, amount)
    case .flag(let flag): json.field(key, flag)
    case .date(let date): json.field(key, date)
    case .choice(let raw): json.field(key, raw)
    case .reference(let raw): json.field(key, raw)
    case .references(let raws): json.field(key, raws)
    case .arrangements(let cells):
      json.key(key)
      json.beginObject()
      let partners = cells.keys.sorted { a, b in
        switch (partnerOrder[a], partnerOrder[b]) {
        case (let x?, let y?): return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a < b
        }
      }
      for partner in partners {
        if let arrangement = cells[partner] { json.field(partner.rawValue, arrangement.rawValue) }
      }
      json.endObject()
    }
  }
}
