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
    let keys: KeymapChoice
    do {
      keys = try KeymapChoice.resolve(
        option: options.keys, environment: environment, strings: strings)
    } catch {
      Console.error(
        strings.format("cli.error", strings.format(error.key, arguments: error.arguments)))
      return ExitStatus.usage
    }
    let keymap = Keymap.named(keys.name)
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      return fail(strings.format("cli.notATerminal", options.file ?? "PLAN"))
    }
    var session: PlanSession
    do {
      session = try PlanSession.open(options: options, strings: strings)
    } catch {
      return fail(strings.describe(error))
    }

    let terminal: Terminal
    do {
      terminal = try Terminal(
        options: Terminal.Options(
          color: options.color, mouse: options.mouse,
          interruptIsKey: keymap.binds(.ctrl("c")), suspendIsKey: keymap.binds(.ctrl("z"))))
    } catch {
      session.lock?.release()
      switch error {
      case .noCursorAddressing(let type):
        return fail(strings.format("cli.dumbTerminal", type, options.file ?? "PLAN"))
      case .unknownTerminal(let type):
        return fail(strings.format("cli.unknownTerminal", type))
      case .cannotStart:
        return fail(strings["cli.noTerminal"])
      }
    }
    let settings = Settings(
      language: strings.language, keymap: keymap,
      glyphs: terminal.supportsUnicode ? .unicode : .ascii, today: Clock.today(),
      mouse: options.mouse, readOnly: session.readOnly)
    let located = RubricLocator.rubric(
      for: session.plan, planFile: session.path, override: options.rubric)
    var state = AppState(
      plan: session.plan, filePath: session.path, rubric: located.rubric, size: terminal.size,
      settings: settings)
    state.status =
      located.problem.map { StatusMessage(strings.describe($0), .error) } ?? session.notice
      ?? keys.notice.map { StatusMessage($0, .warning) }
    if let (conflicts, notice) = MergeConflictsFile.waiting(for: session, strings: strings) {
      state.mergeConflicts = conflicts
      if state.status == nil { state.status = notice }
    }
    // Messages that name a key name it as this keymap has it.
    if let status = state.status {
      state.status = StatusMessage(
        KeyNames.fill(status.text, keymap, pane: state.pane, strings: strings), status.kind)
    }
    if let offer = session.recovery { state.mode = .recovery(offer) }
    _ = Workbench.update(&state, .resize(terminal.size))

    var status = ExitStatus.success
    loop: while true {
      terminal.draw(Screen.render(state))
      let event = terminal.nextEvent(timeout: 1000)
      if let signal = Terminal.takePendingSignal() {
        // A closed terminal, a kill or Ctrl-C: the edits stay in the journal for next time.
        session.journal.sync()
        status = 128 + signal
        break loop
      }
      guard let event else {
        session.journal.sync()
        // A journal a write failed on (a full disk) is written again when idle, and the
        // warning goes once it is whole.
        if state.journalProblem != nil, session.journal.retry() {
          _ = Workbench.update(&state, .journalChanged(problem: nil))
        }
        continue
      }
      var pending = Workbench.update(&state, event)
      while !pending.isEmpty {
        let effect = pending.removeFirst()
        switch effect {
        case .quit:
          // Quitting cleanly (saved, nothing changed, or changes discarded on purpose).
          session.discardJournal()
          break loop
        case .redraw:
          terminal.redrawAll()
        case .save(let plan, let target, let version),
          .overwrite(let plan, let target, let version):
          var force = false
          if case .overwrite = effect { force = true }
          var failure: String?
          do {
            guard try session.save(plan, to: target, force: force) else {
              pending += Workbench.update(&state, .saveConflict(version: version))
              continue
            }
          } catch {
            failure = strings.describe(error)
          }
          pending += Workbench.update(&state, .saveFinished(version: version, error: failure))
          if failure == nil, state.journalProblem != nil {
            pending += Workbench.update(&state, .journalChanged(problem: nil))
          }
        case .writeCopy(let plan, let target):
          // `:w` with another spelling of the plan's own file (`dir/./plan.json`, a link to
          // it) is a save, with its read-only refusal, its check for outside changes and its
          // backup; never a copy written over it.
          if PlanStore.isSameFile(target, session.path) {
            pending += Workbench.perform(.save, &state)
            continue
          }
          guard target != "-" else {
            state.status = StatusMessage(strings["status.stdoutIsScreen"], .error)
            continue
          }
          var failure: String?
          do {
            try PlanStore.writeOutput(
              PlanFile.encodeForSaving(plan, file: target), to: target, waitForReader: false)
          } catch {
            failure = strings.describe(error)
          }
          pending += Workbench.update(&state, .copyWritten(path: target, error: failure))
        case .reload:
          let event: Event
          do {
            let loaded = try PlanStore.loadFile(session.path)
            session.fingerprint = Journal.fingerprint(loaded.bytes)
            event = .reloaded(loaded.plan, error: nil)
          } catch {
            event = .reloaded(nil, error: strings.describe(error))
          }
          pending += Workbench.update(&state, event)
        case .journal(let edit):
          do {
            try session.journal.append(edit, time: Clock.timestamp(), base: session.fingerprint)
            if state.journalProblem != nil {
              pending += Workbench.update(&state, .journalChanged(problem: nil))
            }
          } catch {
            pending += Workbench.update(&state, .journalChanged(problem: strings.describe(error)))
          }
        case .discardJournal:
          session.discardJournal()
          if state.journalProblem != nil {
            pending += Workbench.update(&state, .journalChanged(problem: nil))
          }
        case .openExternalEditor(let text):
          let result = ExternalEditor.edit(text, environment: environment, terminal: terminal)
          pending += Workbench.update(&state, .externalEditFinished(result))
          if result == nil, ExternalEditor.command(environment) == nil {
            state.status = StatusMessage(strings["cli.noEditor"], .error)
          }
        case .loadRubric(let path):
          let event: Event
          do {
            let rubric = try RubricFile.load(RubricLocator.resolve(path, planFile: state.filePath))
            event = .rubricLoaded(rubric, error: nil)
          } catch {
            // Named as the user gave it, which fits the status bar better than the full path.
            var named = error
            named.file = path
            event = .rubricLoaded(nil, error: strings.describe(named))
          }
          pending += Workbench.update(&state, event)
        case .writeSnapshot(let plan, let format, let printer):
          let snapshot = Snapshot(
            format: format, language: strings.language, today: Clock.today(),
            rubric: state.rubric)
          let writer = SnapshotWriter(
            planPath: state.filePath, folder: options.snapshots, environment: environment,
            strings: strings)
          let outcome = writer.write(
            snapshot.bytes(of: plan), format: format, stamp: Clock.fileStamp(), printer: printer)
          pending += Workbench.update(&state, .snapshotFinished(outcome))
        case .loadComparison(let path, let label):
          let event: Event
          do {
            event = .comparisonLoaded(try PlanStore.load(path), label: label, error: nil)
          } catch {
            event = .comparisonLoaded(nil, label: label, error: strings.describe(error))
          }
          pending += Workbench.update(&state, event)
        case .keepConflicts(let conflicts):
          if let problem = MergeConflictsFile.keep(conflicts, for: session) {
            state.status = StatusMessage(problem, .error)
          }
        }
      }
    }
    terminal.restore()
    session.lock?.release()
    return status
  }

  private func fail(_ message: String) -> Int32 {
    Console.error(strings.format("cli.error", message))
    return ExitStatus.failure
  }
}
