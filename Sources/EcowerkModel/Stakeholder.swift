/// A party in the stakeholder field: what it brings, what it wants, and how much it matters.
public struct Stakeholder: Identifiable, Hashable, Sendable {
  public var id: StakeholderID
  public var name: String
  public var kind: StakeholderKind
  public var sector: String
  public var discipline: String
  public var level: GovernanceLevel
  public var chainLinks: [ChainLinkID]
  public var sharedInterests: String
  public var ownInterests: String
  public var contributions: String
  public var role: String
  /// The added value the partnership brings this party; the method wants it for every partner.
  public var addedValue: String
  /// 1 (little) to 5 (decisive).
  public var influence: Int
  /// 1 (little) to 5 (very keen).
  public var interest: Int
  /// Member of the minimum viable ecosystem.
  public var inMVE: Bool
  public var isOrchestrator: Bool

  public init(
    id: StakeholderID, name: String = "", kind: StakeholderKind = .other, sector: String = "",
    discipline: String = "", level: GovernanceLevel = .regional, chainLinks: [ChainLinkID] = [],
    sharedInterests: String = "", ownInterests: String = "", contributions: String = "",
    role: String = "", addedValue: String = "", influence: Int = 3, interest: Int = 3,
    inMVE: Bool = false, isOrchestrator: Bool = false
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.sector = sector
    self.discipline = discipline
    self.level = level
    self.chainLinks = chainLinks
    self.sharedInterests = sharedInterests
    self.ownInterests = ownInterests
    self.contributions = contributions
    self.role = role
    self.addedValue = addedValue
    self.influence = influence
    self.interest = interest
    self.inMVE = inMVE
    self.isOrchestrator = isOrchestrator
  }

  /// The range of the influence and interest scales.
  public static let scale = 1...5
}

/// What kind of party a stakeholder is; used to see which kinds a multi-sector, multi-level
/// partnership still lacks.
public enum StakeholderKind: String, CaseIterable, Sendable {
  case vocationalSchool
  case universityOfAppliedSciences
  case university
  case researchInstitute
  case company
  case sme
  case branchOrganisation
  case municipality
  case province
  case nationalGovernment
  case financier
  case intermediary
  case other

  /// The broad sector the kind belongs to, for the multi-sector check.
  public var sector: KindSector {
    switch self {
    case .vocationalSchool, .universityOfAppliedSciences, .university, .researchInstitute:
      return .knowledge
    case .company, .sme, .branchOrganisation, .financier:
      return .business
    case .municipality, .province, .nationalGovernment:
      return .government
    case .intermediary, .other:
      return .other
    }
  }
}

/// The three helices a multi-sector partnership needs, plus the rest.
public enum KindSector: String, CaseIterable, Sendable {
  case knowledge
  case business
  case government
  case other
}

/// The level at which a party works; a partnership must be able to work multi-level.
public enum GovernanceLevel: String, CaseIterable, Sendable {
  case local
  case regional
  case national
  case international
}

extension Stakeholder: SchemaEntity {
  public static let schema = EntitySchema<Stakeholder>(
    "stakeholder", blank: Stakeholder(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.name, { $0.name }, { $0.name = $1 }),
      .choice(.kind, { $0.kind }, { $0.kind = $1 }, default: .other),
      .text(.sector, { $0.sector }, { $0.sector = $1 }),
      .text(.discipline, { $0.discipline }, { $0.discipline = $1 }),
      .choice(.level, { $0.level }, { $0.level = $1 }, default: .regional),
      .references(.chainLinks, { $0.chainLinks }, { $0.chainLinks = $1 }, to: .chainLink),
      .text(.sharedInterests, { $0.sharedInterests }, { $0.sharedInterests = $1 }, .long),
      .text(.ownInterests, { $0.ownInterests }, { $0.ownInterests = $1 }, .long),
      .text(.contributions, { $0.contributions }, { $0.contributions = $1 }, .long),
      .text(.role, { $0.role }, { $0.role = $1 }),
      .text(.addedValue, { $0.addedValue }, { $0.addedValue = $1 }, .long),
      .integer(.influence, { $0.influence }, { $0.influence = $1 }, .scale, default: 3),
      .integer(.interest, { $0.interest }, { $0.interest = $1 }, .scale, default: 3),
      .flag(.inMVE, { $0.inMVE }, { $0.inMVE = $1 }),
      .flag(.isOrchestrator, { $0.isOrchestrator }, { $0.isOrchestrator = $1 }),
    ])
}
