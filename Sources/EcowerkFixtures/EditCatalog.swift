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
      return .reference(candidates.first { $0 != raw })
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
    case (.assumption, .status): return next(AssumptionStatus.self)
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
    }
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
