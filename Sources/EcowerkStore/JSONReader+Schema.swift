import EcowerkJSON
import EcowerkModel

/// Reading any entity the way its schema declares it, locating every problem: the plan file's
/// careful reader and the recovery journal's entities.
extension JSONReader {
  /// The entity in `node`: every key known to the schema, every field of the right type,
  /// absent fields at their declared default, required ones present.
  mutating func entity<E: SchemaEntity>(_ node: JSONNode, as _: E.Type = E.self) throws -> E {
    let object = try self.object(node, known: E.schema.keys)
    var entity = E.schema.blank
    try members(of: &entity, from: object, in: node)
    return entity
  }

  /// Reads the schema's members of `entity` from `object` (the plan reads its own after the
  /// format and schema version).
  mutating func members<E: SchemaEntity>(
    of entity: inout E, from object: JSONObject, in node: JSONNode
  ) throws {
    for member in E.schema.members {
      switch member {
      case .field(let spec):
        let value = try fieldValue(spec, from: object, in: node)
        guard spec.set(&entity, value) else {
          throw fail(node, "the field \"\(spec.key)\" could not be read")
        }
      case .list(let list):
        var visitor = ListReader(reader: self, object: object)
        do {
          try list.visit(&entity, &visitor)
        } catch {
          self = visitor.reader
          throw error
        }
        self = visitor.reader
      }
    }
  }

  /// One field's value, or its default when the file leaves it out or has null.
  mutating func fieldValue<E>(_ spec: FieldSpec<E>, from object: JSONObject, in node: JSONNode)
    throws -> FieldValue
  {
    let key = spec.key
    guard member(object, key) != nil else {
      guard let value = spec.defaultValue else {
        throw fail(node, "the field \"\(key)\" is missing")
      }
      return value
    }
    switch spec.type {
    case .id, .key:
      let id: EntityID<Void> = try id(object, key, in: node)
      return .text(id.rawValue)
    case .text, .optionalText: return .text(try string(object, key))
    case .texts: return .texts(try strings(object, key))
    case .integer: return .integer(try optionalInt(object, key))
    case .number: return .number(try optionalNumber(object, key))
    case .money: return .money(try optionalMoney(object, key))
    case .flag: return .flag(try bool(object, key))
    case .date: return .date(try optionalDate(object, key))
    case .choice: return .choice(try choice(object, key, options: spec.options))
    case .reference:
      let id: EntityID<Void>? = try optionalID(object, key)
      return .reference(id?.rawValue)
    case .references:
      let ids: [EntityID<Void>] = try self.ids(object, key)
      return .references(ids.map(\.rawValue))
    case .arrangements:
      guard let cells = member(object, key) else { return .arrangements([:]) }
      return .arrangements(
        try within(.key(key)) { reader in try reader.arrangements(cells) })
    }
  }

  /// One of `options`, or nil when absent.
  mutating func choice(_ object: JSONObject, _ key: String, options: [String]) throws -> String? {
    guard let node = member(object, key) else { return nil }
    if case .string(let raw) = node.value, options.contains(raw) { return raw }
    return try within(.key(key)) { reader in
      // Only a wrong value pays for listing the right ones.
      let listed = options.map { "\"\($0)\"" }.joined(separator: ", ")
      guard case .string(let raw) = node.value else {
        throw reader.fail(node, "expected one of \(listed), found \(node.value.described)")
      }
      throw reader.fail(node, "\"\(raw)\" is not one of \(listed)")
    }
  }

  /// Partner id → keep / share / hand over.
  mutating func arrangements(_ node: JSONNode) throws -> [StakeholderID: Arrangement] {
    guard case .object(let cells) = node.value else {
      throw fail(node, "expected an object of partner ids, found \(node.value.described)")
    }
    var result: [StakeholderID: Arrangement] = [:]
    for member in cells.members {
      let value: Arrangement? = try within(.key(member.key)) { reader in
        guard case .string(let raw) = member.value.value, let value = Arrangement(rawValue: raw)
        else {
          throw reader.fail(
            member.value,
            "expected \"keep\", \"share\" or \"handOver\", found \(member.value.value.described)")
        }
        return value
      }
      result[StakeholderID(member.key)] = value
    }
    return result
  }
}

/// Reads each list of child entities out of the parent's object, for `JSONReader`.
private struct ListReader: ListVisitor {
  var reader: JSONReader
  let object: JSONObject

  mutating func visit<Child: SchemaEntity>(_ list: inout [Child], key: String)
    throws(DecodeError)
  {
    do {
      list = try reader.array(object, key) { reader, node in try reader.entity(node, as: Child.self)
      }
    } catch let error as DecodeError {
      throw error
    } catch {
      throw DecodeError(
        offset: 0, path: reader.path.rendered, message: "the list could not be read")
    }
  }
}
