import EcowerkStrings
import EcowerkText

/// The help screen, generated from the keymap: every binding, grouped by where it applies —
/// everywhere, each pane, then each mode (the editor, pick lists, the palette, questions).
/// Nothing here is written by hand, so the help cannot drift from what the keys do.
public enum HelpScreen {
  /// One line of help: a group title, or keys and what they do.
  public struct Line: Hashable, Sendable {
    public var keys: String
    public var text: String
    public var isTitle: Bool
    /// The keys are words, not key names: the typing keys, "(palette)".
    public var keysAreWords = false
  }

  /// The groups of the help, in order.
  static var scopes: [KeyBinding.Scope] {
    [.global] + PaneID.allCases.map { .pane($0) } + KeyMode.allCases.map { .mode($0) }
  }

  public static func lines(_ keymap: Keymap, _ strings: Strings) -> [Line] {
    var lines: [Line] = [
      Line(keys: "", text: strings["help.intro.\(keymap.name.rawValue)"], isTitle: false)
    ]
    for scope in scopes {
      let bindings = keymap.bindings(in: scope)
      guard !bindings.isEmpty else { continue }
      lines.append(Line(keys: "", text: "", isTitle: false))
      lines.append(Line(keys: "", text: title(scope, strings), isTitle: true))
      if scope == .mode(.text) || scope == .mode(.pickList) || scope == .mode(.palette) {
        lines.append(
          Line(
            keys: strings["keys.typing"], text: strings["help.typing"], isTitle: false,
            keysAreWords: true))
      }
      // Bindings that share a help text (the number keys) become one line.
      var merged: [Line] = []
      var positions: [String: Int] = [:]
      for binding in bindings {
        let keys = keyText(binding, strings)
        let text = description(binding.command, scope, keymap.name, strings)
        let words = binding.onText || binding.isPaletteOnly
        if let position = positions[text], words == merged[position].keysAreWords {
          // Several palette-only panes are one line, as several digit keys are.
          if !words { merged[position].keys += ", " + keys }
        } else {
          positions[text] = merged.count
          merged.append(Line(keys: keys, text: text, isTitle: false, keysAreWords: words))
        }
      }
      // The number keys read as a range.
      for index in merged.indices
      where merged[index].keys == (1...9).map(String.init).joined(separator: ", ") {
        merged[index].keys = "1–9"
      }
      lines += merged
    }
    return lines
  }

  /// The help as it is drawn in `width` columns: long descriptions wrap under themselves, the
  /// intro under itself, so nothing is cut at 80 columns.
  static func rows(_ keymap: Keymap, _ strings: Strings, width: Int) -> [Line] {
    let keyWidth = keyColumn(width)
    var rows: [Line] = []
    for line in lines(keymap, strings) {
      if line.isTitle || line.text.isEmpty {
        rows.append(line)
      } else if line.keys.isEmpty {
        for part in TextLayout.wrap(line.text, width: max(1, width)) {
          rows.append(Line(keys: "", text: part, isTitle: false))
        }
      } else {
        let parts = TextLayout.wrap(line.text, width: max(1, width - keyWidth - 2))
        for (index, part) in parts.enumerated() {
          rows.append(
            Line(
              keys: index == 0 ? line.keys : " ", text: part, isTitle: false,
              keysAreWords: line.keysAreWords))
        }
      }
    }
    return rows
  }

  static func keyColumn(_ width: Int) -> Int { min(24, max(8, width / 3)) }

  /// The keys of a binding as the help writes them: `j, ↓`, `d d`, the typing keys, or
  /// "(palette)" for a command that has no key of its own.
  static func keyText(_ binding: KeyBinding, _ strings: Strings) -> String {
    if binding.onText { return strings["keys.typing"] }
    if binding.isPaletteOnly { return strings["keys.palette"] }
    return
      (binding.keys.map(\.description)
      + binding.sequences.map { $0.map(\.description).joined() })
      .joined(separator: ", ")
  }

  /// What a command does here: a mode's own wording where it has one, then the keymap's
  /// (the workshop keymap asks before every delete), else the command's.
  static func description(
    _ command: Command, _ scope: KeyBinding.Scope, _ keymap: Keymap.Name, _ strings: Strings
  ) -> String {
    var key = command.helpKey
    if case .mode(let mode) = scope, strings.has("command.\(mode.rawValue).\(command)") {
      key = "command.\(mode.rawValue).\(command)"
    } else if strings.has("\(command.helpKey).\(keymap.rawValue)") {
      key = "\(command.helpKey).\(keymap.rawValue)"
    }
    // A description that names another command's key names it as this keymap has it.
    var pane = PaneID.overview
    if case .pane(let own) = scope { pane = own }
    return KeyNames.fill(strings[key], .named(keymap), pane: pane, strings: strings)
  }

  static func title(_ scope: KeyBinding.Scope, _ strings: Strings) -> String {
    switch scope {
    case .global: return strings["help.global"]
    case .pane(let pane):
      return strings.format("help.pane", pane.rawValue, strings["pane.\(pane.key)"])
    case .mode(let mode): return strings["help.mode.\(mode.rawValue)"]
    }
  }

  static func lineCount(_ state: AppState) -> Int {
    let pane = ScreenLayout(state.size).pane
    return rows(state.settings.keymap, state.strings, width: pane.width - 1).count
  }

  static func draw(_ state: AppState, offset: Int, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    grid.fill(rect)
    let strings = state.strings
    let keymap = state.settings.keymap
    grid.heading(
      strings.format(
        "help.title", keymap.keyLabel(for: .help, in: state.pane) ?? "",
        keymap.key(for: .cancel, in: [.help])?.description ?? ""),
      x: rect.x, y: rect.y, width: rect.width, glyphs: state.settings.glyphs)
    let body = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 1, height: rect.height - 1)
    let all = rows(keymap, strings, width: body.width)
    let keyWidth = keyColumn(body.width)
    for (index, line) in all.dropFirst(offset).prefix(body.height).enumerated() {
      let y = body.y + index
      if line.isTitle {
        grid.text(line.text, x: body.x, y: y, style: .heading, clip: body)
      } else if line.keys.isEmpty {
        grid.text(line.text, x: body.x, y: y, style: .muted, clip: body)
      } else {
        grid.field(
          line.keys, x: body.x + 1, y: y, width: keyWidth, style: Style(bold: true), clip: body)
        grid.text(line.text, x: body.x + 2 + keyWidth, y: y, clip: body)
      }
    }
  }
}

/// Asks what to do with unsaved changes when quitting.
enum ConfirmQuitDialog {
  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let strings = state.strings
    let lines = [strings["quit.title"], ""] + QuestionLines.lines(.quitQuestion, state)
    DialogBox.draw(lines, into: &grid, in: rect)
  }
}
