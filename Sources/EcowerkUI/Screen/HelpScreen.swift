import EcowerkStrings
import EcowerkText

/// The help screen, generated from the keymap: every binding, grouped by where it applies.
/// Nothing here is written by hand, so the help cannot drift from what the keys do.
public enum HelpScreen {
  /// One line of help: a group title, or keys and what they do.
  public struct Line: Hashable, Sendable {
    public var keys: String
    public var text: String
    public var isTitle: Bool
  }

  public static func lines(_ keymap: Keymap, _ strings: Strings) -> [Line] {
    var lines: [Line] = [Line(keys: "", text: strings["help.intro"], isTitle: false)]
    let scopes: [KeyBinding.Scope] = [.global] + PaneID.allCases.map { .pane($0) }
    for scope in scopes {
      let bindings = keymap.bindings(in: scope)
      guard !bindings.isEmpty else { continue }
      let title: String
      switch scope {
      case .global: title = strings["help.global"]
      case .pane(let pane):
        title = strings.format("help.pane", pane.rawValue, strings["pane.\(pane.key)"])
      }
      lines.append(Line(keys: "", text: "", isTitle: false))
      lines.append(Line(keys: "", text: title, isTitle: true))
      // Bindings that share a help text (the number keys) become one line.
      var merged: [Line] = []
      var positions: [String: Int] = [:]
      for binding in bindings {
        let keys = binding.keys.map(\.description).joined(separator: ", ")
        let text = strings[binding.command.helpKey]
        if let position = positions[binding.command.helpKey] {
          merged[position].keys += "," + keys
        } else {
          positions[binding.command.helpKey] = merged.count
          merged.append(Line(keys: keys, text: text, isTitle: false))
        }
      }
      lines += merged
    }
    return lines
  }

  static func lineCount(_ state: AppState) -> Int {
    lines(state.settings.keymap, state.strings).count
  }

  static func draw(_ state: AppState, offset: Int, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    grid.fill(rect)
    let strings = state.strings
    grid.heading(
      strings["help.title"], x: rect.x, y: rect.y, width: rect.width, glyphs: state.settings.glyphs)
    let body = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 1, height: rect.height - 1)
    let all = lines(state.settings.keymap, strings)
    let keyWidth = min(20, max(8, body.width / 3))
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
    let lines = [
      strings["quit.title"], "", strings["quit.save"], strings["quit.discard"],
      strings["quit.cancel"],
    ]
    DialogBox.draw(lines, into: &grid, in: rect)
  }
}
