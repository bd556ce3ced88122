import EcowerkText

/// A question in a box in the middle of the pane: the first line as its title in bold, the
/// rest as they are, in reverse video so it stands out in colour and in black and white.
enum DialogBox {
  static func draw(_ lines: [String], into grid: inout CellGrid, in rect: Rect) {
    let width = min(rect.width, (lines.map { DisplayWidth.of($0) }.max() ?? 20) + 4)
    let box = rect.centered(width: width, height: lines.count + 2)
    grid.fill(box, style: Style(reverse: true))
    for (index, line) in lines.enumerated() {
      grid.text(
        line, x: box.x + 2, y: box.y + 1 + index,
        style: Style(reverse: true).with { $0.bold = index == 0 }, clip: box)
    }
  }
}

/// The answers of a question, one line each, from the keymap: the keys that give an answer
/// and what it does, so the box cannot promise a key that does something else.
enum QuestionLines {
  static func lines(_ mode: KeyMode, _ state: AppState) -> [String] {
    let keymap = state.settings.keymap
    let strings = state.strings
    let bindings = keymap.bindings(in: .mode(mode))
    let width = bindings.map { keys($0).count }.max() ?? 0
    return bindings.map { binding in
      let text = HelpScreen.description(binding.command, .mode(mode), keymap.name, strings)
      let label = keys(binding)
      return label + String(repeating: " ", count: max(0, width - label.count)) + "  "
        + state.keyed(text)
    }
  }

  static func keys(_ binding: KeyBinding) -> String {
    binding.keys.map(\.description).joined(separator: "/")
  }
}
