/// What the stakeholder field says about the partnership as a whole: is the minimum viable
/// ecosystem complete, is someone orchestrating, can the partners work multi-sector and
/// multi-level.
extension Plan {
  /// The members of the minimum viable ecosystem now; a former partner is left out of every
  /// condition on the MVE, though it stays in the plan for its history and finance.
  public var mveMembers: [Stakeholder] { stakeholders.filter(\.isPartner) }

  /// The partners who have left, in the plan's order.
  public var formerPartners: [Stakeholder] { stakeholders.filter(\.isFormer) }

  /// Chain links that no member of the minimum viable ecosystem covers.
  public var uncoveredChainLinks: [ChainLink] {
    let covered = Set(mveMembers.flatMap(\.chainLinks))
    return chainLinks.filter { !covered.contains($0.id) }
  }

  /// The parties that orchestrate; a former partner no longer does, whatever its flag says.
  public var orchestrators: [Stakeholder] {
    stakeholders.filter { $0.isOrchestrator && !$0.isFormer }
  }

  /// The helices (knowledge, business, government, society) that no partner of the MVE
  /// represents: the quadruple helix the multi-sector check counts.
  public var missingSectors: [KindSector] {
    let present = Set(mveMembers.map(\.kind.sector))
    return KindSector.helices.filter { !present.contains($0) }
  }

  /// The levels (local, regional, national) that no MVE partner works at.
  public var missingLevels: [GovernanceLevel] {
    let present = Set(mveMembers.map(\.level))
    return [GovernanceLevel.local, .regional, .national].filter { !present.contains($0) }
  }

  /// SMEs taking part at the start, new ones reached since and targeted, over all segments.
  public var smeTotals: SMETotals {
    var totals = SMETotals()
    for segment in segments {
      totals.atStart += segment.participatingAtStart ?? 0
      totals.reached += segment.reachedSinceStart ?? 0
      totals.target += segment.target ?? 0
      totals.count += segment.smeCount ?? 0
    }
    return totals
  }
}

/// The SMEs of all segments together. The target is a number of new SMEs, so progress is
/// `reached` against `target`; those taking part at the start are the base, not progress.
public struct SMETotals: Hashable, Sendable {
  public var atStart = 0
  public var reached = 0
  public var target = 0
  public var count = 0

  public init() {}

  /// Taking part now: those at the start and the new ones since.
  public var takingPart: Int { atStart + reached }
}

extension KindSector {
  /// The helices a multi-sector partnership needs, in the order they are named.
  public static let helices: [KindSector] = [.knowledge, .business, .government, .society]
}
