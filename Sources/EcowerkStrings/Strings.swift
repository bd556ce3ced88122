/// The one string table: every text a user reads, by key, in Dutch and English.
///
/// Keys are plain strings (`pane.overview`, `kind.municipality`) so that labels of model values
/// can be found from their raw value; the tests check that both languages have exactly the same
/// keys, that every model value has a label, and that placeholders match.
public struct Strings: Sendable {
  public let language: Language
  private let table: [String: String]

  public init(_ language: Language) {
    self.language = language
    table = language == .dutch ? Self.dutch : Self.english
  }

  /// The text for `key`; a visible `⟦key⟧` when it is missing, so a gap shows in tests and
  /// snapshots instead of crashing in front of a workshop.
  public subscript(_ key: String) -> String {
    table[key] ?? "⟦\(key)⟧"
  }

  /// The text for `key` with `{1}`, `{2}`, … replaced by `arguments`.
  public func format(_ key: String, _ arguments: CustomStringConvertible...) -> String {
    Self.fill(self[key], arguments.map(\.description))
  }

  /// The same, with the arguments in an array.
  public func format(_ key: String, arguments: [String]) -> String {
    Self.fill(self[key], arguments)
  }

  public func has(_ key: String) -> Bool { table[key] != nil }

  /// `count` with its noun in the right form: `key.one` for 1 ("1 reference", "1 verwijzing"),
  /// `key.other` for any other number ("17 references", "0 verwijzingen"), the number written
  /// with the language's grouping.
  public func count(_ count: Int, _ key: String) -> String {
    format(count == 1 ? key + ".one" : key + ".other", number(count))
  }

  static func fill(_ template: String, _ arguments: [String]) -> String {
    var result = ""
    var index = template.startIndex
    while index < template.endIndex {
      let character = template[index]
      if character == "{",
        let close = template[index...].firstIndex(of: "}"),
        let number = Int(template[template.index(after: index)..<close]),
        (1...arguments.count).contains(number)
      {
        result += arguments[number - 1]
        index = template.index(after: close)
      } else {
        result.append(character)
        index = template.index(after: index)
      }
    }
    return result
  }

  /// Every key of one language's table, for the completeness tests.
  public static func keys(_ language: Language) -> Set<String> {
    Set((language == .dutch ? dutch : english).keys)
  }

  static let dutch: [String: String] = merge(\.nl)
  static let english: [String: String] = merge(\.en)

  /// The table's parts, one per area, each written as `key: (nl, en)` pairs so that a string
  /// cannot be added in one language and forgotten in the other.
  static let parts: [[String: Pair]] = [
    modelLabels, fieldLabels, reportTexts, interfaceTexts, paneTexts, messageTexts,
    segmentsTexts, theoryOfChangeTexts, financeTexts, propositionsTexts, editingTexts,
    actionsTexts, snapshotTexts, importTexts, importCommandTexts, sheetTexts, diskTexts,
    checkTexts, safetyTexts, boardTexts, changeTexts, fileErrorTexts, refusalTexts, keyTexts,
    linkTexts, methodCheckTexts, timeAndCauseTexts,
  ]

  struct Pair: Sendable {
    var nl: String
    var en: String
  }

  private static func merge(_ pick: KeyPath<Pair, String>) -> [String: String] {
    var result: [String: String] = [:]
    for part in parts {
      for (key, pair) in part { result[key] = pair[keyPath: pick] }
    }
    return result
  }
}
