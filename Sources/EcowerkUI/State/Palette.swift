import EcowerkStrings

/// The command palette: every command of the current place with its key, narrowed by what is
/// typed, run with Enter. It is how a command without a key of its own is found, and how
/// anyone who forgot a key finds it again.
public struct Palette: Hashable, Sendable {
  public struct Entry: Hashable, Sendable {
    public var command: Command
    /// What the command does, as the help says it.
    public var label: String
    /// Its keys, as the help writes them; empty when it has none.
    public var keys: String
  }

  public var entries: [Entry]
  public var query = LineEditor()
  /// The entries that match the query, in order (indices into `entries`).
  public private(set) var shown: [Int]
  /// The highlighted row among the shown ones, and the first row on screen.
  public var cursor = ListCursor()

  public init(entries: [Entry]) {
    self.entries = entries
    shown = Array(entries.indices)
  }

  /// Commands that only make sense as keys (moving, typing, the palette itself).
  public static let excluded: Set<Command> = [
    .moveUp, .moveDown, .moveLeft, .moveRight, .pageUp, .pageDown, .top, .bottom, .nextField,
    .previousField, .activate, .cancel, .typeToEdit, .palette,
  ]

  /// The palette for `pane`: its own commands first, then the ones that work everywhere.
  public static func make(_ keymap: Keymap, pane: PaneID, strings: Strings) -> Palette {
    var entries: [Entry] = []
    var seen = Set<Command>()
    for scope in [KeyBinding.Scope.pane(pane), .global] {
      for binding in keymap.bindings(in: scope) {
        let command = binding.command
        guard !excluded.contains(command), !seen.contains(command) else { continue }
        // A pane binding shadows the global one of the same key (Ctrl-F filters the matrix).
        seen.insert(command)
        let label: String
        if case .showPane(let target) = command {
          label = strings.format(
            "palette.showPane", target.rawValue, strings["pane.\(target.key)"])
        } else {
          label = HelpScreen.description(command, scope, keymap.name, strings)
        }
        entries.append(
          Entry(command: command, label: label, keys: keymap.keyLabel(for: command, in: pane) ?? "")
        )
      }
    }
    return Palette(entries: entries)
  }

  /// Narrows the entries to those whose text or keys contain every typed word (case and
  /// accents ignored).
  public mutating func setQuery(_ editor: LineEditor) {
    query = editor
    let words = editor.text.split(separator: " ").map { TextSearch.Needle(String($0)) }
    shown = entries.indices.filter { index in
      let entry = entries[index]
      let text = "\(entry.label) \(entry.keys) \(entry.command)"
      return words.allSatisfy { TextSearch.contains(text, $0) }
    }
    cursor = ListCursor()
  }

  /// The highlighted entry, when there is one.
  public var highlighted: Entry? {
    shown.indices.contains(cursor.row) ? entries[shown[cursor.row]] : nil
  }
}
