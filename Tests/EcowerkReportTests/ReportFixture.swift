import EcowerkModel

/// A plan with every part of the method filled in, written the way a Dutch partnership would:
/// accents, one CJK and one emoji name, and hostile strings (terminal escapes, a C1 CSI, a
/// bidi override, DEL, Markdown and HTML) in fields that end up in headings, paragraphs,
/// lists, table cells, bars and the tree.
enum ReportFixture {
  static let today = date(2026, 11, 29)

  static let escape = "\u{1B}[31mROOD\u{1B}[0m"
  static let csi = "\u{9B}2J"
  static let bidi = "\u{202E}tnemetats"
  static let delete = "weg\u{7F}"
  static let pipeName = "Bank \u{1B}[31m|Rabo|"
  static let script = "<script>alert(1)</script>"

  static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    guard let date = CalendarDate(year: year, month: month, day: day) else {
      fatalError("not a date: \(year)-\(month)-\(day)")
    }
    return date
  }

  static func euros(_ amount: Int64) -> Money { Money(euros: amount) }

  static var plan: Plan {
    var plan = Plan(
      name: "Warmtetransitie Twente — mkb aan de slag",
      region: "Twente (Enschede, Hengelo, Almelo)",
      challenge:
        "De energietransitie vraagt dat mkb'ers hun bedrijfspanden verduurzamen; één op de "
        + "drie weet niet waar te beginnen en installateurs hebben te weinig vakmensen.",
      vision:
        "In 2030 heeft elk mkb-bedrijf in Twente een haalbaar warmteplan, uitgevoerd door "
        + "vakmensen uit de regio.\nWe werken als één loket: onderwijs, overheid en "
        + "bedrijfsleven samen. \(escape) *niet vet* | geen tabel",
      phase: .ontwikkelen, startYear: 2025, horizonYears: 6, targetNewSMEs: 200)
    plan.segments = segments
    plan.systemFailures = [
      Failure(
        id: .init("sf1"), description: "Geen partij die mkb'ers onafhankelijk adviseert",
        actors: "Gemeenten, energieloket", parties: [.init("gem")], propositions: [.init("p2")],
        partners: [.init("gem")]),
      Failure(
        id: .init("sf2"), description: "Scholen en installateurs spreken elkaar zelden",
        actors: "ROC's, installatiebedrijven", between: [.init("roc"), .init("inl")],
        interaction: .weak, propositions: [.init("p1")]),
    ]
    plan.transformationFailures = [
      Failure(
        id: .init("tf1"),
        description: "Het mbo-curriculum loopt jaren achter op de techniek \(bidi)",
        actors: "ROC's, branche", partners: [.init("roc")])
    ]
    plan.propositions = [
      ValueProposition(
        id: .init("p1"), name: "Warmtepomp-academie",
        description: "Zij-instroom en bijscholing voor monteurs, in het bedrijf en op de campus.",
        segments: [.init("s1")],
        solutionDirections: ["Leerwerkplekken bij erkende bedrijven", "Avondmodules"],
        relieves: [.init("pain1"), .init("pain2")], creates: [.init("gain2")],
        removes: [.init("b1"), .init("b3")],
        integration: "Eén leerroute: ROC, bedrijf en branche leiden samen op, niet elk een cursus"),
      ValueProposition(
        id: .init("p2"), name: "Energiescan 🔥 voor de productievloer",
        segments: [.init("s2"), .init("s3")],
        solutionDirections: ["Scan door studenten onder begeleiding", "Subsidieloket"],
        relieves: [.init("pain3")], creates: [.init("gain3")], removes: [.init("b4")]),
    ]
    plan.chainLinks = [
      ChainLink(id: .init("c1"), name: "advies"),
      ChainLink(id: .init("c2"), name: "financiering"),
      ChainLink(id: .init("c3"), name: "installatie"),
      ChainLink(id: .init("c4"), name: "onderhoud"),
    ]
    plan.stakeholders = stakeholders
    plan.jointOrganisation = [
      OrgFunction(
        id: .init("f1"), name: "Acquisitiekanaal naar mkb",
        description: "Eén loket voor alle vragen van mkb'ers.",
        arrangements: [.init("roc"): .share, .init("saxion"): .share, .init("gem"): .handOver]),
      OrgFunction(
        id: .init("f2"), name: "Pool van coaches",
        description: "Coaches die bedrijven begeleiden \(bidi)",
        arrangements: [.init("roc"): .handOver, .init("inl"): .share]),
    ]
    plan.orchestrationMandate = "De gemeente spreekt namens de partners het mkb aan"
    plan.decisionMaking = "Stuurgroep, elk kwartaal, bij consent"
    plan.orchestrationFunding = ""
    plan.jointValue = "Van advies tot vakman in één route; geen partner kan dat alleen"
    plan.businessModels = [
      BusinessModel(
        id: .init("b1"), name: "Lidmaatschap", customer: "Mkb'ers", revenue: "Jaarcontributie",
        description: "Toegang tot scans, coaches en opleidingen.",
        propositions: [.init("p2")], segments: [.init("s2"), .init("s3")],
        payerAfterNGF: "Mkb'ers, via de contributie", costs: "Coaches en het loket",
        income: Money(euros: 150_000)),
      BusinessModel(
        id: .init("b2"), name: "Opleidingscontracten", customer: "Installatiebedrijven",
        revenue: "Prijs per cursist", description: "Maatwerk op de campus.",
        propositions: [.init("p1")], segments: [.init("s1")]),
    ]
    plan.finance = finance
    plan.reviews = reviews
    plan.theoryOfChange = [theoryOfChange]
    plan.actions = actions
    plan.pilots = pilots
    return plan
  }

  static var segments: [Segment] {
    [
      Segment(
        id: .init("s1"), name: "Installatiebedrijven", sector: "Installatietechniek",
        sizeClass: "10–50 werknemers", region: "Twente", smeCount: 420,
        participatingAtStart: 35, reachedSinceStart: 18, target: 120,
        pains: [
          Need(id: .init("pain1"), text: "Te weinig vakmensen voor warmtepompen"),
          Need(id: .init("pain2"), text: "Klanten vragen advies dat ze niet geven"),
        ],
        gains: [
          Need(id: .init("gain1"), text: "Meer opdrachten"),
          Need(id: .init("gain2"), text: "Goed opgeleid personeel"),
        ],
        barriers: [
          Barrier(id: .init("b1"), kind: .knowledge, text: "Kennen de regeling niet"),
          Barrier(id: .init("b2"), kind: .motivation, text: "Zien concurrentie in samenwerking"),
          Barrier(id: .init("b3"), kind: .capability, text: "Geen tijd om op te leiden"),
        ],
        conversations: [
          Conversation(
            id: .init("g1"), date: date(2026, 3, 12), counterpart: "Bosch Installatie B.V.",
            membership: .member, learned: "Wil meedoen als er leerwerkplekken komen."),
          Conversation(
            id: .init("g2"), date: date(2026, 4, 2), counterpart: "Klein Installatiebedrijf",
            membership: .nonMember, learned: "Weet niet wat de samenwerking biedt."),
        ],
        alleyPosition: 1, notes: "Eerste segment: hier zit de grootste druk."),
      Segment(
        id: .init("s2"), name: "Voedingsmiddelenindustrie 食品加工", sector: "Voeding",
        sizeClass: "50–250 werknemers", region: "Twente en Achterhoek", smeCount: 150,
        participatingAtStart: 10, target: 60,
        pains: [Need(id: .init("pain3"), text: "Hoge energierekening")],
        gains: [Need(id: .init("gain3"), text: "Lagere kosten")],
        barriers: [Barrier(id: .init("b4"), kind: .capability, text: "Geen energiecoördinator")],
        conversations: [
          Conversation(
            id: .init("g3"), counterpart: "Zuivel 田中", membership: .nonMember,
            learned: "Heeft interesse in een scan.")
        ],
        alleyPosition: 2, ambassadors: [.init("s1")]),
      Segment(
        id: .init("s3"), name: "Detailhandel \(script)", sector: "Retail",
        pains: [
          Need(id: .init("pain4"), text: "\(escape) Energierekening verdubbeld"),
          Need(id: .init("pain5"), text: "Huurpand, eigenaar wil niet \(delete)"),
        ]),
    ]
  }

  static var stakeholders: [Stakeholder] {
    [
      Stakeholder(
        id: .init("roc"), name: "ROC van Twente", kind: .vocationalSchool, sector: "Onderwijs",
        discipline: "Techniek", level: .regional, chainLinks: [.init("c3"), .init("c4")],
        sharedInterests: "Meer gekwalificeerde monteurs",
        ownInterests: "Hogere instroom in techniekopleidingen",
        contributions: "Docenten, praktijklokalen", role: "Penvoerder opleidingen",
        addedValue: "Actuele praktijkopdrachten", influence: 4, interest: 5, inMVE: true,
        propositions: [.init("p1")]),
      Stakeholder(
        id: .init("saxion"), name: "Saxion", kind: .universityOfAppliedSciences,
        sector: "Onderwijs", discipline: "Energie", level: .regional, chainLinks: [.init("c1")],
        sharedInterests: "Kennis in de praktijk", ownInterests: "Onderzoeksopdrachten",
        contributions: "Lectoraat, studenten", role: "Kennispartner",
        addedValue: "Toegang tot mkb-data", influence: 3, interest: 4, inMVE: true,
        propositions: [.init("p2")]),
      Stakeholder(
        id: .init("gem"), name: "Gemeente Enschede", kind: .municipality, sector: "Overheid",
        level: .local, chainLinks: [.init("c1")], sharedInterests: "Minder CO₂",
        ownInterests: "Klimaatdoelen halen", contributions: "Cofinanciering, energieloket",
        role: "Orkestrator", addedValue: "Bereik bij mkb", influence: 5, interest: 4,
        inMVE: true, isOrchestrator: true, propositions: [.init("p1"), .init("p2")]),
      Stakeholder(
        id: .init("inl"), name: "Installatie Nederland", kind: .branchOrganisation,
        sector: "Installatie", level: .national, chainLinks: [.init("c3"), .init("c4")],
        sharedInterests: "Sterke sector", ownInterests: "Leden binden",
        contributions: "Netwerk", role: "Werving", addedValue: "Opgeleide vakmensen",
        influence: 4, interest: 2, inMVE: true),
      Stakeholder(
        id: .init("tanaka"), name: "Tanaka 田中 Heat Pumps", kind: .company,
        sector: "Industrie", level: .international, sharedInterests: "Afzetmarkt",
        contributions: "Demonstratiemateriaal", role: "Leverancier", influence: 2, interest: 4),
      Stakeholder(
        id: .init("bank"), name: pipeName, kind: .financier, sector: "Financiën",
        level: .regional, chainLinks: [.init("c2")], role: "Financiering \(csi)",
        influence: 2, interest: 2),
    ]
  }

  /// Six years; every year balances, NGF shrinks to zero and the last year stands alone.
  static var finance: [FinanceYear] {
    let figures: [(year: Int, ngf: Int64, income: Int64, costs: Int64)] = [
      (2025, 700_000, 0, 1_000_000), (2026, 600_000, 50_000, 1_050_000),
      (2027, 400_000, 150_000, 950_000), (2028, 200_000, 300_000, 900_000),
      (2029, 100_000, 400_000, 900_000), (2030, 0, 500_000, 880_000),
    ]
    return figures.map { entry in
      var contributions = [
        Contribution(partner: .init("roc"), cash: euros(100_000), inKind: euros(50_000)),
        Contribution(partner: .init("gem"), cash: euros(150_000)),
      ]
      if entry.year > 2025 {
        contributions.append(Contribution(partner: .init("saxion"), inKind: euros(100_000)))
      }
      var year = FinanceYear(
        year: entry.year, contributions: contributions, ngf: euros(entry.ngf),
        income: euros(entry.income), costs: euros(entry.costs))
      if entry.year == 2025 {
        year.actualNGF = euros(650_000)
        year.actualCosts = euros(940_000)
        year.contributions[0].actualCash = euros(90_000)
      }
      return year
    }
  }

  static var rubric: Rubric {
    func element(_ id: String, _ name: String) -> RubricElement {
      RubricElement(
        id: id, name: LocalizedText(nl: name, en: "\(name) (en)"),
        levels: (1...5).map { LocalizedText(nl: "Niveau \($0)") })
    }
    return Rubric(
      name: LocalizedText(nl: "Werkkader", en: "Working framework"),
      note: LocalizedText(nl: "Geen officieel kader.", en: "Not the official framework."),
      dimensions: [
        RubricDimension(
          id: "d1", name: LocalizedText(nl: "Samenwerking", en: "Cooperation"),
          elements: [element("e1", "Gedeelde visie"), element("e2", "Rolverdeling")]),
        RubricDimension(
          id: "d2", name: LocalizedText(nl: "Resultaten", en: "Results"),
          elements: [element("e3", "Bereik mkb"), element("e4", "Financiële basis")]),
      ])
  }

  static var reviews: [PeerReview] {
    [
      PeerReview(
        id: .init("r2"), date: date(2026, 6, 1), phase: .ontwikkelen,
        scores: [
          ElementScore(element: "e1", level: 3, note: "Visie breed gedragen"),
          ElementScore(element: "e2", level: 4),
          ElementScore(element: "e3", level: 2, note: "Bereik | *groeit* \(escape)"),
          ElementScore(element: "e4", level: 3),
        ],
        note: "Sterke groei, financiering nog kwetsbaar."),
      PeerReview(
        id: .init("r1"), date: date(2025, 6, 1), phase: .starten,
        scores: [
          ElementScore(element: "e1", level: 2), ElementScore(element: "e2", level: 1),
          ElementScore(element: "e3", level: 1),
        ]),
    ]
  }

  static var theoryOfChange: ChangeNode {
    ChangeNode(
      id: .init("n1"), level: .impact,
      title: "200 mkb'ers in Twente hebben hun warmtevraag gehalveerd",
      owner: .init("gem"), segments: [.init("s1"), .init("s2")], systemFailures: [.init("sf1")],
      transformationFailures: [.init("tf1")],
      kpis: [
        KPI(
          id: .init("k1"), name: "Mkb'ers met warmteplan", unit: "bedrijven", baseline: 0,
          target: 200, actual: 45, deadline: date(2030, 12, 31))
      ],
      children: [
        ChangeNode(
          id: .init("n2"), level: .outcome, title: "Installateurs plaatsen warmtepompen",
          description: "Genoeg vakmensen om de vraag bij te houden.", owner: .init("roc"),
          assumptions: [
            Assumption(
              id: .init("a1"), text: "Mkb'ers hebben tijd voor scholing", status: .broken,
              planB: "Avondopleiding en e-learning"),
            Assumption(
              id: .init("a2"), text: "Er zijn genoeg warmtepompen leverbaar", status: .holds),
          ],
          children: [
            ChangeNode(
              id: .init("n3"), level: .output, title: "120 monteurs opgeleid",
              owner: .init("roc"),
              assumptions: [
                Assumption(
                  id: .init("a3"), text: "Bedrijven stellen leerwerkplekken open \(bidi)",
                  status: .broken)
              ],
              kpis: [
                KPI(
                  id: .init("k2"), name: "\(csi)Monteurs <b>opgeleid</b>", baseline: 0,
                  target: 120, actual: 30.5)
              ],
              children: [
                ChangeNode(
                  id: .init("n4"), level: .activity, title: "Praktijklessen op de campus",
                  assumptions: [
                    Assumption(id: .init("a4"), text: "Campus is op tijd klaar")
                  ])
              ])
          ])
      ])
  }

  static var actions: [Action] {
    [
      Action(
        id: .init("x1"), what: "Campus inrichten", owner: .init("roc"),
        start: date(2026, 3, 1), end: date(2027, 2, 28), output: "Praktijklokaal",
        node: .init("n4"), status: .running),
      Action(
        id: .init("x2"), what: "Werving eerste 20 installateurs", owner: .init("inl"),
        start: date(2026, 1, 15), end: date(2026, 6, 30), output: "20 bedrijven",
        status: .running),
      Action(
        id: .init("x3"), what: "\u{1B}]0;pwned\u{7}Titel | wijzigen", status: .planned),
      Action(
        id: .init("x4"), what: "Evaluatie pilot warmtescan", owner: .init("saxion"),
        end: date(2026, 10, 1), output: "Rapport", status: .done),
      Action(
        id: .init("x5"), what: "Subsidieaanvraag provincie", owner: .init("gem"),
        start: date(2025, 9, 1), end: date(2025, 12, 1), output: "Toekenning",
        node: .init("n1"),
        kpis: [KPI(id: .init("k3"), name: "Aanvragen", baseline: 0, target: 1, actual: 0)],
        status: .planned),
    ]
  }

  static var pilots: [Pilot] {
    [
      Pilot(
        id: .init("pl1"), name: "Warmtescan 🔥 bij 10 bedrijven",
        hypothesis: "Een gratis scan brengt mkb'ers in beweging.", segment: .init("s1"),
        proposition: .init("p2"), start: date(2025, 10, 1), end: date(2026, 3, 31),
        status: .finished,
        learnings: ["Scan werkt alleen met een vervolgafspraak", "Studenten zijn welkom"],
        painPoints: [
          PainPoint(
            id: .init("pp1"), kind: .resistance,
            text: "Installateurs zien de scan als concurrentie"),
          PainPoint(
            id: .init("pp2"), kind: .informationFlow,
            text: "Leads van de gemeente komen niet aan bij de bedrijven"),
        ],
        decision: .scaleUp),
      Pilot(
        id: .init("pl2"), name: "Koffie & klimaat", segment: .init("s2"),
        start: date(2026, 9, 1), status: .running,
        painPoints: [PainPoint(id: .init("pp3"), kind: .cultureDifference, text: bidi)]),
    ]
  }
}
