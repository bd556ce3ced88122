import EcowerkModel

/// Undo and redo: two stacks of edits, unlimited while the workbench is open.
public struct History: Sendable {
  public struct Entry: Sendable {
    public var edit: Edit
    /// The plan's version before and after the edit.
    public var before: Int
    public var after: Int
  }

  public private(set) var undoStack: [Entry] = []
  public private(set) var redoStack: [Entry] = []
  /// The next version number to hand out; versions are never reused, so undoing back to the
  /// saved version is recognised as unmodified and a new edit after that is not.
  private var nextVersion = 1

  public init() {}

  /// Records an edit made at `version`; returns the new version.
  mutating func record(_ edit: Edit, at version: Int) -> Int {
    let after = nextVersion
    nextVersion += 1
    undoStack.append(Entry(edit: edit, before: version, after: after))
    redoStack.removeAll()
    return after
  }

  /// A version number for a plan that is not in the history (an entry added for its editor
  /// before it is kept).
  mutating func freshVersion() -> Int {
    defer { nextVersion += 1 }
    return nextVersion
  }

  mutating func popUndo() -> Entry? {
    guard let entry = undoStack.popLast() else { return nil }
    redoStack.append(entry)
    return entry
  }

  mutating func popRedo() -> Entry? {
    guard let entry = redoStack.popLast() else { return nil }
    undoStack.append(entry)
    return entry
  }

  /// Puts back an entry whose inverse could not be applied.
  mutating func restoreUndo() {
    if let entry = redoStack.popLast() { undoStack.append(entry) }
  }

  mutating func restoreRedo() {
    if let entry = undoStack.popLast() { redoStack.append(entry) }
  }
}
