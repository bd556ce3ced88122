/// One line of the keymap: these keys do this command, here.
public struct KeyBinding: Hashable, Sendable {
  /// Where a binding applies. Pane bindings win over global ones; a mode's bindings apply
  /// while that mode is open (an editor, a pick list, a question).
  public enum Scope: Hashable, Sendable {
    case global
    case pane(PaneID)
    case mode(KeyMode)
  }

  /// Keys that each run the command on their own.
  public var keys: [Key]
  /// Keys pressed one after the other (`d` `d`), each sequence running the command.
  public var sequences: [[Key]]
  public var command: Command
  public var scope: Scope
  /// Shown in the key bar at the bottom for this scope.
  public var isHint: Bool
  /// Also runs for any printable character no other binding of the scope takes: typing.
  public var onText: Bool

  public init(
    _ keys: [Key], _ command: Command, _ scope: Scope = .global, hint: Bool = false,
    sequences: [[Key]] = [], text: Bool = false
  ) {
    self.keys = keys
    self.command = command
    self.scope = scope
    isHint = hint
    self.sequences = sequences
    onText = text
  }

  /// A command with no key of its own in this keymap: it is run from the palette.
  public var isPaletteOnly: Bool { keys.isEmpty && sequences.isEmpty && !onText }
}

/// The modes that have keys of their own, each a scope of the keymap.
public enum KeyMode: String, CaseIterable, Hashable, Sendable {
  /// A one-line editor open on a field.
  case editor
  /// Typing in any one-line field: the editor, search, the palette, a pick list's filter.
  case text
  /// A pick list of choices or references.
  case pickList
  /// The command palette.
  case palette
  /// The search line, the `:` command line and the matrix's filter.
  case lineInput
  /// The help screen.
  case help
  /// The list of findings (`!`).
  case health
  /// What changed since an earlier version (`:changes`).
  case changes
  /// The conflicts a merge left beside the plan (`:conflicts`).
  case conflicts
  /// Quit with unsaved changes.
  case quitQuestion
  /// Delete something that others refer to.
  case deleteQuestion
  /// The plan file changed on disk since it was read.
  case saveConflict
  /// Unsaved edits were found at start.
  case recovery
}
