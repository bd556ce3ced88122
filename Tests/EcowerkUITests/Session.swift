import EcowerkModel
import EcowerkStore
import EcowerkStrings
import EcowerkUI
import Testing

/// A workbench in a test: keys are pressed by command name through the keymap and the full
/// update path, and the screen is read back as text. No terminal, no disk. The vim keymap
/// unless a test asks for the workshop one: most tests name commands, a few type keys.
struct Session {
  var state: AppState
  var effects: [Effect] = []

  static let today = CalendarDate(year: 2026, month: 11, day: 29)!

  init(
    plan: Plan, width: Int = 80, height: Int = 24, language: Language = .english,
    glyphs: Glyphs = .unicode, file: String = "/tmp/plan.ecowerk.json", keymap: Keymap = .vim
  ) {
    state = AppState(
      plan: plan, filePath: file, rubric: try? RubricFile.loadDefault(),
      size: Size(width: width, height: height),
      settings: Settings(language: language, keymap: keymap, glyphs: glyphs, today: Self.today))
    _ = Workbench.update(&state, .resize(state.size))
  }

  static func demo(
    width: Int = 80, height: Int = 24, language: Language = .english, keymap: Keymap = .vim
  ) throws -> Session {
    Session(
      plan: try DemoPlan.load(), width: width, height: height, language: language, keymap: keymap)
  }

  /// Presses the key the keymap binds to `command` where the keyboard is now: in the open
  /// mode (an editor, a pick list, a question) or else in the current pane.
  mutating func press(_ command: Command, sourceLocation: SourceLocation = #_sourceLocation) {
    let keymap = state.settings.keymap
    let key: Key?
    if let modes = Self.modes(state.mode) {
      key = keymap.key(for: command, in: modes)
    } else {
      key = keymap.key(for: command, in: state.pane)
    }
    guard let key else {
      Issue.record(
        "no key for \(command) in \(state.pane) (mode \(state.mode))",
        sourceLocation: sourceLocation)
      return
    }
    send(.key(key))
  }

  /// The keymap scopes of an open mode; nil with nothing open.
  static func modes(_ mode: Mode) -> [KeyMode]? {
    switch mode {
    case .normal: return nil
    case .editing: return [.editor, .text]
    case .picking: return [.pickList, .text]
    case .palette: return [.palette, .text]
    case .search, .commandLine, .filtering: return [.lineInput, .text]
    case .help: return [.help]
    case .health: return [.health]
    case .changes: return [.changes]
    case .conflicts: return [.conflicts]
    case .confirmQuit: return [.quitQuestion]
    case .confirmDelete: return [.deleteQuestion]
    case .saveConflict: return [.saveConflict]
    case .recovery: return [.recovery]
    }
  }

  /// Undoes every edit with the undo key, stopping (with a failure) when something open
  /// swallows the key instead.
  mutating func undoAll(sourceLocation: SourceLocation = #_sourceLocation) {
    while !state.history.undoStack.isEmpty {
      let before = state.history.undoStack.count
      press(.undo, sourceLocation: sourceLocation)
      if state.history.undoStack.count >= before {
        Issue.record("undo did not undo (mode \(state.mode))", sourceLocation: sourceLocation)
        return
      }
    }
  }

  /// In the open pick list, moves the highlight to the option with `value` by the arrow keys
  /// and takes it with Enter; false when no list is open or it has no such option.
  @discardableResult
  mutating func choose(_ value: String?) -> Bool {
    guard case .picking(let list) = state.mode,
      let index = list.options.firstIndex(where: { $0.value == value })
    else { return false }
    let from = list.options.firstIndex { $0.value == list.highlighted?.value } ?? 0
    for _ in 0..<abs(index - from) { key(index > from ? .down : .up) }
    key(.enter)
    return true
  }

  /// Pastes text as a terminal with bracketed paste delivers it.
  mutating func paste(_ text: String) {
    send(.paste(text))
  }

  mutating func press(_ command: Command, times: Int) {
    for _ in 0..<times { press(command) }
  }

  mutating func key(_ key: Key) {
    send(.key(key))
  }

  /// Types text as separate key presses.
  mutating func type(_ text: String) {
    for character in text { send(.key(.char(character))) }
  }

  /// Key presses sent so far (each typed character is one), for counting what a gesture costs.
  var keysPressed = 0

  mutating func send(_ event: Event) {
    if case .key = event { keysPressed += 1 }
    effects += Workbench.update(&state, event)
  }

  mutating func resize(_ width: Int, _ height: Int) {
    send(.resize(Size(width: width, height: height)))
  }

  var grid: CellGrid { Screen.render(state) }
  var screen: String { grid.text }

  /// The status line: the mode, a message or what is typed (just above the key bar).
  var statusLine: String { line(state.size.height - 2) }
  /// The key bar, the bottom line.
  var keyBar: String { line(state.size.height - 1) }

  /// Puts the matrix's cursor in the column of `field`.
  mutating func column(_ field: Field) {
    state.views.stakeholders.column = MatrixColumns.stakeholders.firstIndex(of: field) ?? 0
    // Scrolled into view, as the arrow keys would.
    send(.resize(state.size))
  }

  /// The screen's row `y` as text.
  func line(_ y: Int) -> String { grid.row(y) }
}
