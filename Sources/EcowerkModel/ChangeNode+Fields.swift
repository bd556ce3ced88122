extension ChangeNode: FieldEditable {
  public static let fields: [Field] = [.title, .level, .owner, .description]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .title: return .text(title)
    case .level: return .choice(level)
    case .owner: return .reference(owner)
    case .description: return .text(description)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .title: return value.store(into: &title)
    case .level: return value.store(into: &level)
    case .owner: return value.store(into: &owner)
    case .description: return value.store(into: &description)
    default: return false
    }
  }
}

extension Assumption: FieldEditable {
  public static let fields: [Field] = [.text, .status, .planB]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .text: return .text(text)
    case .status: return .choice(status)
    case .planB: return .text(planB)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .text: return value.store(into: &text)
    case .status: return value.store(into: &status)
    case .planB: return value.store(into: &planB)
    default: return false
    }
  }
}

extension KPI: FieldEditable {
  public static let fields: [Field] = [.name, .unit, .baseline, .actual, .target, .deadline]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .name: return .text(name)
    case .unit: return .text(unit)
    case .baseline: return .number(baseline)
    case .target: return .number(target)
    case .actual: return .number(actual)
    case .deadline: return .date(deadline)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .name: return value.store(into: &name)
    case .unit: return value.store(into: &unit)
    case .baseline: return value.store(into: &baseline)
    case .target: return value.store(into: &target)
    case .actual: return value.store(into: &actual)
    case .deadline: return value.store(into: &deadline)
    default: return false
    }
  }
}

extension Action: FieldEditable {
  public static let fields: [Field] = [.what, .owner, .start, .end, .output, .node, .status]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .what: return .text(what)
    case .owner: return .reference(owner)
    case .start: return .date(start)
    case .end: return .date(end)
    case .output: return .text(output)
    case .node: return .reference(node)
    case .status: return .choice(status)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .what: return value.store(into: &what)
    case .owner: return value.store(into: &owner)
    case .start: return value.store(into: &start)
    case .end: return value.store(into: &end)
    case .output: return value.store(into: &output)
    case .node: return value.store(into: &node)
    case .status: return value.store(into: &status)
    default: return false
    }
  }
}

extension Pilot: FieldEditable {
  public static let fields: [Field] = [
    .name, .hypothesis, .segment, .proposition, .start, .end, .status, .learnings, .decision,
  ]

  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .name: return .text(name)
    case .hypothesis: return .text(hypothesis)
    case .segment: return .reference(segment)
    case .proposition: return .reference(proposition)
    case .start: return .date(start)
    case .end: return .date(end)
    case .status: return .choice(status)
    case .learnings: return .texts(learnings)
    case .decision: return .choice(decision)
    default: return nil
    }
  }

  public mutating func assign(_ value: FieldValue, to field: Field) -> Bool {
    switch field {
    case .name: return value.store(into: &name)
    case .hypothesis: return value.store(into: &hypothesis)
    case .segment: return value.store(into: &segment)
    case .proposition: return value.store(into: &proposition)
    case .start: return value.store(into: &start)
    case .end: return value.store(into: &end)
    case .status: return value.store(into: &status)
    case .learnings: return value.store(into: &learnings)
    case .decision: return value.store(into: &decision)
    default: return false
    }
  }
}

extension PainPoint: FieldEditable {
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
