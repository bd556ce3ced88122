extension Segment: FieldEditable {
  public static let fields: [Field] = [
    .name, .sector, .sizeClass, .region, .smeCount, .participating, .target, .alleyPosition,
    .pains, .gains, .ambassadors, .notes,
  ]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .name: return .text(name)
    case .sector: return .text(sector)
    case .sizeClass: return .text(sizeClass)
    case .region: return .text(region)
    case .smeCount: return .integer(smeCount)
    case .participating: return .integer(participating)
    case .target: return .integer(target)
    case .pains: return .texts(pains)
    case .gains: return .texts(gains)
    case .alleyPosition: return .integer(alleyPosition)
    case .ambassadors: return .references(ambassadors)
    case .notes: return .text(notes)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .name: return value.store(into: &name)
    case .sector: return value.store(into: &sector)
    case .sizeClass: return value.store(into: &sizeClass)
    case .region: return value.store(into: &region)
    case .smeCount: return value.store(into: &smeCount)
    case .participating: return value.store(into: &participating)
    case .target: return value.store(into: &target)
    case .pains: return value.store(into: &pains)
    case .gains: return value.store(into: &gains)
    case .alleyPosition: return value.store(into: &alleyPosition)
    case .ambassadors: return value.store(into: &ambassadors)
    case .notes: return value.store(into: &notes)
    default: return false
    }
  }
}

extension Barrier: FieldEditable {
  public static let fields: [Field] = [.kind, .text]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .kind: return .choice(kind)
    case .text: return .text(text)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .kind: return value.store(into: &kind)
    case .text: return value.store(into: &text)
    default: return false
    }
  }
}

extension Conversation: FieldEditable {
  public static let fields: [Field] = [.date, .counterpart, .isMember, .learned]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .date: return .date(date)
    case .counterpart: return .text(counterpart)
    case .isMember: return .flag(isMember)
    case .learned: return .text(learned)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .date: return value.store(into: &date)
    case .counterpart: return value.store(into: &counterpart)
    case .isMember: return value.store(into: &isMember)
    case .learned: return value.store(into: &learned)
    default: return false
    }
  }
}

extension ValueProposition: FieldEditable {
  public static let fields: [Field] = [.name, .description, .segments, .solutionDirections]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .name: return .text(name)
    case .description: return .text(description)
    case .segments: return .references(segments)
    case .solutionDirections: return .texts(solutionDirections)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .name: return value.store(into: &name)
    case .description: return value.store(into: &description)
    case .segments: return value.store(into: &segments)
    case .solutionDirections: return value.store(into: &solutionDirections)
    default: return false
    }
  }
}
