import EcowerkJSON
import EcowerkModel
import EcowerkResources
import Foundation

/// Reading a peer review rubric: the shipped one or one the user points to.
public enum RubricFile {
  public static let formatName = "ecowerk-rubric"
  public static let schemaVersion = 1

  /// The rubric ecowerk ships (4 dimensions × 4 elements drawn from the method text).
  public static func loadDefault() throws(StoreError) -> Rubric {
    guard let url = BundledResources.defaultRubric else {
      throw StoreError(
        .unreadable, file: "rubric-default.json", message: "is missing from the installation")
    }
    return try load(url.path)
  }

  /// Reads the rubric at `path`: only a regular file (a FIFO, a device or a folder is refused
  /// by what it is), and a file that does not say it is a rubric is refused without a word of
  /// its content — a plan's `rubricFile` may name any file on the machine.
  public static func load(_ path: String) throws(StoreError) -> Rubric {
    let bytes: [UInt8]
    do {
      bytes = try FileIO.read(path, limit: 4 * 1_048_576)
    } catch {
      throw PlanStore.unreadable(error, path) { size in
        "the file is \(PlanFormat.bytes(size)); a rubric is at most 4 MB"
      }
    }
    return try decode(bytes, file: path)
  }

  public static func decode(_ bytes: [UInt8], file: String) throws(StoreError) -> Rubric {
    guard contains(bytes, Array("\"\(formatName)\"".utf8)) else {
      throw StoreError(.invalid, file: file, problem: .notARubric)
    }
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw PlanFile.located(.invalid, file, bytes, offset: error.offset, path: nil, error.message)
    }
    var reader = JSONReader()
    do {
      return try reader.rubric(root)
    } catch let error as DecodeError {
      throw PlanFile.located(
        .invalid, file, bytes, offset: error.offset, path: error.path, error.message)
    } catch {
      throw StoreError(.invalid, file: file, message: "the rubric could not be read")
    }
  }
}

extension RubricFile {
  /// Whether `needle` occurs in `bytes`.
  static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, bytes.count >= needle.count else { return false }
    var index = 0
    while index <= bytes.count - needle.count {
      if bytes[index] == first && bytes[index..<index + needle.count].elementsEqual(needle) {
        return true
      }
      index += 1
    }
    return false
  }
}

extension JSONReader {
  mutating func rubric(_ node: JSONNode) throws -> Rubric {
    let o = try object(node, known: ["format", "schemaVersion", "name", "note", "dimensions"])
    guard try string(o, "format") == RubricFile.formatName else {
      throw fail(node, "this is not an ecowerk rubric: it needs \"format\": \"ecowerk-rubric\"")
    }
    let version = try int(o, "schemaVersion", in: node)
    if version > RubricFile.schemaVersion {
      throw fail(
        node,
        "this rubric was written for a newer ecowerk (schema version \(version)); update ecowerk")
    }
    let dimensions = try array(o, "dimensions") { r, n in try r.dimension(n) }
    guard !dimensions.isEmpty else { throw fail(node, "the rubric has no dimensions") }
    var seen: Set<String> = []
    for dimension in dimensions {
      for element in dimension.elements where !seen.insert(element.id).inserted {
        throw fail(node, "the element id \"\(element.id)\" is used more than once")
      }
    }
    return Rubric(
      name: try localized(o, "name", in: node), note: try localized(o, "note", in: node),
      dimensions: dimensions)
  }

  mutating func dimension(_ node: JSONNode) throws -> RubricDimension {
    let o = try object(node, known: ["id", "name", "elements"])
    let id: EntityID<RubricDimension> = try self.id(o, in: node)
    let elements = try array(o, "elements") { r, n in try r.element(n) }
    guard !elements.isEmpty else { throw fail(node, "the dimension has no elements") }
    return RubricDimension(
      id: id.rawValue, name: try localized(o, "name", in: node), elements: elements)
  }

  mutating func element(_ node: JSONNode) throws -> RubricElement {
    let o = try object(node, known: ["id", "name", "levels"])
    let id: EntityID<RubricElement> = try self.id(o, in: node)
    let levelsNode = try required(o, "levels", in: node)
    let levels = try within(.key("levels")) { reader -> [LocalizedText] in
      guard case .array(let items) = levelsNode.value, items.count == 5 else {
        throw reader.fail(levelsNode, "expected a list of exactly 5 level descriptions (1 to 5)")
      }
      var result: [LocalizedText] = []
      for (index, item) in items.enumerated() {
        result.append(try reader.within(.index(index)) { inner in try inner.localized(item) })
      }
      return result
    }
    return RubricElement(id: id.rawValue, name: try localized(o, "name", in: node), levels: levels)
  }

  mutating func localized(_ object: JSONObject, _ key: String, in parent: JSONNode) throws
    -> LocalizedText
  {
    let node = try required(object, key, in: parent)
    return try within(.key(key)) { reader in try reader.localized(node) }
  }

  /// Either plain text (Dutch) or `{"nl": "…", "en": "…"}`.
  mutating func localized(_ node: JSONNode) throws -> LocalizedText {
    if case .string(let text) = node.value { return LocalizedText(nl: text) }
    let o = try object(node, known: ["nl", "en"])
    return LocalizedText(nl: try string(o, "nl"), en: try optionalString(o, "en"))
  }
}
