/// The command line: `ecowerk-bench [--size small|medium|large|all] [--seed N]
/// [--keystrokes N] [--json]`, plus the options the benchmark passes to its own children.
struct BenchOptions {
  var sizes = BenchSize.allCases
  /// Fixed by default so that two runs measure the same plans and the same keystrokes.
  var seed: UInt64 = 20_251_129
  var keystrokes = 1_000
  var json = false
  var help = false
  /// Measure and print, but exit 0 when a budget is missed: CI's check that it runs.
  var smoke = false
  /// Set in a child: measure one size and print its figures for the parent.
  var child = false
  /// The plan file a child measures (the parent writes the generated ones).
  var plan: String?
  /// The parent's clock when it spawned the child, for the start → first frame figure.
  var spawnedAt: UInt64?
  /// Set in the extra children that only start, draw the first frame and report that.
  var startOnly = false
  /// Run only this phase, repeatedly, for a profiler; nothing is measured or printed.
  var profile: ProfilePhase?
  /// Write the size's generated plan here and stop, to open it in ecowerk or profile it.
  var writePlan: String?
  /// Save two versions of a 1 MB plan here, over and over, until killed (for the kill test).
  var saveLoop: String?
  /// Make, journal and save moves in the plan here until killed (for the kill test).
  var editLoop: String?
  /// How often `--profile` repeats its phase; the size's own repetitions when nil.
  var repeats: Int?

  static let usage = """
    usage: ecowerk-bench [--size small|medium|large|all] [--seed N] [--keystrokes N] [--json]
                         [--smoke]

    Measures load, save, first frame, keystrokes, journal appends, terminal bytes and peak
    memory on the demo plan (small) and on generated plans (medium: 2,000 stakeholders,
    large: 10,000), each size in its own process, and prints each figure next to its budget.
    Exits 1 when a budget is missed, 2 on a usage error.

      --size NAME       small, medium, large or all (default all)
      --seed N          the seed of the generated plans and of the keystroke mix
                        (default 20251129)
      --keystrokes N    keystrokes in the workshop mix (default 1000)
      --json            print the figures as JSON instead of a table
      --smoke           exit 0 even when a budget is missed (CI runs it to see it works)
      --profile PHASE   with one --size: repeat load, save, keystrokes, frames, diff or
                        merge in this process for a profiler (perf record -e cpu-clock -g …)
      --repeat N        how often --profile repeats the phase
      --write-plan PATH with one generated --size: write its plan to PATH and stop
      --save-loop PATH  save two versions of a 1 MB plan to PATH over and over until killed
      --edit-loop PATH  make, journal and save moves in the plan at PATH until killed
    """

  #if DEBUG
    static let buildMode = "debug"
  #else
    static let buildMode = "release"
  #endif

  /// A usage error, said in one line.
  struct UsageError: Error {
    var message: String
  }

  static func parse(_ arguments: [String]) throws(UsageError) -> BenchOptions {
    var options = BenchOptions()
    var rest = arguments[...]
    func value(_ name: String) throws(UsageError) -> String {
      guard let value = rest.popFirst() else { throw UsageError(message: "\(name) needs a value") }
      return value
    }
    while let argument = rest.popFirst() {
      switch argument {
      case "--size":
        let name = try value(argument)
        if name == "all" {
          options.sizes = BenchSize.allCases
        } else if let size = BenchSize(rawValue: name) {
          options.sizes = [size]
        } else {
          throw UsageError(message: "--size is small, medium, large or all, not \(name)")
        }
      case "--seed":
        let text = try value(argument)
        guard let seed = UInt64(text) else {
          throw UsageError(message: "--seed needs a whole number, not \(text)")
        }
        options.seed = seed
      case "--keystrokes":
        let text = try value(argument)
        guard let count = Int(text), count >= 1 else {
          throw UsageError(message: "--keystrokes needs a positive number, not \(text)")
        }
        options.keystrokes = count
      case "--json": options.json = true
      case "--smoke": options.smoke = true
      case "--help", "-h": options.help = true
      case "--child": options.child = true
      case "--start-only": options.startOnly = true
      case "--plan": options.plan = try value(argument)
      case "--spawned-at": options.spawnedAt = UInt64(try value(argument))
      case "--write-plan": options.writePlan = try value(argument)
      case "--save-loop": options.saveLoop = try value(argument)
      case "--edit-loop": options.editLoop = try value(argument)
      case "--repeat":
        let text = try value(argument)
        guard let count = Int(text), count > 0 else {
          throw UsageError(message: "--repeat needs a positive number, not \(text)")
        }
        options.repeats = count
      case "--profile":
        let name = try value(argument)
        guard let profile = ProfilePhase(rawValue: name) else {
          let names = ProfilePhase.allCases.map(\.rawValue).joined(separator: ", ")
          throw UsageError(message: "--profile is one of \(names), not \(name)")
        }
        options.profile = profile
      default: throw UsageError(message: "unknown option \(argument)")
      }
    }
    return options
  }

  /// The arguments that make a child measure `size` on the plan at `plan`.
  func childArguments(_ size: BenchSize, plan: String, spawnedAt: UInt64) -> [String] {
    [
      "--size", size.rawValue, "--child", "--plan", plan, "--seed", String(seed),
      "--keystrokes", String(keystrokes), "--spawned-at", String(spawnedAt),
    ]
  }
}
