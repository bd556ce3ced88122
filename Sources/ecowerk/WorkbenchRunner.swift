import EcowerkModel
import EcowerkStore
import EcowerkStrings
import EcowerkTerminal
import EcowerkUI
import Glibc

/// `ecowerk FILE` and `ecowerk --demo`: loads the plan, takes over the terminal and runs the
/// loop — draw, wait for an event, update, perform the effects — until the user quits.
struct WorkbenchRunner {
  var strings: Strings
  var environment: [String: String]
  var options: WorkbenchOptions

  func run() -> Int32 {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      return fail(strings.format("cli.notATerminal", options.file ?? "PLAN"))
    }
    let path: String
    let plan: Plan
    var notice: StatusMessage?
    do {
      if options.demo {
        path = try DemoCopy.make()
        plan = try PlanStore.load(path)
        notice = StatusMessage(strings.format("status.demoCopy", path))
      } else {
        path = options.file ?? ""
        if access(path, F_OK) != 0 {
          plan = Plan.empty(startYear: Clock.today().year)
          notice = StatusMessage(strings.format("status.newPlan", path))
        } else {
          plan = try PlanStore.load(path)
        }
      }
    } catch {
      return fail(error.description)
    }

    let terminal: Terminal
    do {
      terminal = try Terminal(options: Terminal.Options(color: options.color, mouse: options.mouse))
    } catch {
      return fail(strings["cli.noTerminal"])
    }
    let settings = Settings(
      language: strings.language, glyphs: terminal.supportsUnicode ? .unicode : .ascii,
      today: Clock.today(), mouse: options.mouse, readOnly: options.readOnly)
    var state = AppState(
      plan: plan, filePath: path, rubric: RubricLocator.rubric(for: plan, planFile: path),
      size: terminal.size, settings: settings)
    state.status = notice
    _ = Workbench.update(&state, .resize(terminal.size))

    var status = ExitStatus.success
    loop: while true {
      terminal.draw(Screen.render(state))
      let event = terminal.nextEvent(timeout: 1000)
      if let signal = Terminal.takePendingSignal() {
        status = 128 + signal
        break loop
      }
      guard let event else { continue }
      var pending = Workbench.update(&state, event)
      while !pending.isEmpty {
        let effect = pending.removeFirst()
        switch effect {
        case .quit:
          break loop
        case .redraw:
          terminal.redrawAll()
        case .save(let plan, let target, let version):
          var failure: String?
          do {
            try PlanStore.save(plan, to: target)
          } catch {
            failure = error.message
          }
          pending += Workbench.update(&state, .saveFinished(version: version, error: failure))
        }
      }
    }
    terminal.restore()
    return status
  }

  private func fail(_ message: String) -> Int32 {
    Console.error(strings.format("cli.error", message))
    return ExitStatus.failure
  }
}

/// The scratch copy `--demo` works on, so the shipped demo plan is never changed.
enum DemoCopy {
  static func make() throws(StoreError) -> String {
    let folder = ProcessEnvironment.current["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    let path = "\(folder)/ecowerk-demo-\(getpid()).ecowerk.json"
    try PlanStore.save(try DemoPlan.load(), to: path, keepBackup: false)
    return path
  }
}
