import EcowerkJSON
import EcowerkModel

/// The blueprint's entities (joint organisation, business models, finance, peer review) and
/// the action step's (Theory of Change, actions, pilots), read as `JSONReader+Plan` reads them.
extension FastPlanReader {
  mutating func orgFunction() throws(Unexpected) -> OrgFunction {
    var value = OrgFunction(id: OrgFunctionID(""))
    try requireID(
      object { (r, key) throws(Unexpected) -> UInt32? in
        switch key {
        case "id": value.id = try r.id(); return 1
        case "name": value.name = try r.text(); return 2
        case "description": value.description = try r.text(); return 4
        case "arrangements": value.arrangements = try r.arrangements(); return 8
        default: return nil
        }
      })
    return value
  }

  /// Partner id → keep / share / hand over.
  mutating func arrangements() throws(Unexpected) -> [StakeholderID: Arrangement] {
    if pull.skipNull() { return [:] }
    var result: [StakeholderID: Arrangement] = [:]
    var first = true
    try pull.beginObject()
    while let key = try pull.nextKey(&first) {
      guard result.count < maxObjectMembers, let value = Arrangement(rawValue: try pull.string()),
        result.updateValue(value, forKey: StakeholderID(key)) == nil
      else { throw Unexpected() }
    }
    return result
  }

  mutating func businessModel() throws(Unexpected) -> BusinessModel {
    var value = BusinessModel(id: BusinessModelID(""))
    try requireID(
      object { (r, key) throws(Unexpected) -> UInt32? in
        switch key {
        case "id": value.id = try r.id(); return 1
        case "name": value.name = try r.text(); return 2
        case "customer": value.customer = try r.text(); return 4
        case "revenue": value.revenue = try r.text(); return 8
        case "description": value.description = try r.text(); return 16
        default: return nil
        }
      })
    return value
  }

  mutating func financeYear() throws(Unexpected) -> FinanceYear {
    var value = FinanceYear(year: 0)
    let seen = try object { (r, key) throws(Unexpected) -> UInt32? in
      switch key {
      case "year": value.year = try r.integer(); return 1
      case "contributions":
        value.contributions = try r.list { (r) throws(Unexpected) in try r.contribution() }
        return 2
      case "ngf": value.ngf = try r.optionalMoney() ?? .zero; return 4
      case "income": value.income = try r.optionalMoney() ?? .zero; return 8
      case "costs": value.costs = try r.optionalMoney() ?? .zero; return 16
      case "actualNGF": value.actualNGF = try r.optionalMoney(); return 32
      case "actualIncome": value.actualIncome = try r.optionalMoney(); return 64
      case "actualCosts": value.actualCosts = try r.optionalMoney(); return 128
      default: return nil
      }
    }
    try requireID(seen)
    return value
  }

  mutating func contribution() throws(Unexpected) -> Contribution {
    var value = Contribution(partner: StakeholderID(""))
    let seen = try object { (r, key) throws(Unexpected) -> UInt32? in
      switch key {
      case "partner": value.partner = try r.id(); return 1
      case "cash": value.cash = try r.optionalMoney() ?? .zero; return 2
      case "inKind": value.inKind = try r.optionalMoney() ?? .zero; return 4
      case "actualCash": value.actualCash = try r.optionalMoney(); return 8
      case "actualInKind": value.actualInKind = try r.optionalMoney(); return 16
      default: return nil
      }
    }
    try requireID(seen)
    return value
  }

  mutating func review() throws(Unexpected) -> PeerReview {
    var id: ReviewID?
    var date: CalendarDate?
    var phase: Phase?
    var scores: [ElementScore] = []
    var note = ""
    _ = try object { (r, key) throws(Unexpected) -> UInt32? in
      switch key {
      case "id": id = try r.id(); return 1
      case "date": date = try r.date(); return 2
      case "phase": phase = try r.choice(); return 4
      case "note": note = try r.text(); return 8
      case "scores":
        scores = try r.list { (r) throws(Unexpected) in try r.score() }
        return 16
      default: return nil
      }
    }
    guard let id, let date, let phase else { throw Unexpected() }
    return PeerReview(id: id, date: date, phase: phase, scores: scores, note: note)
  }

  mutating func score() throws(Unexpected) -> ElementScore {
    var element: String?
    var level: Int?
    var note = ""
    _ = try object { (r, key) throws(Unexpected) -> UInt32? in
      switch key {
      case "element":
        let id: EntityID<ElementScore> = try r.id()
        element = id.rawValue
        return 1
      case "level": level = try r.integer(); return 2
      case "note": note = try r.text(); return 4
      default: return nil
      }
    }
    guard let element, let level else { throw Unexpected() }
    return ElementScore(element: element, level: level, note: note)
  }

  mutating func node() throws(Unexpected) -> ChangeNode {
    var value = ChangeNode(id: NodeID(""), level: .activity)
    let seen = try object { (r, key) throws(Unexpected) -> UInt32? in
      switch key {
      case "id": value.id = try r.id(); return 1
      case "level": value.level = try r.choice(); return 2
      case "title": value.title = try r.text(); return 4
      case "description": value.description = try r.text(); return 8
      case "owner": value.owner = try r.optionalID(); return 16
      case "assumptions":
        value.assumptions = try r.list { (r) throws(Unexpected) in try r.assumption() }
        return 32
      case "kpis":
        value.kpis = try r.list { (r) throws(Unexpected) in try r.kpi() }
        return 64
      case "children":
        value.children = try r.list { (r) throws(Unexpected) in try r.node() }
        return 128
      default: return nil
      }
    }
    guard seen & 3 == 3 else { throw Unexpected() }
    return value
  }

  mutating func assumption() throws(Unexpected) -> Assumption {
    var value = Assumption(id: AssumptionID(""))
    try requireID(
      object { (r, key) throws(Unexpected) -> UInt32? in
        switch key {
        case "id": value.id = try r.id(); return 1
        case "text": value.text = try r.text(); return 2
        case "status": value.status = try r.optionalChoice() ?? .untested; return 4
        case "planB": value.planB = try r.text(); return 8
        default: return nil
        }
      })
    return value
  }

  mutating func kpi() throws(Unexpected) -> KPI {
    var value = KPI(id: KPIID(""))
    try requireID(
      object { (r, key) throws(Unexpected) -> UInt32? in
        switch key {
        case "id": value.id = try r.id(); return 1
        case "name": value.name = try r.text(); return 2
        case "unit": value.unit = try r.text(); return 4
        case "baseline": value.baseline = try r.optionalNumber(); return 8
        case "target": value.target = try r.optionalNumber(); return 16
        case "actual": value.actual = try r.optionalNumber(); return 32
        case "deadline": value.deadline = try r.optionalDate(); return 64
        default: return nil
        }
      })
    return value
  }

  mutating func action() throws(Unexpected) -> Action {
    var value = Action(id: ActionID(""))
    try requireID(
      object { (r, key) throws(Unexpected) -> UInt32? in
        switch key {
        case "id": value.id = try r.id(); return 1
        case "what": value.what = try r.text(); return 1 << 1
        case "owner": value.owner = try r.optionalID(); return 1 << 2
        case "start": value.start = try r.optionalDate(); return 1 << 3
        case "end": value.end = try r.optionalDate(); return 1 << 4
        case "output": value.output = try r.text(); return 1 << 5
        case "node": value.node = try r.optionalID(); return 1 << 6
        case "status": value.status = try r.optionalChoice() ?? .planned; return 1 << 7
        case "kpis":
          value.kpis = try r.list { (r) throws(Unexpected) in try r.kpi() }
          return 1 << 8
        default: return nil
        }
      })
    return value
  }

  mutating func pilot() throws(Unexpected) -> Pilot {
    var value = Pilot(id: PilotID(""))
    try requireID(
      object { (r, key) throws(Unexpected) -> UInt32? in
        switch key {
        case "id": value.id = try r.id(); return 1
        case "name": value.name = try r.text(); return 1 << 1
        case "hypothesis": value.hypothesis = try r.text(); return 1 << 2
        case "segment": value.segment = try r.optionalID(); return 1 << 3
        case "proposition": value.proposition = try r.optionalID(); return 1 << 4
        case "start": value.start = try r.optionalDate(); return 1 << 5
        case "end": value.end = try r.optionalDate(); return 1 << 6
        case "status": value.status = try r.optionalChoice() ?? .planned; return 1 << 7
        case "learnings": value.learnings = try r.texts(); return 1 << 8
        case "painPoints":
          value.painPoints = try r.list { (r) throws(Unexpected) in try r.painPoint() }
          return 1 << 9
        case "decision": value.decision = try r.optionalChoice(); return 1 << 10
        default: return nil
        }
      })
    return value
  }

  mutating func painPoint() throws(Unexpected) -> PainPoint {
    var value = PainPoint(id: PainPointID(""))
    try requireID(
      object { (r, key) throws(Unexpected) -> UInt32? in
        switch key {
        case "id": value.id = try r.id(); return 1
        case "kind": value.kind = try r.optionalChoice() ?? .other; return 2
        case "text": value.text = try r.text(); return 4
        default: return nil
        }
      })
    return value
  }
}
