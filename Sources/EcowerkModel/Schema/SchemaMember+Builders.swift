/// The ways to declare a field, one per kind of property: a schema lists its entity's fields
/// as `.text(.name, \.name)`, `.integer(.influence, \.influence, .scale, default: 3)`.
extension SchemaMember {
  /// The entity's id.
  public static func id<T>(_ path: WritableKeyPath<Entity, EntityID<T>> & Sendable) -> Self {
    .field(
      FieldSpec(
        .id, .id, default: nil, identifies: true,
        get: { .text($0[keyPath: path].rawValue) },
        set: { entity, value in
          guard let text = value.textValue, !text.isEmpty else { return false }
          entity[keyPath: path] = EntityID(text)
          return true
        }))
  }

  /// A key unique among the entity's siblings, which identifies it (a score's element).
  public static func key(_ field: Field, _ path: WritableKeyPath<Entity, String> & Sendable)
    -> Self
  {
    .field(
      FieldSpec(
        field, .key, default: nil, identifies: true, get: { .text($0[keyPath: path]) },
        set: { entity, value in
          guard let text = value.textValue, !text.isEmpty else { return false }
          entity[keyPath: path] = text
          return true
        }))
  }

  public static func text(
    _ field: Field, _ path: WritableKeyPath<Entity, String> & Sendable, _ style: TextStyle = .line
  ) -> Self {
    .field(
      FieldSpec(
        field, .text(style), default: .text(""), get: { .text($0[keyPath: path]) },
        set: { entity, value in value.store(into: &entity[keyPath: path]) }))
  }

  /// Text that may be absent; the workbench edits it as text, empty for absent.
  public static func optionalText(
    _ field: Field, _ path: WritableKeyPath<Entity, String?> & Sendable
  ) -> Self {
    .field(
      FieldSpec(
        field, .optionalText, default: .text(""), get: { .text($0[keyPath: path] ?? "") },
        set: { entity, value in
          guard let text = value.textValue else { return false }
          entity[keyPath: path] = text.isEmpty ? nil : text
          return true
        }))
  }

  public static func texts(_ field: Field, _ path: WritableKeyPath<Entity, [String]> & Sendable)
    -> Self
  {
    .field(
      FieldSpec(
        field, .texts, default: .texts([]), get: { .texts($0[keyPath: path]) },
        set: { entity, value in value.store(into: &entity[keyPath: path]) }))
  }

  /// A whole number that is always there; `default` nil makes the field required in a file.
  public static func integer(
    _ field: Field, _ path: WritableKeyPath<Entity, Int> & Sendable, _ rule: IntegerRule,
    default value: Int?
  ) -> Self {
    .field(
      FieldSpec(
        field, .integer(rule, optional: false), default: value.map { .integer($0) },
        get: { .integer($0[keyPath: path]) },
        set: { entity, value in value.store(into: &entity[keyPath: path]) }))
  }

  public static func integer(
    _ field: Field, _ path: WritableKeyPath<Entity, Int?> & Sendable, _ rule: IntegerRule
  ) -> Self {
    .field(
      FieldSpec(
        field, .integer(rule, optional: true), default: .integer(nil),
        get: { .integer($0[keyPath: path]) },
        set: { entity, value in value.store(into: &entity[keyPath: path]) }))
  }

  public static func number(_ field: Field, _ path: WritableKeyPath<Entity, Double?> & Sendable)
    -> Self
  {
    .field(
      FieldSpec(
        field, .number, default: .number(nil), get: { .number($0[keyPath: path]) },
        set: { entity, value in value.store(into: &entity[keyPath: path]) }))
  }

  /// An amount that is always there: zero when a file leaves it out.
  public static func money(_ field: Field, _ path: WritableKeyPath<Entity, Money> & Sendable)
    -> Self
  {
    .field(
      FieldSpec(
        field, .money(optional: false), default: .money(.zero),
        get: { .money($0[keyPath: path]) },
        set: { entity, value in value.store(into: &entity[keyPath: path]) }))
  }

  public static func money(_ field: Field, _ path: WritableKeyPath<Entity, Money?> & Sendable)
    -> Self
  {
    .field(
      FieldSpec(
        field, .money(optional: true), default: .money(nil), get: { .money($0[keyPath: path]) },
        set: { entity, value in value.store(into: &entity[keyPath: path]) }))
  }

  public static func flag(_ field: Field, _ path: WritableKeyPath<Entity, Bool> & Sendable)
    -> Self
  {
    .field(
      FieldSpec(
        field, .flag, default: .flag(false), get: { .flag($0[keyPath: path]) },
        set: { entity, value in value.store(into: &entity[keyPath: path]) }))
  }

  public static func date(
    _ field: Field, _ path: WritableKeyPath<Entity, CalendarDate?> & Sendable
  ) -> Self {
    .field(
      FieldSpec(
        field, .date(optional: true), default: .date(nil), get: { .date($0[keyPath: path]) },
        set: { entity, value in value.store(into: &entity[keyPath: path]) }))
  }

  /// A date a file must have.
  public static func date(_ field: Field, _ path: WritableKeyPath<Entity, CalendarDate> & Sendable)
    -> Self
  {
    .field(
      FieldSpec(
        field, .date(optional: false), default: nil, get: { .date($0[keyPath: path]) },
        set: { entity, value in value.store(into: &entity[keyPath: path]) }))
  }

  /// One of an enumeration's values; `default` nil makes the field required in a file.
  public static func choice<E: RawRepresentable<String> & CaseIterable & Sendable>(
    _ field: Field, _ path: WritableKeyPath<Entity, E> & Sendable, default value: E?
  ) -> Self {
    .field(
      FieldSpec(
        field, .choice(options: E.allCases.map(\.rawValue), optional: false),
        default: value.map { .choice($0.rawValue) }, get: { .choice($0[keyPath: path].rawValue) },
        set: { entity, value in value.store(into: &entity[keyPath: path]) }))
  }

  public static func choice<E: RawRepresentable<String> & CaseIterable & Sendable>(
    _ field: Field, _ path: WritableKeyPath<Entity, E?> & Sendable
  ) -> Self {
    .field(
      FieldSpec(
        field, .choice(options: E.allCases.map(\.rawValue), optional: true),
        default: .choice(nil), get: { .choice($0[keyPath: path]?.rawValue) },
        set: { entity, value in value.store(into: &entity[keyPath: path]) }))
  }

  public static func reference<T>(
    _ field: Field, _ path: WritableKeyPath<Entity, EntityID<T>?> & Sendable, to kind: EntityKind
  ) -> Self {
    .field(
      FieldSpec(
        field, .reference(kind, optional: true), default: .reference(nil),
        get: { .reference($0[keyPath: path]?.rawValue) },
        set: { entity, value in
          guard let raw = value.referenceValue, raw?.isEmpty != true else { return false }
          entity[keyPath: path] = raw.map { EntityID($0) }
          return true
        }))
  }

  /// A reference a file must have, which identifies the entity (a contribution's partner).
  public static func identifyingReference<T>(
    _ field: Field, _ path: WritableKeyPath<Entity, EntityID<T>> & Sendable, to kind: EntityKind
  ) -> Self {
    .field(
      FieldSpec(
        field, .reference(kind, optional: false), default: nil, identifies: true,
        get: { .reference($0[keyPath: path].rawValue) },
        set: { entity, value in
          guard let raw = value.referenceValue, let raw, !raw.isEmpty else { return false }
          entity[keyPath: path] = EntityID(raw)
          return true
        }))
  }

  /// A whole number a file must have, which identifies the entity (a finance year's year).
  public static func identifyingInteger(
    _ field: Field, _ path: WritableKeyPath<Entity, Int> & Sendable
  ) -> Self {
    .field(
      FieldSpec(
        field, .integer(.any, optional: false), default: nil, identifies: true,
        get: { .integer($0[keyPath: path]) },
        set: { entity, value in value.store(into: &entity[keyPath: path]) }))
  }

  public static func references<T>(
    _ field: Field, _ path: WritableKeyPath<Entity, [EntityID<T>]> & Sendable, to kind: EntityKind
  ) -> Self {
    .field(
      FieldSpec(
        field, .references(kind), default: .references([]),
        get: { .references($0[keyPath: path].map(\.rawValue)) },
        set: { entity, value in
          guard let raws = value.referencesValue, !raws.contains(where: \.isEmpty) else {
            return false
          }
          entity[keyPath: path] = raws.map { EntityID($0) }
          return true
        }))
  }

  public static func arrangements(
    _ field: Field,
    _ path: WritableKeyPath<Entity, [StakeholderID: Arrangement]> & Sendable
  ) -> Self {
    .field(
      FieldSpec(
        field, .arrangements, default: .arrangements([:]),
        get: { .arrangements($0[keyPath: path]) },
        set: { entity, value in value.store(into: &entity[keyPath: path]) }))
  }

  /// A list of child entities.
  public static func list<Child: SchemaEntity>(
    _ key: String, _ path: WritableKeyPath<Entity, [Child]> & Sendable
  ) -> Self {
    .list(ChildList(key: key, box: ListBox(path: path)))
  }
}
