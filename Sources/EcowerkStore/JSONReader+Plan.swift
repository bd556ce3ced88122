import EcowerkJSON
import EcowerkModel

/// Reading a whole plan and each kind of entity. The entity readers are also used for the
/// recovery journal, whose lines carry single entities.
extension JSONReader {
  static let planKeys = [
    "format", "schemaVersion", "name", "region", "challenge", "vision", "phase", "startYear",
    "horizonYears", "targetNewSMEs", "rubricFile", "systemFailures", "transformationFailures",
    "segments", "propositions", "chainLinks", "stakeholders", "jointOrganisation",
    "businessModels", "finance", "reviews", "theoryOfChange", "actions", "pilots",
  ]

  mutating func plan(_ node: JSONNode) throws -> Plan {
    let o = try object(node, known: Self.planKeys)
    var plan = Plan(startYear: try int(o, "startYear", in: node))
    plan.name = try string(o, "name")
    plan.region = try string(o, "region")
    plan.challenge = try string(o, "challenge")
    plan.vision = try string(o, "vision")
    plan.phase = try choice(o, "phase", default: .verkennen)
    plan.horizonYears = try int(o, "horizonYears", default: Plan.defaultHorizon)
    plan.targetNewSMEs = try optionalInt(o, "targetNewSMEs")
    plan.rubricFile = try optionalString(o, "rubricFile")
    plan.systemFailures = try array(o, "systemFailures") { r, n in try r.failure(n) }
    plan.transformationFailures = try array(o, "transformationFailures") { r, n in
      try r.failure(n)
    }
    plan.segments = try array(o, "segments") { r, n in try r.segment(n) }
    plan.propositions = try array(o, "propositions") { r, n in try r.proposition(n) }
    plan.chainLinks = try array(o, "chainLinks") { r, n in try r.chainLink(n) }
    plan.stakeholders = try array(o, "stakeholders") { r, n in try r.stakeholder(n) }
    plan.jointOrganisation = try array(o, "jointOrganisation") { r, n in try r.orgFunction(n) }
    plan.businessModels = try array(o, "businessModels") { r, n in try r.businessModel(n) }
    plan.finance = try array(o, "finance") { r, n in try r.financeYear(n) }
    plan.reviews = try array(o, "reviews") { r, n in try r.review(n) }
    plan.theoryOfChange = try array(o, "theoryOfChange") { r, n in try r.node(n) }
    plan.actions = try array(o, "actions") { r, n in try r.action(n) }
    plan.pilots = try array(o, "pilots") { r, n in try r.pilot(n) }
    return plan
  }

  mutating func failure(_ node: JSONNode) throws -> Failure {
    let o = try object(node, known: ["id", "description", "actors"])
    return Failure(
      id: try id(o, in: node), description: try string(o, "description"),
      actors: try string(o, "actors"))
  }

  mutating func segment(_ node: JSONNode) throws -> Segment {
    let o = try object(
      node,
      known: [
        "id", "name", "sector", "sizeClass", "region", "smeCount", "participating", "target",
        "pains", "gains", "barriers", "conversations", "alleyPosition", "ambassadors", "notes",
      ])
    return Segment(
      id: try id(o, in: node), name: try string(o, "name"), sector: try string(o, "sector"),
      sizeClass: try string(o, "sizeClass"), region: try string(o, "region"),
      smeCount: try optionalInt(o, "smeCount"), participating: try optionalInt(o, "participating"),
      target: try optionalInt(o, "target"), pains: try strings(o, "pains"),
      gains: try strings(o, "gains"),
      barriers: try array(o, "barriers") { r, n in try r.barrier(n) },
      conversations: try array(o, "conversations") { r, n in try r.conversation(n) },
      alleyPosition: try optionalInt(o, "alleyPosition"), ambassadors: try ids(o, "ambassadors"),
      notes: try string(o, "notes"))
  }

  mutating func barrier(_ node: JSONNode) throws -> Barrier {
    let o = try object(node, known: ["id", "kind", "text"])
    return Barrier(
      id: try id(o, in: node), kind: try requiredChoice(o, "kind", in: node),
      text: try string(o, "text"))
  }

  mutating func conversation(_ node: JSONNode) throws -> Conversation {
    let o = try object(node, known: ["id", "date", "counterpart", "isMember", "learned"])
    return Conversation(
      id: try id(o, in: node), date: try optionalDate(o, "date"),
      counterpart: try string(o, "counterpart"), isMember: try bool(o, "isMember"),
      learned: try string(o, "learned"))
  }

  mutating func proposition(_ node: JSONNode) throws -> ValueProposition {
    let o = try object(
      node, known: ["id", "name", "description", "segments", "solutionDirections"])
    return ValueProposition(
      id: try id(o, in: node), name: try string(o, "name"),
      description: try string(o, "description"), segments: try ids(o, "segments"),
      solutionDirections: try strings(o, "solutionDirections"))
  }

  mutating func chainLink(_ node: JSONNode) throws -> ChainLink {
    let o = try object(node, known: ["id", "name"])
    return ChainLink(id: try id(o, in: node), name: try string(o, "name"))
  }

  mutating func stakeholder(_ node: JSONNode) throws -> Stakeholder {
    let o = try object(
      node,
      known: [
        "id", "name", "kind", "sector", "discipline", "level", "chainLinks", "sharedInterests",
        "ownInterests", "contributions", "role", "addedValue", "influence", "interest", "inMVE",
        "isOrchestrator",
      ])
    return Stakeholder(
      id: try id(o, in: node), name: try string(o, "name"),
      kind: try choice(o, "kind", default: .other), sector: try string(o, "sector"),
      discipline: try string(o, "discipline"), level: try choice(o, "level", default: .regional),
      chainLinks: try ids(o, "chainLinks"), sharedInterests: try string(o, "sharedInterests"),
      ownInterests: try string(o, "ownInterests"), contributions: try string(o, "contributions"),
      role: try string(o, "role"), addedValue: try string(o, "addedValue"),
      influence: try int(o, "influence", default: 3), interest: try int(o, "interest", default: 3),
      inMVE: try bool(o, "inMVE"), isOrchestrator: try bool(o, "isOrchestrator"))
  }

  mutating func orgFunction(_ node: JSONNode) throws -> OrgFunction {
    let o = try object(node, known: ["id", "name", "description", "arrangements"])
    var function = OrgFunction(
      id: try id(o, in: node), name: try string(o, "name"),
      description: try string(o, "description"))
    if let cells = member(o, "arrangements") {
      function.arrangements = try within(.key("arrangements")) { reader in
        try reader.arrangements(cells)
      }
    }
    return function
  }

  mutating func arrangements(_ node: JSONNode) throws -> [StakeholderID: Arrangement] {
    guard case .object(let cells) = node.value else {
      throw fail(node, "expected an object of partner ids, found \(node.value.described)")
    }
    var result: [StakeholderID: Arrangement] = [:]
    for member in cells.members {
      let value: Arrangement? = try within(.key(member.key)) { reader in
        guard case .string(let raw) = member.value.value, let value = Arrangement(rawValue: raw)
        else {
          throw reader.fail(
            member.value,
            "expected \"keep\", \"share\" or \"handOver\", found \(member.value.value.described)")
        }
        return value
      }
      result[StakeholderID(member.key)] = value
    }
    return result
  }

  mutating func businessModel(_ node: JSONNode) throws -> BusinessModel {
    let o = try object(node, known: ["id", "name", "customer", "revenue", "description"])
    return BusinessModel(
      id: try id(o, in: node), name: try string(o, "name"), customer: try string(o, "customer"),
      revenue: try string(o, "revenue"), description: try string(o, "description"))
  }

  mutating func financeYear(_ node: JSONNode) throws -> FinanceYear {
    let o = try object(
      node,
      known: [
        "year", "contributions", "ngf", "income", "costs", "actualNGF", "actualIncome",
        "actualCosts",
      ])
    return FinanceYear(
      year: try int(o, "year", in: node),
      contributions: try array(o, "contributions") { r, n in try r.contribution(n) },
      ngf: try money(o, "ngf"), income: try money(o, "income"), costs: try money(o, "costs"),
      actualNGF: try optionalMoney(o, "actualNGF"),
      actualIncome: try optionalMoney(o, "actualIncome"),
      actualCosts: try optionalMoney(o, "actualCosts"))
  }

  mutating func contribution(_ node: JSONNode) throws -> Contribution {
    let o = try object(node, known: ["partner", "cash", "inKind", "actualCash", "actualInKind"])
    return Contribution(
      partner: try id(o, "partner", in: node), cash: try money(o, "cash"),
      inKind: try money(o, "inKind"), actualCash: try optionalMoney(o, "actualCash"),
      actualInKind: try optionalMoney(o, "actualInKind"))
  }

  mutating func review(_ node: JSONNode) throws -> PeerReview {
    let o = try object(node, known: ["id", "date", "phase", "note", "scores"])
    return PeerReview(
      id: try id(o, in: node), date: try date(o, "date", in: node),
      phase: try requiredChoice(o, "phase", in: node),
      scores: try array(o, "scores") { r, n in try r.score(n) }, note: try string(o, "note"))
  }

  mutating func score(_ node: JSONNode) throws -> ElementScore {
    let o = try object(node, known: ["element", "level", "note"])
    let element: EntityID<ElementScore> = try id(o, "element", in: node)
    return ElementScore(
      element: element.rawValue, level: try int(o, "level", in: node), note: try string(o, "note"))
  }

  mutating func node(_ node: JSONNode) throws -> ChangeNode {
    let o = try object(
      node,
      known: [
        "id", "level", "title", "description", "owner", "assumptions", "kpis", "children",
      ])
    return ChangeNode(
      id: try id(o, in: node), level: try requiredChoice(o, "level", in: node),
      title: try string(o, "title"), description: try string(o, "description"),
      owner: try optionalID(o, "owner"),
      assumptions: try array(o, "assumptions") { r, n in try r.assumption(n) },
      kpis: try array(o, "kpis") { r, n in try r.kpi(n) },
      children: try array(o, "children") { r, n in try r.node(n) })
  }

  mutating func assumption(_ node: JSONNode) throws -> Assumption {
    let o = try object(node, known: ["id", "text", "status", "planB"])
    return Assumption(
      id: try id(o, in: node), text: try string(o, "text"),
      status: try choice(o, "status", default: .untested), planB: try string(o, "planB"))
  }

  mutating func kpi(_ node: JSONNode) throws -> KPI {
    let o = try object(
      node, known: ["id", "name", "unit", "baseline", "target", "actual", "deadline"])
    return KPI(
      id: try id(o, in: node), name: try string(o, "name"), unit: try string(o, "unit"),
      baseline: try optionalNumber(o, "baseline"), target: try optionalNumber(o, "target"),
      actual: try optionalNumber(o, "actual"), deadline: try optionalDate(o, "deadline"))
  }

  mutating func action(_ node: JSONNode) throws -> Action {
    let o = try object(
      node, known: ["id", "what", "owner", "start", "end", "output", "node", "status", "kpis"])
    return Action(
      id: try id(o, in: node), what: try string(o, "what"), owner: try optionalID(o, "owner"),
      start: try optionalDate(o, "start"), end: try optionalDate(o, "end"),
      output: try string(o, "output"), node: try optionalID(o, "node"),
      kpis: try array(o, "kpis") { r, n in try r.kpi(n) },
      status: try choice(o, "status", default: .planned))
  }

  mutating func pilot(_ node: JSONNode) throws -> Pilot {
    let o = try object(
      node,
      known: [
        "id", "name", "hypothesis", "segment", "proposition", "start", "end", "status",
        "learnings", "painPoints", "decision",
      ])
    return Pilot(
      id: try id(o, in: node), name: try string(o, "name"),
      hypothesis: try string(o, "hypothesis"), segment: try optionalID(o, "segment"),
      proposition: try optionalID(o, "proposition"), start: try optionalDate(o, "start"),
      end: try optionalDate(o, "end"), status: try choice(o, "status", default: .planned),
      learnings: try strings(o, "learnings"),
      painPoints: try array(o, "painPoints") { r, n in try r.painPoint(n) },
      decision: try optionalChoice(o, "decision"))
  }

  mutating func painPoint(_ node: JSONNode) throws -> PainPoint {
    let o = try object(node, known: ["id", "kind", "text"])
    return PainPoint(
      id: try id(o, in: node), kind: try choice(o, "kind", default: .other),
      text: try string(o, "text"))
  }
}
