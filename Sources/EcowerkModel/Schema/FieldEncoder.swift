/// A sink an entity is written to member by member in the schema's order: the plan file's
/// writer. As with `FieldDecoder`, the walking is the schema's own code, specialized per
/// entity where the schema is declared.
public protocol FieldEncoder: AnyObject {
  func beginObject()
  func endObject()
  /// Starts the list of child entities `key`.
  func beginList(_ key: String)
  func endList()
  /// One field's value, as `type` stores it.
  func field(_ key: String, _ value: FieldValue, _ type: ValueType)
}

extension EntitySchema where Entity: SchemaEntity {
  /// Writes `entity`'s members, without the braces of its object.
  func encodeMembers(_ entity: Entity, _ encoder: any FieldEncoder) {
    for member in members {
      switch member {
      case .field(let spec): encoder.field(spec.key, spec.get(entity), spec.type)
      case .list(let list): list.encode(entity, encoder)
      }
    }
  }
}

extension SchemaEntity {
  /// Writes the entity as an object of its own.
  public func encode(_ encoder: any FieldEncoder) {
    encoder.beginObject()
    Self.schema.encodeMembers(self, encoder)
    encoder.endObject()
  }

  /// Writes the entity's members into an object the caller has begun (the plan, after its
  /// format and schema version).
  public func encodeMembers(_ encoder: any FieldEncoder) {
    Self.schema.encodeMembers(self, encoder)
  }
}

/// Writes a list of `Child` entities; specialized like `decodeList`.
func encodeList<Child: SchemaEntity>(_ list: [Child], key: String, _ encoder: any FieldEncoder) {
  encoder.beginList(key)
  let schema = Child.schema
  for child in list {
    encoder.beginObject()
    schema.encodeMembers(child, encoder)
    encoder.endObject()
  }
  encoder.endList()
}
