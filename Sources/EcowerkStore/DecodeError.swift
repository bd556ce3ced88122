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

/// Field paths as a person reads them.
enum FieldPathText {
  /// `path` with the middle of a very deep one left out: a file nested 72 levels deep gave a
  /// message that repeated `[0]` 72 times. The start (where in the plan) and the end (where in
  /// the nesting) are kept, six steps each, when a path has more than sixteen:
  /// `theoryOfChange[0].children[0].children[0]….children[0].children[0].children`.
  static func abbreviated(_ path: String, keeping: Int = 6) -> String {
    var components: [Substring] = []
    var start = path.startIndex
    for index in path.indices.dropFirst() where path[index] == "." || path[index] == "[" {
      components.append(path[start..<index])
      start = index
    }
    if start < path.endIndex { components.append(path[start...]) }
    guard components.count > 16 else { return path }
    return components.prefix(keeping).joined() + "…" + components.suffix(keeping).joined()
  }
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
