import EcowerkJSON
import EcowerkModel

/// Reading edits back from the recovery journal.
extension JSONReader {
  mutating func edit(_ node: JSONNode) throws -> Edit {
    let o = try object(node, known: ["set", "insert", "remove", "move", "moveNode", "group"])
    guard let member = o.members.first, o.members.count == 1 else {
      throw fail(node, "expected exactly one kind of edit")
    }
    return try within(.key(member.key)) { reader in
      let body = member.value
      switch member.key {
      case "set":
        let s = try reader.object(body, known: ["ref", "field", "from", "to"])
        let fieldName = try reader.string(s, "field")
        guard let field = Field(rawValue: fieldName) else {
          throw reader.fail(body, "unknown field \"\(fieldName)\"")
        }
        return .set(
          try reader.entityRef(try reader.required(s, "ref", in: body)), field,
          from: try reader.fieldValue(try reader.required(s, "from", in: body)),
          to: try reader.fieldValue(try reader.required(s, "to", in: body)))
      case "insert", "remove":
        let s = try reader.object(body, known: ["list", "index", "entity"])
        let list = try reader.listRef(try reader.required(s, "list", in: body))
        let index = try reader.int(s, "index", in: body)
        let entity = try reader.entityValue(try reader.required(s, "entity", in: body))
        return member.key == "insert"
          ? .insert(entity, into: list, at: index) : .remove(entity, from: list, at: index)
      case "move":
        let s = try reader.object(body, known: ["list", "from", "to", "key"])
        return .move(
          try reader.listRef(try reader.required(s, "list", in: body)),
          from: try reader.int(s, "from", in: body), to: try reader.int(s, "to", in: body),
          key: try reader.optionalString(s, "key"))
      case "moveNode":
        let s = try reader.object(body, known: ["node", "from", "to"])
        return .moveNode(
          try reader.id(s, "node", in: body),
          from: try reader.nodePlace(try reader.required(s, "from", in: body)),
          to: try reader.nodePlace(try reader.required(s, "to", in: body)))
      default:
        guard case .array(let steps) = body.value else {
          throw reader.fail(body, "expected a list of edits")
        }
        var edits: [Edit] = []
        for (index, step) in steps.enumerated() {
          edits.append(try reader.within(.index(index)) { inner in try inner.edit(step) })
        }
        return .group(edits)
      }
    }
  }

  mutating func nodePlace(_ node: JSONNode) throws -> NodePlace {
    let o = try object(node, known: ["parent", "index"])
    return NodePlace(parent: try optionalID(o, "parent"), index: try int(o, "index", in: node))
  }

  mutating func entityRef(_ node: JSONNode) throws -> EntityRef {
    let o = try object(node, known: ["kind", "parent", "id"])
    let name = try string(o, "kind")
    guard let kind = EntityKind(rawValue: name) else {
      throw fail(node, "unknown kind of entity \"\(name)\"")
    }
    guard
      let ref = EntityRef(
        kind: kind, parent: try optionalString(o, "parent") ?? "",
        id: try optionalString(o, "id") ?? "")
    else { throw fail(node, "the year is not a number") }
    return ref
  }

  mutating func listRef(_ node: JSONNode) throws -> ListRef {
    let o = try object(node, known: ["kind", "parent"])
    let name = try string(o, "kind")
    guard let kind = ListKind(rawValue: name) else {
      throw fail(node, "unknown kind of list \"\(name)\"")
    }
    guard let list = ListRef(kind: kind, parent: try optionalString(o, "parent")) else {
      throw fail(node, "the list \"\(name)\" needs a parent")
    }
    return list
  }

  mutating func fieldValue(_ node: JSONNode) throws -> FieldValue {
    let o = try object(
      node,
      known: [
        "text", "texts", "integer", "number", "money", "flag", "date", "choice", "reference",
        "references", "arrangements",
      ])
    guard let member = o.members.first, o.members.count == 1 else {
      throw fail(node, "expected exactly one kind of value")
    }
    switch member.key {
    case "text": return .text(try string(o, "text"))
    case "texts": return .texts(try strings(o, "texts"))
    case "integer": return .integer(try optionalInt(o, "integer"))
    case "number": return .number(try optionalNumber(o, "number"))
    case "money": return .money(try optionalMoney(o, "money"))
    case "flag": return .flag(try bool(o, "flag"))
    case "date": return .date(try optionalDate(o, "date"))
    case "choice": return .choice(try optionalString(o, "choice"))
    case "reference": return .reference(try optionalString(o, "reference"))
    case "references": return .references(try strings(o, "references"))
    default:
      return .arrangements(
        try within(.key("arrangements")) { reader in try reader.arrangements(member.value) })
    }
  }

  mutating func entityValue(_ node: JSONNode) throws -> EntityValue {
    let names = EntityValue.types.keys.sorted()
    let o = try object(node, known: names)
    guard let member = o.members.first, o.members.count == 1,
      let type = EntityValue.types[member.key]
    else {
      throw fail(node, "expected exactly one entity")
    }
    let value = member.value
    return try within(.key(member.key)) { reader in
      guard let entity = EntityValue(try reader.entity(value, as: type)) else {
        throw reader.fail(value, "expected exactly one entity")
      }
      return entity
    }
  }
}
