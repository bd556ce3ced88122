import EcowerkJSON
import EcowerkModel

/// Turning bytes into a plan and a plan into bytes, with every problem located.
public enum PlanFile {
  /// Reads a plan from `bytes`; `file` names the file in messages.
  ///
  /// A well-formed file is read straight into the plan (`FastPlanReader`); anything it does not
  /// expect — or a plan that breaks a rule — is read again through the tree of JSON nodes,
  /// which says where and what is wrong.
  public static func decode(
    _ bytes: [UInt8], file: String, limits: PlanLimits = .standard
  ) throws(StoreError) -> Plan {
    if let plan = decodeFast(bytes, limits: limits), plan.violations(limits: limits).isEmpty {
      return plan
    }
    return try decodeCarefully(bytes, file: file, limits: limits)
  }

  /// The plan read straight from the bytes, before its invariants are checked; nil when the
  /// fast reader gives up (see `decode`).
  public static func decodeFast(_ bytes: [UInt8], limits: PlanLimits = .standard) -> Plan? {
    guard bytes.count <= PlanFormat.maxFileBytes else { return nil }
    return FastPlanReader.read(bytes, limits: limits)
  }

  /// Reads a plan through the tree of JSON nodes, the way that locates every problem.
  public static func decodeCarefully(
    _ bytes: [UInt8], file: String, limits: PlanLimits = .standard
  ) throws(StoreError) -> Plan {
    try decode(bytes, file: file, limits: limits, readingNewer: false)
  }

  /// Reads a plan written by a newer ecowerk as far as this version understands it, skipping
  /// the fields it does not know — to show it read-only, never to save it (saving would drop
  /// those fields). Throws the original "written by a newer ecowerk" error when even that fails.
  public static func decodeNewer(
    _ bytes: [UInt8], file: String, limits: PlanLimits = .standard
  ) throws(StoreError) -> Plan {
    try decode(bytes, file: file, limits: limits, readingNewer: true)
  }

  private static func decode(
    _ bytes: [UInt8], file: String, limits: PlanLimits, readingNewer: Bool
  ) throws(StoreError) -> Plan {
    if bytes.count > PlanFormat.maxFileBytes {
      throw StoreError(
        .tooLarge, file: file,
        message: PlanFormat.tooLarge(bytes.count))
    }
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes, limits: parserLimits(limits))
    } catch {
      throw located(
        .invalid, file, bytes, offset: error.offset,
        path: FieldPathScanner.path(at: error.offset, in: bytes), error.message)
    }
    var newer: StoreError?
    do {
      try checkFormat(root, bytes: bytes, file: file)
    } catch {
      guard readingNewer, case .tooNew = error.kind else { throw error }
      newer = error
    }
    var reader = JSONReader()
    reader.source = bytes
    reader.ignoresUnknownFields = newer != nil
    let plan: Plan
    do {
      plan = try reader.plan(root)
    } catch let error as DecodeError {
      if let newer { throw newer }
      throw located(.invalid, file, bytes, offset: error.offset, path: error.path, error.message)
    } catch {
      throw StoreError(.invalid, file: file, message: "the plan could not be read")
    }
    if let violation = plan.violations(limits: limits).first {
      let offset = root.locate(violation.path) ?? 0
      var error = located(
        .invalid, file, bytes, offset: offset, path: violation.path,
        violation.problem.description)
      error.problem = .brokenRule(violation.problem)
      throw error
    }
    return plan
  }

  /// The plan as pretty-printed JSON with a stable key order.
  public static func encode(_ plan: Plan) -> [UInt8] {
    var writer = JSONWriter(style: .pretty)
    writer.write(plan)
    return writer.bytes
  }

  /// The plan's bytes for saving, after reading them back the way the loader does: a plan
  /// that would give a file ecowerk refuses to open (over the size limit, a text or list over
  /// its limit, totals that cannot be counted) is not saved, so that what was saved can always
  /// be opened. `file` names the file in the error.
  public static func encodeForSaving(_ plan: Plan, file: String) throws(StoreError) -> [UInt8] {
    let bytes = encode(plan)
    guard bytes.count <= PlanFormat.maxFileBytes else {
      throw StoreError(
        .notSaved, file: file,
        problem: .tooLargeToSave(bytes: bytes.count, limit: PlanFormat.maxFileBytes))
    }
    let read: Plan
    do {
      read = try decode(bytes, file: file)
    } catch {
      if let violation = plan.violations().first {
        throw StoreError(
          .notSaved, file: file,
          problem: .wouldNotOpen(path: violation.path, problem: violation.problem))
      }
      var refused = error
      refused.kind = .notSaved
      refused.message = "the plan was NOT saved: it could not be opened again (\(error.message))"
      throw refused
    }
    guard read == plan else {
      throw StoreError(
        .notSaved, file: file, message: "the plan was NOT saved: it would not read back the same")
    }
    return bytes
  }

  static func parserLimits(_ limits: PlanLimits) -> JSONParser.Limits {
    JSONParser.Limits(
      // A Theory of Change node is two levels of JSON (object, children list) and sits three
      // levels below the top; a few more for KPI objects.
      maxDepth: 2 * limits.maxTreeDepth + 8,
      maxStringBytes: limits.maxTextBytes,
      maxArrayCount: limits.maxListCount,
      // The only open-ended objects are a joint-organisation function's arrangements, one
      // member per partner: as many as the list of stakeholders may hold, or a plan with more
      // than 10,000 partners arranged could be saved but not opened again.
      maxObjectMembers: max(10_000, limits.maxListCount))
  }

  /// Refuses files that are not plans, or plans of a newer schema, before reading any field:
  /// a newer file must not be half-understood and then saved over.
  private static func checkFormat(_ root: JSONNode, bytes: [UInt8], file: String)
    throws(StoreError)
  {
    guard case .object(let object) = root.value else {
      throw located(
        .invalid, file, bytes, offset: root.offset, path: nil,
        "this is not an ecowerk plan: expected an object ({ … }) at the top")
    }
    guard let format = object["format"], case .string(let name) = format.value,
      name == PlanFormat.name
    else {
      throw located(
        .invalid, file, bytes, offset: object["format"]?.offset ?? root.offset, path: nil,
        "this is not an ecowerk plan: it needs \"format\": \"\(PlanFormat.name)\"")
    }
    guard let versionNode = object["schemaVersion"], case .integer(let version) = versionNode.value
    else {
      throw located(
        .invalid, file, bytes, offset: object["schemaVersion"]?.offset ?? root.offset,
        path: "schemaVersion", "expected a whole number, e.g. \"schemaVersion\": 1")
    }
    if version > PlanFormat.schemaVersion {
      let error = located(
        .tooNew(found: Int(version), supported: PlanFormat.schemaVersion), file, bytes,
        offset: versionNode.offset, path: "schemaVersion",
        "this plan was written by a newer ecowerk (schema version \(version)); this ecowerk "
          + "reads schema version \(PlanFormat.schemaVersion). Update ecowerk to open it; "
          + "the file was not changed")
      throw error
    }
    if version < 1 {
      throw located(
        .invalid, file, bytes, offset: versionNode.offset, path: "schemaVersion",
        "\(version) is not a schema version; ecowerk plans start at 1")
    }
  }

  static func located(
    _ kind: StoreError.Kind, _ file: String, _ bytes: [UInt8], offset: Int, path: String?,
    _ message: String
  ) -> StoreError {
    let location = SourceLocation(offset: offset, in: bytes)
    return StoreError(
      kind, file: file, line: location.line, column: location.column,
      path: path.map { FieldPathText.abbreviated($0) }, message: message)
  }
}

extension JSONNode {
  /// The offset of the value at a field path like `stakeholders[3].influence`, following as
  /// much of the path as exists.
  func locate(_ path: String) -> Int? {
    var node = self
    var rest = Substring(path)
    while !rest.isEmpty {
      if rest.hasPrefix(".") { rest.removeFirst() }
      if rest.hasPrefix("[") {
        guard let close = rest.firstIndex(of: "]"),
          let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
          case .array(let elements) = node.value, elements.indices.contains(index)
        else { return node.offset }
        node = elements[index]
        rest = rest[rest.index(after: close)...]
      } else {
        let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
        let key = String(rest[..<end])
        guard case .object(let object) = node.value, let child = object[key] else {
          return node.offset
        }
        node = child
        rest = rest[end...]
      }
    }
    return node.offset
  }
}
