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
    do {
      plan = try PlanStore.load(options.file)
    } catch {
      return fail(error.description)
    }
    let bytes: [UInt8]
    switch options.format {
    case .json:
      bytes = PlanFile.encode(plan)
    case .text, .md:
      var sections: Set<ReportSectionID> = []
      for name in options.sections {
        guard let section = ReportSectionID(rawValue: name) else {
          let known = ReportSectionID.allCases.map(\.rawValue).joined(separator: ", ")
          return fail(strings.format("cli.unknownSection", name, known))
        }
        sections.insert(section)
      }
      let located = RubricLocator.rubric(
        for: plan, planFile: options.file, override: options.rubric)
      if let problem = located.problem { Console.error("ecowerk: \(problem)") }
      let text = Report.render(
        plan, format: options.format == .md ? .markdown : .text, language: strings.language,
        today: Clock.today(), rubric: located.rubric, sections: sections.isEmpty ? nil : sections)
      bytes = Array(text.utf8)
    }
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
