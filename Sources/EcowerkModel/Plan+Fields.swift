extension Plan: FieldEditable {
  public static let fields: [Field] = [
    .name, .region, .challenge, .vision, .phase, .startYear, .horizonYears, .targetNewSMEs,
    .rubricFile,
  ]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .name: return .text(name)
    case .region: return .text(region)
    case .challenge: return .text(challenge)
    case .vision: return .text(vision)
    case .phase: return .choice(phase)
    case .startYear: return .integer(startYear)
    case .horizonYears: return .integer(horizonYears)
    case .targetNewSMEs: return .integer(targetNewSMEs)
    case .rubricFile: return .text(rubricFile ?? "")
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .name: return value.store(into: &name)
    case .region: return value.store(into: &region)
    case .challenge: return value.store(into: &challenge)
    case .vision: return value.store(into: &vision)
    case .phase: return value.store(into: &phase)
    case .startYear: return value.store(into: &startYear)
    case .horizonYears: return value.store(into: &horizonYears)
    case .targetNewSMEs: return value.store(into: &targetNewSMEs)
    case .rubricFile:
      var text = rubricFile ?? ""
      guard value.store(into: &text) else { return false }
      rubricFile = text.isEmpty ? nil : text
      return true
    default: return false
    }
  }
}

extension Failure: FieldEditable {
  public static let fields: [Field] = [.description, .actors]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .description: return .text(description)
    case .actors: return .text(actors)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .description: return value.store(into: &description)
    case .actors: return value.store(into: &actors)
    default: return false
    }
  }
}

extension ChainLink: FieldEditable {
  public static let fields: [Field] = [.name]

  public func value(of field: Field) -> FieldValue? {
    field == .name ? .text(name) : nil
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    field == .name ? value.store(into: &name) : false
  }
}

extension BusinessModel: FieldEditable {
  public static let fields: [Field] = [.name, .customer, .revenue, .description]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .name: return .text(name)
    case .customer: return .text(customer)
    case .revenue: return .text(revenue)
    case .description: return .text(description)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .name: return value.store(into: &name)
    case .customer: return value.store(into: &customer)
    case .revenue: return value.store(into: &revenue)
    case .description: return value.store(into: &description)
    default: return false
    }
  }
}
