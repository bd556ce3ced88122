/// What the keyboard is doing right now.
public enum Mode: Hashable, Sendable {
  /// Moving around; keys go through the keymap.
  case normal
  /// Typing a search after `/`.
  case search(LineEditor)
  /// Typing a command after `:`.
  case commandLine(LineEditor)
  /// Typing a filter for the stakeholder matrix; the rows follow each key.
  case filtering(LineEditor)
  /// The help screen, scrolled to a line.
  case help(offset: Int)
  /// `q` with unsaved changes: save, discard or cancel.
  case confirmQuit
  /// Typing into a field, in place.
  case editing(EditSession)
  /// Choosing from a pick list.
  case picking(PickList)
  /// At start: unsaved edits were found in the recovery journal.
  case recovery(RecoveryOffer)
  /// The plan's findings against the method (`!`), one selected.
  case health(HealthList)
  /// What changed since an earlier version (`:changes`), one selected.
  case changes(ChangesList)
  /// The conflicts of a merge (`:conflicts`, kept in `AppState.mergeConflicts`), one selected.
  case conflicts
  /// A save found the file changed on disk by someone else: reload, overwrite or save
  /// elsewhere.
  case saveConflict
  /// Every command of this place, narrowed by what is typed, to run by name.
  case palette(Palette)
  /// A delete that needs a yes first: what it would take with it.
  case confirmDelete(DeleteQuestion)
}

/// The question before a delete: "Delete Provincie Overijssel and clear 17 references,
/// €750,000 of contributions? y/N". Yes runs the command again without asking.
public struct DeleteQuestion: Hashable, Sendable {
  public var text: String
  public var command: Command

  public init(text: String, command: Command) {
    self.text = text
    self.command = command
  }
}

/// A message in the status bar.
public struct StatusMessage: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case info
    case warning
    case error
  }

  public var text: String
  public var kind: Kind

  public init(_ text: String, _ kind: Kind = .info) {
    self.text = text
    self.kind = kind
  }
}
