import EcowerkModel
import EcowerkReport
import EcowerkStore
import EcowerkStrings

/// `ecowerk FILE`: until the terminal front end lands, shows the plan as text.
struct Workbench {
  var strings: Strings
  var environment: [String: String]
  var options: WorkbenchOptions

  func run() -> Int32 {
    let path: String
    if options.demo {
      guard let demo = DemoPlan.path else {
        Console.error(strings.format("cli.error", strings["cli.noDemo"]))
        return ExitStatus.failure
      }
      path = demo
    } else {
      path = options.file ?? ""
    }
    return Commands(strings: strings, environment: environment).run(
      .print(PrintOptions(file: path)))
  }
}
