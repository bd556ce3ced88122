/// Why a plan could not be loaded or saved, said so a person can act on it: the file, where in
/// it, what is wrong. Never a Swift type name or a stack trace.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: Equatable, Sendable {
    /// The file could not be opened or read at all.
    case unreadable
    /// The file is not a valid plan; `line`/`column`/`path` say where.
    case invalid
    /// The file was written by a newer ecowerk.
    case tooNew(found: Int, supported: Int)
    /// The file is larger than ecowerk reads.
    case tooLarge
    /// Saving failed; the file on disk is unchanged.
    case notSaved
  }

  public var kind: Kind
  public var file: String
  public var line: Int?
  public var column: Int?
  /// The field path, e.g. `stakeholders[3].influence`, when known.
  public var path: String?
  public var message: String
  /// What is wrong, as data, when the error is one the string table words; `message` is then
  /// its English fallback.
  public var problem: StoreProblem?

  public init(
    _ kind: Kind, file: String, line: Int? = nil, column: Int? = nil, path: String? = nil,
    message: String
  ) {
    self.kind = kind
    self.file = file
    self.line = line
    self.column = column
    self.path = path
    self.message = message
  }

  /// An error whose words come from the string table; the message is the English fallback.
  public init(_ kind: Kind, file: String, problem: StoreProblem) {
    self.init(kind, file: file, message: problem.fallback)
    self.problem = problem
  }

  /// `plan.ecowerk.json:12:18: stakeholders[3].influence: 7 is not between 1 and 5`
  public var description: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    text += ": "
    if let path, !path.isEmpty { text += path + ": " }
    return text + message
  }
}
