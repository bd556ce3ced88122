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
      return fail(error.description)
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
      located.problem.map { StatusMessage($0, .error) } ?? session.notice
      ?? keys.notice.map { StatusMessage($0, .warning) }
    // Messages that name a key name it as this keymap has it.
    if let status = state.status {
      state.status = StatusMessage(
        KeyNames.fill(status.text, keymap, pane: state.pane), status.kind)
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
        continue
      }
      var pending = Workbench.update(&state, event)
      while !pending.isEmpty {
        let effect = pending.removeFirst()
        switch effect {
        case .quit:
          // Quitting cleanly (saved, nothing changed, or changes discarded on purpose).
          session.journal.discard()
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
            failure = error.message
          }
          pending += Workbench.update(&state, .saveFinished(version: version, error: failure))
        case .writeCopy(let plan, let target):
          var failure: String?
          do {
            try PlanStore.save(plan, to: target, keepBackup: false)
          } catch {
            failure = error.description
          }
          pending += Workbench.update(&state, .copyWritten(path: target, error: failure))
        case .reload:
          let event: Event
          do {
            let loaded = try PlanStore.loadFile(session.path)
            session.fingerprint = Journal.fingerprint(loaded.bytes)
            event = .reloaded(loaded.plan, error: nil)
          } catch {
            event = .reloaded(nil, error: error.description)
          }
          pending += Workbench.update(&state, event)
        case .journal(let edit):
          do {
            try session.journal.append(edit, time: Clock.timestamp(), base: session.fingerprint)
          } catch {
            state.status = StatusMessage(error.description, .error)
          }
        case .discardJournal:
          session.journal.discard()
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
            event = .rubricLoaded(nil, error: named.description)
          }
          pending += Workbench.update(&state, event)
        case .writeSnapshot(let plan, let format, let printer):
          let snapshot = Snapshot(
            format: format, language: strings.language, today: Clock.today(),
            rubric: state.rubric)
          let writer = SnapshotWriter(
            planPath: state.filePath, folder: options.snapshots, environment: environment)
          let outcome = writer.write(
            snapshot.bytes(of: plan), format: format, stamp: Clock.fileStamp(), printer: printer)
          pending += Workbench.update(&state, .snapshotFinished(outcome))
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

/// The plan being worked on: where it lives, its journal, and what was found at start.
struct PlanSession {
  var path: String
  var plan: Plan
  var journal: Journal
  /// Fingerprint of the plan file as last loaded or saved, written into the journal's header.
  var fingerprint: String
  var notice: StatusMessage?
  var recovery: RecoveryOffer?
  /// Read-only by choice, or because another workbench holds the plan.
  var readOnly = false
  /// This process's hold on the plan; nil when read-only or when no lock file can be made.
  var lock: PlanLock?
  /// Whether this session's first save has kept the version on disk as a backup yet.
  var backedUp = false

  static func open(options: WorkbenchOptions, strings: Strings) throws(StoreError) -> PlanSession {
    let path: String
    var notice: StatusMessage?
    if options.demo {
      path = try DemoCopy.make()
      notice = StatusMessage(strings.format("status.demoCopy", path))
    } else {
      path = options.file ?? ""
    }
    var plan = Plan.empty(startYear: Clock.today().year)
    var fingerprint = ""
    var readOnly = options.readOnly
    if access(path, F_OK) != 0 {
      notice = StatusMessage(strings.format("status.newPlan", path))
    } else {
      do {
        let loaded = try PlanStore.loadFile(path)
        plan = loaded.plan
        fingerprint = Journal.fingerprint(loaded.bytes)
      } catch {
        // A plan from a newer ecowerk is shown read-only, as far as this one understands it.
        guard case .tooNew(let found, let supported) = error.kind else { throw error }
        plan = try PlanFile.decodeNewer(
          PlanStore.readFile(path, limit: PlanFormat.maxFileBytes), file: path)
        readOnly = true
        notice = StatusMessage(strings.format("status.newerPlan", found, supported), .warning)
      }
    }
    var lock: PlanLock?
    if !readOnly {
      // Temporary files of saves that were killed half-way (their process is gone).
      PlanStore.removeStaleTemporaries(of: path)
      switch PlanLock.acquire(for: path, now: Clock.timestamp()) {
      case .acquired(let acquired):
        lock = acquired
      case .heldBy(let holder):
        let who = strings.lockHolder(holder)
        if options.ignoreLock {
          notice = StatusMessage(strings.format("lock.ignored", who), .warning)
        } else {
          readOnly = true
          notice = StatusMessage(strings.format("lock.readOnly", who), .warning)
        }
      case .unavailable(let reason):
        notice = StatusMessage(strings.format("lock.unavailable", reason), .warning)
      }
    }
    var recovery: RecoveryOffer?
    if !readOnly {
      do {
        if let contents = try Journal.read(planPath: path), !contents.entries.isEmpty {
          recovery = RecoveryOffer(
            edits: contents.entries.map(\.edit), first: contents.entries.first?.time ?? "",
            last: contents.entries.last?.time ?? "", damage: contents.damage?.description,
            planChanged: !contents.base.isEmpty && contents.base != fingerprint)
        }
      } catch {
        // A journal that cannot be read at all is reported; the plan still opens.
        notice = StatusMessage(error.description, .warning)
      }
    }
    return PlanSession(
      path: path, plan: plan, journal: Journal(planPath: path), fingerprint: fingerprint,
      notice: notice, recovery: recovery, readOnly: readOnly, lock: lock)
  }

  /// Saves, and on success forgets the journal: the file now holds every edit. Returns false
  /// without saving when the file changed on disk since it was loaded or saved (compared by
  /// content) and `force` is not set: the user decides then. The first save of a session
  /// keeps the version on disk as a backup.
  mutating func save(_ plan: Plan, to target: String, force: Bool) throws(StoreError) -> Bool {
    if !force, let onDisk = try? PlanStore.readFile(target, limit: PlanFormat.maxFileBytes),
      Journal.fingerprint(onDisk) != fingerprint
    {
      return false
    }
    let bytes = PlanFile.encode(plan)
    try PlanStore.write(bytes, to: target, keepBackup: !backedUp)
    backedUp = true
    fingerprint = Journal.fingerprint(bytes)
    journal.discard()
    return true
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
