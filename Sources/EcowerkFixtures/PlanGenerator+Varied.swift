import EcowerkModel

/// Small plans that vary every kind of field, for property tests of the file format.
///
/// Where `plan(stakeholders:segments:nodes:actions:)` makes a realistic partnership, these are
/// deliberately odd: texts from the empty string to random Unicode scalars of every plane,
/// hostile control sequences and ids in any script; numbers at zero and at the largest value
/// a plan allows; every optional both absent and present; doubles from subnormal to the
/// largest finite; dates from year 1 to 9999. Each is still a valid plan (`violations()` is
/// empty), so anything that differs after a round trip is a fault of the format.
extension PlanGenerator {
  /// A valid plan of a few entities per list, different for every seed.
  public func variedPlan() -> Plan {
    var draft = VariedDraft(random: SplitMix64(seed: seed))
    return draft.plan()
  }
}

private struct VariedDraft {
  var random: SplitMix64
  var counter = 0

  /// Texts chosen by kind; `text()` picks a kind first, so rare kinds are common enough.
  static let samples = [
    "", " ", "Energiek Mkb Twente", "Coöperatie Zeeën & Bäckerij Müller", "中文字符 全角",
    "👩‍👩‍👧‍👦🇳🇱🔥", "e\u{301}\u{308}", "\"quoted\" \\back\\slash/ 'single'", "line\nbreak\r\ncrlf",
    "\u{0}\u{1}\u{1F}\u{7F}\u{80}\u{9F}", "\u{1B}]0;title\u{7}\u{1B}[2J", "\u{202E}bidi\u{2066}",
    "\u{2028}\u{2029}\u{FEFF}\u{200B}", "\u{FFFD}\u{FFFF}\u{10FFFF}\u{E000}", "=SUM(A1);-1,5",
    "<script>x</script> & | * _ #",
  ]

  mutating func chance(_ probability: Double) -> Bool { random.chance(probability) }

  mutating func count(_ most: Int) -> Int {
    // Mostly short lists, often empty: small plans keep 10,000 round trips fast.
    chance(0.5) ? 0 : random.int(in: 1...most)
  }

  /// A text of one of several kinds: a sample, random scalars from a random plane, or a long
  /// run.
  mutating func text() -> String {
    switch random.int(in: 0...19) {
    case 0...9: return random.pick(Self.samples)
    case 10...13: return scalars(random.int(in: 1...8))
    case 14, 15: return random.pick(Self.samples) + scalars(random.int(in: 0...3))
    case 16: return String(repeating: random.pick(["a", "é", "中", "🔥", "\u{1B}"]), count: 120)
    default: return ""
    }
  }

  /// `count` random scalars, each from the ASCII, Latin, BMP or supplementary range.
  mutating func scalars(_ count: Int) -> String {
    var result = ""
    for _ in 0..<count {
      let ranges: [ClosedRange<Int>] = [0...0x7F, 0x80...0x7FF, 0x800...0xFFFF, 0x10000...0x10FFFF]
      let value = random.int(in: random.pick(ranges))
      // Surrogates cannot be in a Swift string; the others all can.
      if let scalar = Unicode.Scalar(UInt32(value)) { result.unicodeScalars.append(scalar) }
    }
    return result
  }

  /// A unique id: usually the plan's own scheme, sometimes any text.
  mutating func id<T>(_ prefix: String) -> EntityID<T> {
    counter += 1
    let stem = chance(0.2) ? scalars(random.int(in: 1...3)) : prefix
    return EntityID("\(stem)-\(counter)")
  }

  mutating func smeCount() -> Int? {
    switch random.int(in: 0...4) {
    case 0: return nil
    case 1: return 0
    case 2: return 1_000_000_000
    default: return random.int(in: 1...5_000)
    }
  }

  mutating func money() -> Money {
    switch random.int(in: 0...4) {
    case 0: return .zero
    case 1: return Money.limit
    case 2: return Money(cents: Int64(random.int(in: 1...99)))
    case 3: return Money(euros: Int64(random.int(in: 1...5_000_000)))
    default: return Money(cents: Int64(random.int(in: 0...Int(Money.limit.cents))))
    }
  }

  mutating func optionalMoney() -> Money? { chance(0.4) ? nil : money() }

  mutating func number() -> Double? {
    switch random.int(in: 0...9) {
    case 0: return nil
    case 1: return 0
    case 2: return -0.0
    case 3: return random.pick([.greatestFiniteMagnitude, -.greatestFiniteMagnitude])
    case 4: return random.pick([.leastNonzeroMagnitude, .leastNormalMagnitude, 0.1, 1e-7, 1e15])
    case 5: return Double(random.int(in: -1_000_000...1_000_000)) / 8
    default:
      // Any finite double, from its bits.
      let value = Double(bitPattern: random.next())
      return value.isFinite ? value : 1
    }
  }

  mutating func date() -> CalendarDate? {
    switch random.int(in: 0...5) {
    case 0: return nil
    case 1: return CalendarDate(year: 1, month: 1, day: 1)
    case 2: return CalendarDate(year: 9999, month: 12, day: 31)
    case 3: return CalendarDate(year: 2028, month: 2, day: 29)
    default: return date(in: 2020...2035)
    }
  }

  mutating func date(in years: ClosedRange<Int>) -> CalendarDate {
    let month = random.int(in: 1...12)
    let year = random.int(in: years)
    let day = random.int(in: 1...CalendarDate.daysIn(month: month, year: year))
    return CalendarDate(year: year, month: month, day: day) ?? CalendarDate(dayNumber: 20_000)
  }

  mutating func choice<E: CaseIterable>(_: E.Type) -> E { random.pick(Array(E.allCases)) }

  mutating func optionalChoice<E: CaseIterable>(_ type: E.Type) -> E? {
    chance(0.3) ? nil : choice(type)
  }

  /// Up to `most` different elements of `items`, in order.
  mutating func some<T>(_ items: [T], most: Int) -> [T] {
    random.sample(random.int(in: 0...most), of: items.count).map { items[$0] }
  }

  mutating func optionalPick<T>(_ items: [T]) -> T? {
    items.isEmpty || chance(0.3) ? nil : random.pick(items)
  }

  mutating func plan() -> Plan {
    let startYear = chance(0.1) ? random.pick([1900, 2200]) : random.int(in: 2020...2030)
    var plan = Plan(
      name: text(), region: text(), challenge: text(), vision: text(),
      phase: choice(Phase.self), startYear: startYear,
      horizonYears: chance(0.1) ? random.pick([1, 30]) : random.int(in: 2...8),
      targetNewSMEs: smeCount(), rubricFile: chance(0.5) ? nil : "rubric-\(text()).json")
    if plan.rubricFile == "" { plan.rubricFile = nil }
    plan.systemFailures = (0..<count(2)).map { _ in failure() }
    plan.transformationFailures = (0..<count(2)).map { _ in failure() }
    for _ in 0..<count(2) { plan.segments.append(segment(earlier: plan.segments.map(\.id))) }
    let segmentIDs = plan.segments.map(\.id)
    plan.propositions = (0..<count(2)).map { _ in
      ValueProposition(
        id: id("vp"), name: text(), description: text(), segments: some(segmentIDs, most: 3),
        solutionDirections: (0..<count(2)).map { _ in text() })
    }
    plan.chainLinks = (0..<count(2)).map { _ in ChainLink(id: id("link"), name: text()) }
    let linkIDs = plan.chainLinks.map(\.id)
    plan.stakeholders = (0..<count(2)).map { _ in stakeholder(links: linkIDs) }
    let partners = plan.stakeholders.map(\.id)
    plan.jointOrganisation = (0..<count(2)).map { _ in
      var arrangements: [StakeholderID: Arrangement] = [:]
      for partner in some(partners, most: 4) { arrangements[partner] = choice(Arrangement.self) }
      return OrgFunction(
        id: id("fn"), name: text(), description: text(), arrangements: arrangements)
    }
    plan.businessModels = (0..<count(2)).map { _ in
      BusinessModel(
        id: id("bm"), name: text(), customer: text(), revenue: text(), description: text())
    }
    plan.finance = some(Array(plan.horizon), most: 3).map { year in
      FinanceYear(
        year: year,
        contributions: some(partners, most: 3).map { partner in
          Contribution(
            partner: partner, cash: money(), inKind: money(), actualCash: optionalMoney(),
            actualInKind: optionalMoney())
        }, ngf: money(), income: money(), costs: money(), actualNGF: optionalMoney(),
        actualIncome: optionalMoney(), actualCosts: optionalMoney())
    }
    plan.reviews = (0..<count(2)).map { _ in
      PeerReview(
        id: id("rev"), date: date(in: 1...9999), phase: choice(Phase.self),
        scores: some(["visie-1", "visie-2", "elem \u{1B}", "中", "x"], most: 3).map {
          ElementScore(element: $0, level: random.int(in: ElementScore.levels), note: text())
        }, note: text())
    }
    plan.theoryOfChange = (0..<count(2)).map { _ in node(depth: 1, partners: partners) }
    let nodeIDs = plan.allNodes().map(\.node.id)
    plan.actions = (0..<count(2)).map { _ in
      Action(
        id: id("act"), what: text(), owner: optionalPick(partners), start: date(), end: date(),
        output: text(), node: optionalPick(nodeIDs), kpis: (0..<count(2)).map { _ in kpi() },
        status: choice(ActionStatus.self))
    }
    let propositionIDs = plan.propositions.map(\.id)
    plan.pilots = (0..<count(2)).map { _ in
      Pilot(
        id: id("pil"), name: text(), hypothesis: text(), segment: optionalPick(segmentIDs),
        proposition: optionalPick(propositionIDs), start: date(), end: date(),
        status: choice(PilotStatus.self), learnings: (0..<count(2)).map { _ in text() },
        painPoints: (0..<count(2)).map { _ in
          PainPoint(id: id("pp"), kind: choice(PainPointKind.self), text: text())
        }, decision: optionalChoice(PilotDecision.self))
    }
    link(&plan)
    return plan
  }

  /// The links between the steps, drawn after everything else so that they can point at any
  /// entity of the plan: the needs a proposition answers, what addresses a failure, what an
  /// impact goal serves, what a partner and a business model contribute to and earn on.
  mutating func link(_ plan: inout Plan) {
    plan.orchestrationMandate = text()
    plan.decisionMaking = text()
    plan.orchestrationFunding = text()
    plan.jointValue = text()
    let segments = plan.segments.map(\.id)
    let pains = plan.segments.flatMap { $0.pains.map(\.id) }
    let gains = plan.segments.flatMap { $0.gains.map(\.id) }
    let barriers = plan.segments.flatMap { $0.barriers.map(\.id) }
    let propositions = plan.propositions.map(\.id)
    let partners = plan.stakeholders.map(\.id)
    for index in plan.propositions.indices {
      plan.propositions[index].relieves = some(pains, most: 2)
      plan.propositions[index].creates = some(gains, most: 2)
      plan.propositions[index].removes = some(barriers, most: 2)
      plan.propositions[index].integration = text()
    }
    for index in plan.systemFailures.indices {
      plan.systemFailures[index].parties = some(partners, most: 2)
      plan.systemFailures[index].between = some(partners, most: 2)
      plan.systemFailures[index].interaction = optionalChoice(Interaction.self)
      plan.systemFailures[index].propositions = some(propositions, most: 2)
      plan.systemFailures[index].partners = some(partners, most: 2)
    }
    for index in plan.transformationFailures.indices {
      plan.transformationFailures[index].propositions = some(propositions, most: 2)
      plan.transformationFailures[index].partners = some(partners, most: 2)
    }
    for index in plan.stakeholders.indices {
      plan.stakeholders[index].propositions = some(propositions, most: 2)
    }
    for index in plan.businessModels.indices {
      plan.businessModels[index].propositions = some(propositions, most: 2)
      plan.businessModels[index].segments = some(segments, most: 2)
      plan.businessModels[index].payerAfterNGF = text()
      plan.businessModels[index].costs = text()
      plan.businessModels[index].income = optionalMoney()
    }
    let system = plan.systemFailures.map(\.id)
    let transformation = plan.transformationFailures.map(\.id)
    func walk(_ nodes: inout [ChangeNode]) {
      for index in nodes.indices {
        nodes[index].segments = some(segments, most: 2)
        nodes[index].systemFailures = some(system, most: 2)
        nodes[index].transformationFailures = some(transformation, most: 2)
        walk(&nodes[index].children)
      }
    }
    walk(&plan.theoryOfChange)
  }

  mutating func failure() -> Failure {
    Failure(id: id("fail"), description: text(), actors: text())
  }

  mutating func segment(earlier: [SegmentID]) -> Segment {
    Segment(
      id: id("seg"), name: text(), sector: text(), sizeClass: text(), region: text(),
      smeCount: smeCount(), participatingAtStart: smeCount(), reachedSinceStart: smeCount(),
      target: smeCount(),
      pains: (0..<count(2)).map { _ in Need(id: id("need"), text: text()) },
      gains: (0..<count(2)).map { _ in Need(id: id("need"), text: text()) },
      barriers: (0..<count(2)).map { _ in
        Barrier(id: id("bar"), kind: choice(BarrierKind.self), text: text())
      },
      conversations: (0..<count(2)).map { _ in
        Conversation(
          id: id("con"), date: date(), counterpart: text(),
          membership: chance(0.3) ? nil : choice(Membership.self), learned: text())
      }, alleyPosition: chance(0.3) ? nil : random.pick([1, 2, 100_000]),
      ambassadors: some(earlier, most: 2), notes: text())
  }

  mutating func stakeholder(links: [ChainLinkID]) -> Stakeholder {
    Stakeholder(
      id: id("sh"), name: text(), kind: choice(StakeholderKind.self), sector: text(),
      discipline: text(), level: choice(GovernanceLevel.self), chainLinks: some(links, most: 3),
      sharedInterests: text(), ownInterests: text(), contributions: text(), role: text(),
      addedValue: text(), influence: random.int(in: Stakeholder.scale),
      interest: random.int(in: Stakeholder.scale), inMVE: chance(0.5),
      isOrchestrator: chance(0.2))
  }

  mutating func kpi() -> KPI {
    KPI(
      id: id("kpi"), name: text(), unit: text(), baseline: number(), target: number(),
      actual: number(), deadline: date())
  }

  mutating func node(depth: Int, partners: [StakeholderID]) -> ChangeNode {
    // Now and then a chain six levels deep; otherwise a small tree of two levels.
    let childCount = depth >= 6 ? 0 : chance(0.2) ? 1 : depth >= 2 ? 0 : count(2)
    return ChangeNode(
      id: id("toc"), level: choice(ChangeLevel.self), title: text(), description: text(),
      owner: optionalPick(partners),
      assumptions: (0..<count(2)).map { _ in
        Assumption(
          id: id("as"), text: text(), status: choice(AssumptionStatus.self), planB: text())
      }, kpis: (0..<count(2)).map { _ in kpi() },
      children: (0..<childCount).map { _ in node(depth: depth + 1, partners: partners) })
  }
}
