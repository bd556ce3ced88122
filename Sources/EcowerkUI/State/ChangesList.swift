import EcowerkModel

/// The changes since an earlier version of the plan (`:changes`), worked out when the view
/// was opened, and the selected row.
public struct ChangesList: Hashable, Sendable {
  /// What the plan is compared with, as the title says it: "the last save", a file's name.
  public var since: String
  public var changes: [PlanChange]
  /// What the entities the changes mention are called (`PlanDiff.names`).
  public var names: [String: String]
  public var cursor = ListCursor()

  public init(since: String, diff: PlanDiff) {
    self.since = since
    changes = diff.changes
    names = diff.names
  }
}
