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
    let (value, places) = try pull.scalarWithDecimalPlaces()
    if case .null = value { return nil }
    guard places <= 2, let money = JSONReader.moneyValue(value) else { throw Unexpected() }
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
    var plan = Plan(startYear: 0)
    var seen: UInt32 = 0
    var first = true
    try pull.beginObject()
    while let key = try pull.nextKey(&first) {
      switch key {
      case "format":
        try mark(&seen, 1 << 0)
        guard try pull.string() == PlanFormat.name else { throw Unexpected() }
      case "schemaVersion":
        try mark(&seen, 1 << 1)
        guard (1...PlanFormat.schemaVersion).contains(try integer()) else { throw Unexpected() }
      case "name": try mark(&seen, 1 << 2); plan.name = try text()
      case "region": try mark(&seen, 1 << 3); plan.region = try text()
      case "challenge": try mark(&seen, 1 << 4); plan.challenge = try text()
      case "vision": try mark(&seen, 1 << 5); plan.vision = try text()
      case "phase": try mark(&seen, 1 << 6); plan.phase = try optionalChoice() ?? .verkennen
      case "startYear": try mark(&seen, 1 << 7); plan.startYear = try integer()
      case "horizonYears":
        try mark(&seen, 1 << 8); plan.horizonYears = try optionalInt() ?? Plan.defaultHorizon
      case "targetNewSMEs": try mark(&seen, 1 << 9); plan.targetNewSMEs = try optionalInt()
      case "rubricFile": try mark(&seen, 1 << 10); plan.rubricFile = try optionalText()
      case "systemFailures":
        try mark(&seen, 1 << 11);
        plan.systemFailures = try list { (r) throws(Unexpected) in try r.failure() }
      case "transformationFailures":
        try mark(&seen, 1 << 12)
        plan.transformationFailures = try list { (r) throws(Unexpected) in try r.failure() }
      case "segments":
        try mark(&seen, 1 << 13);
        plan.segments = try list { (r) throws(Unexpected) in try r.segment() }
      case "propositions":
        try mark(&seen, 1 << 14);
        plan.propositions = try list { (r) throws(Unexpected) in try r.proposition() }
      case "chainLinks":
        try mark(&seen, 1 << 15);
        plan.chainLinks = try list { (r) throws(Unexpected) in try r.chainLink() }
      case "stakeholders":
        try mark(&seen, 1 << 16);
        plan.stakeholders = try list { (r) throws(Unexpected) in try r.stakeholder() }
      case "jointOrganisation":
        try mark(&seen, 1 << 17);
        plan.jointOrganisation = try list { (r) throws(Unexpected) in try r.orgFunction() }
      case "businessModels":
        try mark(&seen, 1 << 18);
        plan.businessModels = try list { (r) throws(Unexpected) in try r.businessModel() }
      case "finance":
        try mark(&seen, 1 << 19);
        plan.finance = try list { (r) throws(Unexpected) in try r.financeYear() }
      case "reviews":
        try mark(&seen, 1 << 20);
        plan.reviews = try list { (r) throws(Unexpected) in try r.review() }
      case "theoryOfChange":
        try mark(&seen, 1 << 21);
        plan.theoryOfChange = try list { (r) throws(Unexpected) in try r.node() }
      case "actions":
        try mark(&seen, 1 << 22);
        plan.actions = try list { (r) throws(Unexpected) in try r.action() }
      case "pilots":
        try mark(&seen, 1 << 23); plan.pilots = try list { (r) throws(Unexpected) in try r.pilot() }
      default: throw Unexpected()
      }
    }
    // The format, the schema version and the start year must be there.
    guard seen & 0b1000_0011 == 0b1000_0011 else { throw Unexpected() }
    return plan
  }
}
