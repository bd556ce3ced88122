/// A Theory of Change cut into parts that each fit a page: an impact goal with everything
/// under it when that fits, else the goal and one group of its outcomes, and so on down.
///
/// Every node is drawn in exactly one part with its own children (a part that holds a node
/// holds the whole subtree under it, or the node is the context of parts further down); the
/// nodes above a part are drawn again at its right as context, so each part reads on its own.
struct ChangeDiagramPart: Hashable {
  /// The nodes from the impact goal down to the parent of `nodes`, each drawn alone.
  var path: [ChangeDiagram.Node]
  /// Sibling subtrees drawn in full.
  var nodes: [ChangeDiagram.Node]

  /// Splits `roots` so that `cost(path, nodes)` of each part stays within `budget` where it
  /// can: a single node that does not fit alone still gets a part of its own.
  static func split(
    _ roots: [ChangeDiagram.Node], budget: Double,
    cost: ([ChangeDiagram.Node], [ChangeDiagram.Node]) -> Double
  ) -> [ChangeDiagramPart] {
    var parts: [ChangeDiagramPart] = []
    for root in roots {
      split(root, path: [], budget: budget, cost: cost, into: &parts)
    }
    return parts
  }

  private static func split(
    _ node: ChangeDiagram.Node, path: [ChangeDiagram.Node], budget: Double,
    cost: ([ChangeDiagram.Node], [ChangeDiagram.Node]) -> Double,
    into parts: inout [ChangeDiagramPart]
  ) {
    if node.children.isEmpty || cost(path, [node]) <= budget {
      parts.append(ChangeDiagramPart(path: path, nodes: [node]))
      return
    }
    let inner = path + [node]
    var group: [ChangeDiagram.Node] = []
    func flush() {
      if !group.isEmpty { parts.append(ChangeDiagramPart(path: inner, nodes: group)) }
      group = []
    }
    for child in node.children {
      if cost(inner, [child]) > budget {
        flush()
        split(child, path: inner, budget: budget, cost: cost, into: &parts)
      } else if cost(inner, group + [child]) > budget {
        flush()
        group = [child]
      } else {
        group.append(child)
      }
    }
    flush()
  }

  /// How many nodes the part draws, its context included.
  var count: Int {
    path.count + nodes.reduce(0) { $0 + $1.count }
  }
}
