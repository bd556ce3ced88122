import EcowerkStrings
import EcowerkText

/// The bottom line: the few keys that matter in this pane and mode, from the keymap — the key
/// in reverse video, what it does beside it, as nano and Midnight Commander show theirs. The
/// last two (the palette and help, which lead to every other key) always stay; the others
/// give way from the end when the line is too short.
enum KeyBar {
  struct Entry: Hashable {
    var keys: String
    var label: String
  }

  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    grid.fill(rect, style: .plain)
    let shown = fit(entries(state), width: rect.width - 1)
    var x = rect.x + 1
    for (index, entry) in shown.enumerated() {
      if index > 0 { x += 2 }
      x = grid.text(
        entry.keys, x: x, y: rect.y, style: Style(bold: true, reverse: true), clip: rect)
      x = grid.text(" " + entry.label, x: x, y: rect.y, style: .plain, clip: rect)
    }
  }

  /// The entries for what is open now.
  static func entries(_ state: AppState) -> [Entry] {
    let keymap = state.settings.keymap
    let s = state.strings
    let mode: KeyMode?
    var extra: [Entry] = []
    switch state.mode {
    case .normal: mode = nil
    case .editing: mode = .editor
    case .picking(let list):
      mode = .pickList
      extra = [Entry(keys: s["keys.text"], label: s["hint.narrow"])]
      if !list.isMultiple {
        return entries(
          keymap.hints(for: .pickList).filter { $0.command != .toggleCheck }, .pickList, s)
          + extra
      }
    case .palette:
      mode = .palette
      extra = [Entry(keys: s["keys.text"], label: s["hint.narrow"])]
    case .search, .commandLine, .filtering: mode = .lineInput
    case .help: mode = .help
    case .health: mode = .health
    case .changes: mode = .changes
    case .conflicts: mode = .conflicts
    case .confirmQuit: mode = .quitQuestion
    case .confirmDelete: mode = .deleteQuestion
    case .saveConflict: mode = .saveConflict
    case .recovery: mode = .recovery
    }
    guard let mode else {
      // What matters everywhere first, then the pane's own keys, the palette and help last.
      let global = keymap.bindings(in: .global).filter(\.isHint)
      let pane = keymap.bindings(in: .pane(state.pane)).filter(\.isHint)
      let ordered = global.dropLast(2) + pane + global.suffix(2)
      return entries(Array(ordered), nil, s)
    }
    return entries(keymap.hints(for: mode), mode, s) + extra
  }

  private static func entries(_ bindings: [KeyBinding], _ mode: KeyMode?, _ s: Strings)
    -> [Entry]
  {
    bindings.map { binding in
      let label = label(binding.command, mode, s)
      let keys =
        binding.onText
        ? s["keys.text"]
        : (shownKey(binding.keys, label: label)?.description
          ?? binding.sequences.first.map { $0.map(\.description).joined() } ?? "")
      return Entry(keys: keys, label: label)
    }
  }

  /// The key a binding is shown with: its first, except that where the first is a letter and
  /// another of its letters starts the label in the session's language, that one ("o opslaan"
  /// in Dutch, "s save" in English), so the bar and the question above it name the same key.
  static func shownKey(_ keys: [Key], label: String) -> Key? {
    guard case .char = keys.first, let initial = label.first?.lowercased() else {
      return keys.first
    }
    return keys.first { if case .char(let c) = $0 { String(c) == initial } else { false } }
      ?? keys.first
  }

  /// What a command is called in the key bar: a mode's own word where it has one ("run" in
  /// the palette), else the command's.
  static func label(_ command: Command, _ mode: KeyMode?, _ s: Strings) -> String {
    if let mode {
      let key = "hint.\(mode.rawValue).\(command)"
      if s.has(key) { return s[key] }
    }
    return s[command.hintKey]
  }

  /// As many entries as fit in `width`, in order, the last two always.
  static func fit(_ entries: [Entry], width: Int) -> [Entry] {
    func size(_ entry: Entry) -> Int {
      DisplayWidth.of(entry.keys) + 1 + DisplayWidth.of(entry.label) + 2
    }
    let kept = entries.count > 2 ? Array(entries.suffix(2)) : entries
    var used = kept.reduce(0) { $0 + size($1) }
    var front: [Entry] = []
    for entry in entries.dropLast(kept.count) {
      guard used + size(entry) <= width + 2 else { break }
      front.append(entry)
      used += size(entry)
    }
    return front + kept
  }
}
