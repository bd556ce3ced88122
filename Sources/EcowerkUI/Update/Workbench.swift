import EcowerkModel
import EcowerkStrings

/// The one update function: an event comes in, the state changes, effects go out.
public enum Workbench {
  /// Handles one event. The returned effects are for the runner to perform.
  public static func update(_ state: inout AppState, _ event: Event) -> [Effect] {
    let effects: [Effect]
    switch event {
    case .key(let key):
      effects = handle(key, &state)
    case .mouse(let mouse):
      effects = []
      handle(mouse, &state)
    case .resize(let size):
      state.size = size
      effects = []
    case .externalEditFinished(let text):
      effects = finishExternalEdit(text, &state)
    case .saveFinished(let version, let error):
      if let error {
        state.status = StatusMessage(error, .error)
        state.quitAfterSave = false
        if case .confirmQuit = state.mode { state.mode = .normal }
        effects = []
      } else {
        state.savedVersion = version
        state.status = StatusMessage(state.strings.format("status.saved", state.fileName))
        effects = conflictsAfterSave(&state) + (state.quitAfterSave ? [.quit] : [])
      }
    case .rubricLoaded(let rubric, let error):
      PeerReviewPane.rubricLoaded(rubric, error: error, &state)
      effects = []
    case .snapshotFinished(let outcome):
      state.status = outcome.message(state.strings)
      effects = []
    case .saveConflict, .copyWritten, .reloaded, .journalChanged:
      effects = handleDiskEvent(event, &state)
    case .comparisonLoaded(let plan, let label, let error):
      comparisonLoaded(plan, label: label, error: error, &state)
      effects = []
    }
    normalize(&state)
    return effects
  }

  /// Runs a named command as if its key had been pressed.
  public static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
    let effects = run(command, &state)
    normalize(&state)
    return effects
  }

  static func paneRect(_ state: AppState) -> Rect {
    ScreenLayout(state.size).pane
  }

  static func normalize(_ state: inout AppState) {
    HealthView.refresh(&state)
    let rect = paneRect(state)
    PaneRenderer.behavior(state.pane).normalize(&state, in: rect)
  }

  // MARK: Keys

  static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
    switch state.mode {
    case .normal:
      guard let command = state.settings.keymap.command(for: key, in: state.pane) else {
        state.status = StatusMessage(
          state.strings.format("status.unknownKey", key.description), .warning)
        return []
      }
      state.status = nil
      return run(command, &state)
    case .search(var editor):
      switch key {
      case .escape:
        state.mode = .normal
      case .enter:
        state.mode = .normal
        let query = editor.text
        guard !query.isEmpty else { return [] }
        state.lastSearch = query
        find(query, forward: true, &state)
      default:
        _ = editor.handle(key)
        state.mode = .search(editor)
      }
      return []
    case .filtering(var editor):
      switch key {
      case .escape:
        state.mode = .normal
        state.views.stakeholders.filter = ""
      case .enter:
        state.mode = .normal
      default:
        _ = editor.handle(key)
        state.mode = .filtering(editor)
        state.views.stakeholders.filter = editor.text
        state.views.stakeholders.rows.row = 0
      }
      return []
    case .commandLine(var editor):
      switch key {
      case .escape:
        state.mode = .normal
        return []
      case .enter:
        state.mode = .normal
        return ColonCommand.execute(editor.text, &state)
      case .backspace where editor.text.isEmpty:
        state.mode = .normal
        return []
      default:
        _ = editor.handle(key)
        state.mode = .commandLine(editor)
        return []
      }
    case .help(let offset):
      let lines = HelpScreen.lineCount(state)
      let page = max(1, paneRect(state).height - 2)
      switch key {
      case .escape, .char("q"), .char("?"), .function(1), .enter:
        state.mode = .normal
      case .char("j"), .down: state.mode = .help(offset: min(offset + 1, max(0, lines - 1)))
      case .char("k"), .up: state.mode = .help(offset: max(0, offset - 1))
      case .pageDown, .char(" "), .ctrl("f"):
        state.mode = .help(offset: min(offset + page, max(0, lines - 1)))
      case .pageUp, .ctrl("b"): state.mode = .help(offset: max(0, offset - page))
      case .char("g"), .home: state.mode = .help(offset: 0)
      case .char("G"), .end: state.mode = .help(offset: max(0, lines - page))
      default: break
      }
      return []
    case .editing(let session):
      return handleEditing(key, session, &state)
    case .picking(let list):
      return handlePicking(key, list, &state)
    case .recovery(let offer):
      return handleRecovery(key, offer, &state)
    case .health(let list):
      return handleHealth(key, list, &state)
    case .changes(let list):
      return handleChanges(key, list, &state)
    case .conflicts:
      return handleConflicts(key, &state)
    case .saveConflict:
      return handleSaveConflict(key, &state)
    case .confirmQuit:
      switch key {
      case .char("s"), .char("S"), .char("o"), .char("O"):
        state.quitAfterSave = true
        return [.save(state.plan, path: state.filePath, version: state.version)]
      case .char("d"), .char("D"), .char("w"), .char("W"):
        return [.quit]
      default:
        state.mode = .normal
        state.status = StatusMessage(state.strings["status.quitCancelled"])
        return []
      }
    }
  }

  static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
    let strings = state.strings
    switch command {
    case .nextPane:
      state.pane = state.pane.next
    case .previousPane:
      state.pane = state.pane.previous
    case .showPane(let pane):
      state.pane = pane
    case .help:
      state.mode = .help(offset: 0)
    case .health:
      openHealth(&state)
    case .search:
      state.mode = .search(LineEditor())
    case .searchNext, .searchPrevious:
      guard let query = state.lastSearch else {
        state.status = StatusMessage(strings["status.noSearch"], .warning)
        return []
      }
      find(query, forward: command == .searchNext, &state)
    case .commandLine:
      state.mode = .commandLine(LineEditor())
    case .quit:
      return requestQuit(&state, force: false)
    case .redraw:
      return [.redraw]
    case .cancel:
      state.status = nil
    case .edit:
      // A pane may explain why a line cannot be edited (a total, a derived figure).
      if let effects = paneAction(command, &state) { return effects }
      return beginEdit(&state)
    case .editExternal:
      return beginExternalEdit(&state)
    case .cycleValue:
      if let effects = paneAction(command, &state) { return effects }
      return cycle(&state)
    case .undo:
      return undo(&state)
    case .redo:
      return redo(&state)
    case .save:
      return ColonCommand.save(&state, quitAfter: false)
    case .printSnapshot:
      return [.writeSnapshot(state.plan, format: .text, printer: false)]
    case .add, .addBefore, .delete, .duplicate, .moveItemUp, .moveItemDown, .toggleMVE,
      .toggleOrchestrator, .addChild, .indent, .outdent, .moveTo:
      if let effects = paneAction(command, &state) { return effects }
      state.status = StatusMessage(
        strings.format("edit.cannotHere", strings[command.hintKey]), .warning)
    case .setScale(let value):
      if let effects = paneAction(command, &state) { return effects }
      if let pane = PaneID(rawValue: value) { state.pane = pane }
    default:
      let rect = paneRect(state)
      if command == .activate, !PaneRenderer.behavior(state.pane).handle(command, &state, in: rect)
      {
        return beginEdit(&state)
      }
      if command != .activate
        && !PaneRenderer.behavior(state.pane).handle(command, &state, in: rect)
      {
        state.status = StatusMessage(strings.format("status.notHere", strings[command.hintKey]))
      }
    }
    return []
  }

  static func requestQuit(_ state: inout AppState, force: Bool) -> [Effect] {
    if state.isModified && !force {
      state.mode = .confirmQuit
      return []
    }
    return [.quit]
  }

  static func find(_ query: String, forward: Bool, _ state: inout AppState) {
    let rect = paneRect(state)
    if PaneRenderer.behavior(state.pane).search(query, forward: forward, &state, in: rect) {
      state.status = StatusMessage("/" + query)
    } else {
      state.status = StatusMessage(state.strings.format("status.notFound", query), .warning)
    }
  }

  // MARK: Mouse

  static func handle(_ mouse: MouseEvent, _ state: inout AppState) {
    guard state.settings.mouse, case .normal = state.mode else { return }
    let layout = ScreenLayout(state.size)
    switch mouse.action {
    case .press:
      if layout.tabs.contains(x: mouse.x, y: mouse.y),
        let pane = TabBar.pane(atColumn: mouse.x - layout.tabs.x, state, width: layout.tabs.width)
      {
        state.pane = pane
      } else if layout.pane.contains(x: mouse.x, y: mouse.y) {
        PaneRenderer.behavior(state.pane).click(x: mouse.x, y: mouse.y, &state, in: layout.pane)
      }
    case .wheelUp:
      for _ in 0..<3 {
        _ = PaneRenderer.behavior(state.pane).handle(.moveUp, &state, in: layout.pane)
      }
    case .wheelDown:
      for _ in 0..<3 {
        _ = PaneRenderer.behavior(state.pane).handle(.moveDown, &state, in: layout.pane)
      }
    }
  }
}
