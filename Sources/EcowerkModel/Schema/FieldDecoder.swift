/// A source an entity is decoded from key by key, in the order the source gives them: the
/// plan file's fast reader.
///
/// The schema's own code does the walking (`decodeEntity`), specialized for each entity where
/// the schema is declared, and calls the decoder only for what it reads; so a well-formed file
/// is read at the speed of hand-written code without a function per entity.
public protocol FieldDecoder: AnyObject {
  /// The most entries a list may have.
  var maxListCount: Int { get }
  /// Starts an object; then call `nextKey` until it returns nil.
  func beginObject() throws
  /// The next key of the object, or nil at its end. `first` is the caller's flag for this
  /// object, true before the first key.
  func nextKey(_ first: inout Bool) throws -> String?
  /// A field's value as `type` stores it; null means `default`, an error when that is nil.
  func value(_ type: ValueType, default value: FieldValue?) throws -> FieldValue
  /// Starts a list, or reads null for an empty one (false).
  func beginList() throws -> Bool
  /// Whether another element follows (then read it), or false at the list's end.
  func nextElement(_ first: inout Bool) throws -> Bool
  /// A key the top-level schema does not declare (the plan's format and version): reads its
  /// value and says whether it belongs there.
  func header(_ key: String) throws -> Bool
}

/// Why a decoder's source does not match the schema. The fast reader then reads the file the
/// careful way, which says where and what is wrong.
public struct SchemaMismatch: Error {}

extension EntitySchema where Entity: SchemaEntity {
  /// Reads one entity's object from `decoder`: every key declared once, required fields
  /// present, other fields at their defaults.
  @inline(__always)
  func decode(_ decoder: any FieldDecoder, top: Bool = false) throws -> Entity {
    var entity = blank
    var seen: UInt64 = 0
    var position = 0
    var first = true
    try decoder.beginObject()
    while let key = try decoder.nextKey(&first) {
      // Files ecowerk writes have their keys in the schema's order: one comparison each.
      var index = position
      if index >= keys.count || keys[index] != key {
        guard let found = self.position(of: key) else {
          guard top, try decoder.header(key) else { throw SchemaMismatch() }
          continue
        }
        index = found
      }
      let bit: UInt64 = 1 << UInt64(index)
      guard seen & bit == 0 else { throw SchemaMismatch() }
      seen |= bit
      position = index + 1
      switch members[index] {
      case .field(let spec):
        guard spec.set(&entity, try decoder.value(spec.type, default: spec.defaultValue)) else {
          throw SchemaMismatch()
        }
      case .list(let list):
        try list.decode(&entity, decoder)
      }
    }
    guard seen & requiredMask == requiredMask else { throw SchemaMismatch() }
    return entity
  }
}

/// Reads a list of `Child` entities; called from the closures `ChildList` makes where the
/// schema is declared, so it is specialized for each kind of child.
func decodeList<Child: SchemaEntity>(_: Child.Type, _ decoder: any FieldDecoder) throws
  -> [Child]
{
  guard try decoder.beginList() else { return [] }
  let schema = Child.schema
  let limit = decoder.maxListCount
  var result: [Child] = []
  var first = true
  while try decoder.nextElement(&first) {
    guard result.count < limit else { throw SchemaMismatch() }
    result.append(try schema.decode(decoder))
  }
  return result
}

extension Plan {
  /// Reads a whole plan from `decoder`; its `header` takes the format and schema version.
  public static func decode(_ decoder: any FieldDecoder) throws -> Plan {
    try schema.decode(decoder, top: true)
  }
}
