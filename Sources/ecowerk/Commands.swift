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
      return fail(error.description)
    }
    Console.output(strings.format(demo ? "cli.createdDemo" : "cli.created", file) + "\n")
    return ExitStatus.success
  }

  private func print(_ options: PrintOptions) -> Int32 {
    let plan: Plan
    let sections: Set<ReportSectionID>
    do {
      sections = try Snapshot.sections(options.sections, for: options.format)
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
      return fail(error.description)
    }
    var rubric: Rubric?
    if options.format.reportFormat != nil {
      let located = RubricLocator.rubric(
        for: plan, planFile: options.file, override: options.rubric)
      if let problem = located.problem { Console.error("ecowerk: \(problem)") }
      rubric = located.rubric
    }
    let snapshot = Snapshot(
      format: options.format, language: strings.language, today: Clock.today(), rubric: rubric,
      sections: sections, dialect: options.dialect, since: since)
    let bytes = snapshot.bytes(of: plan)
    guard let output = options.output else {
      Console.output(bytes)
      return ExitStatus.success
    }
    do {
      try PlanStore.write(bytes, to: output, keepBackup: false)
    } catch {
      return fail(strings.format("cli.cannotWrite", output, error.message))
    }
    Console.error(strings.format("cli.wrote", output))
    return ExitStatus.success
  }
}
