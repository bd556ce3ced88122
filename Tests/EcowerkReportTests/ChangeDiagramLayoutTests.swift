import Testing

@testable import EcowerkReport

/// The Theory of Change diagram's arithmetic: every node placed once, in its column, centred
/// on what contributes to it, no two boxes overlapping; a tree too tall for a page cut into
/// parts that together hold every node once.
@Suite struct ChangeDiagramLayoutTests {
  typealias Node = ChangeDiagram.Node

  /// A tree of `depth` levels under each of `roots` goals, `fanOut` children a node.
  static func tree(roots: Int, depth: Int, fanOut: Int, long: Bool = false) -> [Node] {
    var counter = 0
    func node(_ level: Int) -> Node {
      counter += 1
      let title =
        long && counter % 3 == 0
        ? "Knoop \(counter) met een heel lange titel die over meerdere regels moet lopen"
        : "Knoop \(counter)"
      return Node(
        id: "n\(counter)", level: "L\(level)", title: title,
        note: counter % 2 == 0 ? "1 KPI" : "", broken: counter % 5 == 0,
        children: level + 1 < depth ? (0..<fanOut).map { _ in node(level + 1) } : [])
    }
    return (0..<roots).map { _ in node(0) }
  }

  static func all(_ nodes: [Node]) -> [Node] {
    nodes.flatMap { [$0] + all($0.children) }
  }

  @Test(arguments: [(1, 4, 2, false), (2, 4, 3, true), (1, 6, 2, true), (3, 1, 1, false)])
  func everyNodeIsPlacedOnceInItsColumnWithoutOverlap(
    _ roots: Int, _ depth: Int, _ fanOut: Int, _ long: Bool
  ) {
    let tree = Self.tree(roots: roots, depth: depth, fanOut: fanOut, long: long)
    for root in tree {
      let part = ChangeDiagramPart(path: [], nodes: [root])
      let layout = ChangeDiagramLayout(part, maxDepth: depth - 1)
      let ids = layout.boxes.map(\.node.id)
      #expect(Set(ids).count == ids.count)
      #expect(Set(ids) == Set(Self.all([root]).map(\.id)))
      for (index, box) in layout.boxes.enumerated() {
        #expect(box.frame.y >= ChangeDiagramLayout.headerHeight - 0.01)
        #expect(box.frame.maxY <= layout.height + 0.01)
        #expect(box.frame.maxX <= layout.width + 0.01)
        for other in layout.boxes[(index + 1)...] {
          #expect(!box.frame.overlaps(other.frame), "\(box.node.id) and \(other.node.id)")
        }
      }
      // Causes left of effects: a child's column is left of its parent's, and the parent is
      // centred between its first and last child (unless its own box is taller).
      let frames = Dictionary(uniqueKeysWithValues: layout.boxes.map { ($0.node.id, $0) })
      for box in layout.boxes where !box.node.children.isEmpty {
        let children = box.node.children.compactMap { frames[$0.id] }
        #expect(children.allSatisfy { $0.frame.maxX < box.frame.x })
        let middle = ((children.first?.frame.midY ?? 0) + (children.last?.frame.midY ?? 0)) / 2
        let span = (children.last?.frame.maxY ?? 0) - (children.first?.frame.y ?? 0)
        if span >= box.frame.height {
          #expect(abs(box.frame.midY - middle) < 0.01, "\(box.node.id)")
        }
      }
      #expect(layout.arrows.count == Self.all([root]).count - 1, "one arrow per contribution")
    }
  }

  @Test(arguments: [100.0, 300.0, 860.0])
  func splittingKeepsEveryNodeOnceAndEachPartWithinTheBudget(_ budget: Double) {
    let tree = Self.tree(roots: 2, depth: 5, fanOut: 3, long: true)
    let parts = ChangeDiagramPart.split(
      tree, budget: budget, cost: { ChangeDiagramLayout.cost($0, $1, maxDepth: 4) })
    let drawn = parts.flatMap { Self.all($0.nodes).map(\.id) }
    #expect(drawn.count == Set(drawn).count, "no node drawn twice outside its context")
    let heads = Set(parts.flatMap { $0.path.map(\.id) })
    #expect(Set(drawn).union(heads) == Set(Self.all(tree).map(\.id)), "every node somewhere")
    for part in parts {
      let cost = ChangeDiagramLayout.cost(part.path, part.nodes, maxDepth: 4)
      let single = part.nodes.count == 1 && part.nodes[0].children.isEmpty
      #expect(cost <= budget || single, "a part over budget holds one leaf: \(cost)")
      // The path runs from a goal down to the parent of the part's nodes.
      for (parent, child) in zip(part.path, part.path.dropFirst()) {
        #expect(parent.children.contains { $0.id == child.id })
      }
      if let parent = part.path.last {
        #expect(part.nodes.allSatisfy { node in parent.children.contains { $0.id == node.id } })
      }
    }
    // Nodes cut from their parent's part are drawn as that parent's context.
    for node in Self.all(tree) where !drawn.contains(node.id) {
      #expect(heads.contains(node.id))
    }
  }

  @Test func aSmallTreeIsOnePartPerGoal() {
    let tree = Self.tree(roots: 2, depth: 4, fanOut: 2)
    let parts = ChangeDiagramPart.split(
      tree, budget: ChangeDiagramLayout.pageHeight,
      cost: { ChangeDiagramLayout.cost($0, $1, maxDepth: 3) })
    #expect(parts.count == 2)
    #expect(parts.allSatisfy { $0.path.isEmpty && $0.nodes.count == 1 })
  }
}
