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
    case .paste(let text):
      effects = paste(text, &state)
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
        state.status = StatusMessage(state.keyed(error), .error)
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
    DerivedViews.refresh(&state)
    let rect = paneRect(state)
    PaneRenderer.behavior(state.pane).normalize(&state, in: rect)
  }

  // MARK: Keys

  /// A key goes to whatever is open: an editor, a list, a question; else through the keymap.
  /// Every mode looks its keys up in its own scope of the keymap, so the help, the key bar
  /// and what the keys do cannot disagree.
  static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
    let keymap = state.settings.keymap
    switch state.mode {
    case .normal:
      return handleNormal(key, &state)
    case .search(var editor):
      switch keymap.command(for: key, in: [.lineInput, .text]) {
      case .cancel:
        state.mode = .normal
      case .commit:
        state.mode = .normal
        let query = editor.text
        guard !query.isEmpty else { return [] }
        state.lastSearch = query
        find(query, forward: true, &state)
      default:
        type(key, into: &editor, keymap)
        state.mode = .search(editor)
      }
      return []
    case .filtering(var editor):
      switch keymap.command(for: key, in: [.lineInput, .text]) {
      case .cancel:
        state.mode = .normal
        state.views.stakeholders.filter = ""
      case .commit:
        state.mode = .normal
      default:
        type(key, into: &editor, keymap)
        state.mode = .filtering(editor)
        state.views.stakeholders.filter = editor.text
        state.views.stakeholders.rows.row = 0
      }
      return []
    case .commandLine(var editor):
      let command = keymap.command(for: key, in: [.lineInput, .text])
      switch command {
      case .cancel:
        state.mode = .normal
        return []
      case .commit:
        state.mode = .normal
        return ColonCommand.execute(editor.text, &state)
      case .deleteBackward where editor.text.isEmpty:
        state.mode = .normal
        return []
      default:
        type(key, into: &editor, keymap)
        state.mode = .commandLine(editor)
        return []
      }
    case .help(let offset):
      let lines = HelpScreen.lineCount(state)
      let page = max(1, paneRect(state).height - 2)
      switch keymap.command(for: key, in: [.help]) {
      case .cancel: state.mode = .normal
      case .moveDown: state.mode = .help(offset: min(offset + 1, max(0, lines - 1)))
      case .moveUp: state.mode = .help(offset: max(0, offset - 1))
      case .pageDown: state.mode = .help(offset: min(offset + page, max(0, lines - 1)))
      case .pageUp: state.mode = .help(offset: max(0, offset - page))
      case .top: state.mode = .help(offset: 0)
      case .bottom: state.mode = .help(offset: max(0, lines - page))
      default: break
      }
      return []
    case .editing(let session):
      return handleEditing(key, session, &state)
    case .picking(let list):
      return handlePicking(key, list, &state)
    case .palette(let palette):
      return handlePalette(key, palette, &state)
    case .recovery(let offer):
      return handleRecovery(keymap.command(for: key, in: [.recovery]), offer, &state)
    case .health(let list):
      return handleHealth(keymap.command(for: key, in: [.health]), list, &state)
    case .changes(let list):
      return handleChanges(keymap.command(for: key, in: [.changes]), list, &state)
    case .conflicts:
      return handleConflicts(keymap.command(for: key, in: [.conflicts]), &state)
    case .saveConflict:
      return handleSaveConflict(keymap.command(for: key, in: [.saveConflict]), &state)
    case .confirmDelete(let question):
      return handleDeleteQuestion(
        keymap.command(for: key, in: [.deleteQuestion]), question, &state)
    case .confirmQuit:
      switch keymap.command(for: key, in: [.quitQuestion]) {
      case .answerSave:
        state.quitAfterSave = true
        return [.save(state.plan, path: state.filePath, version: state.version)]
      case .answerDiscard:
        return [.quit]
      default:
        state.mode = .normal
        state.status = StatusMessage(state.strings["status.quitCancelled"])
        return []
      }
    }
  }

  /// A key with nothing open: a command of the pane or of everywhere, the start of a key
  /// sequence (`d` of `dd`), or typing that opens the editor on the selected field.
  static func handleNormal(_ key: Key, _ state: inout AppState) -> [Effect] {
    let keys = state.pendingKeys + [key]
    switch state.settings.keymap.match(keys, in: state.pane) {
    case .prefix:
      state.pendingKeys = keys
      state.status = StatusMessage(keys.map(\.description).joined(separator: " ") + "…")
      return []
    case .command(let command):
      state.pendingKeys = []
      state.status = nil
      if command == .typeToEdit, case .char(let character) = key {
        return typeToEdit(String(character), &state)
      }
      return run(command, &state)
    case .none:
      if !state.pendingKeys.isEmpty {
        // A sequence that did not complete: the key counts on its own.
        state.pendingKeys = []
        return handleNormal(key, &state)
      }
      state.status = StatusMessage(
        state.strings.format("status.unknownKey", key.description, keyName(.help, state)),
        .warning)
      return []
    }
  }

  /// A key typed into a one-line field: a typing command of the keymap, or the character.
  static func type(_ key: Key, into editor: inout LineEditor, _ keymap: Keymap) {
    if let command = keymap.command(for: key, in: [.text]), editor.perform(command) { return }
    if case .char(let character) = key { editor.insert(character) }
  }

  /// How the key of `command` is written in this keymap, for messages that name it: `F1`,
  /// `?`, `Ctrl-K`; the palette's key when the command has none of its own.
  static func keyName(_ command: Command, _ state: AppState) -> String {
    let keymap = state.settings.keymap
    return keymap.keyLabel(for: command, in: state.pane)
      ?? keymap.keyLabel(for: .palette, in: state.pane) ?? ":"
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
    case .goToPane:
      state.mode = .picking(paneList(state))
    case .palette:
      state.mode = .palette(Palette.make(state.settings.keymap, pane: state.pane, strings: strings))
    case .help:
      state.mode = .help(offset: 0)
    case .health:
      openHealth(&state)
    case .showChanges:
      return compare(with: "", &state)
    case .showConflicts:
      openConflicts(&state)
    case .search:
      state.mode = .search(LineEditor())
    case .searchNext, .searchPrevious:
      guard let query = state.lastSearch else {
        state.status = StatusMessage(
          strings.format("status.noSearch", keyName(.search, state)), .warning)
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
    case .clearAndEdit:
      return typeToEdit("", &state)
    case .editExternal:
      return beginExternalEdit(&state)
    case .cycleValue, .previousValue:
      if let effects = paneAction(command, &state) { return effects }
      return cycle(&state, forward: command == .cycleValue)
    case .undo:
      return undo(&state)
    case .redo:
      return redo(&state)
    case .save:
      return ColonCommand.save(&state, quitAfter: false)
    case .saveAs:
      // `:w ` with the cursor after it: the user types where the copy goes.
      state.mode = .commandLine(LineEditor("w "))
    case .printSnapshot:
      return [.writeSnapshot(state.plan, format: .text, printer: false)]
    case .printHTML:
      return [.writeSnapshot(state.plan, format: .html, printer: false)]
    case .printToPrinter:
      return [.writeSnapshot(state.plan, format: .text, printer: true)]
    case .nextField, .previousField:
      let moves = PaneRenderer.behavior(state.pane).tabCommands
      _ = PaneRenderer.behavior(state.pane).handle(
        command == .nextField ? moves.next : moves.previous, &state, in: paneRect(state))
    case .delete:
      return delete(&state, confirmed: false)
    case .add, .addBefore, .duplicate, .moveItemUp, .moveItemDown, .toggleMVE,
      .toggleOrchestrator, .addChild, .indent, .outdent, .moveTo:
      if let effects = paneAction(command, &state) { return effects }
      state.status = StatusMessage(
        strings.format("edit.cannotHere", strings[command.hintKey]), .warning)
    case .typeToEdit, .commit, .commitAndDown, .commitAndNext, .commitAndPrevious, .toggleCheck,
      .cursorLeft, .cursorRight, .cursorHome, .cursorEnd, .deleteBackward, .deleteForward,
      .deleteToStart, .deleteToEnd, .deleteWord, .answerSave, .answerDiscard, .answerYes,
      .answerReload, .answerOverwrite, .answerSaveElsewhere, .answerRecover, .answerOpenSaved,
      .answerShowEdits:
      // Keys of editors, lists and questions: nothing to do with nothing open.
      break
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
