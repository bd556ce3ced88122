import EcowerkJSON
import EcowerkModel

/// The fast way to read a well-formed plan: straight from the bytes into the model, without
/// the tree of JSON nodes that `JSONReader` walks. It accepts only what `JSONReader` accepts
/// and gives up (`Unexpected`) at anything else — an unknown or doubled key, a wrong type, a
/// missing required field, a value over a limit — so that `PlanFile` can read the file again
/// the careful way and say where and what is wrong. A test holds the two readers to the same
/// plans.
struct FastPlanReader: ~Copyable {
  typealias Unexpected = JSONPull.Unexpected

  var pull: JSONPull
  let maxListCount: Int
  let maxObjectMembers: Int

  init(_ input: UnsafeBufferPointer<UInt8>, limits: PlanLimits) throws(Unexpected) {
    let parser = PlanFile.parserLimits(limits)
    pull = try JSONPull(input, limits: parser)
    maxListCount = parser.maxArrayCount
    maxObjectMembers = parser.maxObjectMembers
  }

  /// Reads the bytes as a plan of this version, or throws `Unexpected`.
  static func read(_ bytes: [UInt8], limits: PlanLimits) throws(Unexpected) -> Plan {
    try bytes.withUnsafeBufferPointer { (buffer) throws(Unexpected) -> Plan in
      var reader = try FastPlanReader(buffer, limits: limits)
      let plan = try reader.plan()
      try reader.pull.finish()
      return plan
    }
  }

  // MARK: Objects and values

  /// Notes `bit` for a key, refusing a key seen before in the same object.
  func mark(_ seen: inout UInt32, _ bit: UInt32) throws(Unexpected) {
    guard seen & bit == 0 else { throw Unexpected() }
    seen |= bit
  }

  mutating func text() throws(Unexpected) -> String {
    try pull.stringOrNull() ?? ""
  }

  mutating func optionalText() throws(Unexpected) -> String? {
    try pull.stringOrNull()
  }

  mutating func id<T>() throws(Unexpected) -> EntityID<T> {
    let text = try pull.string()
    guard !text.isEmpty else { throw Unexpected() }
    return EntityID(text)
  }

  mutating func optionalID<T>() throws(Unexpected) -> EntityID<T>? {
    guard let text = try pull.stringOrNull() else { return nil }
    guard !text.isEmpty else { throw Unexpected() }
    return EntityID(text)
  }

  mutating func list<T>(
    _ element: (inout FastPlanReader) throws(Unexpected) -> T
  ) throws(Unexpected) -> [T] {
    if pull.skipNull() { return [] }
    try pull.beginArray()
    var result: [T] = []
    var first = true
    while try pull.nextElement(&first) {
      guard result.count < maxListCount else { throw Unexpected() }
      result.append(try element(&self))
    }
    return result
  }

  mutating func ids<T>() throws(Unexpected) -> [EntityID<T>] {
    try list { (reader) throws(Unexpected) -> EntityID<T> in try reader.id() }
  }

  mutating func texts() throws(Unexpected) -> [String] {
    try list { (reader) throws(Unexpected) -> String in try reader.pull.string() }
  }

  mutating func integer() throws(Unexpected) -> Int {
    guard case .integer(let value) = try pull.scalar(), let int = Int(exactly: value) else {
      throw Unexpected()
    }
    return int
  }

  mutating func optionalInt() throws(Unexpected) -> Int? {
    if pull.skipNull() { return nil }
    return try integer()
  }

  mutating func optionalNumber() throws(Unexpected) -> Double? {
    switch try pull.scalar() {
    case .null: return nil
    case .integer(let value): return Double(value)
    case .double(let value): return value
    default: throw Unexpected()
    }
  }

  mutating func bool() throws(Unexpected) -> Bool {
    switch try pull.scalar() {
    case .null: return false
    case .bool(let value): return value
    default: throw Unexpected()
    }
  }

  mutating func optionalMoney() throws(Unexpected) -> Money? {
    let value = try pull.scalar()
    if case .null = value { return nil }
    guard let money = JSONReader.moneyValue(value) else { throw Unexpected() }
    return money
  }

  mutating func optionalDate() throws(Unexpected) -> CalendarDate? {
    guard let text = try pull.stringOrNull() else { return nil }
    guard let date = JSONReader.dateValue(text) else { throw Unexpected() }
    return date
  }

  mutating func date() throws(Unexpected) -> CalendarDate {
    guard let date = JSONReader.dateValue(try pull.string()) else { throw Unexpected() }
    return date
  }

  mutating func optionalChoice<E: RawRepresentable<String>>() throws(Unexpected) -> E? {
    guard let raw = try pull.stringOrNull() else { return nil }
    guard let value = E(rawValue: raw) else { throw Unexpected() }
    return value
  }

  mutating func choice<E: RawRepresentable<String>>() throws(Unexpected) -> E {
    guard let value: E = try optionalChoice() else { throw Unexpected() }
    return value
  }

  // MARK: The plan

  mutating func plan() throws(Unexpected) -> Plan {
    var plan = Plan.schema.blank
    var header: UInt8 = 0
    try object(&plan) { (reader, key) throws(Unexpected) -> Bool in
      switch key {
      case "format":
        guard header & 1 == 0, try reader.pull.string() == PlanFormat.name else {
          throw Unexpected()
        }
        header |= 1
      case "schemaVersion":
        guard header & 2 == 0, (1...PlanFormat.schemaVersion).contains(try reader.integer())
        else { throw Unexpected() }
        header |= 2
      default: return false
      }
      return true
    }
    // The format and the schema version must be there.
    guard header == 3 else { throw Unexpected() }
    return plan
  }
}
