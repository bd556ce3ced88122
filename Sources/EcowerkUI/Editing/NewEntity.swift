import EcowerkModel

/// A new, empty entity for a list, with fresh ids, and the field to type into first.
enum NewEntity {
  /// `choice` presets a kind where the list groups by one (a barrier's weten / willen /
  /// kunnen); `today` dates new conversations.
  static func make(
    for list: ListRef, in plan: Plan, choice: String? = nil, today: CalendarDate
  ) -> (entity: EntityValue, field: Field)? {
    switch list {
    case .systemFailures, .transformationFailures:
      return (.failure(Failure(id: plan.newID(Failure.self))), .description)
    case .segments:
      return (.segment(Segment(id: plan.newID(Segment.self))), .name)
    case .barriers:
      let kind = choice.flatMap(BarrierKind.init(rawValue:)) ?? .knowledge
      return (.barrier(Barrier(id: plan.newID(Barrier.self), kind: kind)), .text)
    case .pains, .gains:
      return (.need(Need(id: plan.newID(Need.self))), .text)
    case .conversations:
      return (
        .conversation(Conversation(id: plan.newID(Conversation.self), date: today)), .counterpart
      )
    case .propositions:
      return (.proposition(ValueProposition(id: plan.newID(ValueProposition.self))), .name)
    case .chainLinks:
      return (.chainLink(ChainLink(id: plan.newID(ChainLink.self))), .name)
    case .stakeholders:
      return (.stakeholder(Stakeholder(id: plan.newID(Stakeholder.self))), .name)
    case .orgFunctions:
      return (.orgFunction(OrgFunction(id: plan.newID(OrgFunction.self))), .name)
    case .businessModels:
      return (.businessModel(BusinessModel(id: plan.newID(BusinessModel.self))), .name)
    case .financeYears:
      let used = Set(plan.finance.map(\.year))
      guard let year = plan.horizon.first(where: { !used.contains($0) }) else { return nil }
      return (.financeYear(FinanceYear(year: year)), .costs)
    case .contributions:
      return nil
    case .reviews:
      return (
        .review(PeerReview(id: plan.newID(PeerReview.self), date: today, phase: plan.phase)), .note
      )
    case .scores:
      return nil
    case .nodes(let parent):
      let level = parent.flatMap { plan.node($0)?.level.childLevel } ?? .impact
      return (.node(ChangeNode(id: plan.newID(ChangeNode.self), level: level)), .title)
    case .assumptions:
      return (.assumption(Assumption(id: plan.newID(Assumption.self))), .text)
    case .nodeKPIs, .actionKPIs:
      return (.kpi(KPI(id: plan.newID(KPI.self))), .name)
    case .actions:
      return (.action(Action(id: plan.newID(Action.self))), .what)
    case .pilots:
      return (.pilot(Pilot(id: plan.newID(Pilot.self))), .name)
    case .painPoints:
      let kind = choice.flatMap(PainPointKind.init(rawValue:)) ?? .other
      return (.painPoint(PainPoint(id: plan.newID(PainPoint.self), kind: kind)), .text)
    case .changeLinks:
      return nil
    case .linkAssumptions:
      return (.assumption(Assumption(id: plan.newID(Assumption.self))), .text)
    case .measurements:
      return (
        .measurement(Measurement(id: plan.newID(Measurement.self), date: today)), .value
      )
    case .milestones(let kpi):
      // The year after the last milestone (this year for the first), up to the deadline (the
      // plan's last year without one); when those are taken, the first free year from the
      // plan's start. A milestone after the deadline would be due after the target.
      guard let kpi = plan.kpi(kpi) else { return nil }
      let used = Set(kpi.milestones.map(\.year))
      let last = kpi.deadline?.year ?? plan.horizon.upperBound
      let next = kpi.milestones.map(\.year).max().map { $0 + 1 } ?? today.year
      let first = min(plan.startYear, today.year)
      let free = { (years: ClosedRange<Int>) in years.first { !used.contains($0) } }
      guard
        let year = (next <= last ? free(next...last) : nil)
          ?? (first <= last ? free(first...last) : nil)
      else { return nil }
      return (.milestone(Milestone(year: year)), .value)
    case .criteria:
      return (.criterion(SuccessCriterion(id: plan.newID(SuccessCriterion.self))), .text)
    }
  }

  /// The fields entities are named by.
  static let namingFields: Set<Field> = [.name, .title, .what, .text, .description, .counterpart]

  /// The field a new entity of this kind is named by, where the editor opens.
  static func primaryField(of ref: EntityRef) -> Field? {
    switch ref {
    case .plan, .financeYear, .contribution, .score: return nil
    case .systemFailure, .transformationFailure: return .description
    case .barrier, .pain, .gain, .assumption, .painPoint, .linkAssumption, .criterion: return .text
    case .changeLink: return .rationale
    case .measurement, .milestone: return .value
    case .conversation: return .counterpart
    case .review: return .note
    case .node: return .title
    case .action: return .what
    default: return .name
    }
  }
}

/// A copy of an entity with fresh ids throughout (a segment's barriers and conversations, a
/// node's whole subtree), inserted right after the original.
enum Duplicate {
  static func edit(of ref: EntityRef, in plan: Plan, suffix: String) -> (Edit, EntityRef)? {
    guard let (list, index) = plan.location(of: ref), let entity = entityValue(ref, plan) else {
      return nil
    }
    var fresh = FreshIDs(plan: plan)
    let copy: EntityValue
    switch entity {
    case .failure(var value):
      value.id = fresh.next(Failure.self)
      copy = .failure(value)
    case .segment(var value):
      value.id = fresh.next(Segment.self)
      value.name += suffix
      value.alleyPosition = nil
      // The copy's pains, gains and barriers are its own: no proposition answers them yet.
      value.pains = value.pains.map {
        var need = $0
        need.id = fresh.next(Need.self)
        return need
      }
      value.gains = value.gains.map {
        var need = $0
        need.id = fresh.next(Need.self)
        return need
      }
      value.barriers = value.barriers.map {
        var b = $0; b.id = fresh.next(Barrier.self); return b
      }
      value.conversations = value.conversations.map {
        var c = $0
        c.id = fresh.next(Conversation.self)
        return c
      }
      copy = .segment(value)
    case .barrier(var value):
      value.id = fresh.next(Barrier.self)
      copy = .barrier(value)
    case .need(var value):
      value.id = fresh.next(Need.self)
      copy = .need(value)
    case .conversation(var value):
      value.id = fresh.next(Conversation.self)
      copy = .conversation(value)
    case .proposition(var value):
      value.id = fresh.next(ValueProposition.self)
      value.name += suffix
      copy = .proposition(value)
    case .chainLink(var value):
      value.id = fresh.next(ChainLink.self)
      value.name += suffix
      copy = .chainLink(value)
    case .stakeholder(var value):
      value.id = fresh.next(Stakeholder.self)
      value.name += suffix
      value.isOrchestrator = false
      copy = .stakeholder(value)
    case .orgFunction(var value):
      value.id = fresh.next(OrgFunction.self)
      value.name += suffix
      copy = .orgFunction(value)
    case .businessModel(var value):
      value.id = fresh.next(BusinessModel.self)
      value.name += suffix
      copy = .businessModel(value)
    case .node(let value):
      copy = .node(fresh.copy(value, suffix: suffix))
    case .assumption(var value):
      value.id = fresh.next(Assumption.self)
      copy = .assumption(value)
    case .kpi(let value):
      copy = .kpi(fresh.copy(value, suffix: suffix))
    case .action(var value):
      value.id = fresh.next(Action.self)
      value.what += suffix
      value.kpis = value.kpis.map { fresh.copy($0, suffix: "") }
      copy = .action(value)
    case .pilot(var value):
      value.id = fresh.next(Pilot.self)
      value.name += suffix
      value.painPoints = value.painPoints.map {
        var p = $0; p.id = fresh.next(PainPoint.self); return p
      }
      value.criteria = value.criteria.map {
        var c = $0; c.id = fresh.next(SuccessCriterion.self); return c
      }
      copy = .pilot(value)
    case .painPoint(var value):
      value.id = fresh.next(PainPoint.self)
      copy = .painPoint(value)
    case .measurement(var value):
      value.id = fresh.next(Measurement.self)
      copy = .measurement(value)
    case .criterion(var value):
      value.id = fresh.next(SuccessCriterion.self)
      copy = .criterion(value)
    case .financeYear, .contribution, .review, .score, .changeLink, .milestone:
      // A link duplicated would join the same two elements twice; a milestone, the same year.
      return nil
    }
    guard let newRef = copy.ref(in: list) else { return nil }
    return (.insert(copy, into: list, at: index + 1), newRef)
  }

  static func entityValue(_ ref: EntityRef, _ plan: Plan) -> EntityValue? {
    switch ref {
    case .systemFailure(let id):
      return plan.systemFailures.first { $0.id == id }.map(EntityValue.failure)
    case .transformationFailure(let id):
      return plan.transformationFailures.first { $0.id == id }.map(EntityValue.failure)
    case .segment(let id): return plan.segment(id).map(EntityValue.segment)
    case .barrier(let s, let id):
      return plan.segment(s)?.barriers.first { $0.id == id }.map(EntityValue.barrier)
    case .conversation(let s, let id):
      return plan.segment(s)?.conversations.first { $0.id == id }.map(EntityValue.conversation)
    case .proposition(let id):
      return plan.propositions.first { $0.id == id }.map(EntityValue.proposition)
    case .chainLink(let id): return plan.chainLinks.first { $0.id == id }.map(EntityValue.chainLink)
    case .stakeholder(let id): return plan.stakeholder(id).map(EntityValue.stakeholder)
    case .orgFunction(let id):
      return plan.jointOrganisation.first { $0.id == id }.map(EntityValue.orgFunction)
    case .businessModel(let id):
      return plan.businessModels.first { $0.id == id }.map(EntityValue.businessModel)
    case .node(let id): return plan.node(id).map(EntityValue.node)
    case .assumption(let n, let id):
      return plan.node(n)?.assumptions.first { $0.id == id }.map(EntityValue.assumption)
    case .nodeKPI(let n, let id):
      return plan.node(n)?.kpis.first { $0.id == id }.map(EntityValue.kpi)
    case .action(let id): return plan.actions.first { $0.id == id }.map(EntityValue.action)
    case .actionKPI(let a, let id):
      return plan.actions.first { $0.id == a }?.kpis.first { $0.id == id }.map(EntityValue.kpi)
    case .pilot(let id): return plan.pilots.first { $0.id == id }.map(EntityValue.pilot)
    case .painPoint(let p, let id):
      return plan.pilots.first { $0.id == p }?.painPoints.first { $0.id == id }.map(
        EntityValue.painPoint)
    case .linkAssumption(let l, let id):
      return plan.changeLinks.first { $0.id == l }?.assumptions.first { $0.id == id }.map(
        EntityValue.assumption)
    case .measurement(let k, let id):
      return plan.kpi(k)?.measurements.first { $0.id == id }.map(EntityValue.measurement)
    case .criterion(let p, let id):
      return plan.pilots.first { $0.id == p }?.criteria.first { $0.id == id }.map(
        EntityValue.criterion)
    default: return nil
    }
  }
}

/// Hands out ids that are new to the plan and to each other.
struct FreshIDs {
  let plan: Plan
  private var used: [String: Int] = [:]
  /// Ids handed out so far per type, fetched in growing batches: the plan is scanned once per
  /// batch, not once per id, so copying a large subtree stays cheap.
  private var pools: [String: [String]] = [:]

  init(plan: Plan) {
    self.plan = plan
  }

  mutating func next<T>(_ type: T.Type) -> EntityID<T> {
    let key = String(describing: type)
    let offset = used[key, default: 0]
    used[key] = offset + 1
    var pool = pools[key, default: []]
    if offset >= pool.count {
      pool = plan.newIDs(type, count: max(16, pool.count * 2)).map(\.rawValue)
      pools[key] = pool
    }
    return EntityID(pool[offset])
  }

  mutating func copy(_ node: ChangeNode, suffix: String) -> ChangeNode {
    var copy = node
    copy.id = next(ChangeNode.self)
    copy.title += suffix
    copy.assumptions = node.assumptions.map {
      var a = $0; a.id = next(Assumption.self); return a
    }
    copy.kpis = node.kpis.map { self.copy($0, suffix: "") }
    copy.children = node.children.map { self.copy($0, suffix: "") }
    return copy
  }

  /// A KPI with fresh ids for it and its measurements (a copy's cause names the same
  /// assumption: the original's reasons are the copy's until the room says otherwise).
  mutating func copy(_ kpi: KPI, suffix: String) -> KPI {
    var copy = kpi
    copy.id = next(KPI.self)
    copy.name += suffix
    copy.measurements = kpi.measurements.map {
      var m = $0; m.id = next(Measurement.self); return m
    }
    return copy
  }
}
