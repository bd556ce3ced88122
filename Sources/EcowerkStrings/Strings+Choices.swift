import EcowerkModel

/// The words for the value of a choice field of any kind of entity, for code that knows the
/// entity only by its kind (a change, a conflict, the workbench's editor).
extension Strings {
  /// The label of `raw` as a value of `field` on an entity of `kind`; the raw value when the
  /// string table has no label for it.
  public func choiceLabel(_ raw: String, field: Field, of kind: EntityKind) -> String {
    let key = Self.choicePrefix(field, of: kind) + raw
    return has(key) ? self[key] : raw
  }

  /// The string table's prefix of the labels of a choice field.
  static func choicePrefix(_ field: Field, of kind: EntityKind) -> String {
    switch (kind, field) {
    case (_, .phase): return "phase."
    case (.stakeholder, .kind): return "kind."
    case (.stakeholder, .level): return "level."
    case (.barrier, .kind): return "barrier."
    case (.node, .level): return "changeLevel."
    case (.assumption, .status): return "assumption."
    case (.action, .status): return "actionStatus."
    case (.pilot, .status): return "pilotStatus."
    case (.pilot, .decision): return "decision."
    case (.painPoint, .kind): return "painPoint."
    default: return "\(field.rawValue)."
    }
  }
}
