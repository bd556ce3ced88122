import EcowerkModel
import EcowerkReport
import EcowerkStore
import EcowerkStrings
import Glibc

/// Runs one invocation and returns the exit status.
struct Commands {
  var strings: Strings
  var environment: [String: String]

  static let version = "0.1.0"

  func run(_ invocation: Invocation) -> Int32 {
    switch invocation {
    case .help:
      Console.output(strings["help.text"] + "\n")
      return ExitStatus.success
    case .version:
      Console.output("ecowerk \(Self.version)\n")
      return ExitStatus.success
    case .new(let file, let demo):
      return create(file, demo: demo)
    case .print(let options):
      return print(options)
    case .check(let options):
      return CheckCommand(strings: strings, options: options, today: Clock.today()).run()
    case .importTables(let options):
      return ImportCommand(strings: strings, options: options).run()
    case .diff(let options):
      return DiffCommand(strings: strings, options: options).run()
    case .merge(let options):
      return MergeCommand(strings: strings, options: options).run()
    case .workbench(let options):
      return WorkbenchRunner(strings: strings, environment: environment, options: options).run()
    }
  }

  private func fail(_ message: String) -> Int32 {
    Console.error(strings.format("cli.error", message))
    return ExitStatus.failure
  }

  private func create(_ file: String, demo: Bool) -> Int32 {
    if access(file, F_OK) == 0 { return fail(strings.format("cli.exists", file)) }
    do {
      let plan = demo ? try DemoPlan.load() : Plan.empty(startYear: Clock.today().year)
      try PlanStore.save(plan, to: file, keepBackup: false)
    } catch {
      return fail(strings.describe(error))
    }
    Console.output(strings.format(demo ? "cli.createdDemo" : "cli.created", file) + "\n")
    return ExitStatus.success
  }

  private func print(_ options: PrintOptions) -> Int32 {
    let plan: Plan
    let sections: Set<ReportSectionID>
    let tables: Set<DataTable>
    do throws(UsageError) {
      sections = try Snapshot.sections(options.sections, for: options.format)
      tables = try Snapshot.tables(options.sections, for: options.format)
      // A workbook is binary: on a terminal it would be noise and could upset the terminal.
      if options.format == .xlsx && options.output == nil && isatty(STDOUT_FILENO) == 1 {
        throw UsageError("usage.xlsxNeedsOutput")
      }
    } catch {
      Console.error(
        strings.format("cli.error", strings.format(error.key, arguments: error.arguments)))
      Console.error(strings["cli.usageHint"])
      return ExitStatus.usage
    }
    var since: ChangesSince?
    do {
      plan = try PlanStore.load(options.file)
      if let earlier = options.since {
        since = ChangesSince(
          diff: PlanDiff(from: try PlanStore.load(earlier), to: plan),
          name: FilePath.name(of: earlier), date: Clock.modified(earlier))
      }
    } catch {
      return fail(strings.describe(error))
    }
    var rubric: Rubric?
    if let override = options.rubric {
      // Asked for by name: a snapshot scored against another rubric would mislead, so a
      // rubric that cannot be read stops the print before anything is written.
      do {
        rubric = try RubricFile.load(override)
      } catch {
        return fail(strings.describe(error))
      }
    } else if options.format.reportFormat != nil {
      let located = RubricLocator.rubric(for: plan, planFile: options.file)
      if let problem = located.problem {
        Console.error(strings.format("cli.error", strings.describe(problem)))
      }
      rubric = located.rubric
    }
    let snapshot = Snapshot(
      format: options.format, language: strings.language, today: Clock.today(), rubric: rubric,
      sections: sections, tables: tables, dialect: options.dialect, since: since)
    let bytes = snapshot.bytes(of: plan)
    // `-o -` is standard output by name; a FIFO or a device (`-o /dev/stdout`, a named pipe)
    // is written into, never replaced by a file.
    guard let output = options.output, output != "-" else {
      Console.output(bytes)
      return ExitStatus.success
    }
    do {
      try PlanStore.writeOutput(bytes, to: output, waitForReader: true)
    } catch {
      if error.problem != nil { return fail(strings.describe(error)) }
      return fail(strings.format("cli.cannotWrite", output, error.message))
    }
    Console.error(strings.format("cli.wrote", output))
    return ExitStatus.success
  }
}
