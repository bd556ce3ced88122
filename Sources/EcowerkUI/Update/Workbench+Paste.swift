import EcowerkModel

/// A paste (bracketed paste) is text, never keys: it goes into whatever is open to type in,
/// and with nothing open it can only start an editor, never run a command.
extension Workbench {
  static func paste(_ text: String, _ state: inout AppState) -> [Effect] {
    let lines = pastedLines(text)
    guard !lines.isEmpty else { return [] }
    let joined = lines.joined(separator: " ")
    switch state.mode {
    case .editing(var session):
      if session.replacesOnType {
        session.editor = LineEditor()
        session.replacesOnType = false
      }
      if session.kind == .textList, lines.count > 1 {
        // Several lines into a list of texts: several entries, the first in this editor.
        session.editor.insert(lines[0])
        session.pastedEntries = Array(lines.dropFirst())
        state.status = StatusMessage(
          state.strings.format(
            "paste.entries", state.strings.count(lines.count - 1, "count.entry")))
      } else {
        session.editor.insert(joined)
        if lines.count > 1 {
          state.status = StatusMessage(
            state.strings.format("paste.joined", state.strings.count(lines.count, "count.line")))
        }
      }
      session.refusal = nil
      state.mode = .editing(session)
    case .search(var editor):
      editor.insert(joined)
      state.mode = .search(editor)
    case .commandLine(var editor):
      editor.insert(joined)
      state.mode = .commandLine(editor)
    case .filtering(var editor):
      editor.insert(joined)
      state.mode = .filtering(editor)
      state.views.stakeholders.filter = editor.text
      state.views.stakeholders.rows.row = 0
    case .picking(var list):
      var filter = list.filter
      filter.insert(joined)
      list.setFilter(filter)
      state.mode = .picking(list)
    case .palette(var palette):
      var query = palette.query
      query.insert(joined)
      palette.setQuery(query)
      state.mode = .palette(palette)
    case .normal:
      // Typing edits in the workshop keymap, so a paste may open the editor with the text;
      // where letters are commands (vim keys) it waits for an editor to be opened.
      guard state.settings.keymap.bindings.contains(where: { $0.onText && $0.scope == .global })
      else {
        state.status = StatusMessage(
          state.strings.format("paste.needsEditor", keyName(.edit, state)), .warning)
        return []
      }
      let effects = typeToEdit("", &state)
      switch state.mode {
      case .editing, .picking: return effects + paste(text, &state)
      default: return effects
      }
    default:
      // A question or a list of findings takes no text: a paste must not answer it.
      state.status = StatusMessage(state.strings["paste.ignored"], .warning)
    }
    return []
  }

  /// The lines of pasted text: line ends of every kind, tabs as spaces, blank lines and
  /// trailing spaces dropped.
  static func pastedLines(_ text: String) -> [String] {
    text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
      .replacingAll("\t", with: " ")
      .split(separator: "\n", omittingEmptySubsequences: true)
      .map { String($0).trimmed }
      .filter { !$0.isEmpty }
  }
}
