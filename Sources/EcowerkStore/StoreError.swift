/// Why a plan (or a file beside it, a rubric, a spreadsheet) could not be loaded or saved: the
/// file, where in it, and what is wrong as data (`StoreProblem`). The command line and the
/// workbench word it in the session's language; `message` and `description` are the English
/// fallback for logs and tests. Never a Swift type name or a stack trace.
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
  /// What is wrong.
  public var problem: StoreProblem

  public init(
    _ kind: Kind, file: String, line: Int? = nil, column: Int? = nil, path: String? = nil,
    problem: StoreProblem
  ) {
    self.kind = kind
    self.file = file
    self.line = line
    self.column = column
    self.path = path
    self.problem = problem
  }

  /// What is wrong in English, for logs and tests; users read the string table's words.
  public var message: String { problem.fallback }

  /// `FILE:LINE:COLUMN: ` and the field path when known: the same in every language.
  public var location: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    text += ": "
    if let path, !path.isEmpty { text += path + ": " }
    return text
  }

  /// `plan.ecowerk.json:12:18: stakeholders[3].influence: 7 is not between 1 and 5`
  public var description: String { location + message }
}
