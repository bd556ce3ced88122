import EcowerkModel
import EcowerkStore
import EcowerkStrings
import EcowerkUI
import Testing

/// A workbench in a test: keys are pressed by command name through the keymap and the full
/// update path, and the screen is read back as text. No terminal, no disk.
struct Session {
  var state: AppState
  var effects: [Effect] = []

  static let today = CalendarDate(year: 2026, month: 11, day: 29)!

  init(
    plan: Plan, width: Int = 80, height: Int = 24, language: Language = .english,
    glyphs: Glyphs = .unicode, file: String = "/tmp/plan.ecowerk.json"
  ) {
    state = AppState(
      plan: plan, filePath: file, rubric: try? RubricFile.loadDefault(),
      size: Size(width: width, height: height),
      settings: Settings(language: language, glyphs: glyphs, today: Self.today))
    _ = Workbench.update(&state, .resize(state.size))
  }

  static func demo(width: Int = 80, height: Int = 24, language: Language = .english) throws
    -> Session
  {
    Session(plan: try DemoPlan.load(), width: width, height: height, language: language)
  }

  /// Presses the key the keymap binds to `command` in the current pane.
  mutating func press(_ command: Command, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let key = state.settings.keymap.key(for: command, in: state.pane) else {
      Issue.record("no key for \(command) in \(state.pane)", sourceLocation: sourceLocation)
      return
    }
    send(.key(key))
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

  mutating func send(_ event: Event) {
    effects += Workbench.update(&state, event)
  }

  mutating func resize(_ width: Int, _ height: Int) {
    send(.resize(Size(width: width, height: height)))
  }

  var grid: CellGrid { Screen.render(state) }
  var screen: String { grid.text }

  /// The screen's row `y` as text.
  func line(_ y: Int) -> String { grid.row(y) }
}
