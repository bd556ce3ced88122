import EcowerkModel

/// Plans of any size from a seed, for the benchmark and for tests that need more than the
/// hand-made fixture.
///
/// The same seed and sizes always give the same plan, on every machine, so a benchmark figure
/// or a failing test can be reproduced from its seed alone. Every plan is valid
/// (`violations()` is empty) and looks like a real partnership's: Dutch names with accents, a
/// few CJK and emoji names, a core MVE with one orchestrator, a six-year finance that ends
/// without NGF, two peer reviews and a balanced Theory of Change tree.
public struct PlanGenerator: Sendable {
  public let seed: UInt64

  public init(seed: UInt64) {
    self.seed = seed
  }

  /// A plan with exactly these numbers of stakeholders, segments, Theory of Change nodes and
  /// actions (negative counts are taken as zero); the other lists are sized to match.
  public func plan(stakeholders: Int, segments: Int, nodes: Int, actions: Int) -> Plan {
    var draft = PlanDraft(seed: seed)
    return draft.plan(
      stakeholders: max(0, stakeholders), segments: max(0, segments), nodes: max(0, nodes),
      actions: max(0, actions))
  }
}
