import EcowerkModel

/// The Theory of Change as the pane shows it: the plan's tree with some nodes folded.
///
/// Nothing is flattened or cached: a plan can hold 10,000 nodes and the view state may not
/// keep derived data, so every question is a depth-first walk that skips folded subtrees and
/// stops as soon as it has its answer. Drawing a screen walks only up to its last row.
struct ChangeTree {
  var roots: [ChangeNode]
  var collapsed: Set<NodeID>

  /// One node on the way from a root down to the node being visited.
  struct Frame: Hashable, Sendable {
    var id: NodeID
    /// Whether it is the last of its siblings, which decides its connector and the guide
    /// line drawn beside its descendants.
    var isLast: Bool
    /// Its visible row, or its depth-first position when walking every node.
    var row: Int
  }

  /// What a walk knows at one node: the node itself and the frames from its root down to it,
  /// the node's own frame last. Valid only during the visit.
  typealias Visit = (_ node: ChangeNode, _ trail: [Frame]) -> Bool

  /// Whether the node shows its children.
  func isExpanded(_ node: ChangeNode) -> Bool {
    !node.children.isEmpty && !collapsed.contains(node.id)
  }

  /// Visits the visible rows from the top, in order, until `visit` returns false.
  func forEachVisible(_ visit: Visit) {
    var trail: [Frame] = []
    var row = 0
    _ = walk(roots, all: false, trail: &trail, row: &row, visit)
  }

  /// Visits every node depth first, folded or not, until `visit` returns false.
  func forEachNode(_ visit: Visit) {
    var trail: [Frame] = []
    var row = 0
    _ = walk(roots, all: true, trail: &trail, row: &row, visit)
  }

  /// Returns false when the visitor asked to stop.
  private func walk(
    _ nodes: [ChangeNode], all: Bool, trail: inout [Frame], row: inout Int, _ visit: Visit
  ) -> Bool {
    for index in nodes.indices {
      trail.append(Frame(id: nodes[index].id, isLast: index == nodes.count - 1, row: row))
      row += 1
      guard visit(nodes[index], trail) else { return false }
      if !nodes[index].children.isEmpty && (all || !collapsed.contains(nodes[index].id)) {
        guard walk(nodes[index].children, all: all, trail: &trail, row: &row, visit) else {
          return false
        }
      }
      trail.removeLast()
    }
    return true
  }

  /// The number of visible rows.
  var visibleCount: Int {
    var count = 0
    forEachVisible { _, _ in
      count += 1
      return true
    }
    return count
  }

  /// The node on visible row `row` and the frames down to it.
  func locate(row: Int) -> (node: ChangeNode, trail: [Frame])? {
    guard row >= 0 else { return nil }
    var found: (ChangeNode, [Frame])?
    forEachVisible { node, trail in
      guard let here = trail.last, here.row == row else { return true }
      found = (node, trail)
      return false
    }
    return found
  }

  /// The visible row of the node, or nil when it is folded away or gone.
  func row(of id: NodeID) -> Int? {
    var found: Int?
    forEachVisible { node, trail in
      guard node.id == id else { return true }
      found = trail.last?.row
      return false
    }
    return found
  }

  /// The ids from a root down to the node, folded or not; nil when it is not in the tree.
  /// A walk that stops at the node, for finding a node's row again after it moved.
  func path(to id: NodeID) -> [NodeID]? {
    var found: [NodeID]?
    forEachNode { node, trail in
      guard node.id == id else { return true }
      found = trail.map(\.id)
      return false
    }
    return found
  }

  /// The row that shows `path` (ids from a root down to a node): the node's own row, or the
  /// row of the highest folded ancestor that hides it.
  func row(showing path: [NodeID]) -> Int? {
    let shown = path.first { collapsed.contains($0) } ?? path.last
    return shown.flatMap { row(of: $0) }
  }

  /// The ids of every node that has children: what "collapse all" folds.
  var parentIDs: Set<NodeID> {
    var ids: Set<NodeID> = []
    forEachNode { node, _ in
      if !node.children.isEmpty { ids.insert(node.id) }
      return true
    }
    return ids
  }
}
