extension FinanceYear: FieldEditable {
  public static let fields: [Field] = [
    .ngf, .income, .costs, .actualNGF, .actualIncome, .actualCosts,
  ]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .ngf: return .money(ngf)
    case .income: return .money(income)
    case .costs: return .money(costs)
    case .actualNGF: return .money(actualNGF)
    case .actualIncome: return .money(actualIncome)
    case .actualCosts: return .money(actualCosts)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .ngf: return value.store(into: &ngf)
    case .income: return value.store(into: &income)
    case .costs: return value.store(into: &costs)
    case .actualNGF: return value.store(into: &actualNGF)
    case .actualIncome: return value.store(into: &actualIncome)
    case .actualCosts: return value.store(into: &actualCosts)
    default: return false
    }
  }
}

extension Contribution: FieldEditable {
  public static let fields: [Field] = [.cash, .inKind, .actualCash, .actualInKind]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .cash: return .money(cash)
    case .inKind: return .money(inKind)
    case .actualCash: return .money(actualCash)
    case .actualInKind: return .money(actualInKind)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .cash: return value.store(into: &cash)
    case .inKind: return value.store(into: &inKind)
    case .actualCash: return value.store(into: &actualCash)
    case .actualInKind: return value.store(into: &actualInKind)
    default: return false
    }
  }
}

extension PeerReview: FieldEditable {
  public static let fields: [Field] = [.date, .phase, .note]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .date: return .date(date)
    case .phase: return .choice(phase)
    case .note: return .text(note)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .date: return value.store(into: &date)
    case .phase: return value.store(into: &phase)
    case .note: return value.store(into: &note)
    default: return false
    }
  }
}

extension ElementScore: FieldEditable {
  public static let fields: [Field] = [.level, .note]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .level: return .integer(level)
    case .note: return .text(note)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .level: return value.store(into: &level)
    case .note: return value.store(into: &note)
    default: return false
    }
  }
}
