/// What the stakeholder field says about the partnership as a whole: is the minimum viable
/// ecosystem complete, is someone orchestrating, can the partners work multi-sector and
/// multi-level.
extension Plan {
  public var mveMembers: [Stakeholder] { stakeholders.filter(\.inMVE) }

  /// Chain links that no member of the minimum viable ecosystem covers.
  public var uncoveredChainLinks: [ChainLink] {
    let covered = Set(mveMembers.flatMap(\.chainLinks))
    return chainLinks.filter { !covered.contains($0.id) }
  }

  public var orchestrators: [Stakeholder] { stakeholders.filter(\.isOrchestrator) }

  /// The helices (knowledge, business, government) that no partner of the MVE represents.
  public var missingSectors: [KindSector] {
    let present = Set(mveMembers.map(\.kind.sector))
    return [KindSector.knowledge, .business, .government].filter { !present.contains($0) }
  }

  /// The levels (local, regional, national) that no MVE partner works at.
  public var missingLevels: [GovernanceLevel] {
    let present = Set(mveMembers.map(\.level))
    return [GovernanceLevel.local, .regional, .national].filter { !present.contains($0) }
  }

  /// SMEs reached so far and targeted, over all segments.
  public var smeTotals: (participating: Int, target: Int, count: Int) {
    segments.reduce((0, 0, 0)) {
      ($0.0 + ($1.participating ?? 0), $0.1 + ($1.target ?? 0), $0.2 + ($1.smeCount ?? 0))
    }
  }
}
