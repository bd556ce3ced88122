/// Who refers to whom, and deleting without leaving a dangling reference behind.
extension Plan {
  /// One place that refers to an entity.
  public struct Referrer: Hashable, Sendable {
    /// The entity that holds the reference.
    public var holder: EntityRef
    public var field: Field
  }

  /// The places that refer to `ref`; deleting it clears them.
  public func referrers(of ref: EntityRef) -> [Referrer] {
    cleanupEdits(for: ref).compactMap { edit in
      switch edit {
      case .set(let holder, let field, _, _): return Referrer(holder: holder, field: field)
      case .remove(.contribution, .contributions(let year), _):
        if case .stakeholder(let id) = ref {
          return Referrer(holder: .contribution(year: year, partner: id), field: .cash)
        }
        return nil
      default: return nil
      }
    }
  }

  /// The edit that deletes `ref` and clears every reference to it, as one group, so that undo
  /// puts back the entity and every reference together. Nil when the entity is not there.
  public func removal(of ref: EntityRef) -> Edit? {
    guard let remove = removeEdit(for: ref) else { return nil }
    let cleanup = cleanupEdits(for: ref)
    return cleanup.isEmpty ? remove : .group(cleanup + [remove])
  }

  private func removeEdit(for ref: EntityRef) -> Edit? {
    func remove<T: Identifiable>(
      _ list: [T], _ id: T.ID, _ listRef: ListRef, _ wrap: (T) -> EntityValue
    ) -> Edit? {
      guard let index = list.firstIndex(where: { $0.id == id }) else { return nil }
      return .remove(wrap(list[index]), from: listRef, at: index)
    }
    switch ref {
    case .plan: return nil
    case .systemFailure(let id):
      return remove(systemFailures, id, .systemFailures, EntityValue.failure)
    case .transformationFailure(let id):
      return remove(transformationFailures, id, .transformationFailures, EntityValue.failure)
    case .segment(let id): return remove(segments, id, .segments, EntityValue.segment)
    case .barrier(let segment, let id):
      guard let s = segments.first(where: { $0.id == segment }) else { return nil }
      return remove(s.barriers, id, .barriers(segment), EntityValue.barrier)
    case .pain(let segment, let id):
      guard let s = segments.first(where: { $0.id == segment }) else { return nil }
      return remove(s.pains, id, .pains(segment), EntityValue.need)
    case .gain(let segment, let id):
      guard let s = segments.first(where: { $0.id == segment }) else { return nil }
      return remove(s.gains, id, .gains(segment), EntityValue.need)
    case .conversation(let segment, let id):
      guard let s = segments.first(where: { $0.id == segment }) else { return nil }
      return remove(s.conversations, id, .conversations(segment), EntityValue.conversation)
    case .proposition(let id):
      return remove(propositions, id, .propositions, EntityValue.proposition)
    case .chainLink(let id): return remove(chainLinks, id, .chainLinks, EntityValue.chainLink)
    case .stakeholder(let id):
      return remove(stakeholders, id, .stakeholders, EntityValue.stakeholder)
    case .orgFunction(let id):
      return remove(jointOrganisation, id, .orgFunctions, EntityValue.orgFunction)
    case .businessModel(let id):
      return remove(businessModels, id, .businessModels, EntityValue.businessModel)
    case .financeYear(let year):
      guard let index = finance.firstIndex(where: { $0.year == year }) else { return nil }
      return .remove(.financeYear(finance[index]), from: .financeYears, at: index)
    case .contribution(let year, let partner):
      guard let y = finance.first(where: { $0.year == year }),
        let index = y.contributions.firstIndex(where: { $0.partner == partner })
      else { return nil }
      return .remove(
        .contribution(y.contributions[index]), from: .contributions(year: year), at: index)
    case .review(let id): return remove(reviews, id, .reviews, EntityValue.review)
    case .score(let review, let element):
      guard let r = reviews.first(where: { $0.id == review }),
        let index = r.scores.firstIndex(where: { $0.element == element })
      else { return nil }
      return .remove(.score(r.scores[index]), from: .scores(review), at: index)
    case .node(let id):
      guard let place = place(of: id), let node = node(id) else { return nil }
      return .remove(.node(node), from: .nodes(parent: place.parent), at: place.index)
    case .assumption(let nodeID, let id):
      guard let n = node(nodeID) else { return nil }
      return remove(n.assumptions, id, .assumptions(nodeID), EntityValue.assumption)
    case .nodeKPI(let nodeID, let id):
      guard let n = node(nodeID) else { return nil }
      return remove(n.kpis, id, .nodeKPIs(nodeID), EntityValue.kpi)
    case .changeLink(let id):
      return remove(changeLinks, id, .changeLinks, EntityValue.changeLink)
    case .linkAssumption(let link, let id):
      guard let l = changeLinks.first(where: { $0.id == link }) else { return nil }
      return remove(l.assumptions, id, .linkAssumptions(link), EntityValue.assumption)
    case .measurement(let kpi, let id):
      guard let k = self.kpi(kpi) else { return nil }
      return remove(k.measurements, id, .measurements(kpi), EntityValue.measurement)
    case .milestone(let kpi, let year):
      guard let k = self.kpi(kpi), let index = k.milestones.firstIndex(where: { $0.year == year })
      else { return nil }
      return .remove(.milestone(k.milestones[index]), from: .milestones(kpi), at: index)
    case .criterion(let pilot, let id):
      guard let p = pilots.first(where: { $0.id == pilot }) else { return nil }
      return remove(p.criteria, id, .criteria(pilot), EntityValue.criterion)
    case .action(let id): return remove(actions, id, .actions, EntityValue.action)
    case .actionKPI(let action, let id):
      guard let a = actions.first(where: { $0.id == action }) else { return nil }
      return remove(a.kpis, id, .actionKPIs(action), EntityValue.kpi)
    case .pilot(let id): return remove(pilots, id, .pilots, EntityValue.pilot)
    case .painPoint(let pilot, let id):
      guard let p = pilots.first(where: { $0.id == pilot }) else { return nil }
      return remove(p.painPoints, id, .painPoints(pilot), EntityValue.painPoint)
    }
  }

  /// The edits that clear every reference to `ref`, in an order that can be applied before
  /// the removal itself.
  private func cleanupEdits(for ref: EntityRef) -> [Edit] {
    var edits: [Edit] = []
    switch ref {
    case .segment(let id):
      for other in segments where other.ambassadors.contains(id) {
        edits.append(
          .set(
            .segment(other.id), .ambassadors, from: .references(other.ambassadors),
            to: .references(other.ambassadors.filter { $0 != id })))
      }
      // The segment's pains, gains and barriers go with it, and so do the answers to them.
      let needs =
        segment(id).map { segment in
          Set(segment.pains.map(\.id.rawValue) + segment.gains.map(\.id.rawValue))
        } ?? []
      let barriers = Set(segment(id)?.barriers.map(\.id.rawValue) ?? [])
      for proposition in propositions {
        let ref = EntityRef.proposition(proposition.id)
        clear(id, in: proposition.segments, field: .segments, of: ref, into: &edits)
        clear(needs, in: proposition.relieves, field: .relieves, of: ref, into: &edits)
        clear(needs, in: proposition.creates, field: .creates, of: ref, into: &edits)
        clear(barriers, in: proposition.removes, field: .removes, of: ref, into: &edits)
      }
      for pilot in pilots where pilot.segment == id {
        edits.append(.set(.pilot(pilot.id), .segment, from: .reference(id), to: .reference(nil)))
      }
      for model in businessModels {
        clear(id, in: model.segments, field: .segments, of: .businessModel(model.id), into: &edits)
      }
      for (node, _) in allNodes() where node.segments.contains(id) {
        clear(id, in: node.segments, field: .segments, of: .node(node.id), into: &edits)
      }
    case .pain(_, let id):
      for proposition in propositions {
        clear(
          id, in: proposition.relieves, field: .relieves, of: .proposition(proposition.id),
          into: &edits)
      }
    case .gain(_, let id):
      for proposition in propositions {
        clear(
          id, in: proposition.creates, field: .creates, of: .proposition(proposition.id),
          into: &edits)
      }
    case .barrier(_, let id):
      for proposition in propositions {
        clear(
          id, in: proposition.removes, field: .removes, of: .proposition(proposition.id),
          into: &edits)
      }
    case .systemFailure(let id):
      for (node, _) in allNodes() where node.systemFailures.contains(id) {
        clear(
          id, in: node.systemFailures, field: .systemFailures, of: .node(node.id),
          into: &edits)
      }
    case .transformationFailure(let id):
      for (node, _) in allNodes() where node.transformationFailures.contains(id) {
        clear(
          id, in: node.transformationFailures, field: .transformationFailures, of: .node(node.id),
          into: &edits)
      }
    case .proposition(let id):
      for pilot in pilots where pilot.proposition == id {
        edits.append(
          .set(.pilot(pilot.id), .proposition, from: .reference(id), to: .reference(nil)))
      }
      for failure in systemFailures {
        clear(
          id, in: failure.propositions, field: .propositions,
          of: .systemFailure(failure.id), into: &edits)
      }
      for failure in transformationFailures {
        clear(
          id, in: failure.propositions, field: .propositions,
          of: .transformationFailure(failure.id), into: &edits)
      }
      for stakeholder in stakeholders {
        clear(
          id, in: stakeholder.propositions, field: .propositions,
          of: .stakeholder(stakeholder.id), into: &edits)
      }
      for model in businessModels {
        clear(
          id, in: model.propositions, field: .propositions, of: .businessModel(model.id),
          into: &edits)
      }
    case .chainLink(let id):
      for stakeholder in stakeholders where stakeholder.chainLinks.contains(id) {
        edits.append(
          .set(
            .stakeholder(stakeholder.id), .chainLinks, from: .references(stakeholder.chainLinks),
            to: .references(stakeholder.chainLinks.filter { $0 != id })))
      }
    case .stakeholder(let id):
      for (failure, ref) in allFailures {
        clear(id, in: failure.parties, field: .parties, of: ref, into: &edits)
        clear(id, in: failure.between, field: .between, of: ref, into: &edits)
        clear(id, in: failure.partners, field: .partners, of: ref, into: &edits)
      }
      for function in jointOrganisation where function.arrangements[id] != nil {
        var without = function.arrangements
        without[id] = nil
        edits.append(
          .set(
            .orgFunction(function.id), .arrangements, from: .arrangements(function.arrangements),
            to: .arrangements(without)))
      }
      for year in finance {
        if let index = year.contributions.firstIndex(where: { $0.partner == id }) {
          edits.append(
            .remove(
              .contribution(year.contributions[index]), from: .contributions(year: year.year),
              at: index))
        }
      }
      for (node, _) in allNodes() where node.owner == id {
        edits.append(.set(.node(node.id), .owner, from: .reference(id), to: .reference(nil)))
      }
      for action in actions where action.owner == id {
        edits.append(.set(.action(action.id), .owner, from: .reference(id), to: .reference(nil)))
      }
    case .node(let id):
      guard let node = node(id) else { break }
      let removed = Set(node.subtreeIDs)
      for action in actions {
        if let linked = action.node, removed.contains(linked) {
          edits.append(
            .set(.action(action.id), .node, from: .reference(linked), to: .reference(nil)))
        }
      }
      // The links that touch the subtree go with it, the last first so that each index holds
      // when its turn comes; references to their assumptions and to the subtree's are cleared.
      var assumptions = Set(node.subtreeNodes.flatMap { $0.assumptions.map(\.id) })
      var links: [(Int, ChangeLink)] = []
      for (index, link) in changeLinks.enumerated()
      where removed.contains(link.from) || removed.contains(link.to) {
        links.append((index, link))
        assumptions.formUnion(link.assumptions.map(\.id))
      }
      edits += clearingCauses(assumptions, keeping: removed)
      edits += clearingCriteria(Set(node.subtreeNodes.flatMap { $0.kpis.map(\.id) }))
      for (index, link) in links.reversed() {
        edits.append(.remove(.changeLink(link), from: .changeLinks, at: index))
      }
    case .changeLink(let id):
      guard let link = changeLinks.first(where: { $0.id == id }) else { break }
      edits += clearingCauses(Set(link.assumptions.map(\.id)), keeping: [])
    case .assumption(_, let id), .linkAssumption(_, let id):
      edits += clearingCauses([id], keeping: [])
    case .nodeKPI(_, let id), .actionKPI(_, let id):
      edits += clearingCriteria([id])
    case .action(let id):
      guard let action = actions.first(where: { $0.id == id }) else { break }
      edits += clearingCriteria(Set(action.kpis.map(\.id)))
    default:
      break
    }
    return edits
  }

  /// Clears the cause of every KPI that names one of `assumptions`, except the KPIs of the
  /// nodes in `removed` (they go themselves).
  private func clearingCauses(_ assumptions: Set<AssumptionID>, keeping removed: Set<NodeID>)
    -> [Edit]
  {
    guard !assumptions.isEmpty else { return [] }
    var edits: [Edit] = []
    for (ref, kpi) in allKPIs() {
      guard let cause = kpi.causeAssumption, assumptions.contains(cause) else { continue }
      if case .nodeKPI(let node, _) = ref, removed.contains(node) { continue }
      edits.append(
        .set(ref, .causeAssumption, from: .reference(cause.rawValue), to: .reference(nil)))
    }
    return edits
  }

  /// Clears every pilot's success criterion that is measured by one of `kpis`.
  private func clearingCriteria(_ kpis: Set<KPIID>) -> [Edit] {
    guard !kpis.isEmpty else { return [] }
    var edits: [Edit] = []
    for pilot in pilots {
      for criterion in pilot.criteria {
        guard let kpi = criterion.kpi, kpis.contains(kpi) else { continue }
        edits.append(
          .set(
            .criterion(pilot.id, criterion.id), .kpi, from: .reference(kpi.rawValue),
            to: .reference(nil)))
      }
    }
    return edits
  }

  /// The edit that takes `id` out of a list of references, when it is in it.
  private func clear<T>(
    _ id: EntityID<T>, in list: [EntityID<T>], field: Field, of holder: EntityRef,
    into edits: inout [Edit]
  ) {
    clear([id.rawValue], in: list, field: field, of: holder, into: &edits)
  }

  /// The edit that takes every one of `ids` out of a list of references, when any is in it.
  private func clear<T>(
    _ ids: Set<String>, in list: [EntityID<T>], field: Field, of holder: EntityRef,
    into edits: inout [Edit]
  ) {
    guard !ids.isEmpty, list.contains(where: { ids.contains($0.rawValue) }) else { return }
    edits.append(
      .set(
        holder, field, from: .references(list.map(\.rawValue)),
        to: .references(list.map(\.rawValue).filter { !ids.contains($0) })))
  }

  /// Every failure with its reference, system failures first.
  public var allFailures: [(failure: Failure, ref: EntityRef)] {
    systemFailures.map { ($0, .systemFailure($0.id)) }
      + transformationFailures.map { ($0, .transformationFailure($0.id)) }
  }
}
