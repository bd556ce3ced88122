extension Stakeholder: FieldEditable {
  /// In the order of the stakeholder matrix's columns.
  public static let fields: [Field] = [
    .name, .kind, .sector, .discipline, .level, .role, .influence, .interest, .contributions,
    .inMVE, .isOrchestrator, .chainLinks, .sharedInterests, .ownInterests, .addedValue,
  ]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .name: return .text(name)
    case .kind: return .choice(kind)
    case .sector: return .text(sector)
    case .discipline: return .text(discipline)
    case .level: return .choice(level)
    case .chainLinks: return .references(chainLinks)
    case .sharedInterests: return .text(sharedInterests)
    case .ownInterests: return .text(ownInterests)
    case .contributions: return .text(contributions)
    case .role: return .text(role)
    case .addedValue: return .text(addedValue)
    case .influence: return .integer(influence)
    case .interest: return .integer(interest)
    case .inMVE: return .flag(inMVE)
    case .isOrchestrator: return .flag(isOrchestrator)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .name: return value.store(into: &name)
    case .kind: return value.store(into: &kind)
    case .sector: return value.store(into: &sector)
    case .discipline: return value.store(into: &discipline)
    case .level: return value.store(into: &level)
    case .chainLinks: return value.store(into: &chainLinks)
    case .sharedInterests: return value.store(into: &sharedInterests)
    case .ownInterests: return value.store(into: &ownInterests)
    case .contributions: return value.store(into: &contributions)
    case .role: return value.store(into: &role)
    case .addedValue: return value.store(into: &addedValue)
    case .influence: return value.store(into: &influence)
    case .interest: return value.store(into: &interest)
    case .inMVE: return value.store(into: &inMVE)
    case .isOrchestrator: return value.store(into: &isOrchestrator)
    default: return false
    }
  }
}

extension OrgFunction: FieldEditable {
  public static let fields: [Field] = [.name, .description, .arrangements]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .name: return .text(name)
    case .description: return .text(description)
    case .arrangements: return .arrangements(arrangements)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .name: return value.store(into: &name)
    case .description: return value.store(into: &description)
    case .arrangements: return value.store(into: &arrangements)
    default: return false
    }
  }
}
