import EcowerkModel

/// A small plan that meets every check, and the date the checks are run on. Each test breaks
/// one thing in it and expects exactly that check to speak up.
enum CleanPlan {
  static let today = date(2026, 11, 29)

  static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day) ?? CalendarDate(dayNumber: 0)
  }

  static func make() -> Plan {
    var plan = Plan(
      name: "Schoon Plan", region: "Twente", challenge: "Energietransitie",
      vision: "Elk mkb-bedrijf een routekaart", phase: .ontwikkelen, startYear: 2025,
      horizonYears: 6, targetNewSMEs: 150)
    plan.systemFailures = [Failure(id: "fail-1", description: "Geen loket", propositions: ["vp-1"])]
    plan.transformationFailures = [Failure(id: "fail-2", description: "Blijft bij gas")]
    plan.segments = [
      segment("seg-1", position: 1, target: 100), segment("seg-2", position: 2, target: 50),
    ]
    plan.segments[1].ambassadors = ["seg-1"]
    plan.propositions = [
      ValueProposition(
        id: "vp-1", name: "Scan", segments: ["seg-1", "seg-2"], solutionDirections: ["Coaches"],
        relieves: ["pain-seg-1", "pain-seg-2"], creates: ["gain-seg-1"],
        removes: ["bar-seg-1", "bar-seg-2"], integration: "Eén intake voor alle partners")
    ]
    plan.chainLinks = [
      ChainLink(id: "link-1", name: "Advies"), ChainLink(id: "link-2", name: "Installatie"),
    ]
    plan.stakeholders = [
      partner("sh-1", .vocationalSchool, .regional, "onderwijs", link: "link-1"),
      partner("sh-2", .company, .local, "techniek", link: "link-2"),
      partner("sh-3", .municipality, .national, "beleid", link: nil),
      partner("sh-4", .housing, .regional, "wonen", link: nil),
    ]
    plan.stakeholders[0].isOrchestrator = true
    plan.jointOrganisation = [
      OrgFunction(
        id: "fn-1", name: "Acquisitie", arrangements: ["sh-1": .handOver, "sh-2": .share])
    ]
    plan.orchestrationMandate = "Mag namens de partners mkb'ers benaderen"
    plan.decisionMaking = "Stuurgroep, besluit bij meerderheid"
    plan.orchestrationFunding = "Alle partners naar rato"
    plan.jointValue = "Eén loket dat geen partner alleen kan bieden"
    plan.businessModels = [
      BusinessModel(
        id: "bm-1", name: "Scans", customer: "Mkb", revenue: "Vergoeding per scan",
        propositions: ["vp-1"], segments: ["seg-1", "seg-2"], payerAfterNGF: "Mkb'ers",
        costs: "Coaches", income: Money(euros: 10_000))
    ]
    plan.finance = plan.horizon.map { year in
      let ngf = Money(euros: year == 2030 ? 0 : 100_000)
      let cash = Money(euros: 50_000)
      let income = Money(euros: 10_000)
      return FinanceYear(
        year: year, contributions: [Contribution(partner: "sh-1", cash: cash)], ngf: ngf,
        income: income, costs: cash + ngf + income)
    }
    plan.reviews = [
      PeerReview(
        id: "rev-1", date: date(2026, 6, 1), phase: .ontwikkelen,
        scores: [ElementScore(element: "visie-1", level: 3)])
    ]
    plan.theoryOfChange = [
      ChangeNode(
        id: "toc-1", level: .impact, title: "CO₂-neutraal mkb", segments: ["seg-1", "seg-2"],
        transformationFailures: ["fail-2"],
        children: [
          ChangeNode(
            id: "toc-2", level: .outcome, title: "Mkb'ers verduurzamen",
            assumptions: [Assumption(id: "as-1", text: "Mkb wil", status: .holds)],
            kpis: [KPI(id: "kpi-1", name: "Bedrijven", target: 150, actual: 12)],
            children: [
              ChangeNode(
                id: "toc-3", level: .output, title: "Scans",
                children: [ChangeNode(id: "toc-4", level: .activity, title: "Scans doen")])
            ])
        ])
    ]
    plan.actions = [
      Action(
        id: "act-1", what: "Scans plannen", owner: "sh-1", start: date(2026, 1, 1),
        end: date(2027, 1, 31), output: "40 scans", node: "toc-4", status: .running),
      Action(
        id: "act-2", what: "Kick-off", owner: "sh-2", end: date(2025, 3, 1), output: "Afspraken",
        status: .done),
    ]
    plan.pilots = [
      Pilot(
        id: "pil-1", name: "Scan-pilot", segment: "seg-1", start: date(2025, 9, 1),
        end: date(2026, 3, 31), status: .finished, learnings: ["Scans werken"],
        painPoints: [PainPoint(id: "pp-1", kind: .informationFlow, text: "Trage besluiten")],
        criteria: [
          SuccessCriterion(id: "crit-1", text: "Scans gedaan", threshold: 20, observed: 24),
          SuccessCriterion(id: "crit-2", text: "Bedrijven mee", kpi: "kpi-1", threshold: 5),
        ],
        decision: .scaleUp)
    ]
    return plan
  }

  static func segment(_ id: SegmentID, position: Int, target: Int) -> Segment {
    Segment(
      id: id, name: "Segment \(id)", sector: "Metaal", sizeClass: "10–50", region: "Twente",
      smeCount: 800, participatingAtStart: 10, reachedSinceStart: 5, target: target,
      pains: [Need(id: .init("pain-\(id)"), text: "Hoge rekening")],
      gains: [Need(id: .init("gain-\(id)"), text: "Lagere kosten")],
      barriers: [Barrier(id: .init("bar-\(id)"), kind: .knowledge, text: "Weten niet hoe")],
      conversations: [
        Conversation(id: .init("con-\(id)"), counterpart: "Smederij", membership: .nonMember)
      ], alleyPosition: position)
  }

  static func partner(
    _ id: StakeholderID, _ kind: StakeholderKind, _ level: GovernanceLevel, _ discipline: String,
    link: ChainLinkID?
  ) -> Stakeholder {
    Stakeholder(
      id: id, name: "Partner \(id)", kind: kind, discipline: discipline, level: level,
      chainLinks: link.map { [$0] } ?? [], sharedInterests: "Vakmensen in de regio",
      ownInterests: "Eigen doelen", contributions: "Uren", role: "Uitvoeren",
      addedValue: "Netwerk", inMVE: true, propositions: ["vp-1"])
  }
}
