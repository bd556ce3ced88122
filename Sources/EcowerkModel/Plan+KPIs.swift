/// Finding a KPI by its id alone, wherever it is: under a node of the Theory of Change or an
/// action. KPI ids are unique in the whole plan, so a measurement, a milestone or a pilot's
/// success criterion names its KPI by id and stays valid when the KPI's holder is renamed.
extension Plan {
  /// The KPI with this id.
  public func kpi(_ id: KPIID) -> KPI? {
    kpiRef(id).flatMap { entity($0) as? KPI }
  }

  /// Where the KPI with this id is: `.nodeKPI` or `.actionKPI`.
  public func kpiRef(_ id: KPIID) -> EntityRef? {
    if let node = Self.nodeHolding(id, in: theoryOfChange) { return .nodeKPI(node, id) }
    for index in actions.indices where actions[index].kpis.contains(where: { $0.id == id }) {
      return .actionKPI(actions[index].id, id)
    }
    return nil
  }

  /// Where the assumption with this id is: an element's (`.assumption`) or a link's
  /// (`.linkAssumption`). A missed KPI's cause names its assumption by id alone.
  public func assumptionRef(_ id: AssumptionID) -> EntityRef? {
    for (node, _) in allNodes() where node.assumptions.contains(where: { $0.id == id }) {
      return .assumption(node.id, id)
    }
    for link in changeLinks where link.assumptions.contains(where: { $0.id == id }) {
      return .linkAssumption(link.id, id)
    }
    return nil
  }

  /// The assumption with this id, an element's or a link's.
  public func assumption(_ id: AssumptionID) -> Assumption? {
    switch assumptionRef(id) {
    case .assumption(let node, _)?: return self.node(node)?.assumptions.first { $0.id == id }
    case .linkAssumption(let link, _)?:
      return changeLinks.first { $0.id == link }?.assumptions.first { $0.id == id }
    default: return nil
    }
  }

  /// Every KPI of the plan with its reference: the tree's depth first, then the actions'.
  public func allKPIs() -> [(ref: EntityRef, kpi: KPI)] {
    var result: [(EntityRef, KPI)] = []
    for (node, _) in allNodes() {
      for kpi in node.kpis { result.append((.nodeKPI(node.id, kpi.id), kpi)) }
    }
    for action in actions {
      for kpi in action.kpis { result.append((.actionKPI(action.id, kpi.id), kpi)) }
    }
    return result
  }

  private static func nodeHolding(_ id: KPIID, in nodes: [ChangeNode]) -> NodeID? {
    for index in nodes.indices {
      if nodes[index].kpis.contains(where: { $0.id == id }) { return nodes[index].id }
      if !nodes[index].children.isEmpty, let found = nodeHolding(id, in: nodes[index].children) {
        return found
      }
    }
    return nil
  }
}
