/// The ways to declare a field, one per kind of property. A schema lists its entity's fields
/// as `.text(.name, { $0.name }, { $0.name = $1 })`: the name, how to read the property and
/// how to write it. Closures rather than key paths: a key path applied at run time costs a
/// generic metadata lookup per use, and these run for every field of every entity on load.
extension SchemaMember {
  public typealias Get<T> = @Sendable (Entity) -> T
  public typealias Set<T> = @Sendable (inout Entity, T) -> Void

  /// The entity's id.
  public static func id<T>(_ get: @escaping Get<EntityID<T>>, _ set: @escaping Set<EntityID<T>>)
    -> Self
  {
    .field(
      FieldSpec(
        .id, .id, default: nil, identifies: true, get: { .text(get($0).rawValue) },
        set: { entity, value in
          guard case .text(let text) = value, !text.isEmpty else { return false }
          set(&entity, EntityID(text))
          return true
        }))
  }

  /// A key unique among the entity's siblings, which identifies it (a score's element).
  public static func key(_ field: Field, _ get: @escaping Get<String>, _ set: @escaping Set<String>)
    -> Self
  {
    .field(
      FieldSpec(
        field, .key, default: nil, identifies: true, get: { .text(get($0)) },
        set: { entity, value in
          guard case .text(let text) = value, !text.isEmpty else { return false }
          set(&entity, text)
          return true
        }))
  }

  public static func text(
    _ field: Field, _ get: @escaping Get<String>, _ set: @escaping Set<String>,
    _ style: TextStyle = .line
  ) -> Self {
    .field(
      FieldSpec(
        field, .text(style), default: .text(""), get: { .text(get($0)) },
        set: { entity, value in
          guard case .text(let text) = value else { return false }
          set(&entity, text)
          return true
        }))
  }

  /// Text that may be absent; the workbench edits it as text, empty for absent.
  public static func optionalText(
    _ field: Field, _ get: @escaping Get<String?>, _ set: @escaping Set<String?>
  ) -> Self {
    .field(
      FieldSpec(
        field, .optionalText, default: .text(""), get: { .text(get($0) ?? "") },
        set: { entity, value in
          guard case .text(let text) = value else { return false }
          set(&entity, text.isEmpty ? nil : text)
          return true
        }))
  }

  public static func texts(
    _ field: Field, _ get: @escaping Get<[String]>, _ set: @escaping Set<[String]>
  ) -> Self {
    .field(
      FieldSpec(
        field, .texts, default: .texts([]), get: { .texts(get($0)) },
        set: { entity, value in
          guard case .texts(let texts) = value else { return false }
          set(&entity, texts)
          return true
        }))
  }

  /// A whole number that is always there; `default` nil makes the field required in a file.
  public static func integer(
    _ field: Field, _ get: @escaping Get<Int>, _ set: @escaping Set<Int>, _ rule: IntegerRule,
    default value: Int?, identifies: Bool = false
  ) -> Self {
    .field(
      FieldSpec(
        field, .integer(rule, optional: false), default: value.map { .integer($0) },
        identifies: identifies, get: { .integer(get($0)) },
        set: { entity, value in
          guard case .integer(let number?) = value else { return false }
          set(&entity, number)
          return true
        }))
  }

  public static func integer(
    _ field: Field, _ get: @escaping Get<Int?>, _ set: @escaping Set<Int?>, _ rule: IntegerRule
  ) -> Self {
    .field(
      FieldSpec(
        field, .integer(rule, optional: true), default: .integer(nil), get: { .integer(get($0)) },
        set: { entity, value in
          guard case .integer(let number) = value else { return false }
          set(&entity, number)
          return true
        }))
  }

  public static func number(
    _ field: Field, _ get: @escaping Get<Double?>, _ set: @escaping Set<Double?>
  ) -> Self {
    .field(
      FieldSpec(
        field, .number, default: .number(nil), get: { .number(get($0)) },
        set: { entity, value in
          guard case .number(let number) = value, number?.isFinite != false else { return false }
          set(&entity, number)
          return true
        }))
  }

  /// An amount that is always there: zero when a file leaves it out.
  public static func money(_ field: Field, _ get: @escaping Get<Money>, _ set: @escaping Set<Money>)
    -> Self
  {
    .field(
      FieldSpec(
        field, .money(optional: false), default: .money(.zero), get: { .money(get($0)) },
        set: { entity, value in
          guard case .money(let amount?) = value else { return false }
          set(&entity, amount)
          return true
        }))
  }

  public static func money(
    _ field: Field, _ get: @escaping Get<Money?>, _ set: @escaping Set<Money?>
  ) -> Self {
    .field(
      FieldSpec(
        field, .money(optional: true), default: .money(nil), get: { .money(get($0)) },
        set: { entity, value in
          guard case .money(let amount) = value else { return false }
          set(&entity, amount)
          return true
        }))
  }

  public static func flag(_ field: Field, _ get: @escaping Get<Bool>, _ set: @escaping Set<Bool>)
    -> Self
  {
    .field(
      FieldSpec(
        field, .flag, default: .flag(false), get: { .flag(get($0)) },
        set: { entity, value in
          guard case .flag(let flag) = value else { return false }
          set(&entity, flag)
          return true
        }))
  }

  public static func date(
    _ field: Field, _ get: @escaping Get<CalendarDate?>, _ set: @escaping Set<CalendarDate?>
  ) -> Self {
    .field(
      FieldSpec(
        field, .date(optional: true), default: .date(nil), get: { .date(get($0)) },
        set: { entity, value in
          guard case .date(let date) = value else { return false }
          set(&entity, date)
          return true
        }))
  }

  /// A date a file must have.
  public static func date(
    _ field: Field, _ get: @escaping Get<CalendarDate>, _ set: @escaping Set<CalendarDate>
  ) -> Self {
    .field(
      FieldSpec(
        field, .date(optional: false), default: nil, get: { .date(get($0)) },
        set: { entity, value in
          guard case .date(let date?) = value else { return false }
          set(&entity, date)
          return true
        }))
  }

  /// One of an enumeration's values; `default` nil makes the field required in a file.
  public static func choice<E: RawRepresentable<String> & CaseIterable & Sendable>(
    _ field: Field, _ get: @escaping Get<E>, _ set: @escaping Set<E>, default value: E?
  ) -> Self {
    .field(
      FieldSpec(
        field, .choice(optional: false), default: value.map { .choice($0.rawValue) },
        options: E.allCases.map(\.rawValue), get: { .choice(get($0).rawValue) },
        set: { entity, value in
          guard case .choice(let raw?) = value, let choice = E(rawValue: raw) else {
            return false
          }
          set(&entity, choice)
          return true
        }))
  }

  public static func choice<E: RawRepresentable<String> & CaseIterable & Sendable>(
    _ field: Field, _ get: @escaping Get<E?>, _ set: @escaping Set<E?>
  ) -> Self {
    .field(
      FieldSpec(
        field, .choice(optional: true), default: .choice(nil),
        options: E.allCases.map(\.rawValue), get: { .choice(get($0)?.rawValue) },
        set: { entity, value in
          guard case .choice(let raw) = value else { return false }
          guard let raw else {
            set(&entity, nil)
            return true
          }
          guard let choice = E(rawValue: raw) else { return false }
          set(&entity, choice)
          return true
        }))
  }

  public static func reference<T>(
    _ field: Field, _ get: @escaping Get<EntityID<T>?>, _ set: @escaping Set<EntityID<T>?>,
    to kind: EntityKind
  ) -> Self {
    .field(
      FieldSpec(
        field, .reference(kind, optional: true), default: .reference(nil),
        get: { .reference(get($0)?.rawValue) },
        set: { entity, value in
          guard case .reference(let raw) = value, raw?.isEmpty != true else { return false }
          set(&entity, raw.map { EntityID($0) })
          return true
        }))
  }

  /// A reference a file must have, which identifies the entity (a contribution's partner).
  public static func identifyingReference<T>(
    _ field: Field, _ get: @escaping Get<EntityID<T>>, _ set: @escaping Set<EntityID<T>>,
    to kind: EntityKind
  ) -> Self {
    .field(
      FieldSpec(
        field, .reference(kind, optional: false), default: nil, identifies: true,
        get: { .reference(get($0).rawValue) },
        set: { entity, value in
          guard case .reference(let raw?) = value, !raw.isEmpty else { return false }
          set(&entity, EntityID(raw))
          return true
        }))
  }

  public static func references<T>(
    _ field: Field, _ get: @escaping Get<[EntityID<T>]>, _ set: @escaping Set<[EntityID<T>]>,
    to kind: EntityKind
  ) -> Self {
    .field(
      FieldSpec(
        field, .references(kind), default: .references([]),
        get: { .references(get($0).map(\.rawValue)) },
        set: { entity, value in
          guard case .references(let raws) = value, !raws.contains(where: \.isEmpty) else {
            return false
          }
          set(&entity, raws.map { EntityID($0) })
          return true
        }))
  }

  public static func arrangements(
    _ field: Field, _ get: @escaping Get<[StakeholderID: Arrangement]>,
    _ set: @escaping Set<[StakeholderID: Arrangement]>
  ) -> Self {
    .field(
      FieldSpec(
        field, .arrangements, default: .arrangements([:]), get: { .arrangements(get($0)) },
        set: { entity, value in
          guard case .arrangements(let cells) = value else { return false }
          set(&entity, cells)
          return true
        }))
  }

  /// A list of child entities.
  public static func list<Child: SchemaEntity>(
    _ key: String, _ get: @escaping Get<[Child]>, _ set: @escaping Set<[Child]>
  ) -> Self {
    .list(ChildList(key: key, get: get, set: set))
  }

  /// The field as a spreadsheet column is known in partners' own lists: `nl` and `en`
  /// headers besides its label.
  public func headers(nl: [String], en: [String]) -> Self {
    guard case .field(let spec) = self else { return self }
    return .field(spec.with(headers: nl + en))
  }
}
