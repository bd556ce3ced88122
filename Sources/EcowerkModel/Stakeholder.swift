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
  /// The day the party joined the partnership (or the field, for one outside the MVE).
  public var joined: CalendarDate?
  /// The day a partner left; a partner who leaves is kept, marked as former, so that the
  /// plan's history and its financial plan stay true.
  public var left: CalendarDate?
  /// Why the partner left, in the room's words.
  public var leftReason: String
  /// The value propositions the party contributes to.
  public var propositions: [PropositionID]

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
    inMVE: Bool = false, isOrchestrator: Bool = false, propositions: [PropositionID] = [],
    joined: CalendarDate? = nil, left: CalendarDate? = nil, leftReason: String = ""
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
    self.propositions = propositions
    self.joined = joined
    self.left = left
    self.leftReason = leftReason
  }

  /// Whether the party has left the partnership: it stays in the plan for its history.
  public var isFormer: Bool { left != nil }

  /// A member of the minimum viable ecosystem now: in the MVE and not left. What the method's
  /// conditions on the MVE (the whole chain, multi-sector, one orchestrator) are judged on.
  public var isPartner: Bool { inMVE && left == nil }

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
  case civilSociety
  case care
  case endUsers
  case housing
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
    case .civilSociety, .care, .endUsers, .housing:
      return .society
    case .intermediary, .other:
      return .other
    }
  }
}

/// The four helices a multi-sector partnership needs — knowledge, business, government and
/// society (civil society, care, end users, housing: the quadruple helix) — plus the rest.
public enum KindSector: String, CaseIterable, Sendable {
  case knowledge
  case business
  case government
  case society
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
      .text(.name, { $0.name }, { $0.name = $1 }).headers(
        nl: ["Naam", "Organisatie", "Partij", "Stakeholder", "Partner", "Naam organisatie"],
        en: ["Name", "Organisation", "Organization", "Party", "Stakeholder", "Partner"]),
      .choice(.kind, { $0.kind }, { $0.kind = $1 }, default: .other).headers(
        nl: ["Soort", "Type", "Categorie", "Soort partij", "Soort organisatie"],
        en: ["Kind", "Type", "Category", "Kind of party"]),
      .text(.sector, { $0.sector }, { $0.sector = $1 }).headers(
        nl: ["Sector", "Branche"],
        en: ["Sector", "Industry"]),
      .text(.discipline, { $0.discipline }, { $0.discipline = $1 }).headers(
        nl: ["Discipline", "Vakgebied", "Expertise", "Deskundigheid"],
        en: ["Discipline", "Field", "Expertise"]),
      .choice(.level, { $0.level }, { $0.level = $1 }, default: .regional).headers(
        nl: ["Niveau", "Schaal", "Bestuurslaag", "Schaalniveau"],
        en: ["Level", "Scale"]),
      .references(.chainLinks, { $0.chainLinks }, { $0.chainLinks = $1 }, to: .chainLink).headers(
        nl: ["Ketenschakels", "Ketenschakel", "Schakels", "Schakel in de keten"],
        en: ["Chain links", "Chain link", "Links", "Value chain links"]),
      .text(.sharedInterests, { $0.sharedInterests }, { $0.sharedInterests = $1 }, .long).headers(
        nl: ["Gedeelde belangen", "Gedeeld belang", "Gemeenschappelijk belang"],
        en: ["Shared interests", "Shared interest", "Common interest"]),
      .text(.ownInterests, { $0.ownInterests }, { $0.ownInterests = $1 }, .long).headers(
        nl: ["Eigen belangen", "Eigen belang"],
        en: ["Own interests", "Own interest"]),
      .text(.contributions, { $0.contributions }, { $0.contributions = $1 }, .long).headers(
        nl: ["Bijdragen", "Bijdrage", "Inbreng"],
        en: ["Contributions", "Contribution"]),
      .text(.role, { $0.role }, { $0.role = $1 }).headers(
        nl: ["Rol/taak", "Rol", "Taak", "Rol en taak", "Rollen", "Taken"],
        en: ["Role/task", "Role", "Task", "Role and task", "Roles", "Tasks"]),
      .text(.addedValue, { $0.addedValue }, { $0.addedValue = $1 }, .long).headers(
        nl: ["Toegevoegde waarde", "Meerwaarde", "Wat het oplevert"],
        en: ["Added value", "Value added", "Benefit"]),
      .integer(.influence, { $0.influence }, { $0.influence = $1 }, .scale, default: 3).headers(
        nl: ["Invloed", "Macht"],
        en: ["Influence", "Power"]),
      .integer(.interest, { $0.interest }, { $0.interest = $1 }, .scale, default: 3).headers(
        nl: ["Belang", "Interesse", "Betrokkenheid"],
        en: ["Interest"]),
      .flag(.inMVE, { $0.inMVE }, { $0.inMVE = $1 }).headers(
        nl: ["MVE", "In MVE", "In de MVE", "Kernpartner", "Minimum viable ecosystem"],
        en: ["MVE", "In MVE", "In the MVE", "Core partner"]),
      .flag(.isOrchestrator, { $0.isOrchestrator }, { $0.isOrchestrator = $1 }).headers(
        nl: ["Orkestrator", "Regisseur"],
        en: ["Orchestrator"]),
      .references(.propositions, { $0.propositions }, { $0.propositions = $1 }, to: .proposition),
      .date(.joined, { $0.joined }, { $0.joined = $1 }).headers(
        nl: ["Toegetreden", "Lid sinds", "Partner sinds", "Datum toetreding"],
        en: ["Joined", "Member since", "Partner since"]),
      .date(.left, { $0.left }, { $0.left = $1 }).headers(
        nl: ["Vertrokken", "Uitgetreden", "Datum vertrek"],
        en: ["Left", "Left on"]),
      .text(.leftReason, { $0.leftReason }, { $0.leftReason = $1 }, .long).headers(
        nl: ["Reden vertrek", "Reden van vertrek"],
        en: ["Reason for leaving", "Why left"]),
    ])
}

extension StakeholderKind {
  /// How partners write a kind in their own lists, besides its label in both languages.
  public static let spellings: [StakeholderKind: [String]] = [
    .vocationalSchool: ["mbo", "mbo-instelling", "mbo-school", "roc", "vakschool", "vocational"],
    .universityOfAppliedSciences: ["hbo", "hogeschool", "hbo-instelling", "uas"],
    .university: ["wo", "universiteit", "wo-instelling"],
    .researchInstitute: [
      "kennisinstelling", "onderzoeksinstelling", "onderzoeksinstituut", "to2", "research",
    ],
    .company: ["bedrijf", "onderneming", "grootbedrijf", "corporate", "business", "firm"],
    .sme: [
      "mkb", "mkb-bedrijf", "mkb'er", "mkb-onderneming", "kleinbedrijf", "sme", "smb",
      "small business",
    ],
    .branchOrganisation: [
      "branche", "brancheorganisatie", "branchevereniging", "koepel", "koepelorganisatie",
      "trade association", "industry association",
    ],
    .municipality: ["gemeente", "city", "council"],
    .province: ["provincie", "provinciaal bestuur"],
    .nationalGovernment: [
      "rijk", "rijksoverheid", "ministerie", "ministry", "government", "central government",
    ],
    .financier: ["financier", "bank", "investeerder", "fonds", "investor", "fund"],
    .civilSociety: [
      "maatschappelijke organisatie", "maatschappelijk middenveld", "vereniging", "stichting",
      "burgerinitiatief", "coöperatie", "civil society", "ngo", "community",
    ],
    .care: ["zorg", "zorginstelling", "zorgorganisatie", "welzijn", "healthcare", "care provider"],
    .endUsers: [
      "eindgebruikers", "eindgebruiker", "gebruikersorganisatie", "consumentenorganisatie",
      "patiëntenorganisatie", "end user", "end-user organisation", "user group",
    ],
    .housing: [
      "wonen", "woningcorporatie", "corporatie", "woningbouwvereniging", "housing association",
      "housing corporation",
    ],
    .intermediary: [
      "intermediair", "netwerkorganisatie", "ontwikkelingsmaatschappij", "rom", "broker",
    ],
    .other: ["anders", "overig", "overige", "other"],
  ]
}

extension GovernanceLevel {
  /// How partners write a level in their own lists, besides its label in both languages.
  public static let spellings: [GovernanceLevel: [String]] = [
    .local: ["lokaal", "gemeentelijk", "local", "municipal"],
    .regional: ["regionaal", "provinciaal", "regio", "regional"],
    .national: ["nationaal", "landelijk", "national"],
    .international: ["internationaal", "europees", "eu", "international", "european"],
  ]
}
