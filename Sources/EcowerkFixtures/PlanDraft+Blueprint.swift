import EcowerkModel

/// Steps one and two of the method: segments, propositions, the stakeholder field, the joint
/// organisation, the finance and the peer reviews.
extension PlanDraft {
  /// Segments are placed in the bowling alley only at the front: a partnership serves a dozen
  /// segments in order, not hundreds.
  static let alleyLength = 12

  /// The segment at `index`; `previous` is the one before it, whose SMEs act as ambassadors.
  mutating func segment(_ index: Int, after previous: SegmentID?) -> Segment {
    let id = nextID(Segment.self)
    let smeCount = random.int(in: 20...400) * 5
    let barriers = (0..<random.int(in: 1...3)).map { _ in
      Barrier(
        id: nextID(Barrier.self), kind: random.pick(BarrierKind.allCases),
        text: random.pick(Vocabulary.barriers))
    }
    let conversations = (0..<random.int(in: 1...3)).map { _ in
      Conversation(
        id: nextID(Conversation.self), date: day(random.int(in: 0...500)),
        counterpart: "\(random.pick(Vocabulary.trades)) \(random.pick(Vocabulary.surnames))",
        membership: random.chance(0.3) ? .member : .nonMember,
        learned: random.pick(Vocabulary.learnings))
    }
    let inAlley = index < Self.alleyLength
    return Segment(
      id: id, name: "\(random.pick(Vocabulary.segmentKinds)) \(random.pick(Vocabulary.places))",
      sector: random.pick(Vocabulary.sectors), sizeClass: random.pick(Vocabulary.sizeClasses),
      region: random.pick(Vocabulary.places), smeCount: smeCount,
      participatingAtStart: random.int(in: 0...(smeCount / 10)),
      reachedSinceStart: random.int(in: 0...(smeCount / 20)), target: random.int(in: 2...40) * 5,
      pains: some(Vocabulary.pains, 2...4).map { Need(id: nextID(Need.self), text: $0) },
      gains: some(Vocabulary.gains, 1...3).map { Need(id: nextID(Need.self), text: $0) },
      barriers: barriers, conversations: conversations,
      alleyPosition: inAlley ? index + 1 : nil,
      ambassadors: inAlley ? previous.map { [$0] } ?? [] : [],
      notes: random.chance(0.2) ? "Navragen bij de branchevereniging" : "")
  }

  mutating func propositions(_ segments: [SegmentID]) -> [ValueProposition] {
    let count = max(1, segments.count / 5)
    return (0..<count).map { _ in
      ValueProposition(
        id: nextID(ValueProposition.self), name: random.pick(Vocabulary.propositionNames),
        description: "Van eerste gesprek tot uitgevoerde maatregel, met één aanspreekpunt.",
        segments: random.sample(random.int(in: 1...3), of: segments.count).map { segments[$0] },
        solutionDirections: some(Vocabulary.solutionDirections, 1...3))
    }
  }

  /// The kinds of the core, in order: the orchestrator first, then a multi-sector,
  /// multi-level MVE.
  static let coreKinds: [StakeholderKind] = [
    .intermediary, .vocationalSchool, .universityOfAppliedSciences, .municipality, .province,
    .company, .sme, .branchOrganisation, .financier, .researchInstitute, .municipality, .other,
  ]

  /// The kinds of everyone else, as often as they occur in a real stakeholder field: mostly
  /// companies and SMEs.
  static let fieldKinds: [StakeholderKind] =
    Array(repeating: .sme, count: 8) + Array(repeating: .company, count: 4)
    + [
      .vocationalSchool, .universityOfAppliedSciences, .university, .researchInstitute,
      .branchOrganisation, .municipality, .province, .nationalGovernment, .financier,
      .intermediary, .other,
    ]

  mutating func stakeholder(_ index: Int, links: [ChainLink]) -> Stakeholder {
    let id = nextID(Stakeholder.self)
    let kind =
      index < Self.coreKinds.count ? Self.coreKinds[index] : random.pick(Self.fieldKinds)
    let isCore = index < Self.coreSize
    let name =
      index == 0
      ? "Stichting Energiek Mkb \(random.pick(Vocabulary.places))"
      : index % 41 == 17 ? random.pick(Vocabulary.exoticNames) : self.name(of: kind)
    return Stakeholder(
      id: id, name: name, kind: kind, sector: random.pick(Vocabulary.sectors),
      discipline: random.pick(Vocabulary.disciplines), level: level(of: kind),
      chainLinks: random.sample(random.int(in: 0...2), of: links.count).map { links[$0].id },
      sharedInterests: random.pick(Vocabulary.sharedInterests),
      ownInterests: random.pick(Vocabulary.ownInterests),
      contributions: random.pick(Vocabulary.contributions),
      role: isCore ? random.pick(Vocabulary.roles) : random.chance(0.5) ? "Meedenker" : "",
      addedValue: random.pick(Vocabulary.addedValues),
      influence: isCore ? random.int(in: 3...5) : random.int(in: 1...4),
      interest: isCore ? random.int(in: 3...5) : random.int(in: 1...5), inMVE: isCore,
      isOrchestrator: index == 0)
  }

  mutating func name(of kind: StakeholderKind) -> String {
    let place = random.pick(Vocabulary.places)
    switch kind {
    case .vocationalSchool: return "ROC \(place)"
    case .universityOfAppliedSciences: return "Hogeschool \(place)"
    case .university: return "Universiteit \(place)"
    case .researchInstitute: return "Kenniscentrum \(random.pick(Vocabulary.topics))"
    case .company:
      let legal = random.pick(Vocabulary.legalForms)
      let base = "\(random.pick(Vocabulary.surnames)) \(random.pick(Vocabulary.trades))"
      return legal.isEmpty ? base : "\(base) \(legal)"
    case .sme: return "\(random.pick(Vocabulary.trades)) \(random.pick(Vocabulary.surnames))"
    case .branchOrganisation:
      return random.pick(["Techniek Nederland", "Koninklijke Metaalunie", "MKB-Nederland"])
        + " regio \(place)"
    case .municipality: return "Gemeente \(place)"
    case .province: return "Provincie \(random.pick(Vocabulary.provinces))"
    case .nationalGovernment:
      return random.pick(["Ministerie van EZK", "RVO", "Ministerie van OCW"])
    case .financier:
      return random.pick(["Rabobank", "Regiofonds", "Coöperatieve Kredietunie"])
        + " \(place)"
    case .civilSociety: return "Stichting \(random.pick(Vocabulary.topics)) \(place)"
    case .care: return "Zorggroep \(place)"
    case .endUsers: return "Platform ondernemers \(place)"
    case .housing: return "Woonstichting \(place)"
    case .intermediary: return "Coöperatie \(random.pick(Vocabulary.topics)) \(place)"
    case .other: return random.pick(["Netbeheerder", "Ondernemersvereniging"]) + " \(place)"
    }
  }

  func level(of kind: StakeholderKind) -> GovernanceLevel {
    switch kind {
    case .sme, .municipality: return .local
    case .nationalGovernment, .university: return .national
    case .researchInstitute: return .international
    default: return .regional
    }
  }

  mutating func organisation() -> [OrgFunction] {
    Vocabulary.functions.map { name, description in
      var arrangements: [StakeholderID: Arrangement] = [:]
      for index in random.sample(random.int(in: 3...6), of: coreIDs.count) {
        arrangements[coreIDs[index]] = random.pick(Arrangement.allCases)
      }
      return OrgFunction(
        id: nextID(OrgFunction.self), name: name, description: description,
        arrangements: arrangements)
    }
  }

  /// Six years with about twenty contributing partners, NGF tapering off to nothing in the
  /// last year, and each year's costs covered by what comes in. The first year has actuals.
  mutating func finance() -> [FinanceYear] {
    let partners = Array(stakeholderIDs.prefix(20))
    let last = Self.horizonYears - 1
    return (0...last).map { year in
      let contributions = partners.map { partner in
        Contribution(
          partner: partner, cash: Money(euros: Int64(random.int(in: 0...20) * 5_000)),
          inKind: Money(euros: Int64(random.int(in: 0...16) * 5_000)))
      }
      let ngf = Money(euros: Int64(max(0, last - year) * 150_000))
      let income = Money(euros: Int64(year * 40_000))
      let costs = contributions.map(\.total).sum() + ngf + income
      var row = FinanceYear(
        year: Self.startYear + year, contributions: contributions, ngf: ngf, income: income,
        costs: costs)
      if year == 0 {
        for index in row.contributions.indices {
          row.contributions[index].actualCash = row.contributions[index].cash
          row.contributions[index].actualInKind =
            row.contributions[index].inKind + Money(euros: Int64(random.int(in: 0...4) * 1_000))
        }
        row.actualNGF = ngf
        row.actualIncome = Money(euros: 10_500)
        row.actualCosts = costs + Money(cents: 1_234_550)
      }
      return row
    }
  }

  mutating func reviews() -> [PeerReview] {
    let first = Vocabulary.rubricElements.map {
      ElementScore(element: $0, level: random.int(in: 1...3))
    }
    let second = first.map { score in
      ElementScore(
        element: score.element, level: min(5, score.level + random.int(in: 0...1)),
        note: random.chance(0.25) ? "Duidelijke vooruitgang sinds de vorige review" : "")
    }
    return [
      PeerReview(
        id: nextID(PeerReview.self), date: day(165), phase: .starten, scores: first,
        note: "Eerste peer review met twee reviewers van een andere pps."),
      PeerReview(
        id: nextID(PeerReview.self), date: day(530), phase: .ontwikkelen, scores: second,
        note: "Tweede review: pilots lopen, financiering na NGF nog open."),
    ]
  }
}
