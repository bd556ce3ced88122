import EcowerkModel

/// The names of the owners and Theory of Change nodes that some actions refer to.
///
/// Looking each one up per row would walk 10,000 stakeholders and a 10,000-node tree for every
/// visible row; this walks each once for all the rows on screen, and stops early once every
/// id it needs is found.
struct ActionLookup {
  private(set) var owners: [StakeholderID: String] = [:]
  private(set) var nodes: [NodeID: String] = [:]

  /// `nodeTitles`, when given (the cache kept with the date order), answers the nodes without
  /// walking the tree; `owners: false` skips the stakeholders.
  init(
    _ plan: Plan, for actions: some Sequence<Action>, owners findOwners: Bool = true,
    nodeTitles: [NodeID: String]? = nil
  ) {
    var wantedOwners = Set<StakeholderID>()
    var wantedNodes = Set<NodeID>()
    for action in actions {
      if findOwners, let owner = action.owner { wantedOwners.insert(owner) }
      if let node = action.node { wantedNodes.insert(node) }
    }
    if let nodeTitles {
      for node in wantedNodes { nodes[node] = nodeTitles[node] }
      wantedNodes = []
    }
    // By index, reading only ids and names: iterating would copy every stakeholder and node
    // with all their texts, and this runs at every frame.
    let stakeholders = plan.stakeholders
    if !wantedOwners.isEmpty {
      for index in stakeholders.indices where wantedOwners.contains(stakeholders[index].id) {
        owners[stakeholders[index].id] = stakeholders[index].name
        if owners.count == wantedOwners.count { break }
      }
    }
    if !wantedNodes.isEmpty {
      // Depth first with an explicit stack: a deep tree cannot overflow the call stack.
      var stack: [[ChangeNode]] = [plan.theoryOfChange]
      search: while let level = stack.popLast() {
        for index in level.indices {
          let id = level[index].id
          if wantedNodes.contains(id) {
            nodes[id] = level[index].title
            if nodes.count == wantedNodes.count { break search }
          }
          if !level[index].children.isEmpty { stack.append(level[index].children) }
        }
      }
    }
  }
}
