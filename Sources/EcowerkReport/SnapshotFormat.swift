/// The formats a snapshot of a plan can be written in, from the shell (`ecowerk print
/// --format`) and from the workbench (`:print FORMAT`). Three are documents from the one
/// report renderer; CSV and xlsx are the plan's tables as data; JSON is the plan file itself.
public enum SnapshotFormat: String, CaseIterable, Sendable {
  case text
  case md
  case html
  case csv
  case xlsx
  case json

  /// Reads a format as users type it: `text`/`txt`, `md`/`markdown`, `html`/`htm`, `csv`,
  /// `xlsx`/`excel`, `json`, in any case.
  public init?(argument: String) {
    switch argument.lowercased() {
    case "text", "txt", "plain": self = .text
    case "md", "markdown": self = .md
    case "html", "htm": self = .html
    case "csv": self = .csv
    case "xlsx", "excel": self = .xlsx
    case "json": self = .json
    default: return nil
    }
  }

  /// The format a file name asks for by its extension, in any case: `.txt` (or `.text`),
  /// `.md` (or `.markdown`), `.html` (or `.htm`), `.csv`, `.xlsx`, `.json`; nil for any other
  /// name, and for a name without an extension.
  public init?(fileName: String) {
    let name = fileName.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    switch name[name.index(after: dot)...].lowercased() {
    case "txt", "text": self = .text
    case "md", "markdown": self = .md
    case "html", "htm": self = .html
    case "csv": self = .csv
    case "xlsx": self = .xlsx
    case "json": self = .json
    default: return nil
    }
  }

  /// The document format when this is one; nil for CSV, xlsx and JSON, which are data.
  public var reportFormat: ReportFormat? {
    switch self {
    case .text: return .text
    case .md: return .markdown
    case .html: return .html
    case .csv, .xlsx, .json: return nil
    }
  }

  /// Whether the format holds the plan's tables (`--section` then names tables).
  public var isTables: Bool { self == .csv || self == .xlsx }

  /// The file name extension of a snapshot in this format.
  public var fileExtension: String {
    self == .text ? "txt" : rawValue
  }

  /// The names users may type, for messages that list them.
  public static var names: String {
    allCases.map(\.rawValue).joined(separator: ", ")
  }
}
