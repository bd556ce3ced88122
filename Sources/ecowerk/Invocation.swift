import EcowerkStrings

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
}

struct WorkbenchOptions: Equatable {
  var file: String?
  var demo = false
  var mouse = true
  var color = true
  var readOnly = false
  /// `--rubric FILE`: a rubric for this session in place of the plan's own.
  var rubric: String?
}

struct PrintOptions: Equatable {
  var file: String
  var format: PrintFormat = .text
  var output: String?
  var sections: [String] = []
  /// `--rubric FILE`: a rubric for this report in place of the plan's own.
  var rubric: String?
}

enum PrintFormat: String, CaseIterable, Equatable {
  case text
  case md
  case json
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
