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
