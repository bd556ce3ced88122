import EcowerkFixtures
import EcowerkJSON
import EcowerkModel
import EcowerkStore
import Testing

/// Every entity's keys left out of a file, one at a time and all at once: both readers give the
/// defaults its schema declares, and both refuse a file without a required key.
@Suite struct MissingKeyTests {
  /// One entity of each kind of the rich plan, found by walking the plan with its schemas.
  struct Occurrence {
    var path: [PathStep]
    var typeName: String
    /// Every field: its key, value, default (nil when required).
    var fields: [(key: String, value: FieldValue, defaultValue: FieldValue?)]
    /// Every list of child entities: its key and length.
    var lists: [(key: String, count: Int)]
  }

  enum PathStep: Equatable {
    case key(String)
    case index(Int)
  }

  /// Records the first entity of every type, with its place in the file.
  struct Finder: ListWalker {
    var path: [PathStep] = []
    var found: [String: Occurrence] = [:]

    mutating func record<E: SchemaEntity>(_ entity: E) {
      let schema = E.schema
      if found[schema.name] == nil {
        found[schema.name] = Occurrence(
          path: path, typeName: schema.name,
          fields: schema.fields.map { ($0.key, $0.get(entity), $0.defaultValue) },
          lists: schema.lists.map { ($0.key, $0.count(entity)) })
      }
      for list in schema.lists { list.walk(entity, &self) }
    }

    mutating func walk<Child: SchemaEntity>(_ list: [Child], key: String) {
      path.append(.key(key))
      for (index, child) in list.enumerated() {
        path.append(.index(index))
        record(child)
        path.removeLast()
      }
      path.removeLast()
    }
  }

  static func occurrences(in plan: Plan) -> [String: Occurrence] {
    var finder = Finder()
    finder.record(plan)
    return finder.found
  }

  /// The tree with the object at `path` changed by `change`.
  static func editing(
    _ value: JSONValue, at path: ArraySlice<PathStep>, _ change: (inout JSONObject) -> Void
  ) -> JSONValue {
    switch (value, path.first) {
    case (.object(var object), nil):
      change(&object)
      return .object(object)
    case (.object(var object), .key(let key)?):
      if let index = object.members.firstIndex(where: { $0.key == key }) {
        let inner = editing(object.members[index].value.value, at: path.dropFirst(), change)
        object.members[index] = JSONObject.Member(key: key, value: JSONNode(inner))
      }
      return .object(object)
    case (.array(var elements), .index(let index)?):
      elements[index] = JSONNode(editing(elements[index].value, at: path.dropFirst(), change))
      return .array(elements)
    default:
      return value
    }
  }

  static let plan = FixturePlans.rich()
  static let tree = (try? JSONParser.parse(PlanFile.encode(plan)).value) ?? .null

  /// Both readers on `bytes`: the plan they read (the same for both), or nil when both refuse.
  static func read(_ bytes: [UInt8]) throws -> Plan? {
    let fast = PlanFile.decodeFast(bytes).flatMap { $0.violations().isEmpty ? $0 : nil }
    let careful = try? PlanFile.decodeCarefully(bytes, file: "plan.json")
    #expect(fast == careful, "the fast and the careful reader disagree")
    return careful
  }

  @Test func theRichPlanHasEveryKindOfEntity() {
    let names = Set(Self.occurrences(in: Self.plan).keys)
    #expect(names == Set(EntityValue.types.keys).union(["plan"]))
  }

  @Test(arguments: EntityValue.types.keys.sorted() + ["plan"])
  func eachKeyLeftOutGivesItsDefault(_ typeName: String) throws {
    let found = try #require(Self.occurrences(in: Self.plan)[typeName])
    for (key, _, defaultValue) in found.fields {
      let tree = Self.editing(Self.tree, at: found.path[...]) { object in
        object.members.removeAll { $0.key == key }
      }
      let read = try Self.read(JSONWriter.encode(tree))
      guard let defaultValue else {
        #expect(read == nil, "\(typeName).\(key) is required, yet a file without it was read")
        continue
      }
      let plan = try #require(read, "\(typeName) without \(key) was refused")
      let again = try #require(Self.occurrences(in: plan)[typeName])
      for other in again.fields {
        let expected =
          other.key == key ? defaultValue : found.fields.first { $0.key == other.key }?.value
        #expect(other.value == expected, "\(typeName) without \(key): \(other.key)")
      }
    }
    for (key, count) in found.lists where count > 0 {
      let tree = Self.editing(Self.tree, at: found.path[...]) { object in
        object.members.removeAll { $0.key == key }
      }
      let bytes = JSONWriter.encode(tree)
      guard let plan = try Self.read(bytes) else {
        // Leaving out a list may leave references to what it held: refused for that alone.
        let error = try #require(throws: StoreError.self) {
          try PlanFile.decodeCarefully(bytes, file: "plan.json")
        }
        #expect(error.message.contains("which is not in the plan"), "\(error)")
        continue
      }
      let again = try #require(Self.occurrences(in: plan)[typeName])
      #expect(again.lists.first { $0.key == key }?.count == 0, "\(typeName).\(key)")
    }
  }

  @Test(arguments: EntityValue.types.keys.sorted())
  func anEntityWithOnlyItsRequiredKeysHasEveryDefault(_ typeName: String) throws {
    let found = try #require(Self.occurrences(in: Self.plan)[typeName])
    let required = Set(found.fields.filter { $0.defaultValue == nil }.map(\.key))
    let tree = Self.editing(Self.tree, at: found.path[...]) { object in
      object.members.removeAll { !required.contains($0.key) }
    }
    let bytes = JSONWriter.encode(tree)
    guard let plan = try Self.read(bytes) else {
      // A bare node loses its children, and what referred to them is refused for that alone.
      let error = try #require(throws: StoreError.self) {
        try PlanFile.decodeCarefully(bytes, file: "plan.json")
      }
      #expect(error.message.contains("which is not in the plan"), "\(typeName): \(error)")
      #expect(found.lists.contains { $0.count > 0 }, "\(typeName) has no list to lose")
      return
    }
    // The same place now holds the bare entity: the first of its type may have moved on only
    // when it held the first of another type, so look it up by path.
    var finder = Finder()
    finder.record(plan)
    let bare = try #require(finder.found.values.first { $0.path == found.path })
    for (key, value, defaultValue) in bare.fields {
      let original = found.fields.first { $0.key == key }?.value
      #expect(value == (defaultValue ?? original), "\(typeName).\(key)")
    }
    #expect(bare.lists.allSatisfy { $0.count == 0 }, "\(typeName)'s lists")
  }
}
