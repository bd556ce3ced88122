import EcowerkJSON
import EcowerkModel

/// Edits as JSON, for the recovery journal: one compact line per edit.
extension JSONWriter {
  mutating func write(_ edit: Edit) {
    beginObject()
    switch edit {
    case .set(let ref, let changed, let old, let new):
      key("set")
      beginObject()
      key("ref")
      write(ref)
      field("field", changed.rawValue)
      key("from")
      write(old)
      key("to")
      write(new)
      endObject()
    case .insert(let entity, let list, let index):
      key("insert")
      writeListOperation(entity, list, index)
    case .remove(let entity, let list, let index):
      key("remove")
      writeListOperation(entity, list, index)
    case .move(let list, let from, let to, let moved):
      key("move")
      beginObject()
      key("list")
      write(list)
      field("from", from)
      field("to", to)
      if let moved { field("key", moved) }
      endObject()
    case .moveNode(let id, let from, let to):
      key("moveNode")
      beginObject()
      field("node", id)
      key("from")
      write(from)
      key("to")
      write(to)
      endObject()
    case .group(let edits):
      key("group")
      beginArray()
      for step in edits { write(step) }
      endArray()
    }
    endObject()
  }

  private mutating func writeListOperation(_ entity: EntityValue, _ list: ListRef, _ index: Int) {
    beginObject()
    key("list")
    write(list)
    field("index", index)
    key("entity")
    write(entity)
    endObject()
  }

  mutating func write(_ place: NodePlace) {
    beginObject()
    field("parent", place.parent?.rawValue)
    field("index", place.index)
    endObject()
  }

  mutating func write(_ ref: EntityRef) {
    beginObject()
    field("kind", ref.kind.rawValue)
    if let parent = ref.parentText { field("parent", parent) }
    if let id = ref.idText { field("id", id) }
    endObject()
  }

  mutating func write(_ list: ListRef) {
    beginObject()
    field("kind", list.kind.rawValue)
    if let parent = list.parentText { field("parent", parent) }
    endObject()
  }

  mutating func write(_ value: FieldValue) {
    beginObject()
    switch value {
    case .text(let text): field("text", text)
    case .texts(let texts): field("texts", texts)
    case .integer(let number): field("integer", number)
    case .number(let number): field("number", number)
    case .money(let amount): field("money", amount)
    case .flag(let flag): field("flag", flag)
    case .date(let date): field("date", date)
    case .choice(let raw): field("choice", raw)
    case .reference(let raw): field("reference", raw)
    case .references(let raws): field("references", raws)
    case .arrangements(let cells):
      key("arrangements")
      beginObject()
      for partner in cells.keys.sorted() {
        if let arrangement = cells[partner] { field(partner.rawValue, arrangement.rawValue) }
      }
      endObject()
    }
    endObject()
  }

  mutating func write(_ value: EntityValue) {
    beginObject()
    let entity = value.entity
    key(type(of: entity).schemaName)
    write(entity: entity)
    endObject()
  }
}
