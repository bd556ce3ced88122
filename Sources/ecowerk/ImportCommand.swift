import EcowerkModel
import EcowerkReport
import EcowerkSheets
import EcowerkStore
import EcowerkStrings
import EcowerkText
import Glibc

/// `ecowerk import PLAN --stakeholders LIST [--chain-links LIST] [--segments LIST]
/// [--finance LIST]`: reads spreadsheets (.xlsx or CSV), asks about columns it does not know,
/// shows what they would add or update, asks, and saves the plan (keeping the previous
/// version). Rows that cannot be read are listed with their line numbers; then nothing is
/// imported unless `--partial` says the other rows may go in.
struct ImportCommand {
  var strings: Strings
  var options: ImportOptions

  /// Spreadsheets larger than this are not a list of a plan.
  static let maxFileBytes = 64 * 1_048_576
  /// Changes listed in the preview, per table.
  static let previewLines = 50

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
    let plan: Plan
    do {
      plan = try PlanStore.load(options.file)
    } catch {
      return fail(strings.describe(error))
    }
    var sources: [PlanImport.Source] = []
    for (table, path) in options.lists {
      do {
        let bytes = try PlanStore.readFile(path, limit: Self.maxFileBytes)
        let file = try SpreadsheetFile.open(bytes, maxRows: PlanImport.maxRows())
        if options.sheet != nil, case .text = file {
          Console.error(strings.format("cli.error", strings.format("import.sheetIgnored", path)))
        }
        sources.append(PlanImport.Source(table: table, path: path, file: file))
      } catch let error as StoreError {
        return fail(strings.describe(error))
      } catch let error as SheetError {
        return fail("\(path): " + error.message(strings))
      } catch {
        return fail("\(error)")
      }
    }
    let progress = ProgressLine(strings: strings)
    let planImport: PlanImport
    do {
      planImport = try PlanImport(
        plan: plan, sources: sources, sheet: options.sheet, progress: progress.update)
    } catch {
      progress.finish()
      return fail("\(error.path): " + error.error.message(strings))
    }
    progress.finish()
    guard unknownColumnsAllowed(planImport) else { return ExitStatus.failure }
    var unreadable = 0
    for step in planImport.steps {
      report(step, label: label(step, in: planImport))
      unreadable += step.sheetImport.problems.count
      if !step.sheetImport.problems.isEmpty && !step.sheetImport.resultIsSound {
        // Not a row here and there: the table cannot be read, or its rows break a rule together.
        Console.error(strings.format("import.problemsNothing", step.sheetImport.problems.count))
        return ExitStatus.failure
      }
    }
    if unreadable > 0 {
      guard options.partial else {
        Console.error(strings.format("import.problemsNothing", unreadable))
        return ExitStatus.failure
      }
      Console.error(strings.format("import.problemsPartial", unreadable))
    }
    let added = planImport.steps.map(\.sheetImport.added).reduce(0, +)
    let updated = planImport.steps.map(\.sheetImport.updated).reduce(0, +)
    guard added + updated > 0 else {
      Console.output(strings["import.nothingToDo"] + "\n")
      return unreadable > 0 ? ExitStatus.failure : ExitStatus.success
    }
    if !options.yes {
      guard confirmed("import.ask", options.file) else { return ExitStatus.failure }
    }
    do {
      try PlanStore.save(planImport.result, to: options.file)
    } catch {
      return fail(strings.describe(error))
    }
    Console.output(
      strings.format("import.done", options.file, added, updated, options.file + ".bak") + "\n")
    return ExitStatus.success
  }

  /// Columns ecowerk does not know are a question before anything else: left out with
  /// `--skip-unknown-columns`, a stop with `--yes` (a script must not lose a column without
  /// saying so), else asked on the terminal.
  private func unknownColumnsAllowed(_ planImport: PlanImport) -> Bool {
    let unknown = planImport.steps.filter { !$0.sheetImport.unknownColumns.isEmpty }
    guard !unknown.isEmpty else { return true }
    for step in unknown {
      let columns = step.sheetImport.unknownColumns.map { column in
        column.header.isEmpty
          ? strings.format("import.columnNoHeader", column.letter)
          : strings.format("import.column", column.header, column.letter)
      }.joined(separator: ", ")
      let name = label(step, in: planImport)
      if options.skipUnknownColumns {
        Console.output(Sanitizer.line(strings.format("import.skipped", name, columns)) + "\n")
        continue
      }
      Console.output(Sanitizer.line(strings.format("import.unknownColumns", name, columns)) + "\n")
      // Wrapped by word, so the list reads on an 80-column terminal.
      let known = strings.format("import.knownColumns", knownColumns(step.sheetImport.table))
      let lines = TextLayout.wrap(known, width: 76)
      Console.output(
        lines.enumerated().map { ($0.offset == 0 ? "" : "    ") + $0.element }
          .joined(separator: "\n") + "\n")
    }
    if options.skipUnknownColumns { return true }
    if options.yes {
      Console.error(strings["import.unknownStops"])
      return false
    }
    return confirmed("import.askSkip")
  }

  /// The headers the table's columns are written with, for the question about others.
  private func knownColumns(_ table: DataTable) -> String {
    guard table != .finance else {
      return [Field.ngf, .income, .costs, .cash, .inKind].map { strings.label($0) }
        .joined(separator: ", ")
    }
    let empty = PlanTables(
      plan: Plan(startYear: 2000), language: strings.language, today: Clock.today())
    let header = empty.table(table).rows.first ?? []
    return header.compactMap { cell -> String? in
      guard case .text(let text) = cell, text != "id" else { return nil }
      return text
    }.joined(separator: ", ")
  }

  /// The file, and the table when the file gives more than one.
  private func label(_ step: PlanImport.Step, in planImport: PlanImport) -> String {
    let shared = planImport.steps.filter { $0.path == step.path }.count > 1
    return shared
      ? "\(step.path) (\(strings["sheet.noun.\(step.sheetImport.table.rawValue)"]))" : step.path
  }

  /// The preview: how the file was read, each change, new chain links, each problem, and what
  /// it comes to.
  private func report(_ step: PlanImport.Step, label: String) {
    let sheetImport = step.sheetImport
    switch step.file {
    case .text(let text):
      let separator = text.separator == "\t" ? "tab" : "'\(text.separator)'"
      Console.output(
        strings.format("import.readText", label, text.encoding.rawValue, separator) + "\n")
    case .workbook:
      Console.output(
        Sanitizer.line(strings.format("import.readSheet", label, step.sheet ?? "")) + "\n")
    }
    // A few screens of changes say what is going on; ten thousand lines would bury the rest.
    for change in sheetImport.changes.prefix(Self.previewLines) {
      switch change.kind {
      case .add:
        Console.output(Sanitizer.line(strings.format("import.add", change.name)) + "\n")
      case .update(let fields):
        let names = fields.map { strings.label($0) }.joined(separator: ", ")
        Console.output(
          Sanitizer.line(strings.format("import.update", change.name, change.id, names)) + "\n")
      }
    }
    if sheetImport.changes.count > Self.previewLines {
      Console.output(
        strings.format("import.more", sheetImport.changes.count - Self.previewLines) + "\n")
    }
    if !sheetImport.newChainLinks.isEmpty {
      Console.output(
        Sanitizer.line(
          strings.format(
            "import.newChainLinks", label, sheetImport.newChainLinks.count,
            sheetImport.newChainLinks.joined(separator: ", "))) + "\n")
    }
    for problem in sheetImport.problems {
      Console.error(
        Sanitizer.line(
          strings.format("import.problem", step.path, problem.line, problem.kind.message(strings))))
    }
    Console.output(
      strings.format(
        "import.summary", label, sheetImport.rowsRead, sheetImport.added, sheetImport.updated,
        sheetImport.unchanged, sheetImport.refused) + "\n")
  }

  /// Asks on the terminal; without one there is nobody to ask, so `--yes` is needed.
  private func confirmed(_ question: String, _ arguments: String...) -> Bool {
    guard isatty(STDIN_FILENO) == 1 else {
      Console.error(strings["import.notAsked"])
      return false
    }
    Console.output(strings.format(question, arguments: arguments))
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
