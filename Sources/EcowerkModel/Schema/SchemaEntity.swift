/// An entity of the plan whose fields are declared in a schema.
public protocol SchemaEntity: FieldEditable, Sendable {
  static var schema: EntitySchema<Self> { get }
}

/// Every field and list of child entities of one kind of entity, in file order: the one place
/// the plan file is defined.
public final class EntitySchema<Entity: Sendable>: Sendable {
  /// The entity's name in the recovery journal (`stakeholder`, `kpi`).
  public let name: String
  /// An entity with every field at its default and an empty id, which a reader fills in.
  public let blank: Entity
  public let members: [SchemaMember<Entity>]
  /// Rules that concern the entity as a whole rather than one field's type (a segment is not
  /// its own ambassador), each a field and what is wrong with it.
  public let rules: (@Sendable (Entity, RuleContext) -> [(Field, PlanViolation.Problem)])?
  /// The fields alone, in file order.
  public let fields: [FieldSpec<Entity>]
  /// The lists of child entities alone, in file order.
  public let lists: [ChildList<Entity>]
  /// Every key of the file's object for this entity, in file order.
  public let keys: [String]
  /// The bits (by position in `members`) of the fields a file must have.
  public let requiredMask: UInt64
  private let index: [Field: Int]
  private let positions: [String: Int]

  public init(
    _ name: String, blank: Entity, _ members: [SchemaMember<Entity>],
    rules: (@Sendable (Entity, RuleContext) -> [(Field, PlanViolation.Problem)])? = nil
  ) {
    self.name = name
    self.rules = rules
    self.blank = blank
    self.members = members
    var fields: [FieldSpec<Entity>] = []
    var lists: [ChildList<Entity>] = []
    for member in members {
      switch member {
      case .field(let spec): fields.append(spec)
      case .list(let list): lists.append(list)
      }
    }
    self.fields = fields
    self.lists = lists
    var index: [Field: Int] = [:]
    for (position, spec) in fields.enumerated() { index[spec.field] = position }
    self.index = index
    keys = members.map(\.key)
    positions = Dictionary(
      keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    var required: UInt64 = 0
    for (position, member) in members.enumerated() {
      if case .field(let spec) = member, spec.isRequired { required |= 1 << UInt64(position) }
    }
    requiredMask = required
    precondition(members.count <= 64, "a schema's members are tracked in 64 bits")
  }

  /// Where `key` is among the members.
  public func position(of key: String) -> Int? { positions[key] }

  /// The declaration of `field`, or nil when the entity has no such field.
  public func spec(_ field: Field) -> FieldSpec<Entity>? {
    index[field].map { fields[$0] }
  }

  /// The field that identifies the entity among its siblings (`id`, a finance year's `year`).
  public var identity: FieldSpec<Entity>? { fields.first { $0.identifies } }
}

/// Every schema entity's field editing comes from its schema.
extension SchemaEntity {
  public static var fields: [Field] {
    schema.fields.filter { !$0.identifies }.map(\.field)
  }

  public func value(of field: Field) -> FieldValue? {
    guard let spec = Self.schema.spec(field), !spec.identifies else { return nil }
    return spec.get(self)
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    guard let spec = Self.schema.spec(field), !spec.identifies else { return false }
    return spec.set(&self, value)
  }
}

/// What an entity's rules may look at besides the entity.
public struct RuleContext {
  public let plan: Plan
  public let limits: PlanLimits
}
