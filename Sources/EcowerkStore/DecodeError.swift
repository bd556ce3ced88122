import EcowerkJSON

/// A value in a plan file that has the wrong shape: text where a number belongs, an unknown
/// field, a date that does not exist. Carries the byte offset of the value and its field path,
/// so the message can say `plan.json:12:18: stakeholders[3].influence: ...`.
struct DecodeError: Error {
  var offset: Int
  var path: String
  var message: String
}

/// One step of a field path: a key of an object or an index of an array.
enum PathComponent {
  case key(String)
  case index(Int)
}

extension [PathComponent] {
  /// `stakeholders[3].influence`
  var rendered: String {
    var text = ""
    for component in self {
      switch component {
      case .key(let key):
        if !text.isEmpty { text += "." }
        text += key
      case .index(let index):
        text += "[\(index)]"
      }
    }
    return text
  }
}

extension JSONValue {
  /// What the value is, in words for the error message: `text "vier"`, `a number`.
  var described: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .integer(let value): return "the number \(value)"
    case .double(let value): return "the number \(value)"
    case .string(let value):
      let shown = value.count > 30 ? String(value.prefix(29)) + "…" : value
      return "the text \"\(shown)\""
    case .array: return "a list"
    case .object: return "an object"
    }
  }
}
