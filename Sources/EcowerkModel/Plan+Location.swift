/// Where an entity sits: the list that holds it and its index there.
extension Plan {
  /// The list and index of the entity `ref` refers to, or nil for the plan itself or an entity
  /// that is not there.
  public func location(of ref: EntityRef) -> (list: ListRef, index: Int)? {
    func index<T: Identifiable>(_ items: [T], _ id: T.ID) -> Int? {
      items.firstIndex { $0.id == id }
    }
    func at(_ list: ListRef, _ position: Int?) -> (ListRef, Int)? {
      position.map { (list, $0) }
    }
    switch ref {
    case .plan: return nil
    case .systemFailure(let id): return at(.systemFailures, index(systemFailures, id))
    case .transformationFailure(let id):
      return at(.transformationFailures, index(transformationFailures, id))
    case .segment(let id): return at(.segments, index(segments, id))
    case .barrier(let segment, let id):
      return at(.barriers(segment), self.segment(segment).flatMap { index($0.barriers, id) })
    case .pain(let segment, let id):
      return at(.pains(segment), self.segment(segment).flatMap { index($0.pains, id) })
    case .gain(let segment, let id):
      return at(.gains(segment), self.segment(segment).flatMap { index($0.gains, id) })
    case .conversation(let segment, let id):
      return at(
        .conversations(segment), self.segment(segment).flatMap { index($0.conversations, id) })
    case .proposition(let id): return at(.propositions, index(propositions, id))
    case .chainLink(let id): return at(.chainLinks, index(chainLinks, id))
    case .stakeholder(let id): return at(.stakeholders, index(stakeholders, id))
    case .orgFunction(let id): return at(.orgFunctions, index(jointOrganisation, id))
    case .businessModel(let id): return at(.businessModels, index(businessModels, id))
    case .financeYear(let year): return at(.financeYears, finance.firstIndex { $0.year == year })
    case .contribution(let year, let partner):
      return at(
        .contributions(year: year),
        financeYear(year)?.contributions.firstIndex { $0.partner == partner })
    case .review(let id): return at(.reviews, index(reviews, id))
    case .score(let review, let element):
      return at(
        .scores(review),
        reviews.first { $0.id == review }?.scores.firstIndex { $0.element == element })
    case .node(let id):
      guard let place = place(of: id) else { return nil }
      return (.nodes(parent: place.parent), place.index)
    case .assumption(let node, let id):
      return at(.assumptions(node), self.node(node).flatMap { index($0.assumptions, id) })
    case .nodeKPI(let node, let id):
      return at(.nodeKPIs(node), self.node(node).flatMap { index($0.kpis, id) })
    case .changeLink(let id): return at(.changeLinks, index(changeLinks, id))
    case .linkAssumption(let link, let id):
      return at(
        .linkAssumptions(link),
        changeLinks.first { $0.id == link }.flatMap { index($0.assumptions, id) })
    case .measurement(let kpi, let id):
      return at(.measurements(kpi), self.kpi(kpi).flatMap { index($0.measurements, id) })
    case .milestone(let kpi, let year):
      return at(.milestones(kpi), self.kpi(kpi)?.milestones.firstIndex { $0.year == year })
    case .criterion(let pilot, let id):
      return at(
        .criteria(pilot), pilots.first { $0.id == pilot }.flatMap { index($0.criteria, id) })
    case .action(let id): return at(.actions, index(actions, id))
    case .actionKPI(let action, let id):
      return at(
        .actionKPIs(action), actions.first { $0.id == action }.flatMap { index($0.kpis, id) })
    case .pilot(let id): return at(.pilots, index(pilots, id))
    case .painPoint(let pilot, let id):
      return at(
        .painPoints(pilot), pilots.first { $0.id == pilot }.flatMap { index($0.painPoints, id) })
    }
  }

  /// The number of entities in a list, or nil when the list's owner is not there.
  public func count(of list: ListRef) -> Int? {
    switch list {
    case .systemFailures: return systemFailures.count
    case .transformationFailures: return transformationFailures.count
    case .segments: return segments.count
    case .barriers(let id): return segment(id)?.barriers.count
    case .pains(let id): return segment(id)?.pains.count
    case .gains(let id): return segment(id)?.gains.count
    case .conversations(let id): return segment(id)?.conversations.count
    case .propositions: return propositions.count
    case .chainLinks: return chainLinks.count
    case .stakeholders: return stakeholders.count
    case .orgFunctions: return jointOrganisation.count
    case .businessModels: return businessModels.count
    case .financeYears: return finance.count
    case .contributions(let year): return financeYear(year)?.contributions.count
    case .reviews: return reviews.count
    case .scores(let id): return reviews.first { $0.id == id }?.scores.count
    case .nodes(let parent):
      guard let parent else { return theoryOfChange.count }
      return node(parent)?.children.count
    case .assumptions(let id): return node(id)?.assumptions.count
    case .nodeKPIs(let id): return node(id)?.kpis.count
    case .actions: return actions.count
    case .actionKPIs(let id): return actions.first { $0.id == id }?.kpis.count
    case .pilots: return pilots.count
    case .painPoints(let id): return pilots.first { $0.id == id }?.painPoints.count
    case .changeLinks: return changeLinks.count
    case .linkAssumptions(let id): return changeLinks.first { $0.id == id }?.assumptions.count
    case .measurements(let id): return kpi(id)?.measurements.count
    case .milestones(let id): return kpi(id)?.milestones.count
    case .criteria(let id): return pilots.first { $0.id == id }?.criteria.count
    }
  }
}

extension EntityValue {
  /// The reference of this entity once it is in `list`.
  public func ref(in list: ListRef) -> EntityRef? {
    switch (self, list) {
    case (.failure(let value), .systemFailures): return .systemFailure(value.id)
    case (.failure(let value), .transformationFailures): return .transformationFailure(value.id)
    case (.segment(let value), _): return .segment(value.id)
    case (.barrier(let value), .barriers(let segment)): return .barrier(segment, value.id)
    case (.need(let value), .pains(let segment)): return .pain(segment, value.id)
    case (.need(let value), .gains(let segment)): return .gain(segment, value.id)
    case (.conversation(let value), .conversations(let segment)):
      return .conversation(segment, value.id)
    case (.proposition(let value), _): return .proposition(value.id)
    case (.chainLink(let value), _): return .chainLink(value.id)
    case (.stakeholder(let value), _): return .stakeholder(value.id)
    case (.orgFunction(let value), _): return .orgFunction(value.id)
    case (.businessModel(let value), _): return .businessModel(value.id)
    case (.financeYear(let value), _): return .financeYear(value.year)
    case (.contribution(let value), .contributions(let year)):
      return .contribution(year: year, partner: value.partner)
    case (.review(let value), _): return .review(value.id)
    case (.score(let value), .scores(let review)): return .score(review, element: value.element)
    case (.node(let value), _): return .node(value.id)
    case (.assumption(let value), .assumptions(let node)): return .assumption(node, value.id)
    case (.kpi(let value), .nodeKPIs(let node)): return .nodeKPI(node, value.id)
    case (.kpi(let value), .actionKPIs(let action)): return .actionKPI(action, value.id)
    case (.action(let value), _): return .action(value.id)
    case (.pilot(let value), _): return .pilot(value.id)
    case (.painPoint(let value), .painPoints(let pilot)): return .painPoint(pilot, value.id)
    case (.changeLink(let value), _): return .changeLink(value.id)
    case (.assumption(let value), .linkAssumptions(let link)):
      return .linkAssumption(link, value.id)
    case (.measurement(let value), .measurements(let kpi)): return .measurement(kpi, value.id)
    case (.milestone(let value), .milestones(let kpi)): return .milestone(kpi, year: value.year)
    case (.criterion(let value), .criteria(let pilot)): return .criterion(pilot, value.id)
    default: return nil
    }
  }
}
