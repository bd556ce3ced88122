import EcowerkReport
import EcowerkStrings
import EcowerkUI

/// What the user asked for on the command line.
enum Invocation: Equatable {
  case help
  case version
  /// `ecowerk FILE` or `ecowerk --demo`: the workbench.
  case workbench(WorkbenchOptions)
  /// `ecowerk new FILE [--demo]`
  case new(file: String, demo: Bool)
  /// `ecowerk print FILE [--format …] [-o OUT] [--section NAME …] [--rubric FILE]`
  case print(PrintOptions)
  /// `ecowerk check FILE [--format text|json]`
  case check(CheckOptions)
  /// `ecowerk import FILE [--stakeholders LIST] [--chain-links LIST] [--segments LIST]
  /// [--finance LIST] [--sheet NAME] [--yes] [--partial] [--skip-unknown-columns]`
  case importTables(ImportOptions)
  /// `ecowerk diff OLD NEW [--format text|md|json]`, or git's seven arguments
  case diff(DiffOptions)
  /// `ecowerk merge BASE OURS THEIRS [-o OUT] [--path PLAN]`
  case merge(MergeOptions)
}

struct WorkbenchOptions: Equatable {
  var file: String?
  var demo = false
  var mouse = true
  var color = true
  var readOnly = false
  /// `--rubric FILE`: a rubric for this session in place of the plan's own.
  var rubric: String?
  /// `--snapshots DIR`: where `p` and `:print` write; beside the plan when nil.
  var snapshots: String?
  /// `--ignore-lock`: edit even though another workbench holds the plan.
  var ignoreLock = false
  /// `--keys workshop|vim`: the keymap, over `ECOWERK_KEYS` and the config file.
  var keys: Keymap.Name?
}

struct PrintOptions: Equatable {
  var file: String
  /// `--format`, else what the extension of `-o` names, else text.
  var format: SnapshotFormat = .text
  var output: String?
  var sections: [String] = []
  /// `--csv-dialect nl|en`: Dutch Excel (`;`, decimal comma) unless told otherwise.
  var dialect: CSVExport.Dialect = .dutch
  /// `--rubric FILE`: a rubric for this report in place of the plan's own.
  var rubric: String?
  /// `--since OLDPLAN`: start the snapshot with what changed since that version.
  var since: String?
}

struct ImportOptions: Equatable {
  var file: String
  /// The spreadsheet given for each table, in the order the options name the tables.
  var lists: [(table: DataTable, path: String)] = []
  /// `--sheet NAME`: the sheet of a workbook to read instead of the first (or the table's own).
  var sheet: String?
  /// Import without asking.
  var yes = false
  /// Import the rows that can be read even when others cannot.
  var partial = false
  /// Leave columns out that ecowerk does not know, instead of asking (or stopping with --yes).
  var skipUnknownColumns = false

  static func == (lhs: ImportOptions, rhs: ImportOptions) -> Bool {
    lhs.file == rhs.file && lhs.lists.map(\.table) == rhs.lists.map(\.table)
      && lhs.lists.map(\.path) == rhs.lists.map(\.path) && lhs.sheet == rhs.sheet
      && lhs.yes == rhs.yes && lhs.partial == rhs.partial
      && lhs.skipUnknownColumns == rhs.skipUnknownColumns
  }
}

/// The language and other options that apply to every command.
struct GlobalOptions: Equatable {
  var language: Language?
}

/// A command line that does not make sense, with the message that says why.
struct UsageError: Error, Equatable {
  var key: String
  var arguments: [String]
  /// Whether "see ecowerk --help" follows the message; false when the message itself already
  /// says what to type.
  var showsHint = true

  init(_ key: String, _ arguments: String...) {
    self.key = key
    self.arguments = arguments
  }

  /// The same error, printed as its one line.
  func withoutHint() -> UsageError {
    var error = self
    error.showsHint = false
    return error
  }
}
