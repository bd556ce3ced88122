import EcowerkModel

/// The names of the owners and Theory of Change nodes that some actions refer to.
///
/// Looking each one up per row would walk 10,000 stakeholders and a 10,000-node tree for every
/// visible row; this walks each once for all the rows on screen, and stops early once every
/// id it needs is found.
struct ActionLookup {
  private(set) var owners: [StakeholderID: String] = [:]
  private(set) var nodes: [NodeID: String] = [:]

  init(_ plan: Plan, for actions: some Sequence<Action>) {
    var wantedOwners = Set<StakeholderID>()
    var wantedNodes = Set<NodeID>()
    for action in actions {
      if let owner = action.owner { wantedOwners.insert(owner) }
      if let node = action.node { wantedNodes.insert(node) }
    }
    if !wantedOwners.isEmpty {
      for stakeholder in plan.stakeholders where wantedOwners.contains(stakeholder.id) {
        owners[stakeholder.id] = stakeholder.name
        if owners.count == wantedOwners.count { break }
      }
    }
    if !wantedNodes.isEmpty {
      // Depth first with an explicit stack: a deep tree cannot overflow the call stack.
      var stack: [[ChangeNode]] = [plan.theoryOfChange]
      search: while let level = stack.popLast() {
        for node in level {
          if wantedNodes.contains(node.id) {
            nodes[node.id] = node.title
            if nodes.count == wantedNodes.count { break search }
          }
          if !node.children.isEmpty { stack.append(node.children) }
        }
      }
    }
  }
}
