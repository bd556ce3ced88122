import EcowerkModel

/// Editing the Theory of Change by keyboard. In the tree the commands work on nodes: add a
/// sibling or a child, delete, duplicate, move among siblings, indent, outdent, move under
/// another parent. In the detail they work on the selected line: an assumption, a KPI.
///
/// Every command looks the selected node up once and builds one edit; afterwards the
/// selection follows the node by id (unfolding its ancestors), so that a node that moved or
/// was just added is where the cursor is.
extension TheoryOfChangePane {
  static func action(for command: Command, _ state: AppState, in rect: Rect) -> PaneAction? {
    let cursor = state.views.theoryOfChange
    let nodeCommands: [Command] = [.addChild, .indent, .outdent, .moveTo, .addLink]
    if cursor.focus == .detail && !nodeCommands.contains(command) {
      guard let frame = detailFrame(state, in: layout(rect).detail),
        frame.detail.items.indices.contains(cursor.detail.row)
      else { return nil }
      return ItemActions.action(
        for: command, item: frame.detail.items[cursor.detail.row], state: state,
        select: { ref, field, state in selectInDetail(ref, field, &state) })
    }
    return treeAction(command, state)
  }

  /// What a command does to the selected node.
  static func treeAction(_ command: Command, _ state: AppState) -> PaneAction? {
    let plan = state.plan
    let s = state.strings
    guard let node = selectedNode(state), let place = plan.place(of: node.id) else {
      // The empty row under the tree (all of an empty one): adding of any kind plants a new
      // impact goal at the end.
      guard [.add, .addBefore, .addChild].contains(command) else { return nil }
      return add(.impact, at: NodePlace(parent: nil, index: plan.theoryOfChange.count), plan)
    }
    switch command {
    case .add, .addBefore:
      let index = command == .add ? place.index + 1 : place.index
      return add(node.level, at: NodePlace(parent: place.parent, index: index), plan)
    case .addChild:
      return add(
        node.level.childLevel, at: NodePlace(parent: node.id, index: node.children.count), plan)
    case .delete:
      // The selection goes to a sibling, or up to the parent, rather than out of the branch.
      let siblings = siblings(of: place, plan)
      let next = siblings[safe: place.index + 1] ?? siblings[safe: place.index - 1]
      let stay = next?.id ?? place.parent
      return plan.removal(of: .node(node.id)).map { removal in
        .edit(removal, select: { state in if let stay { selectNode(stay, &state) } })
      }
    case .duplicate:
      guard
        let (edit, copy) = Duplicate.edit(
          of: .node(node.id), in: plan, suffix: s["edit.copySuffix"]),
        case .node(let id) = copy
      else { return nil }
      return .edit(edit, select: { state in selectNode(id, &state) })
    case .moveItemUp, .moveItemDown:
      let to = place.index + (command == .moveItemUp ? -1 : 1)
      guard to >= 0, to < siblings(of: place, plan).count else { return .refuse(s["edit.atEnd"]) }
      return .edit(
        .move(.nodes(parent: place.parent), from: place.index, to: to),
        select: { state in selectNode(node.id, &state) })
    case .indent:
      guard place.index > 0 else { return .refuse(s["toc.cannotIndent"]) }
      let above = siblings(of: place, plan)[place.index - 1]
      return move(
        node.id, from: place, to: NodePlace(parent: above.id, index: above.children.count))
    case .outdent:
      guard let parent = place.parent, let up = plan.place(of: parent) else {
        return .refuse(s["toc.cannotOutdent"])
      }
      return move(node.id, from: place, to: NodePlace(parent: up.parent, index: up.index + 1))
    case .moveTo:
      guard !state.settings.readOnly else { return .refuse(s["edit.readOnly"]) }
      let list = moveList(for: node, under: place.parent, state)
      return .view { state in state.mode = .picking(list) }
    case .addLink:
      guard !state.settings.readOnly else { return .refuse(s["edit.readOnly"]) }
      guard let list = linkList(for: node, state) else { return .refuse(s["toc.noLinkTarget"]) }
      return .view { state in state.mode = .picking(list) }
    default:
      return nil
    }
  }

  /// Choosing a parent in the move-to list moves the node to the end of its children.
  static func action(
    choosing value: String?, in list: PickList, _ state: AppState, in rect: Rect
  ) -> PaneAction? {
    let plan = state.plan
    if list.purpose == .linkNode, case .node(let from) = list.target.ref, let value {
      let to = NodeID(value)
      if let refusal = plan.linkRefusal(from: from, to: to) {
        return .refuse(state.strings.violation(refusal))
      }
      let link = ChangeLink(id: plan.newID(ChangeLink.self), from: from, to: to)
      return .edit(
        .insert(.changeLink(link), into: .changeLinks, at: plan.changeLinks.count),
        select: { state in
          selectNode(from, &state)
          selectInDetail(.changeLink(link.id), .rationale, &state)
        }, openEditor: true)
    }
    guard list.purpose == .moveNode, case .node(let id) = list.target.ref,
      let from = plan.place(of: id)
    else { return nil }
    let parent = value.map { NodeID($0) }
    let count: Int
    if let parent {
      guard let node = plan.node(parent) else { return nil }
      count = node.children.count
    } else {
      count = plan.theoryOfChange.count
    }
    // Under the same parent the node itself is one of the children it goes after.
    let to = NodePlace(parent: parent, index: from.parent == parent ? count - 1 : count)
    guard to != from else { return .refuse(state.strings["toc.alreadyThere"]) }
    return move(id, from: from, to: to)
  }

  /// The nodes `node` can move under: every node but itself and its own subtree, indented by
  /// depth, after "(top level)"; the current parent is selected.
  static func moveList(for node: ChangeNode, under parent: NodeID?, _ state: AppState)
    -> PickList
  {
    let s = state.strings
    var options = [PickList.Option(value: nil, label: s["toc.topLevel"])]
    options += nodeOptions(state.plan) { _, trail in !trail.contains { $0.id == node.id } }
    let selected = parent.flatMap { id in options.firstIndex { $0.value == id.rawValue } } ?? 0
    let title = node.title.isEmpty ? "–" : ValueText.shortened(node.title, 30)
    var list = PickList(
      target: Target(.node(node.id)), title: s.format("toc.moveTo", title), options: options,
      selected: selected, isMultiple: false, checked: [], purpose: .moveNode)
    list.offset = max(0, selected - 3)
    return list
  }

  /// The elements `node` can also contribute to: every one the network allows (no loop, not
  /// its parent, not linked already), indented by depth; nil when there is none.
  static func linkList(for node: ChangeNode, _ state: AppState) -> PickList? {
    let s = state.strings
    let plan = state.plan
    let options = nodeOptions(plan) { candidate, _ in
      plan.linkRefusal(from: node.id, to: candidate.id) == nil
    }
    guard !options.isEmpty else { return nil }
    let title = node.title.isEmpty ? "–" : ValueText.shortened(node.title, 30)
    return PickList(
      target: Target(.node(node.id)), title: s.format("toc.linkTo", title), options: options,
      selected: 0, isMultiple: false, checked: [], purpose: .linkNode)
  }

  /// The tree's elements that `include` lets through, in tree order, each indented by its
  /// depth: the options of the move-to and link-to lists.
  static func nodeOptions(
    _ plan: Plan, where include: (ChangeNode, _ trail: [ChangeTree.Frame]) -> Bool
  ) -> [PickList.Option] {
    var options: [PickList.Option] = []
    ChangeTree(roots: plan.theoryOfChange, collapsed: []).forEachNode { candidate, trail in
      if include(candidate, trail) {
        let title = candidate.title.isEmpty ? "–" : candidate.title
        options.append(
          PickList.Option(
            value: candidate.id.rawValue,
            label: String(repeating: "  ", count: trail.count - 1) + title))
      }
      return true
    }
    return options
  }

  /// A new node of `level` at `place`, selected with the editor open on its title.
  static func add(_ level: ChangeLevel, at place: NodePlace, _ plan: Plan) -> PaneAction {
    let node = ChangeNode(id: plan.newID(ChangeNode.self), level: level)
    return .edit(
      .insert(.node(node), into: .nodes(parent: place.parent), at: place.index),
      select: { state in selectNode(node.id, &state, focusTree: true) }, openEditor: true)
  }

  static func move(_ id: NodeID, from: NodePlace, to: NodePlace) -> PaneAction {
    .edit(.moveNode(id, from: from, to: to), select: { state in selectNode(id, &state) })
  }

  static func siblings(of place: NodePlace, _ plan: Plan) -> [ChangeNode] {
    guard let parent = place.parent else { return plan.theoryOfChange }
    return plan.node(parent)?.children ?? []
  }

  /// Selects the node's row, unfolding the nodes above it so that it shows.
  static func selectNode(_ id: NodeID, _ state: inout AppState, focusTree: Bool = false) {
    guard let path = ChangeTree(roots: state.plan.theoryOfChange, collapsed: []).path(to: id)
    else { return }
    var cursor = state.views.theoryOfChange
    cursor.collapsed.subtract(path.dropLast())
    let tree = ChangeTree(roots: state.plan.theoryOfChange, collapsed: cursor.collapsed)
    guard let row = tree.row(of: id) else { return }
    cursor.rows.row = row
    if focusTree { cursor.focus = .tree }
    state.views.theoryOfChange = cursor
    normalize(&state, in: Workbench.paneRect(state))
  }
}
