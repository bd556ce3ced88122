import EcowerkJSON
import EcowerkModel

/// Reads typed values out of parsed JSON while keeping track of the field path, so that every
/// complaint names the field and points at its bytes.
///
/// The path is a stack pushed and popped on the way down rather than a string built for every
/// entity: a large plan has tens of thousands of entities and the path is only needed for the
/// rare error.
struct JSONReader {
  var path: [PathComponent] = []
  /// Skip fields this version does not know, for reading (never saving) a newer plan.
  var ignoresUnknownFields = false
  /// The bytes the nodes were parsed from, when known: an amount is judged by how it is
  /// written (`1.0000000000000001` has more than two decimals, though it is the same `Double`
  /// as 1).
  var source: [UInt8]?

  func fail(_ node: JSONNode, _ message: String) -> DecodeError {
    DecodeError(offset: node.offset, path: path.rendered, message: message)
  }

  /// Runs `body` with `component` on the path.
  mutating func within<T>(
    _ component: PathComponent, _ body: (inout JSONReader) throws -> T
  ) rethrows -> T {
    path.append(component)
    defer { path.removeLast() }
    return try body(&self)
  }

  /// The node as an object whose keys are all in `known`.
  func object(_ node: JSONNode, known: [String]) throws -> JSONObject {
    guard case .object(let object) = node.value else {
      throw fail(node, "expected an object ({ … }), found \(node.value.described)")
    }
    // Files ecowerk writes have their keys in the known order, so one merge-like pass
    // usually settles it; only keys out of order are looked up in the whole list.
    var position = 0
    for index in object.members.indices {
      let key = object.members[index].key
      while position < known.count && known[position] != key { position += 1 }
      if position < known.count { continue }
      position = 0
      guard known.contains(key) || ignoresUnknownFields else {
        throw DecodeError(
          offset: object.members[index].keyOffset, path: path.rendered,
          message: "unknown field \"\(key)\"; the fields here are "
            + known.joined(separator: ", "))
      }
    }
    return object
  }

  /// The member `key`, or nil when it is absent or null.
  func member(_ object: JSONObject, _ key: String) -> JSONNode? {
    guard let node = object[key], !node.value.isNull else { return nil }
    return node
  }

  mutating func required(_ object: JSONObject, _ key: String, in node: JSONNode) throws
    -> JSONNode
  {
    guard let value = member(object, key) else {
      throw fail(node, "the field \"\(key)\" is missing")
    }
    return value
  }

  mutating func string(_ object: JSONObject, _ key: String) throws -> String {
    guard let node = member(object, key) else { return "" }
    // The path is only kept for errors, so a well-formed value skips it (as below).
    if case .string(let text) = node.value { return text }
    return try within(.key(key)) { reader in
      guard case .string(let text) = node.value else {
        throw reader.fail(node, "expected text in quotes, found \(node.value.described)")
      }
      return text
    }
  }

  mutating func optionalString(_ object: JSONObject, _ key: String) throws -> String? {
    guard member(object, key) != nil else { return nil }
    return try string(object, key)
  }

  mutating func strings(_ object: JSONObject, _ key: String) throws -> [String] {
    try array(object, key) { reader, node in
      guard case .string(let text) = node.value else {
        throw reader.fail(node, "expected text in quotes, found \(node.value.described)")
      }
      return text
    }
  }

  mutating func optionalInt(_ object: JSONObject, _ key: String) throws -> Int? {
    guard let node = member(object, key) else { return nil }
    if case .integer(let value) = node.value, let int = Int(exactly: value) { return int }
    return try within(.key(key)) { reader in try reader.int(node) }
  }

  mutating func int(_ object: JSONObject, _ key: String, in parent: JSONNode) throws -> Int {
    let node = try required(object, key, in: parent)
    if case .integer(let value) = node.value, let int = Int(exactly: value) { return int }
    return try within(.key(key)) { reader in try reader.int(node) }
  }

  mutating func int(_ object: JSONObject, _ key: String, default value: Int) throws -> Int {
    try optionalInt(object, key) ?? value
  }

  func int(_ node: JSONNode) throws -> Int {
    switch node.value {
    case .integer(let value):
      guard let int = Int(exactly: value) else { throw fail(node, "the number is too large") }
      return int
    case .double(let value):
      throw fail(node, "expected a whole number, found \(value)")
    default:
      throw fail(node, "expected a whole number, found \(node.value.described)")
    }
  }

  mutating func optionalNumber(_ object: JSONObject, _ key: String) throws -> Double? {
    guard let node = member(object, key) else { return nil }
    if case .integer(let value) = node.value { return Double(value) }
    if case .double(let value) = node.value { return value }
    return try within(.key(key)) { reader in
      switch node.value {
      case .integer(let value): return Double(value)
      case .double(let value): return value
      default: throw reader.fail(node, "expected a number, found \(node.value.described)")
      }
    }
  }

  mutating func bool(_ object: JSONObject, _ key: String) throws -> Bool {
    guard let node = member(object, key) else { return false }
    if case .bool(let value) = node.value { return value }
    return try within(.key(key)) { reader in
      guard case .bool(let value) = node.value else {
        throw reader.fail(node, "expected true or false, found \(node.value.described)")
      }
      return value
    }
  }

  /// Euros as a JSON number with at most two decimals.
  mutating func optionalMoney(_ object: JSONObject, _ key: String) throws -> Money? {
    guard let node = member(object, key) else { return nil }
    if case .integer(let euros) = node.value, euros.magnitude <= (Money.limit.cents / 100).magnitude
    {
      return Money(euros: euros)
    }
    return try within(.key(key)) { reader in try reader.money(node) }
  }

  mutating func money(_ object: JSONObject, _ key: String) throws -> Money {
    try optionalMoney(object, key) ?? .zero
  }

  /// An amount as the file holds it: whole euros, or euros with at most two decimals, within
  /// ecowerk's limit; nil for anything else (`money(_:)` then says what is wrong).
  static func moneyValue(_ value: JSONValue) -> Money? {
    let limit = Money.limit.cents / 100
    switch value {
    case .integer(let euros):
      return euros.magnitude <= limit.magnitude ? Money(euros: euros) : nil
    case .double(let euros):
      guard euros.magnitude <= Double(limit) else { return nil }
      let cents = (euros * 100).rounded()
      return cents / 100 == euros ? Money(cents: Int64(cents)) : nil
    default:
      return nil
    }
  }

  func money(_ node: JSONNode) throws -> Money {
    if case .integer = node.value, let money = Self.moneyValue(node.value) { return money }
    let limit = Money.limit.cents / 100
    switch node.value {
    case .integer(let euros):
      guard euros.magnitude <= limit.magnitude else {
        throw fail(node, "the amount \(euros) is larger than ecowerk allows")
      }
      return Money(euros: euros)
    case .double(let euros):
      guard euros.magnitude <= Double(limit) else {
        throw fail(node, "the amount \(euros) is larger than ecowerk allows")
      }
      let cents = (euros * 100).rounded()
      let places = source.flatMap { JSONNumberText.decimalPlaces(in: $0, at: node.offset) } ?? 0
      guard cents / 100 == euros, places <= 2 else {
        throw fail(
          node, "the amount \(written(node) ?? "\(euros)") has more than two decimals (cents)")
      }
      return Money(cents: Int64(cents))
    default:
      throw fail(node, "expected an amount in euros, found \(node.value.described)")
    }
  }

  /// A number as the source writes it, when the source is known.
  func written(_ node: JSONNode) -> String? {
    guard let source, source.indices.contains(node.offset) else { return nil }
    let number = source[node.offset...].prefix { byte in
      (0x30...0x39).contains(byte) || [0x2B, 0x2D, 0x2E, 0x45, 0x65].contains(byte)
    }
    return String(decoding: number.prefix(40), as: UTF8.self)
  }

  mutating func optionalDate(_ object: JSONObject, _ key: String) throws -> CalendarDate? {
    guard let node = member(object, key) else { return nil }
    if case .string(let text) = node.value, let date = Self.isoDate(text) { return date }
    return try within(.key(key)) { reader in try reader.date(node) }
  }

  mutating func date(_ object: JSONObject, _ key: String, in parent: JSONNode) throws
    -> CalendarDate
  {
    let node = try required(object, key, in: parent)
    return try within(.key(key)) { reader in try reader.date(node) }
  }

  /// A date as the file holds it, `YYYY-MM-DD`; nil for anything else.
  static func dateValue(_ text: String) -> CalendarDate? {
    // The common case read straight from the bytes: a plan has tens of thousands of dates and
    // the general parser splits strings for each.
    if let date = isoDate(text) { return date }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else {
      return nil
    }
    return CalendarDate.parse(text)
  }

  func date(_ node: JSONNode) throws -> CalendarDate {
    guard case .string(let text) = node.value else {
      throw fail(node, "expected a date like \"2027-03-01\", found \(node.value.described)")
    }
    guard let date = Self.dateValue(text) else {
      throw fail(node, "\"\(text)\" is not a date; write it as YYYY-MM-DD, e.g. \"2027-03-01\"")
    }
    return date
  }

  mutating func choice<E: RawRepresentable<String> & CaseIterable>(
    _ object: JSONObject, _ key: String, default value: E
  ) throws -> E {
    try optionalChoice(object, key) ?? value
  }

  mutating func requiredChoice<E: RawRepresentable<String> & CaseIterable>(
    _ object: JSONObject, _ key: String, in parent: JSONNode
  ) throws -> E {
    _ = try required(object, key, in: parent)
    guard let value: E = try optionalChoice(object, key) else {
      throw fail(parent, "the field \"\(key)\" is missing")
    }
    return value
  }

  mutating func optionalChoice<E: RawRepresentable<String> & CaseIterable>(
    _ object: JSONObject, _ key: String
  ) throws -> E? {
    guard let node = member(object, key) else { return nil }
    if case .string(let raw) = node.value, let value = E(rawValue: raw) { return value }
    return try within(.key(key)) { reader in
      // Only a wrong value pays for listing the right ones.
      let options = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
      guard case .string(let raw) = node.value else {
        throw reader.fail(node, "expected one of \(options), found \(node.value.described)")
      }
      throw reader.fail(node, "\"\(raw)\" is not one of \(options)")
    }
  }

  /// `YYYY-MM-DD` read from the UTF-8 bytes, or nil for anything else (the slow path then
  /// explains what is wrong).
  static func isoDate(_ text: String) -> CalendarDate? {
    let utf8 = text.utf8
    guard utf8.count == 10 else { return nil }
    return utf8.withContiguousStorageIfAvailable { b -> CalendarDate? in
      guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
      func digits(_ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
          let digit = Int(b[index]) - 48
          guard digit >= 0, digit <= 9 else { return nil }
          value = value * 10 + digit
        }
        return value
      }
      guard let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10) else {
        return nil
      }
      return CalendarDate(year: year, month: month, day: day)
    } ?? nil
  }

  mutating func id<T>(_ object: JSONObject, _ key: String = "id", in parent: JSONNode) throws
    -> EntityID<T>
  {
    let node = try required(object, key, in: parent)
    if case .string(let text) = node.value, !text.isEmpty { return EntityID(text) }
    return try within(.key(key)) { reader in EntityID(try reader.idText(node)) }
  }

  mutating func optionalID<T>(_ object: JSONObject, _ key: String) throws -> EntityID<T>? {
    guard let node = member(object, key) else { return nil }
    if case .string(let text) = node.value, !text.isEmpty { return EntityID(text) }
    return try within(.key(key)) { reader in EntityID(try reader.idText(node)) }
  }

  mutating func ids<T>(_ object: JSONObject, _ key: String) throws -> [EntityID<T>] {
    try array(object, key) { reader, node in EntityID(try reader.idText(node)) }
  }

  func idText(_ node: JSONNode) throws -> String {
    guard case .string(let text) = node.value else {
      throw fail(node, "expected an id in quotes, found \(node.value.described)")
    }
    guard !text.isEmpty else { throw fail(node, "the id is empty") }
    return text
  }

  /// The elements of the list `key`, each read by `element`; an absent list is empty.
  mutating func array<T>(
    _ object: JSONObject, _ key: String,
    _ element: (inout JSONReader, JSONNode) throws -> T
  ) throws -> [T] {
    guard let node = member(object, key) else { return [] }
    return try within(.key(key)) { reader in
      guard case .array(let elements) = node.value else {
        throw reader.fail(node, "expected a list ([ … ]), found \(node.value.described)")
      }
      var result: [T] = []
      result.reserveCapacity(elements.count)
      for (index, child) in elements.enumerated() {
        result.append(try reader.within(.index(index)) { inner in try element(&inner, child) })
      }
      return result
    }
  }
}
