/// An entity whose fields an edit can read and write by name.
public protocol FieldEditable {
  /// The fields this entity has, in the order a form shows them.
  static var fields: [Field] { get }
  /// The current value of `field`, or nil when the entity has no such field.
  func value(of field: Field) -> FieldValue?
  /// Stores `value` in `field`; false when the field does not exist or the value has the wrong
  /// shape (text for a number, nil for a required amount).
  mutating func assign(_ value: FieldValue, to field: Field) -> Bool
}

extension FieldEditable {
  /// Changes `field` from `old` to `new`, refusing when the field does not hold `old` any more.
  /// The check is what makes replaying a journal or an undo stack safe: an edit never lands on
  /// a value it was not made against.
  mutating func change(_ field: Field, from old: FieldValue, to new: FieldValue) throws(EditError) {
    guard let current = value(of: field) else { throw .noSuchField(field) }
    guard current == old else { throw .conflict(field: field, expected: old, found: current) }
    var copy = self
    guard copy.assign(new, to: field) else { throw .wrongValue(field: field, value: new) }
    self = copy
  }
}

/// Small helpers that unpack a field value of the expected shape.
extension FieldValue {
  var textValue: String? {
    if case .text(let text) = self { return text }
    return nil
  }

  var textsValue: [String]? {
    if case .texts(let texts) = self { return texts }
    return nil
  }

  /// An optional integer: `.integer(nil)` unpacks to `.some(nil)`.
  var integerValue: Int?? {
    if case .integer(let value) = self { return .some(value) }
    return nil
  }

  var numberValue: Double?? {
    if case .number(let value) = self {
      if let value, !value.isFinite { return nil }
      return .some(value)
    }
    return nil
  }

  var moneyValue: Money?? {
    if case .money(let value) = self { return .some(value) }
    return nil
  }

  var flagValue: Bool? {
    if case .flag(let value) = self { return value }
    return nil
  }

  var dateValue: CalendarDate?? {
    if case .date(let value) = self { return .some(value) }
    return nil
  }

  var choiceValue: String?? {
    if case .choice(let value) = self { return .some(value) }
    return nil
  }

  var referenceValue: String?? {
    if case .reference(let value) = self { return .some(value) }
    return nil
  }

  var referencesValue: [String]? {
    if case .references(let value) = self { return value }
    return nil
  }

  func choice<E: RawRepresentable<String>>(_: E.Type) -> E? {
    guard case .choice(let raw?) = self else { return nil }
    return E(rawValue: raw)
  }

  /// An optional choice: `.choice(nil)` unpacks to `.some(nil)`.
  func optionalChoice<E: RawRepresentable<String>>(_: E.Type) -> E?? {
    guard case .choice(let raw) = self else { return nil }
    guard let raw else { return .some(nil) }
    guard let value = E(rawValue: raw) else { return nil }
    return .some(value)
  }

  func ids<T>(_: T.Type) -> [EntityID<T>]? {
    referencesValue.map { $0.map { EntityID<T>($0) } }
  }

  func id<T>(_: T.Type) -> EntityID<T>?? {
    referenceValue.map { raw in raw.map { EntityID<T>($0) } }
  }
}
