import EcowerkModel
import EcowerkReport
import EcowerkStore
import EcowerkStrings
import EcowerkText
import Glibc

/// `ecowerk import PLAN --stakeholders LIST.csv [--segments LIST.csv]`: shows what a
/// spreadsheet would add or update, asks, and saves the plan (keeping the previous version).
/// Rows that cannot be read are listed with their line numbers; then nothing is imported
/// unless `--partial` says the other rows may go in.
struct ImportCommand {
  var strings: Strings
  var options: ImportOptions

  /// Spreadsheets larger than this are not a stakeholder list.
  static let maxFileBytes = 64 * 1_048_576

  func run() -> Int32 {
    // Never through a link or a planted file beside the plan (the backup it keeps, the lock).
    if let problem = PlanStore.neighbourProblem(of: options.file) {
      return fail(strings.describe(problem))
    }
    // One writer: not while a workbench has the plan open.
    var lock: PlanLock?
    switch PlanLock.acquire(for: options.file, now: Clock.timestamp()) {
    case .acquired(let acquired): lock = acquired
    case .heldBy(let holder):
      return fail(strings.format("lock.importHeld", strings.lockHolder(holder)))
    case .unavailable: break
    case .refused(let error): return fail(strings.describe(error))
    }
    defer { lock?.release() }
    var plan: Plan
    do {
      plan = try PlanStore.load(options.file)
    } catch {
      return fail(strings.describe(error))
    }
    var edits: [Edit] = []
    var added = 0
    var updated = 0
    var unreadable = 0
    let tables: [(CSVImport.Table, String?)] = [
      (.stakeholders, options.stakeholders), (.segments, options.segments),
    ]
    for case (let table, let path?) in tables {
      let reader: CSVReader
      do {
        reader = try CSVReader(bytes: PlanStore.readFile(path, limit: Self.maxFileBytes))
      } catch let error as StoreError {
        return fail(strings.describe(error))
      } catch let error as CSVReader.UnclosedQuote {
        return fail(strings.format("import.unclosedQuote", path, error.line))
      } catch {
        return fail("\(path): \(error)")
      }
      let csv = CSVImport(reader.records, table: table, into: plan, language: strings.language)
      report(csv, reader: reader, path: path)
      unreadable += csv.problems.count
      if !csv.problems.isEmpty && !csv.resultIsSound {
        // The rows read well one by one, but together they break a rule of the plan.
        Console.error(strings.format("import.problemsNothing", csv.problems.count))
        return ExitStatus.failure
      }
      // The same rules as every other way in: what is imported can be saved and opened again.
      if let violation = csv.result.violation(after: csv.edit) {
        return fail(
          strings.format(
            "import.breaksRule", path, violation.path, strings.violation(violation.problem)))
      }
      edits.append(csv.edit)
      added += csv.added
      updated += csv.updated
      plan = csv.result
    }
    if unreadable > 0 {
      guard options.partial else {
        Console.error(strings.format("import.problemsNothing", unreadable))
        return ExitStatus.failure
      }
      Console.error(strings.format("import.problemsPartial", unreadable))
    }
    guard added + updated > 0 else {
      Console.output(strings["import.nothingToDo"] + "\n")
      return unreadable > 0 ? ExitStatus.failure : ExitStatus.success
    }
    if !options.yes {
      guard confirmed() else { return ExitStatus.failure }
    }
    do {
      try PlanStore.save(plan, to: options.file)
    } catch {
      return fail(strings.describe(error))
    }
    Console.output(
      strings.format("import.done", options.file, added, updated, options.file + ".bak") + "\n")
    return ExitStatus.success
  }

  /// The preview: what was read, which columns were left out, each change, each problem.
  private func report(_ csv: CSVImport, reader: CSVReader, path: String) {
    let separator = reader.separator == "\t" ? "tab" : "'\(reader.separator)'"
    Console.output(
      strings.format(
        "import.read", path, csv.changes.count + csv.unchanged, reader.encoding.rawValue, separator)
        + "\n")
    if !csv.ignoredColumns.isEmpty {
      Console.output(
        strings.format("import.ignored", path, csv.ignoredColumns.joined(separator: ", ")) + "\n")
    }
    for change in csv.changes {
      switch change.kind {
      case .add:
        Console.output(Sanitizer.line(strings.format("import.add", change.name)) + "\n")
      case .update(let fields):
        let names = fields.map { strings.label($0) }.joined(separator: ", ")
        Console.output(
          Sanitizer.line(strings.format("import.update", change.name, change.id, names)) + "\n")
      }
    }
    for problem in csv.problems {
      Console.error(strings.format("import.problem", path, problem.line, problem.message))
    }
    Console.output(
      strings.format(
        "import.summary", path, csv.added, csv.updated, csv.unchanged) + "\n")
  }

  /// Asks on the terminal; without one there is nobody to ask, so `--yes` is needed.
  private func confirmed() -> Bool {
    guard isatty(STDIN_FILENO) == 1 else {
      Console.error(strings["import.notAsked"])
      return false
    }
    Console.output(strings.format("import.ask", options.file))
    let answer = (readLine() ?? "").filter { !$0.isWhitespace }.lowercased()
    guard ["y", "yes", "j", "ja"].contains(answer)
    else {
      Console.output(strings["import.declined"] + "\n")
      return false
    }
    return true
  }

  private func fail(_ message: String) -> Int32 {
    Console.error(strings.format("cli.error", message))
    return ExitStatus.failure
  }
}
