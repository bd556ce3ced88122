import EcowerkJSON

/// What is wrong with a value the readers met, as data: text where a number belongs, an
/// unknown field, a date that does not exist. The field path and the place in the file travel
/// with it (`DecodeError`, then `StoreError`); the words are chosen where it is shown.
public enum DecodeProblem: Hashable, Sendable {
  /// Another kind of value than the field holds.
  case expected(ValueShape, found: FoundValue)
  /// A key this version does not know, with the keys it knows there.
  case unknownField(String, known: [String])
  /// A required key is absent (or null).
  case missingField(String)
  /// A whole number beyond what this machine counts.
  case numberTooLarge
  /// An amount beyond ecowerk's limit, as written.
  case amountTooLarge(String)
  /// An amount with more than two decimals, as written.
  case tooManyDecimals(String)
  /// A text that is not a date `YYYY-MM-DD` that exists.
  case notADate(String)
  /// Not text where one of `options` belongs.
  case expectedChoice(options: [String], found: FoundValue)
  /// A text that is none of `options`.
  case notAChoice(String, options: [String])
  case emptyID
  /// A value the reader could not place (a reader and its schema disagree).
  case unreadable

  // The recovery journal's edits.
  /// An edit object with none or several of set / insert / remove / move / moveNode / group.
  case oneEditKind
  /// A field name no entity has.
  case unknownEditField(String)
  case unknownEntityKind(String)
  case unknownListKind(String)
  /// A kind of list that belongs to a parent entity, without one.
  case listNeedsParent(String)
  /// A finance year reference whose id is not a year.
  case yearNotANumber
  /// A value object with none or several kinds of value.
  case oneValueKind
  /// An entity object with none or several entities.
  case oneEntity

  // A peer review rubric.
  /// The file says it is something else than an ecowerk rubric.
  case notARubric
  case rubricTooNew(version: Int)
  case noDimensions
  case noElements
  /// A rubric element with another number of level descriptions than five.
  case levelCount(Int)
  /// An element id used twice.
  case duplicateElement(String)

  // A merge's conflicts file.
  /// The file says it is something else than an ecowerk conflicts file.
  case notAConflictsFile
  case conflictsTooNew(version: Int)
  case unknownConflictKind(String)
  /// Who removed an entity is neither ours nor theirs.
  case notOursOrTheirs
  /// A step with none or several of set / insert / remove / move.
  case oneStep
  /// A step that should change a field and does something else.
  case notAFieldChange
}

/// The kinds of value a reader expects, for "expected …, found …".
public enum ValueShape: String, Hashable, Sendable, CaseIterable {
  case object, text, wholeNumber, number, trueOrFalse, amount, date, id, list
  /// A joint-organisation function's arrangements: an object keyed by partner ids.
  case partnerArrangements
  /// A group edit's list of edits.
  case edits
  /// A rubric element's five level descriptions.
  case fiveLevels
}

/// A value as found in the file, for messages: texts shortened, never quoted whole.
public enum FoundValue: Hashable, Sendable {
  case null
  case bool(Bool)
  /// A number as the file writes it (or as read, when the source is not at hand).
  case number(String)
  /// A text, shortened to 30 characters.
  case text(String)
  case list
  case object

  init(_ value: JSONValue) {
    switch value {
    case .null: self = .null
    case .bool(let value): self = .bool(value)
    case .integer(let value): self = .number(String(value))
    case .double(let value): self = .number(String(value))
    case .string(let value):
      self = .text(value.count > 30 ? String(value.prefix(29)) + "…" : value)
    case .array: self = .list
    case .object: self = .object
    }
  }
}

extension DecodeProblem {
  /// The English fallback, for logs and tests; users read the string table's words.
  var fallback: String {
    switch self {
    case .expected(let shape, let found):
      return "expected \(shape.fallback), found \(found.fallback)"
    case .unknownField(let key, let known):
      return "unknown field \"\(key)\"; the fields here are " + known.joined(separator: ", ")
    case .missingField(let key): return "the field \"\(key)\" is missing"
    case .numberTooLarge: return "the number is too large"
    case .amountTooLarge(let amount): return "the amount \(amount) is larger than ecowerk allows"
    case .tooManyDecimals(let amount):
      return "the amount \(amount) has more than two decimals (cents)"
    case .notADate(let text):
      return "\"\(text)\" is not a date; write it as YYYY-MM-DD, e.g. \"2027-03-01\""
    case .expectedChoice(let options, let found):
      return "expected one of \(Self.listed(options)), found \(found.fallback)"
    case .notAChoice(let raw, let options):
      return "\"\(raw)\" is not one of \(Self.listed(options))"
    case .emptyID: return "the id is empty"
    case .unreadable: return "the value could not be read"
    case .oneEditKind: return "expected exactly one kind of edit"
    case .unknownEditField(let name): return "unknown field \"\(name)\""
    case .unknownEntityKind(let name): return "unknown kind of entity \"\(name)\""
    case .unknownListKind(let name): return "unknown kind of list \"\(name)\""
    case .listNeedsParent(let name): return "the list \"\(name)\" needs a parent"
    case .yearNotANumber: return "the year is not a number"
    case .oneValueKind: return "expected exactly one kind of value"
    case .oneEntity: return "expected exactly one entity"
    case .notARubric:
      return "this is not an ecowerk rubric: it needs \"format\": \"ecowerk-rubric\""
    case .rubricTooNew(let version):
      return "this rubric was written for a newer ecowerk (schema version \(version)); "
        + "update ecowerk"
    case .noDimensions: return "the rubric has no dimensions"
    case .noElements: return "the dimension has no elements"
    case .levelCount(let count):
      return "expected exactly 5 level descriptions (1 to 5), found \(count)"
    case .duplicateElement(let id): return "the element id \"\(id)\" is used more than once"
    case .notAConflictsFile:
      return "this is not an ecowerk conflicts file: it needs \"format\": \"ecowerk-conflicts\""
    case .conflictsTooNew(let version):
      return "these conflicts were written by a newer ecowerk (schema version \(version))"
    case .unknownConflictKind(let kind): return "unknown kind of conflict \"\(kind)\""
    case .notOursOrTheirs: return "\"by\" is ours or theirs"
    case .oneStep: return "expected exactly one step"
    case .notAFieldChange: return "expected a change of a field"
    }
  }

  /// `"a", "b", "c"`.
  static func listed(_ options: [String]) -> String {
    options.map { "\"\($0)\"" }.joined(separator: ", ")
  }
}

extension ValueShape {
  var fallback: String {
    switch self {
    case .object: return "an object ({ … })"
    case .text: return "text in quotes"
    case .wholeNumber: return "a whole number"
    case .number: return "a number"
    case .trueOrFalse: return "true or false"
    case .amount: return "an amount in euros"
    case .date: return "a date like \"2027-03-01\""
    case .id: return "an id in quotes"
    case .list: return "a list ([ … ])"
    case .partnerArrangements: return "an object of partner ids"
    case .edits: return "a list of edits"
    case .fiveLevels: return "a list of exactly 5 level descriptions (1 to 5)"
    }
  }
}

extension FoundValue {
  var fallback: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .number(let text): return "the number \(text)"
    case .text(let text): return "the text \"\(text)\""
    case .list: return "a list"
    case .object: return "an object"
    }
  }
}
