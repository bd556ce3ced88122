/// Reading any entity's fields through its reference, so that forms, the editor and tests can
/// treat every kind of entity alike.
extension Plan {
  /// The entity at `ref`, as something whose fields can be read.
  public func entity(_ ref: EntityRef) -> (any FieldEditable)? {
    switch ref {
    case .plan: return self
    case .systemFailure(let id): return systemFailures.first { $0.id == id }
    case .transformationFailure(let id): return transformationFailures.first { $0.id == id }
    case .segment(let id): return segment(id)
    case .barrier(let segment, let id):
      return self.segment(segment)?.barriers.first { $0.id == id }
    case .pain(let segment, let id):
      return self.segment(segment)?.pains.first { $0.id == id }
    case .gain(let segment, let id):
      return self.segment(segment)?.gains.first { $0.id == id }
    case .conversation(let segment, let id):
      return self.segment(segment)?.conversations.first { $0.id == id }
    case .proposition(let id): return propositions.first { $0.id == id }
    case .chainLink(let id): return chainLinks.first { $0.id == id }
    case .stakeholder(let id): return stakeholder(id)
    case .orgFunction(let id): return jointOrganisation.first { $0.id == id }
    case .businessModel(let id): return businessModels.first { $0.id == id }
    case .financeYear(let year): return financeYear(year)
    case .contribution(let year, let partner):
      return financeYear(year)?.contributions.first { $0.partner == partner }
    case .review(let id): return reviews.first { $0.id == id }
    case .score(let review, let element):
      return reviews.first { $0.id == review }?.score(of: element)
    case .node(let id): return node(id)
    case .assumption(let node, let id): return self.node(node)?.assumptions.first { $0.id == id }
    case .nodeKPI(let node, let id): return self.node(node)?.kpis.first { $0.id == id }
    case .changeLink(let id): return changeLinks.first { $0.id == id }
    case .linkAssumption(let link, let id):
      return changeLinks.first { $0.id == link }?.assumptions.first { $0.id == id }
    case .measurement(let kpi, let id): return self.kpi(kpi)?.measurements.first { $0.id == id }
    case .milestone(let kpi, let year): return self.kpi(kpi)?.milestones.first { $0.year == year }
    case .criterion(let pilot, let id):
      return pilots.first { $0.id == pilot }?.criteria.first { $0.id == id }
    case .action(let id): return actions.first { $0.id == id }
    case .actionKPI(let action, let id):
      return actions.first { $0.id == action }?.kpis.first { $0.id == id }
    case .pilot(let id): return pilots.first { $0.id == id }
    case .painPoint(let pilot, let id):
      return pilots.first { $0.id == pilot }?.painPoints.first { $0.id == id }
    }
  }

  /// The current value of one field of one entity.
  public func value(of field: Field, at ref: EntityRef) -> FieldValue? {
    entity(ref)?.value(of: field)
  }

  /// The edit that sets a field to `value`, or nil when the entity or field does not exist or
  /// the value is already there.
  public func setting(_ field: Field, of ref: EntityRef, to value: FieldValue) -> Edit? {
    guard let current = self.value(of: field, at: ref), current != value else { return nil }
    return .set(ref, field, from: current, to: value)
  }

  public func segment(_ id: SegmentID) -> Segment? { segments.first { $0.id == id } }

  public func stakeholder(_ id: StakeholderID) -> Stakeholder? {
    stakeholders.first { $0.id == id }
  }

  /// Every entity in the plan, the plan itself first, in file order.
  public var allRefs: [EntityRef] {
    var refs: [EntityRef] = [.plan]
    refs += systemFailures.map { .systemFailure($0.id) }
    refs += transformationFailures.map { .transformationFailure($0.id) }
    for segment in segments {
      refs.append(.segment(segment.id))
      refs += segment.pains.map { .pain(segment.id, $0.id) }
      refs += segment.gains.map { .gain(segment.id, $0.id) }
      refs += segment.barriers.map { .barrier(segment.id, $0.id) }
      refs += segment.conversations.map { .conversation(segment.id, $0.id) }
    }
    refs += propositions.map { .proposition($0.id) }
    refs += chainLinks.map { .chainLink($0.id) }
    refs += stakeholders.map { .stakeholder($0.id) }
    refs += jointOrganisation.map { .orgFunction($0.id) }
    refs += businessModels.map { .businessModel($0.id) }
    for year in finance {
      refs.append(.financeYear(year.year))
      refs += year.contributions.map { .contribution(year: year.year, partner: $0.partner) }
    }
    for review in reviews {
      refs.append(.review(review.id))
      refs += review.scores.map { .score(review.id, element: $0.element) }
    }
    func kpiRefs(_ kpi: KPI, _ ref: EntityRef) -> [EntityRef] {
      [ref] + kpi.milestones.map { .milestone(kpi.id, year: $0.year) }
        + kpi.measurements.map { .measurement(kpi.id, $0.id) }
    }
    for (node, _) in allNodes() {
      refs.append(.node(node.id))
      refs += node.assumptions.map { .assumption(node.id, $0.id) }
      refs += node.kpis.flatMap { kpiRefs($0, .nodeKPI(node.id, $0.id)) }
    }
    for link in changeLinks {
      refs.append(.changeLink(link.id))
      refs += link.assumptions.map { .linkAssumption(link.id, $0.id) }
    }
    for action in actions {
      refs.append(.action(action.id))
      refs += action.kpis.flatMap { kpiRefs($0, .actionKPI(action.id, $0.id)) }
    }
    for pilot in pilots {
      refs.append(.pilot(pilot.id))
      refs += pilot.painPoints.map { .painPoint(pilot.id, $0.id) }
      refs += pilot.criteria.map { .criterion(pilot.id, $0.id) }
    }
    return refs
  }
}

extension EntityRef {
  /// The fields of the kind of entity this refers to.
  public var fields: [Field] { kind.fields }
}
