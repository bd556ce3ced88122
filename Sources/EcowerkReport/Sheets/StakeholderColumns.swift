import EcowerkModel

/// The stakeholder list as a spreadsheet, declared once: its columns in the order the export
/// writes them, the headers each is known by in partners' own lists (in Dutch and English),
/// and the spellings of kinds and levels. The export's own headers and labels (from the
/// string table) and the plan file's names always count as well.
enum StakeholderColumns {
  static let columns: [SheetColumn] = [
    SheetColumn(
      .name, nl: ["Naam", "Organisatie", "Partij", "Stakeholder", "Partner", "Naam organisatie"],
      en: ["Name", "Organisation", "Organization", "Party", "Stakeholder", "Partner"]),
    SheetColumn(
      .kind, nl: ["Soort", "Type", "Categorie", "Soort partij", "Soort organisatie"],
      en: ["Kind", "Type", "Category", "Kind of party"]),
    SheetColumn(.sector, nl: ["Sector", "Branche"], en: ["Sector", "Industry"]),
    SheetColumn(
      .discipline, nl: ["Discipline", "Vakgebied", "Expertise", "Deskundigheid"],
      en: ["Discipline", "Field", "Expertise"]),
    SheetColumn(
      .level, nl: ["Niveau", "Schaal", "Bestuurslaag", "Schaalniveau"], en: ["Level", "Scale"]),
    SheetColumn(
      .role, nl: ["Rol/taak", "Rol", "Taak", "Rol en taak", "Rollen", "Taken"],
      en: ["Role/task", "Role", "Task", "Role and task", "Roles", "Tasks"]),
    SheetColumn(.influence, nl: ["Invloed", "Macht"], en: ["Influence", "Power"]),
    SheetColumn(.interest, nl: ["Belang", "Interesse", "Betrokkenheid"], en: ["Interest"]),
    SheetColumn(
      .inMVE, nl: ["MVE", "In MVE", "In de MVE", "Kernpartner", "Minimum viable ecosystem"],
      en: ["MVE", "In MVE", "In the MVE", "Core partner"]),
    SheetColumn(.isOrchestrator, nl: ["Orkestrator", "Regisseur"], en: ["Orchestrator"]),
    SheetColumn(
      .chainLinks, nl: ["Ketenschakels", "Ketenschakel", "Schakels", "Schakel in de keten"],
      en: ["Chain links", "Chain link", "Links", "Value chain links"]),
    SheetColumn(
      .contributions, nl: ["Bijdragen", "Bijdrage", "Inbreng"],
      en: ["Contributions", "Contribution"]),
    SheetColumn(
      .sharedInterests, nl: ["Gedeelde belangen", "Gedeeld belang", "Gemeenschappelijk belang"],
      en: ["Shared interests", "Shared interest", "Common interest"]),
    SheetColumn(
      .ownInterests, nl: ["Eigen belangen", "Eigen belang"], en: ["Own interests", "Own interest"]),
    SheetColumn(
      .addedValue, nl: ["Toegevoegde waarde", "Meerwaarde", "Wat het oplevert"],
      en: ["Added value", "Value added", "Benefit"]),
  ]

  /// Kinds as partners write them, besides the labels.
  static let kinds: [StakeholderKind: [String]] = [
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
    .intermediary: [
      "intermediair", "netwerkorganisatie", "ontwikkelingsmaatschappij", "rom", "broker",
    ],
    .other: ["anders", "overig", "overige", "other"],
  ]

  /// Levels as partners write them, besides the labels.
  static let levels: [GovernanceLevel: [String]] = [
    .local: ["lokaal", "gemeentelijk", "local", "municipal"],
    .regional: ["regionaal", "provinciaal", "regio", "regional"],
    .national: ["nationaal", "landelijk", "national"],
    .international: ["internationaal", "europees", "eu", "international", "european"],
  ]
}
