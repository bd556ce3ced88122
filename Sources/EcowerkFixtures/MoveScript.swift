import EcowerkModel

/// A fixed, seeded sequence of moves in the stakeholder list, for the kill test: its victim
/// makes them (journalling each, saving now and then) until it is killed, and the test
/// replays the same sequence to know the order of the list after every step. A move carries
/// no old value, so it is the edit a recovery that replays too much would get wrong.
public struct MoveScript: Sendable {
  public let seed: UInt64
  public let stakeholders: Int

  public init(seed: UInt64 = 20_261_206, stakeholders: Int = 40) {
    self.seed = seed
    self.stakeholders = stakeholders
  }

  /// The plan the script starts from: a small generated plan, quick to save.
  public var plan: Plan {
    PlanGenerator(seed: seed).plan(
      stakeholders: stakeholders, segments: 4, nodes: 20, actions: 20)
  }

  /// The moves, one by one, each keyed against the plan as the moves before it leave it.
  public struct Moves: Sendable {
    var random: SplitMix64
    let count: Int
    public private(set) var plan: Plan

    /// The next move, applied to `plan`.
    public mutating func next() -> Edit {
      while true {
        let from = Int(random.next() % UInt64(count))
        let to = Int(random.next() % UInt64(count))
        guard from != to else { continue }
        let edit = plan.keyed(.move(.stakeholders, from: from, to: to))
        guard (try? plan.apply(edit)) != nil else { continue }
        return edit
      }
    }
  }

  /// The moves from the script's plan; `plan` when it is that plan already (read from a file,
  /// which is quicker than generating it again).
  public func moves(from plan: Plan? = nil) -> Moves {
    Moves(random: SplitMix64(seed: seed), count: stakeholders, plan: plan ?? self.plan)
  }

  /// The order of the stakeholders after each number of moves, from none to `count`.
  public func orders(upTo count: Int) -> [[String]] {
    var moves = moves()
    var orders = [moves.plan.stakeholders.map(\.id.rawValue)]
    for _ in 0..<count {
      _ = moves.next()
      orders.append(moves.plan.stakeholders.map(\.id.rawValue))
    }
    return orders
  }
}
