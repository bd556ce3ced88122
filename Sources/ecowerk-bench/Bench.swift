import EcowerkStore
import Glibc

/// The two roles of the executable: the parent prepares each size's plan, runs a child per
/// size and reports; a child measures one size and prints its figures.
enum Bench {
  static func parent(_ options: BenchOptions) -> Int32 {
    let machine = Machine.current()
    let folder: TempFolder
    do {
      folder = try TempFolder()
    } catch {
      return fail(BenchError.describe(error))
    }
    if !options.json {
      print(Report.header(machine, options))
      fflush(nil)
    }
    var results: [Report.SizeResult] = []
    for size in options.sizes {
      let result = measure(size, options, folder)
      if !options.json {
        print(Report.section(result))
        fflush(nil)  // Each size's table as soon as it is measured, also into a pipe.
      }
      results.append(result)
    }
    if options.json {
      print(Report.json(machine, options, results))
    } else {
      print(Report.summary(results))
    }
    // A smoke run proves the benchmark works; its timings (a debug build on a shared CI
    // machine) are printed but not judged.
    return results.allSatisfy(\.passes) || options.smoke ? 0 : 1
  }

  /// Writes the size's plan (generated sizes only), runs the child and reads its figures.
  static func measure(_ size: BenchSize, _ options: BenchOptions, _ folder: TempFolder)
    -> Report.SizeResult
  {
    var result = Report.SizeResult(size: size, figures: [])
    do {
      let path: String
      if let plan = size.generatedPlan(seed: options.seed) {
        path = folder.file("\(size.rawValue).ecowerk.json")
        try PlanStore.save(plan, to: path, keepBackup: false)
      } else if let demo = DemoPlan.path {
        path = demo
      } else {
        throw BenchError("the demo plan is missing from the installation")
      }
      if !options.json { progress("measuring \(size.rawValue)…") }
      let spawnedAt = MonotonicClock.now()
      let outcome = try ChildProcess.run(
        options.childArguments(size, plan: path, spawnedAt: spawnedAt))
      result.figures = outcome.output.split(separator: "\n").compactMap(Figure.init(line:))
      try bestStart(of: &result.figures, size, options, plan: path)
      result.figures.append(
        Figure(
          "memory.process", "whole child process incl. repeated timing runs (ru_maxrss)",
          outcome.peakMegabytes, .megabytes, level: 1))
      if outcome.status != 0 {
        result.failure = "the child measuring \(size.rawValue) exited with status \(outcome.status)"
      }
    } catch {
      result.failure = BenchError.describe(error)
    }
    return result
  }

  /// Starts two more children that only start and draw the first frame, and keeps the
  /// fastest of the three starts: a single start on a shared machine measures its neighbours.
  static func bestStart(
    of figures: inout [Figure], _ size: BenchSize, _ options: BenchOptions, plan: String
  ) throws {
    guard let index = figures.firstIndex(where: { $0.key == "start.firstFrame" }) else { return }
    var starts = [figures[index].value]
    for _ in 0..<2 {
      let spawnedAt = MonotonicClock.now()
      let outcome = try ChildProcess.run(
        options.childArguments(size, plan: plan, spawnedAt: spawnedAt) + ["--start-only"])
      let figure = outcome.output.split(separator: "\n").compactMap(Figure.init(line:))
        .first { $0.key == "start.firstFrame" }
      if let figure { starts.append(figure.value) }
    }
    figures[index].value = starts.min() ?? figures[index].value
    figures[index].label += ", best of \(starts.count)"
    figures[index].note +=
      " · starts: " + starts.map { Report.number($0, .milliseconds) }.joined(separator: ", ")
  }

  /// Measures one size in this process and prints its figures for the parent.
  static func child(_ options: BenchOptions, mainAt: UInt64) -> Int32 {
    guard let size = options.sizes.first, options.sizes.count == 1 else {
      return fail("a child measures one size")
    }
    do {
      let folder = try TempFolder()
      var plan = options.plan
      if plan == nil, let generated = size.generatedPlan(seed: options.seed) {
        plan = folder.file("generated.ecowerk.json")
        try PlanStore.save(generated, to: folder.file("generated.ecowerk.json"), keepBackup: false)
      }
      guard let path = plan ?? DemoPlan.path else { throw BenchError("no plan to measure") }
      if let profile = options.profile {
        _ = try profile.run(
          planPath: path, seed: options.seed, keystrokes: options.keystrokes,
          repetitions: options.repeats ?? size.repetitions)
        return 0
      }
      var run = SizeRun(
        size: size, planPath: path, keystrokes: options.keystrokes, seed: options.seed,
        startedAt: options.spawnedAt ?? mainAt, startedByParent: options.spawnedAt != nil,
        mainAt: mainAt, folder: folder)
      if options.startOnly {
        _ = try run.startToFirstFrame()
      } else {
        try run.run()
      }
      for figure in run.figures { print(figure.line) }
      return 0
    } catch {
      return fail(BenchError.describe(error))
    }
  }

  /// `--write-plan`: the generated plan of one size, saved as ecowerk saves it.
  static func writePlan(_ options: BenchOptions, to path: String) -> Int32 {
    guard options.sizes.count == 1, let plan = options.sizes[0].generatedPlan(seed: options.seed)
    else { return fail("--write-plan needs --size medium or --size large") }
    do {
      try PlanStore.save(plan, to: path, keepBackup: false)
      return 0
    } catch {
      return fail(BenchError.describe(error))
    }
  }

  static func progress(_ message: String) {
    standardError(message)
  }

  static func fail(_ message: String) -> Int32 {
    standardError("ecowerk-bench: \(message)")
    return 1
  }

  /// Writes a line to standard error with write(2): the C `stderr` global is shared mutable
  /// state that Swift 6 will not touch from Swift code.
  static func standardError(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    var done = 0
    while done < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        write(STDERR_FILENO, buffer.baseAddress.map { $0 + done }, bytes.count - done)
      }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { return }
      done += count
    }
  }
}
