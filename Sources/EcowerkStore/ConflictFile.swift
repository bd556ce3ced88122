import EcowerkJSON
import EcowerkModel

/// The conflicts of a merge, kept beside the plan (`PLAN.conflicts.json`) for the workbench to
/// resolve: each with what it is about, both values, the words it was reported in, and what
/// taking theirs does. It belongs to the merged plan it was written with (`plan`, the
/// fingerprint of that plan's bytes), so a file left over from an earlier merge is recognised.
public struct ConflictFile: Hashable, Sendable {
  public static let formatName = "ecowerk-conflicts"
  public static let schemaVersion = 1
  /// A conflicts file is read whole; a merge of the largest plans with every entity in
  /// conflict stays far below this.
  public static let maxFileBytes = 64 * 1_048_576

  /// The fingerprint of the merged plan's bytes (`Journal.fingerprint`).
  public var plan: String
  public var conflicts: [MergeConflict]
  /// Each conflict in words, as `ecowerk merge` reported it: for a person reading the file.
  public var texts: [String]
  /// What the entities the conflicts mention are called (`PlanMerge.names`).
  public var names: [String: String]

  public init(plan: String, conflicts: [MergeConflict], texts: [String], names: [String: String]) {
    self.plan = plan
    self.conflicts = conflicts
    self.texts = texts
    self.names = names
  }

  /// The conflicts file of the plan at `planPath`.
  public static func path(for planPath: String) -> String {
    planPath + ".conflicts.json"
  }

  /// Writes the file atomically and durably beside the plan (`PlanStore.write`).
  public func save(to path: String) throws(StoreError) {
    try PlanStore.write(encoded(), to: path, keepBackup: false)
  }

  /// Reads the file at `path`, saying where it is damaged.
  public static func load(_ path: String) throws(StoreError) -> ConflictFile {
    let bytes: [UInt8]
    do {
      bytes = try FileIO.read(path, limit: maxFileBytes)
    } catch {
      throw StoreError(.unreadable, file: path, message: "cannot be read: \(error.reason)")
    }
    return try decode(bytes, file: path)
  }

  public func encoded() -> [UInt8] {
    var writer = JSONWriter(style: .pretty)
    writer.beginObject()
    writer.field("format", Self.formatName)
    writer.field("schemaVersion", Self.schemaVersion)
    writer.field("plan", plan)
    writer.key("conflicts")
    writer.beginArray()
    for (index, conflict) in conflicts.enumerated() {
      writer.write(conflict, text: index < texts.count ? texts[index] : "")
    }
    writer.endArray()
    writer.key("names")
    writer.beginObject()
    for id in names.keys.sorted() { writer.field(id, names[id]) }
    writer.endObject()
    writer.endObject()
    return writer.bytes + [10]
  }

  public static func decode(_ bytes: [UInt8], file: String) throws(StoreError) -> ConflictFile {
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw StoreError(.invalid, file: file, message: error.message)
    }
    var reader = JSONReader()
    do {
      return try reader.conflictFile(root)
    } catch let error as DecodeError {
      let location = SourceLocation(offset: error.offset, in: bytes)
      throw StoreError(
        .invalid, file: file, line: location.line, column: location.column, path: error.path,
        message: error.message)
    } catch {
      throw StoreError(.invalid, file: file, message: "the conflicts could not be read")
    }
  }
}

extension JSONWriter {
  mutating func write(_ conflict: MergeConflict, text: String) {
    beginObject()
    field("text", text)
    key("ref")
    write(conflict.ref)
    field("name", conflict.name)
    switch conflict.kind {
    case .field(let changed, let base, let ours, let theirs):
      field("kind", "field")
      field("field", changed.rawValue)
      key("base")
      if let base { write(base) } else { null() }
      key("ours")
      write(ours)
      key("theirs")
      write(theirs)
    case .removed(let side):
      field("kind", "removed")
      field("by", side.rawValue)
    case .reference(let changed, let target):
      field("kind", "reference")
      field("field", changed.rawValue)
      key("target")
      write(target)
    case .moved(let ours, let theirs):
      field("kind", "moved")
      key("ours")
      write(ours)
      key("theirs")
      write(theirs)
    case .unmergeable:
      field("kind", "unmergeable")
    }
    key("takeTheirs")
    beginArray()
    for step in conflict.theirs { write(step) }
    endArray()
    endObject()
  }

  mutating func write(_ step: MergeStep) {
    // A change of a field is written as the journal writes that edit: `{"set": {…}}`.
    if case .set(let ref, let changed, let from, let to) = step {
      write(Edit.set(ref, changed, from: from, to: to))
      return
    }
    beginObject()
    switch step {
    case .set:
      break
    case .insert(let entity, let list, let after):
      key("insert")
      beginObject()
      key("list")
      write(list)
      key("after")
      if let after { write(after) } else { null() }
      key("entity")
      write(entity)
      endObject()
    case .remove(let ref):
      key("remove")
      write(ref)
    case .move(let ref, let list, let after):
      key("move")
      beginObject()
      key("ref")
      write(ref)
      key("list")
      write(list)
      key("after")
      if let after { write(after) } else { null() }
      endObject()
    }
    endObject()
  }
}

extension JSONReader {
  mutating func conflictFile(_ node: JSONNode) throws -> ConflictFile {
    let o = try object(node, known: ["format", "schemaVersion", "plan", "conflicts", "names"])
    guard try string(o, "format") == ConflictFile.formatName else {
      throw fail(
        node, "not an ecowerk conflicts file (\"format\" is not \"\(ConflictFile.formatName)\")")
    }
    let version = try int(o, "schemaVersion", in: node)
    guard version <= ConflictFile.schemaVersion else {
      throw fail(node, "written by a newer ecowerk (schemaVersion \(version))")
    }
    var conflicts: [MergeConflict] = []
    var texts: [String] = []
    try within(.key("conflicts")) { reader in
      let list = try reader.required(o, "conflicts", in: node)
      guard case .array(let items) = list.value else {
        throw reader.fail(list, "expected a list of conflicts")
      }
      for (index, item) in items.enumerated() {
        try reader.within(.index(index)) { inner in
          let (conflict, text) = try inner.conflict(item)
          conflicts.append(conflict)
          texts.append(text)
        }
      }
    }
    var names: [String: String] = [:]
    if let table = member(o, "names") {
      guard case .object(let members) = table.value else {
        throw fail(table, "expected an object of names")
      }
      for member in members.members {
        guard case .string(let name) = member.value.value else {
          throw fail(member.value, "expected a name in quotes")
        }
        names[member.key] = name
      }
    }
    return ConflictFile(
      plan: try string(o, "plan"), conflicts: conflicts, texts: texts, names: names)
  }

  mutating func conflict(_ node: JSONNode) throws -> (MergeConflict, String) {
    let o = try object(
      node,
      known: [
        "text", "ref", "name", "kind", "field", "base", "ours", "theirs", "by", "target",
        "takeTheirs",
      ])
    let ref = try entityRef(try required(o, "ref", in: node))
    let kind: MergeConflict.Kind
    func field() throws -> Field {
      let name = try string(o, "field")
      guard let field = Field(rawValue: name) else { throw fail(node, "unknown field \"\(name)\"") }
      return field
    }
    switch try string(o, "kind") {
    case "field":
      kind = .field(
        try field(), base: try member(o, "base").map { try fieldValue($0) },
        ours: try fieldValue(try required(o, "ours", in: node)),
        theirs: try fieldValue(try required(o, "theirs", in: node)))
    case "removed":
      guard let side = MergeConflict.Side(rawValue: try string(o, "by")) else {
        throw fail(node, "\"by\" is ours or theirs")
      }
      kind = .removed(by: side)
    case "reference":
      kind = .reference(try field(), target: try entityRef(try required(o, "target", in: node)))
    case "moved":
      kind = .moved(
        ours: try listRef(try required(o, "ours", in: node)),
        theirs: try listRef(try required(o, "theirs", in: node)))
    case "unmergeable":
      kind = .unmergeable
    case let other:
      throw fail(node, "unknown kind of conflict \"\(other)\"")
    }
    var steps: [MergeStep] = []
    if let list = member(o, "takeTheirs") {
      guard case .array(let items) = list.value else {
        throw fail(list, "expected a list of steps")
      }
      for item in items { steps.append(try step(item)) }
    }
    return (
      MergeConflict(ref: ref, kind: kind, name: try string(o, "name"), theirs: steps),
      try string(o, "text")
    )
  }

  mutating func step(_ node: JSONNode) throws -> MergeStep {
    let o = try object(node, known: ["set", "insert", "remove", "move"])
    guard let member = o.members.first, o.members.count == 1 else {
      throw fail(node, "expected exactly one step")
    }
    let body = member.value
    switch member.key {
    case "set":
      guard case .set(let ref, let field, let from, let to) = try edit(node) else {
        throw fail(node, "expected a change of a field")
      }
      return .set(ref, field, from: from, to: to)
    case "insert":
      let s = try object(body, known: ["list", "after", "entity"])
      return .insert(
        try entityValue(try required(s, "entity", in: body)),
        into: try listRef(try required(s, "list", in: body)),
        after: try self.member(s, "after").map { try entityRef($0) })
    case "remove":
      return .remove(try entityRef(body))
    default:
      let s = try object(body, known: ["ref", "list", "after"])
      return .move(
        try entityRef(try required(s, "ref", in: body)),
        to: try listRef(try required(s, "list", in: body)),
        after: try self.member(s, "after").map { try entityRef($0) })
    }
  }
}
