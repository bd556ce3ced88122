import EcowerkModel

/// The Theory of Change laid out as a diagram in the terminal: a column per level — the
/// causes on the left, the impact goals on the right, as the printed picture has it — a
/// one-line box per element, tree arrows from each element to the one above it, and dotted
/// arrows for the links beside the tree.
///
/// Pure rectangle math on the plan: the pane draws it, the keys move along it, and tests check
/// it without a screen. Every element of the tree has a box (folds in the tree view do not
/// hide anything here): leaves in tree order take a row each, an element sits on the middle
/// row of its children, and the impact goals are a blank row apart.
struct ChangeDiagramGrid: Hashable, Sendable {
  struct Box: Hashable, Sendable {
    var id: NodeID
    var depth: Int
    /// Row counted from the diagram's top, before scrolling.
    var row: Int
    /// Column counted from the diagram's left edge.
    var x: Int
    var width: Int
    var title: String
    var level: ChangeLevel
    /// One of its assumptions is known not to hold.
    var broken: Bool
    /// The box of the element it contributes to in the tree; nil for an impact goal.
    var parent: Int?
  }

  struct Link: Hashable, Sendable {
    var from: Int
    var to: Int
    var broken: Bool
    /// The column the link's vertical part runs down, in the gap before the target.
    var lane: Int
  }

  var boxes: [Box] = []
  var links: [Link] = []
  var rows = 0
  var columns = 0
  var boxWidth = 0
  /// Box index by element id.
  var index: [NodeID: Int] = [:]
  /// The boxes of each depth from the top down, and each box's place in its column: moving up
  /// and down is a look-up, not a search, on a tree of ten thousand elements.
  var columnBoxes: [[Int]] = []
  var placeInColumn: [Int] = []
  /// The boxes that contribute to each box in the tree, top down.
  var children: [[Int]] = []

  /// Columns between two levels: room for the tree's elbow and two link lanes.
  static let gap = 6

  init(_ plan: Plan, width: Int) {
    var depthCount = 0
    func depth(_ nodes: [ChangeNode], _ level: Int) {
      for node in nodes {
        depthCount = max(depthCount, level + 1)
        if !node.children.isEmpty { depth(node.children, level + 1) }
      }
    }
    depth(plan.theoryOfChange, 0)
    columns = max(1, depthCount)
    boxWidth = max(8, (width - Self.gap * (columns - 1)) / columns)
    var next = 0
    // Depth first with an explicit stack, so a deep tree cannot overflow it: a node's row is
    // known once its last child has one.
    func place(_ node: ChangeNode, depth: Int, parent: Int?) -> Int {
      let position = boxes.count
      boxes.append(
        Box(
          id: node.id, depth: depth, row: 0,
          x: (columns - 1 - depth) * (boxWidth + Self.gap), width: boxWidth, title: node.title,
          level: node.level, broken: node.assumptions.contains { $0.status == .broken },
          parent: parent))
      index[node.id] = position
      if node.children.isEmpty || depth + 1 >= 64 {
        boxes[position].row = next
        next += 1
      } else {
        let rows = node.children.map { place($0, depth: depth + 1, parent: position) }
        boxes[position].row =
          boxes[rows[0]].row + (boxes[rows[rows.count - 1]].row - boxes[rows[0]].row) / 2
      }
      return position
    }
    for (offset, root) in plan.theoryOfChange.enumerated() {
      if offset > 0 { next += 1 }
      _ = place(root, depth: 0, parent: nil)
    }
    rows = next
    columnBoxes = Array(repeating: [], count: columns)
    children = Array(repeating: [], count: boxes.count)
    for position in boxes.indices {
      columnBoxes[boxes[position].depth].append(position)
      if let parent = boxes[position].parent { children[parent].append(position) }
    }
    placeInColumn = Array(repeating: 0, count: boxes.count)
    for depth in columnBoxes.indices {
      columnBoxes[depth].sort { boxes[$0].row < boxes[$1].row }
      for (place, position) in columnBoxes[depth].enumerated() { placeInColumn[position] = place }
    }
    var lanes: [Int: Int] = [:]
    for link in plan.changeLinks {
      guard let from = index[link.from], let to = index[link.to] else { continue }
      let target = boxes[to]
      // Lanes 3 and 4 of the gap before the target (the tree's elbow is at 2); a third link
      // into the same gap shares the last lane.
      let used = lanes[target.depth, default: 0]
      lanes[target.depth] = used + 1
      links.append(
        Link(
          from: from, to: to, broken: link.assumptions.contains { $0.status == .broken },
          lane: target.x - Self.gap + 3 + min(used, 1)))
    }
  }

  /// The box selected when moving `command` from box `current`: up and down within the
  /// column, left to the first element that contributes to it, right to the one it
  /// contributes to.
  func move(_ direction: Direction, from current: Int) -> Int {
    let box = boxes[current]
    switch direction {
    case .up, .down:
      let column = columnBoxes[box.depth]
      let at = placeInColumn[current]
      let next = direction == .down ? min(column.count - 1, at + 1) : max(0, at - 1)
      return column[next]
    case .left:
      // The child nearest in row, so that left then right comes back.
      return children[current].min {
        abs(boxes[$0].row - box.row) < abs(boxes[$1].row - box.row)
      } ?? current
    case .right:
      return box.parent ?? current
    }
  }

  enum Direction {
    case up, down, left, right
  }
}
