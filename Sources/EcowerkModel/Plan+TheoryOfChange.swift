/// Finding and walking nodes of the Theory of Change tree.
extension Plan {
  /// The node with this id, anywhere in the tree.
  public func node(_ id: NodeID) -> ChangeNode? {
    Self.find(id, in: theoryOfChange)
  }

  /// The node's parent (nil for a root) and its index among its siblings.
  public func place(of id: NodeID) -> NodePlace? {
    Self.place(of: id, in: theoryOfChange, parent: nil)
  }

  /// Every node, depth first, with its depth (0 for roots).
  public func allNodes() -> [(node: ChangeNode, depth: Int)] {
    var result: [(ChangeNode, Int)] = []
    func walk(_ nodes: [ChangeNode], _ depth: Int) {
      for node in nodes {
        result.append((node, depth))
        walk(node.children, depth + 1)
      }
    }
    walk(theoryOfChange, 0)
    return result
  }

  /// Calls `body` with every node, depth first, reading each where it is in the tree rather
  /// than copying it: on a tree of ten thousand nodes the copies would cost more than the work.
  public func forEachNode(_ body: (ChangeNode) -> Void) {
    func walk(_ nodes: [ChangeNode]) {
      for index in nodes.indices {
        body(nodes[index])
        if !nodes[index].children.isEmpty { walk(nodes[index].children) }
      }
    }
    walk(theoryOfChange)
  }

  /// The number of nodes in the tree.
  public var nodeCount: Int {
    theoryOfChange.reduce(0) { $0 + $1.subtreeCount }
  }

  /// The ids from the root down to the node, the node included.
  public func ancestry(of id: NodeID) -> [NodeID]? {
    func search(_ nodes: [ChangeNode], _ path: [NodeID]) -> [NodeID]? {
      for node in nodes {
        let here = path + [node.id]
        if node.id == id { return here }
        if let found = search(node.children, here) { return found }
      }
      return nil
    }
    return search(theoryOfChange, [])
  }

  static func find(_ id: NodeID, in nodes: [ChangeNode]) -> ChangeNode? {
    for node in nodes {
      if node.id == id { return node }
      if let found = find(id, in: node.children) { return found }
    }
    return nil
  }

  private static func place(of id: NodeID, in nodes: [ChangeNode], parent: NodeID?) -> NodePlace? {
    for (index, node) in nodes.enumerated() {
      if node.id == id { return NodePlace(parent: parent, index: index) }
      if let found = place(of: id, in: node.children, parent: node.id) { return found }
    }
    return nil
  }
}

extension ChangeNode {
  /// Whether `id` is somewhere below this node.
  public func containsDescendant(_ id: NodeID) -> Bool {
    children.contains { $0.id == id || $0.containsDescendant(id) }
  }

  /// This node and every node below it, depth first.
  public var subtreeNodes: [ChangeNode] {
    [self] + children.flatMap(\.subtreeNodes)
  }

  /// The ids of this node and everything below it.
  public var subtreeIDs: [NodeID] {
    [id] + children.flatMap(\.subtreeIDs)
  }
}
