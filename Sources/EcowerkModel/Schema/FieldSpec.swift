/// One field of an entity, declared once: its name (which is also its JSON key), what it
/// holds, its default when a file leaves it out, and how to read and write it on the entity.
///
/// The readers and the writer of the plan file, the invariant check, field editing, CSV and
/// the report all work from these, so a field added here is read, written, checked and
/// editable everywhere.
public final class FieldSpec<Entity>: Sendable {
  public let field: Field
  public let type: ValueType
  /// The raw values a choice may take, in their order; empty for other types.
  public let options: [String]
  /// Headers a spreadsheet column of this field is known by in partners' own lists, Dutch
  /// and English (the field's label in both languages and its key always count as well).
  public let headers: [String]
  /// The value a file that leaves the field out (or has null) gets; nil when the field is
  /// required and its absence is an error.
  public let defaultValue: FieldValue?
  /// The field's value on `entity`.
  public let get: @Sendable (Entity) -> FieldValue
  /// Stores a value; false when it has the wrong shape (text for a number, an unknown choice,
  /// none for a required value), and then the entity is unchanged.
  public let set: @Sendable (inout Entity, FieldValue) -> Bool
  /// Whether the field identifies the entity among its siblings (`id`, a finance year's
  /// `year`): such a field is never edited, since references and edits find the entity by it.
  public let identifies: Bool
  /// Whether a value of the field can break an invariant at all (a flag or a choice cannot).
  let canBeInvalid: Bool

  public init(
    _ field: Field, _ type: ValueType, default defaultValue: FieldValue?,
    identifies: Bool = false, options: [String] = [], headers: [String] = [],
    get: @escaping @Sendable (Entity) -> FieldValue,
    set: @escaping @Sendable (inout Entity, FieldValue) -> Bool
  ) {
    self.field = field
    self.type = type
    self.options = options
    self.headers = headers
    self.defaultValue = defaultValue
    self.identifies = identifies
    switch type {
    case .flag, .choice, .date: canBeInvalid = false
    default: canBeInvalid = true
    }
    self.get = get
    self.set = set
  }

  /// The key in the plan file.
  public var key: String { field.rawValue }

  /// Whether a file must have the field.
  public var isRequired: Bool { defaultValue == nil }
}

extension FieldSpec {
  /// The same declaration with spreadsheet headers.
  func with(headers: [String]) -> FieldSpec {
    FieldSpec(
      field, type, default: defaultValue, identifies: identifies, options: options,
      headers: headers, get: get, set: set)
  }
}

/// One member of an entity's schema, in file order: a field, or a list of child entities.
public enum SchemaMember<Entity>: Sendable {
  case field(FieldSpec<Entity>)
  case list(ChildList<Entity>)

  /// The key in the plan file.
  public var key: String {
    switch self {
    case .field(let spec): return spec.key
    case .list(let list): return list.key
    }
  }
}

/// A list of child entities held by a parent (a segment's barriers, a node's children).
///
/// The child's type is known only where the schema is declared, so everything that walks the
/// list fast is made there as a closure, specialized for that child (decoding, encoding, the
/// invariant check); a generic visitor meets the list through a box (`ListVisitor`).
public final class ChildList<Parent>: Sendable {
  public let key: String
  let box: any ChildListBox<Parent>
  let decode: @Sendable (inout Parent, any FieldDecoder) throws -> Void
  let encode: @Sendable (Parent, any FieldEncoder) -> Void
  let check: @Sendable (Parent, inout InvariantChecker) -> Void

  init<Child: SchemaEntity>(
    key: String, get: @escaping @Sendable (Parent) -> [Child],
    set: @escaping @Sendable (inout Parent, [Child]) -> Void
  ) {
    self.key = key
    box = ListBox(get: get, set: set)
    decode = { parent, decoder in set(&parent, try decodeList(Child.self, decoder)) }
    encode = { parent, encoder in encodeList(get(parent), key: key, encoder) }
    check = { parent, checker in checker.walkList(get(parent), key: key) }
  }

  /// Hands the list, with its element type, to `visitor` to read or replace.
  public func visit<V: ListVisitor & ~Copyable>(_ parent: inout Parent, _ visitor: inout V)
    throws(V.Failure)
  {
    try box.visit(&parent, &visitor, key: key)
  }

  /// Hands the list, with its element type, to `walker` to look at.
  public func walk<W: ListWalker & ~Copyable>(_ parent: Parent, _ walker: inout W) {
    box.walk(parent, &walker, key: key)
  }

  /// How many entries the list has.
  public func count(_ parent: Parent) -> Int { box.count(parent) }
}

/// Meets each list of child entities with its element type, to read or replace it (the plan
/// file's readers).
public protocol ListVisitor: ~Copyable {
  associatedtype Failure: Error
  mutating func visit<Child: SchemaEntity>(_ list: inout [Child], key: String) throws(Failure)
}

/// Meets each list of child entities with its element type, to look at it (the writer, the
/// invariant check).
public protocol ListWalker: ~Copyable {
  mutating func walk<Child: SchemaEntity>(_ list: [Child], key: String)
}

protocol ChildListBox<Parent>: Sendable {
  associatedtype Parent
  func visit<V: ListVisitor & ~Copyable>(_ parent: inout Parent, _ visitor: inout V, key: String)
    throws(V.Failure)
  func walk<W: ListWalker & ~Copyable>(_ parent: Parent, _ walker: inout W, key: String)
  func count(_ parent: Parent) -> Int
}

struct ListBox<Parent, Child: SchemaEntity>: ChildListBox {
  let get: @Sendable (Parent) -> [Child]
  let set: @Sendable (inout Parent, [Child]) -> Void

  func visit<V: ListVisitor & ~Copyable>(_ parent: inout Parent, _ visitor: inout V, key: String)
    throws(V.Failure)
  {
    var list = get(parent)
    try visitor.visit(&list, key: key)
    set(&parent, list)
  }

  func walk<W: ListWalker & ~Copyable>(_ parent: Parent, _ walker: inout W, key: String) {
    walker.walk(get(parent), key: key)
  }

  func count(_ parent: Parent) -> Int { get(parent).count }
}
