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
  public var cursor = ListCursor()

  public init(
    file: String, conflicts: [MergeConflict], texts: [String], names: [String: String]
  ) {
    self.file = file
    self.conflicts = conflicts
    self.texts = texts
    self.names = names
    decisions = Array(repeating: nil, count: conflicts.count)
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
