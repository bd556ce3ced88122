import EcowerkJSON
import EcowerkModel

/// The fast way to read a well-formed plan: straight from the bytes into the model, without
/// the tree of JSON nodes that `JSONReader` walks. The plan's schema does the walking
/// (`Plan.decode`); this reads what it asks for. It accepts only what `JSONReader` accepts
/// and gives up at anything else — an unknown or doubled key, a wrong type, a missing required
/// field, a value over a limit — so that `PlanFile` can read the file again the careful way and
/// say where and what is wrong. A test holds the two readers to the same plans.
final class FastPlanReader: FieldDecoder {
  typealias Unexpected = JSONPull.Unexpected

  /// Behind a pointer rather than a stored property: a class's stored property is checked for
  /// exclusive access at run time on every call, which cost a tenth of a large plan's load.
  let pull: UnsafeMutablePointer<JSONPull>
  let maxListCount: Int
  let maxObjectMembers: Int
  /// The format (1) and the schema version (2), once each.
  private var header: UInt8 = 0

  init(_ input: UnsafeBufferPointer<UInt8>, limits: PlanLimits) throws(Unexpected) {
    let parser = PlanFile.parserLimits(limits)
    pull = .allocate(capacity: 1)
    do {
      pull.initialize(to: try JSONPull(input, limits: parser))
    } catch {
      pull.deallocate()
      throw error
    }
    maxListCount = parser.maxArrayCount
    maxObjectMembers = parser.maxObjectMembers
  }

  deinit {
    pull.deinitialize(count: 1)
    pull.deallocate()
  }

  /// Reads the bytes as a plan of this version, or nil.
  static func read(_ bytes: [UInt8], limits: PlanLimits) -> Plan? {
    bytes.withUnsafeBufferPointer { buffer -> Plan? in
      guard let reader = try? FastPlanReader(buffer, limits: limits),
        let plan = try? Plan.decode(reader), reader.header == 3,
        (try? reader.pull.pointee.finish()) != nil
      else { return nil }
      return plan
    }
  }

  // MARK: FieldDecoder

  func beginObject() throws { try pull.pointee.beginObject() }

  func nextKey(_ first: inout Bool) throws -> String? { try pull.pointee.nextKey(&first) }

  func beginList() throws -> Bool {
    if pull.pointee.skipNull() { return false }
    try pull.pointee.beginArray()
    return true
  }

  func nextElement(_ first: inout Bool) throws -> Bool { try pull.pointee.nextElement(&first) }

  func header(_ key: String) throws -> Bool {
    switch key {
    case "format":
      guard header & 1 == 0, try pull.pointee.string() == PlanFormat.name else {
        throw Unexpected()
      }
      header |= 1
    case "schemaVersion":
      guard header & 2 == 0, (1...PlanFormat.schemaVersion).contains(try integer()) else {
        throw Unexpected()
      }
      header |= 2
    default: return false
    }
    return true
  }

  func value(_ type: ValueType, default value: FieldValue?) throws -> FieldValue {
    if pull.pointee.skipNull() {
      guard let value else { throw Unexpected() }
      return value
    }
    switch type {
    case .id, .key: return .text(try id())
    case .text, .optionalText: return .text(try pull.pointee.string())
    case .texts: return .texts(try list { () throws(Unexpected) in try pull.pointee.string() })
    case .integer: return .integer(try integer())
    case .number:
      switch try pull.pointee.scalar() {
      case .integer(let number): return .number(Double(number))
      case .double(let number): return .number(number)
      default: throw Unexpected()
      }
    case .money:
      let (value, places) = try pull.pointee.scalarWithDecimalPlaces()
      guard places <= 2, let money = JSONReader.moneyValue(value) else { throw Unexpected() }
      return .money(money)
    case .flag:
      guard case .bool(let flag) = try pull.pointee.scalar() else { throw Unexpected() }
      return .flag(flag)
    case .date:
      guard let date = JSONReader.dateValue(try pull.pointee.string()) else { throw Unexpected() }
      return .date(date)
    case .choice: return .choice(try pull.pointee.string())
    case .reference: return .reference(try id())
    case .references: return .references(try list { () throws(Unexpected) in try id() })
    case .arrangements: return .arrangements(try arrangements())
    }
  }

  // MARK: Values

  private func id() throws(Unexpected) -> String {
    let text = try pull.pointee.string()
    guard !text.isEmpty else { throw Unexpected() }
    return text
  }

  private func integer() throws(Unexpected) -> Int {
    guard case .integer(let value) = try pull.pointee.scalar(), let int = Int(exactly: value) else {
      throw Unexpected()
    }
    return int
  }

  /// A list of scalars (texts, ids); the list itself is not null here.
  private func list<T>(_ element: () throws(Unexpected) -> T) throws(Unexpected) -> [T] {
    try pull.pointee.beginArray()
    var result: [T] = []
    var first = true
    while try pull.pointee.nextElement(&first) {
      guard result.count < maxListCount else { throw Unexpected() }
      result.append(try element())
    }
    return result
  }

  /// Partner id → keep / share / hand over.
  private func arrangements() throws(Unexpected) -> [StakeholderID: Arrangement] {
    var result: [StakeholderID: Arrangement] = [:]
    var first = true
    try pull.pointee.beginObject()
    while let key = try pull.pointee.nextKey(&first) {
      guard result.count < maxObjectMembers,
        let value = Arrangement(rawValue: try pull.pointee.string()),
        result.updateValue(value, forKey: StakeholderID(key)) == nil
      else { throw Unexpected() }
    }
    return result
  }
}
