import EcowerkModel

/// Hand-made plans for tests: small, with every part of the method filled, Dutch accents,
/// CJK and emoji, so that alignment, escaping and round trips are exercised on real-looking data.
public enum FixturePlans {
  /// A plan with every list non-empty and every kind of entity present.
  public static func rich() -> Plan {
    var plan = Plan(
      name: "Energiek Mkb Oost", region: "Twente & Achterhoek",
      challenge: "Mkb'ers verduurzamen te traag; netcongestie remt elektrificatie.",
      vision:
        "In 2030 werkt elk mkb-bedrijf in de regio met een eigen routekaart naar CO₂-neutraal.",
      phase: .ontwikkelen, startYear: 2025, horizonYears: 6, targetNewSMEs: 200)
    plan.systemFailures = [
      Failure(
        id: "fail-1", description: "Geen loket voor mkb-vragen", actors: "gemeenten, mkb",
        parties: ["sh-2"], propositions: ["vp-1"]),
      Failure(
        id: "fail-2", description: "Scholen en bedrijven praten langs elkaar heen",
        between: ["sh-1", "sh-3"], interaction: .weak, partners: ["sh-1"]),
    ]
    plan.transformationFailures = [
      Failure(
        id: "fail-3", description: "Installatiebranche blijft bij gas", actors: "installateurs")
    ]
    plan.segments = [
      Segment(
        id: "seg-1", name: "Metaalbedrijven", sector: "Maakindustrie", sizeClass: "10–50",
        region: "Twente", smeCount: 800, participatingAtStart: 40, reachedSinceStart: 25,
        target: 120,
        pains: [
          Need(id: "need-1", text: "Hoge energierekening"),
          Need(id: "need-2", text: "Geen tijd voor advies"),
        ], gains: [Need(id: "need-3", text: "Lagere kosten")],
        barriers: [
          Barrier(id: "bar-1", kind: .knowledge, text: "Weten niet waar te beginnen"),
          Barrier(id: "bar-2", kind: .capability, text: "Geen vakmensen"),
        ],
        conversations: [
          Conversation(
            id: "con-1", date: CalendarDate(year: 2025, month: 3, day: 12),
            counterpart: "Smederij Ëlbers", membership: .nonMember,
            learned: "Wil eerst een scan")
        ], alleyPosition: 1, added: CalendarDate(year: 2025, month: 1, day: 15)),
      Segment(
        id: "seg-2", name: "Installateurs", sector: "Bouw", sizeClass: "5–20", region: "Oost",
        smeCount: 300, participatingAtStart: 10, target: 80,
        pains: [Need(id: "need-4", text: "Personeelstekort")],
        gains: [Need(id: "need-5", text: "Meer opdrachten")],
        barriers: [Barrier(id: "bar-3", kind: .motivation, text: "Zien het nut niet")],
        alleyPosition: 2, ambassadors: ["seg-1"]),
      Segment(
        id: "seg-3", name: "中文 Horeca 🍽", sector: "Horeca", smeCount: 500,
        participatingAtStart: 0, target: 0, alleyPosition: 3),
    ]
    plan.propositions = [
      ValueProposition(
        id: "vp-1", name: "Energiescan + uitvoering", description: "Van scan tot installatie",
        segments: ["seg-1", "seg-2"], solutionDirections: ["Collectieve inkoop", "Coaches"],
        relieves: ["need-1", "need-4"], creates: ["need-3"], removes: ["bar-1"],
        integration: "Eén coach van scan tot installatie, één intake voor alle partners",
        added: CalendarDate(year: 2025, month: 1, day: 15))
    ]
    plan.chainLinks = [
      ChainLink(id: "link-1", name: "Advies"), ChainLink(id: "link-2", name: "Installatie"),
      ChainLink(id: "link-3", name: "Financiering"),
    ]
    plan.stakeholders = [
      Stakeholder(
        id: "sh-1", name: "ROC van Twente", kind: .vocationalSchool, sector: "Onderwijs",
        level: .regional, chainLinks: ["link-2"], contributions: "Praktijkhal", role: "Opleiden",
        addedValue: "Stageplaatsen", influence: 4, interest: 5, inMVE: true,
        propositions: ["vp-1"], joined: CalendarDate(year: 2025, month: 1, day: 15)),
      Stakeholder(
        id: "sh-2", name: "Gemeente Enschede", kind: .municipality, sector: "Overheid",
        level: .local, chainLinks: ["link-1"], role: "Regie", addedValue: "Doelen halen",
        influence: 4, interest: 4, inMVE: true, isOrchestrator: true, propositions: ["vp-1"]),
      Stakeholder(
        id: "sh-3", name: "Coöperatie Zon & Wind", kind: .company, level: .regional,
        chainLinks: ["link-3"], influence: 2, interest: 3, inMVE: true,
        joined: CalendarDate(year: 2025, month: 3, day: 1),
        left: CalendarDate(year: 2026, month: 2, day: 28),
        leftReason: "Fusie met een landelijke coöperatie"),
    ]
    plan.jointOrganisation = [
      OrgFunction(
        id: "fn-1", name: "Acquisitiekanaal mkb", arrangements: ["sh-1": .share, "sh-2": .handOver])
    ]
    plan.orchestrationMandate = "De gemeente regisseert namens alle partners"
    plan.decisionMaking = "Stuurgroep beslist bij meerderheid, één stem per partner"
    plan.orchestrationFunding = "Partners betalen naar rato van hun bijdrage"
    plan.jointValue = "Eén loket met scan, financiering en vakmensen, dat geen partner alleen biedt"
    plan.businessModels = [
      BusinessModel(
        id: "bm-1", name: "Abonnement", customer: "Mkb", revenue: "€ 250 per jaar",
        propositions: ["vp-1"], segments: ["seg-1"], payerAfterNGF: "Mkb en gemeenten",
        costs: "Coaches en het klantsysteem", income: Money(euros: 25_000))
    ]
    plan.finance = plan.horizon.map { year in
      let step = Int64(year - 2025)
      return FinanceYear(
        year: year,
        contributions: [
          Contribution(partner: "sh-1", cash: Money(euros: 50_000), inKind: Money(euros: 25_000)),
          Contribution(partner: "sh-2", cash: Money(euros: 40_000 + 10_000 * step)),
        ],
        ngf: Money(euros: max(0, 100_000 - 20_000 * step)), income: Money(euros: 5_000 * step),
        costs: Money(euros: 200_000))
    }
    plan.finance[0].actualCosts = Money(cents: 21_000_050)
    plan.reviews = [
      PeerReview(
        id: "rev-1", date: CalendarDate(year: 2025, month: 6, day: 1) ?? Self.fallbackDate,
        phase: .starten, scores: [ElementScore(element: "visie-1", level: 2, note: "Eerste aanzet")]
      )
    ]
    plan.theoryOfChange = [
      ChangeNode(
        id: "toc-1", level: .impact, title: "CO₂-neutraal mkb in 2030", owner: "sh-2",
        segments: ["seg-1", "seg-2"], systemFailures: ["fail-1"],
        transformationFailures: ["fail-3"],
        children: [
          ChangeNode(
            id: "toc-2", level: .outcome, title: "Mkb'ers nemen maatregelen",
            rationale: "Elke maatregel verlaagt de uitstoot",
            assumptions: [
              Assumption(id: "as-1", text: "Subsidie blijft", status: .broken, planB: "Lening"),
              Assumption(id: "as-2", text: "Netbeheerder werkt mee", status: .holds),
            ],
            kpis: [
              KPI(
                id: "kpi-1", name: "Bedrijven met routekaart", unit: "bedrijven", baseline: 0,
                target: 200, deadline: CalendarDate(year: 2027, month: 12, day: 31),
                cause: .environment, causeAssumption: "as-1",
                milestones: [Milestone(year: 2025, value: 40), Milestone(year: 2026, value: 110)],
                measurements: [
                  Measurement(
                    id: "ms-1", date: CalendarDate(year: 2025, month: 6, day: 30), value: 12,
                    measuredBy: "Saxion"),
                  Measurement(
                    id: "ms-2", date: CalendarDate(year: 2026, month: 6, day: 30), value: 35.5,
                    note: "Subsidieloket dicht", measuredBy: "Gemeente Enschede"),
                ])
            ],
            children: [
              ChangeNode(
                id: "toc-3", level: .output, title: "Energiescans uitgevoerd",
                children: [ChangeNode(id: "toc-4", level: .activity, title: "Coaches opleiden")])
            ])
        ])
    ]
    plan.changeLinks = [
      ChangeLink(
        id: "cl-1", from: "toc-4", to: "toc-2",
        rationale: "Opgeleide coaches helpen bedrijven ook bij de uitvoering",
        assumptions: [
          Assumption(
            id: "as-3", text: "Coaches blijven in dienst", status: .broken,
            planB: "Pool van zzp-coaches")
        ])
    ]
    plan.actions = [
      Action(
        id: "act-1", what: "Coaches werven", owner: "sh-1",
        start: CalendarDate(year: 2025, month: 1, day: 1),
        end: CalendarDate(year: 2025, month: 6, day: 30), output: "10 coaches", node: "toc-4",
        kpis: [KPI(id: "kpi-2", name: "Coaches", unit: "personen", target: 10, actual: 6)],
        status: .running),
      Action(id: "act-2", what: "Scans plannen", owner: "sh-2", node: "toc-3", status: .planned),
    ]
    plan.pilots = [
      Pilot(
        id: "pil-1", name: "Pilot metaal", hypothesis: "Scan leidt tot actie", segment: "seg-1",
        proposition: "vp-1", start: CalendarDate(year: 2025, month: 9, day: 1),
        end: CalendarDate(year: 2026, month: 3, day: 31), status: .finished,
        learnings: ["Eigenaren willen één aanspreekpunt"],
        painPoints: [PainPoint(id: "pp-1", kind: .informationFlow, text: "Data niet gedeeld")],
        criteria: [
          SuccessCriterion(
            id: "crit-1", text: "De helft voert een maatregel uit", threshold: 50, observed: 65),
          SuccessCriterion(id: "crit-2", text: "Coaches opgeleid", kpi: "kpi-2", threshold: 8),
        ],
        decision: .scaleUp)
    ]
    return plan
  }

  static let fallbackDate = CalendarDate(dayNumber: 0)

  /// Strings that try to break a terminal, a report or a parser: escape sequences, C1
  /// controls, bidi overrides, markup, quotes and separators.
  public static let hostileStrings: [String] = [
    "\u{1B}[2J\u{1B}[H", "\u{1B}]0;pwned\u{07}", "\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\",
    "\u{9B}31m", "\u{90}dcs\u{9C}", "\u{7F}del", "\u{0}nul", "tab\there", "line\nbreak",
    "cr\rreturn", "\u{202E}evil\u{202C}", "\u{2066}isolate\u{2069}", "\u{200F}rtl",
    "<script>alert(1)</script>", "<b>bold</b>", "&amp; &lt;", "\"quoted\"", "'single'",
    "semi;colon", "comma,separated", "pipe | table", "*stars* _under_", "`code`", "# heading",
    "[link](http://x)", "\\backslash", "=SUM(A1:A2)", "+cmd", "@at", "-minus", "\u{FEFF}bom",
    "\u{2028}ls\u{2029}ps", "🇳🇱👩‍🔧 emoji", "中文字符", "e\u{301}",
  ]
}
