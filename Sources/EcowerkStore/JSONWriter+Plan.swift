import EcowerkJSON
import EcowerkModel

/// Writing a plan from its schema. Every key is always written, in the schema's order, with
/// null for what is absent: a plan kept in git then diffs line by line, field by field.
extension JSONWriter {
  mutating func write(_ plan: Plan) {
    let writer = SchemaWriter(json: self)
    writer.partnerOrder = Dictionary(
      plan.stakeholders.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    writer.json.beginObject()
    writer.json.field("format", PlanFormat.name)
    writer.json.key("schemaVersion")
    writer.json.integer(PlanFormat.schemaVersion)
    plan.encodeMembers(writer)
    writer.json.endObject()
    self = writer.json
  }

  /// One entity as an object of its own (the recovery journal's entities).
  mutating func write<E: SchemaEntity>(entity: E) {
    let writer = SchemaWriter(json: self)
    entity.encode(writer)
    self = writer.json
  }

  // MARK: Fields

  mutating func field(_ name: String, _ value: String) {
    key(name)
    string(value)
  }

  mutating func field(_ name: String, _ value: String?) {
    key(name)
    if let value { string(value) } else { null() }
  }

  mutating func field<T>(_ name: String, _ value: EntityID<T>) {
    field(name, value.rawValue)
  }

  mutating func field(_ name: String, _ value: Int) {
    key(name)
    integer(value)
  }

  mutating func field(_ name: String, _ value: Int?) {
    key(name)
    if let value { integer(value) } else { null() }
  }

  mutating func field(_ name: String, _ value: Double?) {
    key(name)
    if let value, value.isFinite {
      if value == value.rounded(), value.magnitude < 1e15 {
        integer(Int64(value))
      } else {
        double(value)
      }
    } else {
      null()
    }
  }

  mutating func field(_ name: String, _ value: Bool) {
    key(name)
    bool(value)
  }

  mutating func field(_ name: String, _ value: CalendarDate?) {
    field(name, value?.description)
  }

  mutating func field(_ name: String, _ value: [String]) {
    key(name)
    beginArray()
    for item in value { string(item) }
    endArray()
  }

  /// Euros: whole euros as an integer, otherwise with two decimals.
  mutating func field(_ name: String, _ value: Money?) {
    key(name)
    guard let value else { return null() }
    if value.cents % 100 == 0 {
      integer(value.cents / 100)
    } else {
      double(Double(value.cents) / 100)
    }
  }

  mutating func list<T>(_ name: String, _ items: [T], _ write: (inout JSONWriter, T) -> Void) {
    key(name)
    beginArray()
    for item in items { write(&self, item) }
    endArray()
  }
}
