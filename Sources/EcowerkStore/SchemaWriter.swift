import EcowerkJSON
import EcowerkModel

/// Writes entities as their schemas declare them (the schema walks, this writes): each
/// member in order, each value as its type is stored in the file.
final class SchemaWriter: FieldEncoder {
  var json: JSONWriter
  /// Puts a joint-organisation function's arrangements in the order of the stakeholder list,
  /// so the file does not reshuffle when a dictionary happens to iterate differently.
  var partnerOrder: [StakeholderID: Int] = [:]

  init(json: JSONWriter) {
    self.json = json
  }

  func beginObject() { json.beginObject() }

  func endObject() { json.endObject() }

  func beginList(_ key: String) {
    json.key(key)
    json.beginArray()
  }

  func endList() { json.endArray() }

  func field(_ key: String, _ value: FieldValue, _ type: ValueType) {
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
