/// Stores a field value into a property of the matching type, reporting a shape mismatch as
/// false instead of trapping; entities' `assign(_:to:)` are written in terms of these.
extension FieldValue {
  func store(into target: inout String) -> Bool {
    guard let value = textValue else { return false }
    target = value
    return true
  }

  func store(into target: inout [String]) -> Bool {
    guard let value = textsValue else { return false }
    target = value
    return true
  }

  func store(into target: inout Int?) -> Bool {
    guard let value = integerValue else { return false }
    target = value
    return true
  }

  func store(into target: inout Int) -> Bool {
    guard let value = integerValue, let value else { return false }
    target = value
    return true
  }

  func store(into target: inout Double?) -> Bool {
    guard let value = numberValue else { return false }
    target = value
    return true
  }

  func store(into target: inout Money?) -> Bool {
    guard let value = moneyValue else { return false }
    target = value
    return true
  }

  func store(into target: inout Money) -> Bool {
    guard let value = moneyValue, let value else { return false }
    target = value
    return true
  }

  func store(into target: inout Bool) -> Bool {
    guard let value = flagValue else { return false }
    target = value
    return true
  }

  func store(into target: inout CalendarDate?) -> Bool {
    guard let value = dateValue else { return false }
    target = value
    return true
  }

  func store(into target: inout CalendarDate) -> Bool {
    guard let value = dateValue, let value else { return false }
    target = value
    return true
  }

  func store<E: RawRepresentable<String>>(into target: inout E) -> Bool {
    guard let value = choice(E.self) else { return false }
    target = value
    return true
  }

  func store<E: RawRepresentable<String>>(into target: inout E?) -> Bool {
    guard let value = optionalChoice(E.self) else { return false }
    target = value
    return true
  }

  func store<T>(into target: inout EntityID<T>?) -> Bool {
    guard let value = id(T.self) else { return false }
    target = value
    return true
  }

  func store<T>(into target: inout [EntityID<T>]) -> Bool {
    guard let value = ids(T.self) else { return false }
    target = value
    return true
  }

  func store(into target: inout [StakeholderID: Arrangement]) -> Bool {
    guard case .arrangements(let value) = self else { return false }
    target = value
    return true
  }
}

extension FieldValue {
  static func reference<T>(_ id: EntityID<T>?) -> FieldValue {
    .reference(id?.rawValue)
  }

  static func references<T>(_ ids: [EntityID<T>]) -> FieldValue {
    .references(ids.map(\.rawValue))
  }

  static func choice<E: RawRepresentable<String>>(_ value: E?) -> FieldValue {
    .choice(value?.rawValue)
  }
}
