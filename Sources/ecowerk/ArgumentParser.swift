import EcowerkReport
import EcowerkStrings
import EcowerkUI

/// A small hand-written parser for ecowerk's few commands; no package needed for this.
struct ArgumentParser {
  private var arguments: [String]
  private var index = 0
  private(set) var global = GlobalOptions()

  init(_ arguments: [String]) {
    self.arguments = arguments
  }

  /// Reads the whole command line.
  mutating func parse() throws(UsageError) -> Invocation {
    var words: [String] = []
    var flags: [String] = []
    var values: [String: [String]] = [:]
    let valued: Set<String> = [
      "--format", "-o", "--output", "--lang", "--section", "--rubric", "--csv-dialect",
      "--snapshots", "--stakeholders", "--segments", "--chain-links", "--finance", "--sheet",
      "--since", "--path", "--keys",
    ]
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--" {
        words.append(contentsOf: arguments[index...])
        break
      }
      if argument.hasPrefix("-") && argument.count > 1 {
        var name = argument
        var inline: String?
        if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
          name = String(argument[..<equals])
          inline = String(argument[argument.index(after: equals)...])
        }
        if valued.contains(name) {
          guard let value = inline ?? next() else { throw UsageError("usage.missingValue", name) }
          values[name == "--output" ? "-o" : name, default: []].append(value)
        } else {
          guard inline == nil else { throw UsageError("usage.unknownOption", argument) }
          flags.append(name)
        }
      } else {
        words.append(argument)
      }
    }

    if let language = values["--lang"]?.last {
      guard let parsed = Language(argument: language) else {
        throw UsageError("usage.badLanguage", language)
      }
      global.language = parsed
    }
    if flags.contains("--help") || flags.contains("-h") || words.first == "help" { return .help }
    if flags.contains("--version") || flags.contains("-V") { return .version }

    switch words.first {
    case "new":
      try allow(flags, ["--demo"], values, [])
      guard words.count == 2 else { throw UsageError("usage.newNeedsFile") }
      return .new(file: words[1], demo: flags.contains("--demo"))
    case "check":
      try allow(flags, [], values, ["--format"])
      guard words.count == 2 else { throw UsageError("usage.checkNeedsFile") }
      var options = CheckOptions(file: words[1])
      if let format = values["--format"]?.last {
        guard let parsed = CheckFormat(rawValue: format) else {
          throw UsageError("usage.badCheckFormat", format)
        }
        options.format = parsed
      }
      return .check(options)
    case "print":
      try allow(
        flags, [], values, ["--format", "-o", "--section", "--rubric", "--csv-dialect", "--since"])
      guard words.count == 2 else { throw UsageError("usage.printNeedsFile") }
      var options = PrintOptions(file: words[1])
      options.output = values["-o"]?.last
      if let format = values["--format"]?.last {
        guard let parsed = SnapshotFormat(argument: format) else {
          throw UsageError("usage.badFormat", format)
        }
        options.format = parsed
      } else if let output = options.output {
        // `-o snapshot.html` is the first thing a user types: the name says the format.
        // Standard output, a FIFO or a device has no extension to say it: text, as without
        // -o (a folder is refused as a place to write, by what it is).
        if let inferred = SnapshotFormat(fileName: output) {
          options.format = inferred
        } else if !(output == "-" || OutputTarget.isSpecial(output)) {
          throw UsageError("usage.unknownExtension", output).withoutHint()
        }
      }
      if let dialect = values["--csv-dialect"]?.last {
        guard let parsed = CSVExport.Dialect(rawValue: dialect.lowercased()) else {
          throw UsageError("usage.badDialect", dialect)
        }
        guard options.format == .csv else { throw UsageError("usage.dialectWithoutCSV") }
        options.dialect = parsed
      }
      options.sections = values["--section"] ?? []
      options.rubric = values["--rubric"]?.last
      options.since = values["--since"]?.last
      if options.since != nil && options.format.reportFormat == nil {
        throw UsageError("usage.sinceFormat", options.format.rawValue)
      }
      if options.since == nil && options.sections.contains(ReportSectionID.changes.rawValue) {
        throw UsageError("usage.changesWithoutSince")
      }
      return .print(options)
    case "diff":
      try allow(flags, [], values, ["--format"])
      return .diff(try DiffOptions(Array(words.dropFirst()), format: values["--format"]?.last))
    case "merge":
      try allow(flags, [], values, ["-o", "--path"])
      guard words.count == 4 else { throw UsageError("usage.mergeNeedsFiles") }
      return .merge(
        MergeOptions(
          base: words[1], ours: words[2], theirs: words[3], output: values["-o"]?.last,
          path: values["--path"]?.last))
    case "import":
      let tables = DataTable.importable.map { "--" + $0.rawValue }
      try allow(
        flags, ["--yes", "-y", "--partial", "--skip-unknown-columns"], values,
        Set(tables + ["--sheet"]))
      guard words.count == 2 else { throw UsageError("usage.importNeedsFile") }
      var options = ImportOptions(file: words[1])
      for table in DataTable.importable {
        if let list = values["--" + table.rawValue]?.last { options.lists.append((table, list)) }
      }
      guard !options.lists.isEmpty else { throw UsageError("usage.importNeedsTable") }
      options.sheet = values["--sheet"]?.last
      options.yes = flags.contains("--yes") || flags.contains("-y")
      options.partial = flags.contains("--partial")
      options.skipUnknownColumns = flags.contains("--skip-unknown-columns")
      return .importTables(options)
    default:
      try allow(
        flags, ["--demo", "--no-mouse", "--no-color", "--read-only", "--ignore-lock"], values,
        ["--rubric", "--snapshots", "--keys"])
      var options = WorkbenchOptions()
      options.demo = flags.contains("--demo")
      options.mouse = !flags.contains("--no-mouse")
      options.color = !flags.contains("--no-color")
      options.readOnly = flags.contains("--read-only")
      options.rubric = values["--rubric"]?.last
      options.snapshots = values["--snapshots"]?.last
      options.ignoreLock = flags.contains("--ignore-lock")
      if let keys = values["--keys"]?.last {
        guard let name = Keymap.Name(rawValue: keys.lowercased()) else {
          throw UsageError("usage.badKeys", keys)
        }
        options.keys = name
      }
      if words.count > 1 { throw UsageError("usage.tooManyFiles", words[1]) }
      options.file = words.first
      if options.file == nil && !options.demo { return .help }
      if options.file != nil && options.demo { throw UsageError("usage.demoAndFile") }
      return .workbench(options)
    }
  }

  private mutating func next() -> String? {
    guard index < arguments.count else { return nil }
    defer { index += 1 }
    return arguments[index]
  }

  /// Refuses flags and valued options the command does not take (`--lang` goes everywhere).
  private func allow(
    _ flags: [String], _ allowedFlags: Set<String>, _ values: [String: [String]],
    _ allowedValues: Set<String>
  ) throws(UsageError) {
    for flag in flags where !allowedFlags.contains(flag) {
      throw UsageError("usage.unknownOption", flag)
    }
    for name in values.keys where name != "--lang" && !allowedValues.contains(name) {
      throw UsageError("usage.unknownOption", name)
    }
  }
}
