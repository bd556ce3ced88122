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

  /// Influence or interest from this score up counts as high in the influence × interest
  /// quadrant (4 or 5 on the 1–5 scale): the workbench, its legend, the printed snapshot and
  /// the README all use this one value. A new party starts at 3, so one nobody has assessed
  /// yet sits under "monitor" rather than crowding "manage closely".
  public static let highStake = 4

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
