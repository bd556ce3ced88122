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
  /// `ecowerk import FILE --stakeholders LIST.csv [--segments LIST.csv] [--yes] [--partial]`
  case importTables(ImportOptions)
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
  var format: SnapshotFormat = .text
  var output: String?
  var sections: [String] = []
  /// `--csv-dialect nl|en`: Dutch Excel (`;`, decimal comma) unless told otherwise.
  var dialect: CSVExport.Dialect = .dutch
  /// `--rubric FILE`: a rubric for this report in place of the plan's own.
  var rubric: String?
}

struct ImportOptions: Equatable {
  var file: String
  var stakeholders: String?
  var segments: String?
  /// Import without asking.
  var yes = false
  /// Import the rows that can be read even when others cannot.
  var partial = false
}

/// The language and other options that apply to every command.
struct GlobalOptions: Equatable {
  var language: Language?
}

/// A command line that does not make sense, with the message that says why.
struct UsageError: Error, Equatable {
  var key: String
  var arguments: [String]

  init(_ key: String, _ arguments: String...) {
    self.key = key
    self.arguments = arguments
  }
}
