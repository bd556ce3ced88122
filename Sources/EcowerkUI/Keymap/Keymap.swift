/// Which key does what: data, not code. The help screen, the key bar, the palette and the
/// README's key tables are all generated from these lists, and a test keeps them in step.
///
/// There are two: the workshop keymap, the default, for people who know spreadsheets and office
/// programs (typing on a cell edits it, commands sit on Ctrl and function keys), and the vim
/// keymap for power users (letters are commands, `e` edits).
public struct Keymap: Sendable {
  /// The keymaps there are, by the name `--keys`, `ECOWERK_KEYS` and the config file use.
  public enum Name: String, CaseIterable, Sendable {
    case workshop
    case vim
  }

  public var name: Name
  public var bindings: [KeyBinding]
  /// Whether deleting a whole entry always asks first; otherwise only when it would clear
  /// references to it (undo brings either back).
  public var confirmsEveryDelete: Bool

  public init(_ name: Name, _ bindings: [KeyBinding], confirmsEveryDelete: Bool) {
    self.name = name
    self.bindings = bindings
    self.confirmsEveryDelete = confirmsEveryDelete
  }

  public static func named(_ name: Name) -> Keymap {
    switch name {
    case .workshop: return .workshop
    case .vim: return .vim
    }
  }

  /// What keys pressed one after the other mean.
  public enum Match: Hashable, Sendable {
    case command(Command)
    /// The start of a sequence (`d` of `dd`): wait for the next key.
    case prefix
    case none
  }

  /// What `keys` (usually one) mean in `pane` with nothing open: the pane's bindings first,
  /// then the global ones, then typing.
  public func match(_ keys: [Key], in pane: PaneID) -> Match {
    let scopes: [KeyBinding.Scope] = [.pane(pane), .global]
    if keys.count == 1, let key = keys.first {
      for scope in scopes {
        if let binding = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) {
          return .command(binding.command)
        }
      }
    }
    for scope in scopes {
      if let binding = bindings.first(where: { $0.scope == scope && $0.sequences.contains(keys) }) {
        return .command(binding.command)
      }
    }
    for scope in scopes
    where bindings.contains(where: {
      $0.scope == scope && $0.sequences.contains { $0.count > keys.count && $0.starts(with: keys) }
    }) {
      return .prefix
    }
    if keys.count == 1, case .char? = keys.first {
      for scope in scopes {
        if let binding = bindings.first(where: { $0.scope == scope && $0.onText }) {
          return .command(binding.command)
        }
      }
    }
    return .none
  }

  /// The command `key` means in `pane` with nothing open, or nil.
  public func command(for key: Key, in pane: PaneID) -> Command? {
    if case .command(let command) = match([key], in: pane) { return command }
    return nil
  }

  /// The command `key` means in the first of `modes` that binds it (typing included), or nil.
  public func command(for key: Key, in modes: [KeyMode]) -> Command? {
    for mode in modes {
      if let binding = bindings.first(where: { $0.scope == .mode(mode) && $0.keys.contains(key) }) {
        return binding.command
      }
    }
    if case .char = key {
      for mode in modes {
        if let binding = bindings.first(where: { $0.scope == .mode(mode) && $0.onText }) {
          return binding.command
        }
      }
    }
    return nil
  }

  /// A key that runs `command` in `pane` with nothing open, for tests that press keys by
  /// command name and for messages that name a key.
  public func key(for command: Command, in pane: PaneID) -> Key? {
    for scope in [KeyBinding.Scope.pane(pane), .global] {
      for binding in bindings where binding.scope == scope && binding.command == command {
        if let key = binding.keys.first(where: { self.command(for: $0, in: pane) == command }) {
          return key
        }
      }
    }
    return nil
  }

  /// A key that runs `command` in the first of `modes` that binds it.
  public func key(for command: Command, in modes: [KeyMode]) -> Key? {
    for mode in modes {
      for binding in bindings where binding.scope == .mode(mode) && binding.command == command {
        if let key = binding.keys.first(where: { self.command(for: $0, in: modes) == command }) {
          return key
        }
      }
    }
    return nil
  }

  /// How the keys of `command` are written where it applies ("Ctrl-S", "dd"), or nil when it
  /// has none (a palette-only command). A sequence comes first where a binding has one: it is
  /// what the keymap's users know the command by.
  public func keyLabel(for command: Command, in pane: PaneID) -> String? {
    for scope in [KeyBinding.Scope.pane(pane), .global] {
      if let binding = bindings.first(where: { $0.scope == scope && $0.command == command }),
        let sequence = binding.sequences.first
      {
        return sequence.map(\.description).joined()
      }
    }
    return key(for: command, in: pane)?.description
  }

  /// The bindings of one scope, in keymap order.
  public func bindings(in scope: KeyBinding.Scope) -> [KeyBinding] {
    bindings.filter { $0.scope == scope }
  }

  /// The bindings whose keys appear in the key bar for `pane` with nothing open.
  public func hints(for pane: PaneID) -> [KeyBinding] {
    bindings(in: .pane(pane)).filter(\.isHint) + bindings(in: .global).filter(\.isHint)
  }

  /// The bindings whose keys appear in the key bar while `mode` is open.
  public func hints(for mode: KeyMode) -> [KeyBinding] {
    bindings(in: .mode(mode)).filter(\.isHint)
  }

  /// Whether `key` runs anything anywhere: the terminal hands such keys over instead of
  /// acting on them itself (Ctrl-Z suspends unless a keymap takes it).
  public func binds(_ key: Key) -> Bool {
    bindings.contains { $0.keys.contains(key) }
  }
}
