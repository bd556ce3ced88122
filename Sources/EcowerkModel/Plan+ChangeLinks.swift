/// The Theory of Change as a network: the tree's edges (a child contributes to its parent) and
/// the links beside it (an element also contributes to another). The network must stay free
/// of loops — an element cannot, through any path, contribute to itself — and a link must add
/// something the tree does not already say.
extension Plan {
  /// What is wrong with each link that breaks the network's rules, by id: a loop it closes, a
  /// pair that another link already joins, an edge the tree already has. Links whose ends are
  /// not in the plan are left to the reference check.
  ///
  /// Linear in the size of the tree and the links when the network is sound (one pass that
  /// peels off elements nothing contributes to any more); only a plan with a loop pays for
  /// finding which link closes it.
  public func linkProblems() -> [ChangeLinkID: PlanViolation.Problem] {
    guard !changeLinks.isEmpty else { return [:] }
    let graph = ContributionGraph(self)
    var problems: [ChangeLinkID: PlanViolation.Problem] = [:]
    var pairs: Set<ContributionGraph.Pair> = []
    var sound: [ContributionGraph.Pair] = []
    for link in changeLinks {
      guard let from = graph.index[link.from], let to = graph.index[link.to], from != to else {
        continue
      }
      let pair = ContributionGraph.Pair(from: from, to: to)
      if graph.parent[from] == to {
        problems[link.id] = .linkRepeatsTree(from: link.from.rawValue, to: link.to.rawValue)
      } else if !pairs.insert(pair).inserted {
        problems[link.id] = .duplicateEntry("\(link.from.rawValue) → \(link.to.rawValue)")
      } else {
        sound.append(pair)
      }
    }
    guard graph.hasLoop(links: sound) else { return problems }
    // Add the links one by one, in file order: the first that lets its target reach its source
    // closes a loop, and is left out of the network for the links after it.
    var kept: [Int: [Int]] = [:]
    for link in changeLinks {
      guard let from = graph.index[link.from], let to = graph.index[link.to], from != to,
        problems[link.id] == nil
      else { continue }
      if graph.reaches(from: to, target: from, links: kept) {
        problems[link.id] = .linkCycle(from: link.from.rawValue, to: link.to.rawValue)
      } else {
        kept[from, default: []].append(to)
      }
    }
    return problems
  }

  /// Why a link from `from` to `to` cannot be added, or nil when it can: the same problems the
  /// loader reports, asked before the edit so that a pick list can leave such targets out.
  public func linkRefusal(from: NodeID, to: NodeID) -> PlanViolation.Problem? {
    guard from != to else { return .selfReference(from.rawValue) }
    var trial = self
    let id = ChangeLinkID("\u{0}trial")
    trial.changeLinks.append(ChangeLink(id: id, from: from, to: to))
    return trial.linkProblems()[id]
  }

  /// The links that start at `node`: what it also contributes to.
  public func links(from node: NodeID) -> [ChangeLink] {
    changeLinks.filter { $0.from == node }
  }

  /// The links that end at `node`: what else contributes to it.
  public func links(to node: NodeID) -> [ChangeLink] {
    changeLinks.filter { $0.to == node }
  }
}

/// The network of "contributes to" edges, by node index: each node's parent in the tree, and
/// the links.
struct ContributionGraph {
  struct Pair: Hashable {
    var from: Int
    var to: Int
  }

  /// Node id → index, in tree order.
  var index: [NodeID: Int] = [:]
  /// The parent's index of each node; -1 for a root.
  var parent: [Int] = []
  /// How many children each node has.
  var childCount: [Int] = []

  init(_ plan: Plan) {
    // Depth first with an explicit stack: a deep tree cannot overflow it.
    var stack: [(nodes: ArraySlice<ChangeNode>, parent: Int)] = [(plan.theoryOfChange[...], -1)]
    while var top = stack.popLast() {
      guard let node = top.nodes.popFirst() else { continue }
      stack.append(top)
      let position = parent.count
      index[node.id] = position
      parent.append(top.parent)
      childCount.append(node.children.count)
      if !node.children.isEmpty { stack.append((node.children[...], position)) }
    }
  }

  /// Whether the tree with `links` has a loop: peel off the nodes nothing contributes to,
  /// then the nodes only those contributed to, and so on; a loop is what never peels off.
  func hasLoop(links: [Pair]) -> Bool {
    var incoming = childCount
    var outgoing: [[Int]] = Array(repeating: [], count: parent.count)
    for link in links {
      incoming[link.to] += 1
      outgoing[link.from].append(link.to)
    }
    var ready = incoming.indices.filter { incoming[$0] == 0 }
    var peeled = 0
    while let node = ready.popLast() {
      peeled += 1
      if parent[node] >= 0 {
        incoming[parent[node]] -= 1
        if incoming[parent[node]] == 0 { ready.append(parent[node]) }
      }
      for target in outgoing[node] {
        incoming[target] -= 1
        if incoming[target] == 0 { ready.append(target) }
      }
    }
    return peeled < parent.count
  }

  /// Whether `start` contributes, through the tree and `links`, to `target`.
  func reaches(from start: Int, target: Int, links: [Int: [Int]]) -> Bool {
    var seen: Set<Int> = [start]
    var stack = [start]
    while let node = stack.popLast() {
      if node == target { return true }
      var next = links[node] ?? []
      if parent[node] >= 0 { next.append(parent[node]) }
      for candidate in next where seen.insert(candidate).inserted {
        stack.append(candidate)
      }
    }
    return false
  }
}
