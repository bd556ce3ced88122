import EcowerkModel

/// Every kind of edit that can be made to a plan: a change of every field of every entity, an
/// insert into every list, the removal (with reference clean-up) of every entity, moves within
/// lists and of Theory of Change nodes. Each edit keeps the plan's invariants, so tests can
/// check both that the invariants hold after it and that its inverse restores the plan.
public enum EditCatalog {
  public static func edits(on plan: Plan) -> [Edit] {
    var edits: [Edit] = []
    for ref in plan.allRefs {
      for field in ref.fields {
        guard let current = plan.value(of: field, at: ref),
          let changed = changedValue(current, field: field, ref: ref, plan: plan),
          changed != current
        else { continue }
        edits.append(.set(ref, field, from: current, to: changed))
      }
      if let removal = plan.removal(of: ref) { edits.append(removal) }
    }
    edits += inserts(on: plan)
    edits += moves(on: plan)
    return edits
  }

  /// A different value of the same shape that keeps the plan valid, or nil to skip the field.
  public static func changedValue(_ value: FieldValue, field: Field, ref: EntityRef, plan: Plan)
    -> FieldValue?
  {
    switch value {
    case .text(let text):
      return .text(text + " (gewijzigd é)")
    case .texts(let texts):
      return .texts(texts + ["extra ë"])
    case .integer(let number):
      switch field {
      case .influence, .interest, .level: return .integer(((number ?? 1) % 5) + 1)
      case .startYear: return nil  // Moves the horizon away from the finance rows.
      case .horizonYears: return .integer((number ?? 6) + 1)
      default: return .integer((number ?? 0) + 1)
      }
    case .number(let number):
      return .number((number ?? 0) + 1.5)
    case .money(let amount):
      if amount == nil { return .money(Money(euros: 1_000)) }
      return .money((amount ?? .zero) + Money(cents: 12_345))
    case .flag(let flag):
      return .flag(!flag)
    case .date(let date):
      return .date(
        date.map { CalendarDate(dayNumber: $0.dayNumber + 1) } ?? CalendarDate(dayNumber: 20_000))
    case .choice(let raw):
      return nextChoice(raw, field: field, ref: ref)
    case .reference(let raw):
      let candidates = referenceCandidates(field: field, ref: ref, plan: plan)
      let other = candidates.first { $0 != raw }
      // A link's two ends are never empty: without another end to pick there is no edit.
      if case .changeLink = ref { return other.map { .reference($0) } }
      return .reference(other)
    case .references(let ids):
      if let first = ids.first { return .references(ids.filter { $0 != first }) }
      let candidates = referenceCandidates(field: field, ref: ref, plan: plan)
      return candidates.first.map { .references([$0]) }
    case .arrangements(let cells):
      guard let partner = plan.stakeholders.first?.id else { return nil }
      var changed = cells
      changed[partner] = (cells[partner] ?? .keep).next
      return .arrangements(changed)
    }
  }

  static func nextChoice(_ raw: String?, field: Field, ref: EntityRef) -> FieldValue? {
    func next<E: RawRepresentable<String> & CaseIterable>(_: E.Type) -> FieldValue
    where E.AllCases.Index == Int {
      let all = Array(E.allCases)
      let index = all.firstIndex { $0.rawValue == raw } ?? -1
      return .choice(all[(index + 1) % all.count].rawValue)
    }
    switch (ref, field) {
    case (.plan, .phase), (.review, .phase): return next(Phase.self)
    case (.stakeholder, .kind): return next(StakeholderKind.self)
    case (.stakeholder, .level): return next(GovernanceLevel.self)
    case (.barrier, .kind): return next(BarrierKind.self)
    case (.node, .level): return next(ChangeLevel.self)
    case (.assumption, .status), (.linkAssumption, .status): return next(AssumptionStatus.self)
    case (.nodeKPI, .cause), (.actionKPI, .cause):
      return raw == nil ? .choice(MissCause.execution.rawValue) : .choice(nil)
    case (.criterion, .comparison): return next(SuccessCriterion.Comparison.self)
    case (.action, .status): return next(ActionStatus.self)
    case (.pilot, .status): return next(PilotStatus.self)
    case (.pilot, .decision):
      return raw == nil ? .choice(PilotDecision.adjust.rawValue) : .choice(nil)
    case (.painPoint, .kind): return next(PainPointKind.self)
    default: return nil
    }
  }

  static func referenceCandidates(field: Field, ref: EntityRef, plan: Plan) -> [String] {
    switch field {
    case .owner: return plan.stakeholders.map(\.id.rawValue)
    case .node: return plan.allNodes().map(\.node.id.rawValue)
    case .segment: return plan.segments.map(\.id.rawValue)
    case .proposition: return plan.propositions.map(\.id.rawValue)
    case .chainLinks: return plan.chainLinks.map(\.id.rawValue)
    case .segments: return plan.segments.map(\.id.rawValue)
    case .ambassadors:
      guard case .segment(let id) = ref else { return [] }
      return plan.segments.map(\.id.rawValue).filter { $0 != id.rawValue }
    case .kpi: return plan.allKPIs().map(\.kpi.id.rawValue)
    case .causeAssumption:
      return plan.allNodes().flatMap { $0.node.assumptions.map(\.id.rawValue) }
        + plan.changeLinks.flatMap { $0.assumptions.map(\.id.rawValue) }
    case .from, .to:
      // Only the ends the network allows: another element that makes no loop and repeats
      // neither the tree nor another link.
      guard case .changeLink(let id) = ref,
        let link = plan.changeLinks.first(where: { $0.id == id })
      else { return [] }
      var others = plan
      others.changeLinks.removeAll { $0.id == id }
      return plan.allNodes().map(\.node.id).filter { node in
        field == .from
          ? node != link.from && others.linkRefusal(from: node, to: link.to) == nil
          : node != link.to && others.linkRefusal(from: link.from, to: node) == nil
      }.map(\.rawValue)
    default: return []
    }
  }

  static func inserts(on plan: Plan) -> [Edit] {
    var edits: [Edit] = []
    edits.append(
      .insert(
        .failure(Failure(id: plan.newID(Failure.self), description: "Nieuw")),
        into: .systemFailures, at: 0))
    edits.append(
      .insert(
        .failure(Failure(id: plan.newID(Failure.self))), into: .transformationFailures,
        at: plan.transformationFailures.count))
    edits.append(
      .insert(
        .segment(Segment(id: plan.newID(Segment.self), name: "Nieuw segment")), into: .segments,
        at: plan.segments.count))
    edits.append(
      .insert(
        .proposition(ValueProposition(id: plan.newID(ValueProposition.self))), into: .propositions,
        at: 0))
    edits.append(
      .insert(
        .chainLink(ChainLink(id: plan.newID(ChainLink.self), name: "Schakel")), into: .chainLinks,
        at: 0))
    edits.append(
      .insert(
        .stakeholder(Stakeholder(id: plan.newID(Stakeholder.self), name: "Nieuwe partij")),
        into: .stakeholders, at: 1 <= plan.stakeholders.count ? 1 : 0))
    edits.append(
      .insert(
        .orgFunction(OrgFunction(id: plan.newID(OrgFunction.self))), into: .orgFunctions, at: 0))
    edits.append(
      .insert(
        .businessModel(BusinessModel(id: plan.newID(BusinessModel.self))), into: .businessModels,
        at: 0))
    edits.append(
      .insert(
        .action(Action(id: plan.newID(Action.self), what: "Nieuw")), into: .actions,
        at: plan.actions.count))
    edits.append(.insert(.pilot(Pilot(id: plan.newID(Pilot.self))), into: .pilots, at: 0))
    edits.append(
      .insert(
        .node(ChangeNode(id: plan.newID(ChangeNode.self), level: .impact)),
        into: .nodes(parent: nil), at: plan.theoryOfChange.count))
    if let review = CalendarDate(year: 2026, month: 1, day: 1) {
      edits.append(
        .insert(
          .review(PeerReview(id: plan.newID(PeerReview.self), date: review, phase: plan.phase)),
          into: .reviews, at: plan.reviews.count))
    }
    if let segment = plan.segments.first {
      edits.append(
        .insert(
          .barrier(Barrier(id: plan.newID(Barrier.self), kind: .motivation)),
          into: .barriers(segment.id), at: 0))
      edits.append(
        .insert(
          .conversation(Conversation(id: plan.newID(Conversation.self))),
          into: .conversations(segment.id), at: 0))
    }
    if let (node, _) = plan.allNodes().first {
      edits.append(
        .insert(
          .node(ChangeNode(id: plan.newID(ChangeNode.self), level: node.level.childLevel)),
          into: .nodes(parent: node.id), at: 0))
      edits.append(
        .insert(
          .assumption(Assumption(id: plan.newID(Assumption.self))), into: .assumptions(node.id),
          at: 0))
      edits.append(.insert(.kpi(KPI(id: plan.newID(KPI.self))), into: .nodeKPIs(node.id), at: 0))
    }
    if let action = plan.actions.first {
      edits.append(
        .insert(.kpi(KPI(id: plan.newID(KPI.self))), into: .actionKPIs(action.id), at: 0))
    }
    if let pilot = plan.pilots.first {
      edits.append(
        .insert(
          .painPoint(PainPoint(id: plan.newID(PainPoint.self))), into: .painPoints(pilot.id), at: 0)
      )
      edits.append(
        .insert(
          .criterion(SuccessCriterion(id: plan.newID(SuccessCriterion.self), threshold: 3)),
          into: .criteria(pilot.id), at: pilot.criteria.count))
    }
    edits += networkInserts(on: plan)
    if let review = plan.reviews.first {
      edits.append(
        .insert(
          .score(ElementScore(element: "nieuw-element", level: 3)), into: .scores(review.id), at: 0)
      )
    }
    if let year = plan.finance.first,
      let partner = plan.stakeholders.first(where: { id in
        !year.contributions.contains { $0.partner == id.id }
      })
    {
      edits.append(
        .insert(
          .contribution(Contribution(partner: partner.id, cash: Money(euros: 10))),
          into: .contributions(year: year.year), at: 0))
    }
    let years = Set(plan.finance.map(\.year))
    if let free = plan.horizon.first(where: { !years.contains($0) }) {
      edits.append(.insert(.financeYear(FinanceYear(year: free)), into: .financeYears, at: 0))
    }
    return edits
  }

  /// A link between the first two elements the network allows, an assumption for the first
  /// link, and a measurement and a milestone for the first KPI.
  static func networkInserts(on plan: Plan) -> [Edit] {
    var edits: [Edit] = []
    let nodes = plan.allNodes().map(\.node.id)
    search: for from in nodes {
      for to in nodes where plan.linkRefusal(from: from, to: to) == nil {
        let link = ChangeLink(
          id: plan.newID(ChangeLink.self), from: from, to: to, rationale: "Want ë")
        edits.append(.insert(.changeLink(link), into: .changeLinks, at: plan.changeLinks.count))
        break search
      }
    }
    if let link = plan.changeLinks.first {
      edits.append(
        .insert(
          .assumption(Assumption(id: plan.newID(Assumption.self), text: "Aanname")),
          into: .linkAssumptions(link.id), at: 0))
    }
    if let (_, kpi) = plan.allKPIs().first {
      edits.append(
        .insert(
          .measurement(
            Measurement(
              id: plan.newID(Measurement.self), date: CalendarDate(dayNumber: 20_100),
              value: 4)),
          into: .measurements(kpi.id), at: kpi.measurements.count))
      let used = Set(kpi.milestones.map(\.year))
      if let year = plan.horizon.first(where: { !used.contains($0) }) {
        edits.append(
          .insert(
            .milestone(Milestone(year: year, value: 2)), into: .milestones(kpi.id),
            at: kpi.milestones.count))
      }
    }
    return edits
  }

  static func moves(on plan: Plan) -> [Edit] {
    var edits: [Edit] = []
    func move(_ count: Int, _ list: ListRef) {
      if count >= 2 { edits.append(.move(list, from: 0, to: count - 1)) }
    }
    move(plan.segments.count, .segments)
    move(plan.stakeholders.count, .stakeholders)
    move(plan.actions.count, .actions)
    move(plan.chainLinks.count, .chainLinks)
    move(plan.systemFailures.count, .systemFailures)
    move(plan.changeLinks.count, .changeLinks)
    if let (_, kpi) = plan.allKPIs().first(where: { $0.kpi.measurements.count >= 2 }) {
      move(kpi.measurements.count, .measurements(kpi.id))
    }
    move(plan.theoryOfChange.count, .nodes(parent: nil))
    for segment in plan.segments { move(segment.barriers.count, .barriers(segment.id)) }
    for (node, _) in plan.allNodes() {
      move(node.children.count, .nodes(parent: node.id))
      move(node.assumptions.count, .assumptions(node.id))
    }
    // Move the deepest leaf to the roots and back under another node.
    if let (leaf, _) = plan.allNodes().last(where: { $0.node.children.isEmpty }),
      let place = plan.place(of: leaf.id), place.parent != nil
    {
      edits.append(
        .moveNode(
          leaf.id, from: place, to: NodePlace(parent: nil, index: plan.theoryOfChange.count)))
      if let root = plan.theoryOfChange.first, root.id != leaf.id {
        edits.append(.moveNode(leaf.id, from: place, to: NodePlace(parent: root.id, index: 0)))
      }
    }
    return edits
  }
}
