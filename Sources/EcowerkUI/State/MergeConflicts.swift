import EcowerkModel

/// The conflicts a merge left beside the plan (`PLAN.conflicts.json`), while they are being
/// resolved: each kept as ours or taken as theirs, one at a time. Kept in the state while the
/// view is closed, so that one can look at the plan between two decisions.
public struct MergeConflicts: Hashable, Sendable {
  public enum Decision: Hashable, Sendable {
    case ours
    case theirs
  }

  /// Where the conflicts file is.
  public var file: String
  public var conflicts: [MergeConflict]
  /// Each conflict in words, as `ecowerk merge` reported it.
  public var texts: [String]
  /// What the entities the conflicts mention are called.
  public var names: [String: String]
  /// What was decided for each conflict, nil while it is open.
  public var decisions: [Decision?]
  /// The plan version "take theirs" made, per conflict: undoing that edit opens the conflict
  /// again, redoing it decides it again (`reconcile`).
  public var theirsVersions: [Int?]
  public var cursor = ListCursor()

  public init(
    file: String, conflicts: [MergeConflict], texts: [String], names: [String: String]
  ) {
    self.file = file
    self.conflicts = conflicts
    self.texts = texts
    self.names = names
    decisions = Array(repeating: nil, count: conflicts.count)
    theirsVersions = Array(repeating: nil, count: conflicts.count)
  }

  /// After an undo or a redo: a conflict decided by taking theirs is decided while that edit
  /// is in `undone` (the edits in effect), open again once it was undone. Returns how many
  /// conflicts it opened again.
  @discardableResult
  public mutating func reconcile(inEffect versions: Set<Int>) -> Int {
    var reopened = 0
    for index in theirsVersions.indices {
      guard let version = theirsVersions[index] else { continue }
      let decided = versions.contains(version)
      if !decided && decisions[index] == .theirs { reopened += 1 }
      decisions[index] = decided ? .theirs : nil
    }
    return reopened
  }

  /// How many conflicts are still open.
  public var open: Int { decisions.filter { $0 == nil }.count }

  /// The conflicts still open, with their words, to keep beside the plan when it is saved.
  public var remaining: (conflicts: [MergeConflict], texts: [String]) {
    var conflicts: [MergeConflict] = []
    var texts: [String] = []
    for index in self.conflicts.indices where decisions[index] == nil {
      conflicts.append(self.conflicts[index])
      texts.append(index < self.texts.count ? self.texts[index] : "")
    }
    return (conflicts, texts)
  }
}
