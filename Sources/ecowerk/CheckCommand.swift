import EcowerkChecks
import EcowerkModel
import EcowerkReport
import EcowerkStore
import EcowerkStrings

/// `ecowerk check FILE [--format text|json]`: what to do with `check`.
struct CheckOptions: Equatable {
  var file: String
  var format: CheckFormat = .text
}

/// How `ecowerk check` prints its findings.
enum CheckFormat: String, CaseIterable, Equatable {
  case text
  case json
}

/// The plan checked against the method, for a pre-commit hook or the CI of a plan kept in
/// git: the findings grouped by step on standard output, exit 0 without errors, 1 with errors
/// or when the plan cannot be read (the store's located message on standard error).
struct CheckCommand {
  var strings: Strings
  var options: CheckOptions
  var today: CalendarDate

  func run() -> Int32 {
    let plan: Plan
    do {
      plan = try PlanStore.load(options.file)
    } catch {
      Console.error(strings.format("cli.error", strings.describe(error)))
      return ExitStatus.failure
    }
    let health = PlanHealth(plan: plan, today: today)
    switch options.format {
    case .text:
      Console.output(CheckListing.text(health, plan: plan, file: options.file, strings: strings))
    case .json:
      Console.output(
        CheckListing.json(health, plan: plan, file: options.file, strings: strings))
    }
    return health.hasErrors ? ExitStatus.failure : ExitStatus.success
  }
}
