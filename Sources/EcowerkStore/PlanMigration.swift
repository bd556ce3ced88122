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

  /// Every step, oldest first; one for each change of a value's shape (several may share a
  /// version: each is its own, so that changes made side by side merge as lines of a list).
  public static let steps: [Step] = [
    Step(
      from: 1,
      summary:
        "a segment's pains and gains become entities with an id and their text, so that value "
        + "propositions can name the ones they answer",
      rewrite: needsWithIDs),
    Step(
      from: 1,
      summary:
        "a conversation's isMember becomes membership, a choice that may be open: true is "
        + "\"member\", false was also what nobody chose, so it becomes open (not chosen)",
      rewrite: membershipChosen),
    Step(
      from: 1,
      summary:
        "a segment's participating becomes participatingAtStart: the SMEs taking part at the "
        + "start, apart from the new SMEs reached since (reachedSinceStart, a new field)",
      rewrite: participatingAtStart),
    kpiActualToMeasurement,
  ]

  /// `"pains": ["Te duur"]` → `"pains": [{"id": "need-1", "text": "Te duur"}]`, numbered in file
  /// order past any `need-N` the file already uses, every text kept as it was.
  static func needsWithIDs(_ plan: inout JSONObject) {
    var used = Set<String>()
    collectIDs(JSONNode(.object(plan)), into: &used)
    var next = 1
    func newID() -> String {
      while used.contains("need-\(next)") { next += 1 }
      let id = "need-\(next)"
      used.insert(id)
      return id
    }
    plan.update("segments") { segments in
      segments.eachObject { segment in
        for key in ["pains", "gains"] {
          segment.update(key) { list in
            guard case .array(let texts) = list.value else { return }
            list.value = .array(
              texts.map { text in
                // Anything but a text is left for the reader to report where it is.
                guard case .string = text.value else { return text }
                let id = JSONNode(.string(newID()), offset: text.offset)
                return JSONNode(
                  .object(
                    JSONObject(members: [
                      .init(key: "id", keyOffset: text.offset, value: id),
                      .init(key: "text", keyOffset: text.offset, value: text),
                    ])), offset: text.offset)
              })
          }
        }
      }
    }
  }

  /// Every `"id"` text anywhere in the tree.
  private static func collectIDs(_ node: JSONNode, into ids: inout Set<String>) {
    switch node.value {
    case .array(let elements): for element in elements { collectIDs(element, into: &ids) }
    case .object(let object):
      for member in object.members {
        if member.key == "id", case .string(let id) = member.value.value { ids.insert(id) }
        collectIDs(member.value, into: &ids)
      }
    default: break
    }
  }

  /// `"isMember": true` → `"membership": "member"`; `false` or null → no membership (open).
  static func membershipChosen(_ plan: inout JSONObject) {
    plan.update("segments") { segments in
      segments.eachObject { segment in
        segment.update("conversations") { conversations in
          conversations.eachObject { conversation in
            guard let index = conversation.members.firstIndex(where: { $0.key == "isMember" })
            else { return }
            let old = conversation.members[index]
            switch old.value.value {
            case .bool(true):
              conversation.members[index] = .init(
                key: "membership", keyOffset: old.keyOffset,
                value: JSONNode(.string("member"), offset: old.value.offset))
            case .bool(false), .null:
              conversation.members.remove(at: index)
            default:
              // Not a yes or no: kept under its new name for the reader to report.
              conversation.members[index] = .init(
                key: "membership", keyOffset: old.keyOffset, value: old.value)
            }
          }
        }
      }
    }
  }

  /// `"participating": 40` → `"participatingAtStart": 40`.
  static func participatingAtStart(_ plan: inout JSONObject) {
    plan.update("segments") { segments in
      segments.eachObject { segment in
        guard let index = segment.members.firstIndex(where: { $0.key == "participating" }) else {
          return
        }
        let old = segment.members[index]
        segment.members[index] = .init(
          key: "participatingAtStart", keyOffset: old.keyOffset, value: old.value)
      }
    }
  }

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
