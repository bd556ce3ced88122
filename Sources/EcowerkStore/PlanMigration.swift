import EcowerkJSON

/// Plan files of an earlier schema version, brought up to this one before they are read.
///
/// A plan lasts six years, longer than any version of ecowerk: every change to the file format
/// raises `PlanFormat.schemaVersion` and, where the change is more than a new field with a
/// default (a value that changes shape, a field that is split or renamed), adds a step here
/// that rewrites the older JSON into the newer shape. The steps run on the tree of JSON nodes,
/// so a problem found after them is still located in the file as it is on disk. Saving then
/// writes the current version: an older file is migrated on its first save, nothing lost.
public enum PlanMigration {
  /// One step: the JSON of a plan at schema version `from`, rewritten into version `from + 1`.
  public struct Step: Sendable {
    public let from: Int
    /// What the step changes, for the README and the tests' messages.
    public let summary: String
    public let rewrite: @Sendable (inout JSONObject) -> Void

    public init(
      from: Int, summary: String, rewrite: @escaping @Sendable (inout JSONObject) -> Void
    ) {
      self.from = from
      self.summary = summary
      self.rewrite = rewrite
    }
  }

  /// Every step, oldest first; one for each version that needed more than defaults.
  public static let steps: [Step] = [kpiActualToMeasurement]

  /// The plan's top-level object, rewritten from `version` up to the current schema version.
  static func migrate(_ object: JSONObject, from version: Int) -> JSONObject {
    var object = object
    for step in steps where step.from >= version && step.from < PlanFormat.schemaVersion {
      step.rewrite(&object)
    }
    return object
  }
}

extension JSONObject {
  /// The member `key`'s value, changed in place; nothing when there is no such member.
  public mutating func update(_ key: String, _ change: (inout JSONNode) -> Void) {
    guard let index = members.firstIndex(where: { $0.key == key }) else { return }
    change(&members[index].value)
  }

  /// Adds or replaces the member `key`, keeping its place when it is there.
  public mutating func set(_ key: String, _ value: JSONNode) {
    if let index = members.firstIndex(where: { $0.key == key }) {
      members[index] = Member(key: key, keyOffset: members[index].keyOffset, value: value)
    } else {
      members.append(Member(key: key, value: value))
    }
  }

  /// Removes the member `key` and gives its value.
  @discardableResult
  public mutating func remove(_ key: String) -> JSONNode? {
    guard let index = members.firstIndex(where: { $0.key == key }) else { return nil }
    return members.remove(at: index).value
  }
}

extension JSONNode {
  /// Each element of a list, changed in place (an object's members through `change`).
  public mutating func eachObject(_ change: (inout JSONObject) -> Void) {
    guard case .array(var elements) = value else { return }
    for index in elements.indices {
      guard case .object(var object) = elements[index].value else { continue }
      change(&object)
      elements[index] = JSONNode(.object(object), offset: elements[index].offset)
    }
    value = .array(elements)
  }
}
