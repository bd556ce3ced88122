import EcowerkUI

/// Presses keys on a state the way the workbench's loop does: update, then render.
struct Player {
  var state: AppState
  var pressed: [Keystroke] = []
  /// Folds in each rendered grid so the compiler cannot skip rendering.
  var sink = 0

  mutating func press(_ key: Key, _ kind: KeyKind) {
    _ = Workbench.update(&state, .key(key))
    sink &+= Screen.render(state).cells.count
    pressed.append(Keystroke(key: key, kind: kind))
  }
}
