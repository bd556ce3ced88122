import EcowerkModel

/// Edits found in the recovery journal at start: the workbench offers to replay them.
public struct RecoveryOffer: Hashable, Sendable {
  public var edits: [Edit]
  /// When the first and the last edit were made, as written in the journal.
  public var first: String
  public var last: String
  /// A damaged journal line that was skipped, in words.
  public var damage: String?
  /// The plan file changed since the edits were made (another editor, a `git pull`).
  public var planChanged: Bool
  /// Showing the list of edits instead of the question.
  public var showingEdits = false

  public init(edits: [Edit], first: String, last: String, damage: String?, planChanged: Bool) {
    self.edits = edits
    self.first = first
    self.last = last
    self.damage = damage
    self.planChanged = planChanged
  }
}
