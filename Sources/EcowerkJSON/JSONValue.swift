/// The data of a JSON value.
///
/// Whole numbers are kept apart from fractional ones so that identifiers and counts survive a
/// round trip exactly, which a single `Double` case could not promise beyond 2^53.
public enum JSONValue: Sendable {
  case null
  case bool(Bool)
  /// A number written without fraction or exponent that fits in 64 bits.
  case integer(Int64)
  /// Any other finite number; the parser refuses values that overflow to infinity.
  case double(Double)
  case string(String)
  case array([JSONNode])
  case object(JSONObject)
}

extension JSONValue: Equatable {
  /// Compares data, not positions, and keeps `integer(1)` and `double(1)` apart so that a
  /// round trip that changed a number's kind is caught. Object members compare in order,
  /// because the writer keeps order stable for readable diffs.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.integer(let a), .integer(let b)): return a == b
    case (.double(let a), .double(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)): return a == b
    default: return false
    }
  }
}

extension JSONValue {
  /// The text, when this is a string; saves callers a `switch` for the common case.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The whole number, when this is an integer. A `double` is not converted, because a plan
  /// field that should be whole but was written as `2.5` is an error the caller must report.
  public var integerValue: Int64? {
    if case .integer(let i) = self { return i }
    return nil
  }

  /// The number as a `Double`, accepting integers too, because a field meant as a fraction may
  /// well be written as `3`.
  public var doubleValue: Double? {
    switch self {
    case .double(let d): return d
    case .integer(let i): return Double(i)
    default: return nil
    }
  }

  /// The truth value, when this is a boolean.
  public var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  /// The elements, when this is an array.
  public var arrayValue: [JSONNode]? {
    if case .array(let a) = self { return a }
    return nil
  }

  /// The members, when this is an object.
  public var objectValue: JSONObject? {
    if case .object(let o) = self { return o }
    return nil
  }

  /// Whether this is `null`, which callers usually treat as "absent".
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// A short name for the kind of value, for messages such as "expected a text, found a number".
  public var kindName: String {
    switch self {
    case .null: return "null"
    case .bool: return "true or false"
    case .integer, .double: return "a number"
    case .string: return "a text"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}
