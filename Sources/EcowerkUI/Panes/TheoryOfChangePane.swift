import EcowerkModel
import EcowerkStrings

/// Pane 4: the Theory of Change — impact goals, outcomes, outputs and activities as a tree to
/// fold and unfold, and beside or under it the selected node's owner, assumptions (with plan
/// B), KPIs and actions.
///
/// The view state is `TreeCursor`: the row among the visible rows and the folded nodes. The
/// selected node is derived from the row; every command that folds or unfolds looks the node
/// up first and finds its row again afterwards, so the selection stays on the same node.
enum TheoryOfChangePane: PaneBehavior {
  /// From this width the detail goes beside the tree instead of under it.
  static let sideBySideWidth = 110

  /// The pane's areas: the summary line and rows of the tree, and the detail.
  struct Layout: Hashable {
    var summary: Rect
    var tree: Rect
    var detail: Rect
    /// The column of the line between tree and detail when they are side by side.
    var divider: Int?
  }

  static func layout(_ rect: Rect) -> Layout {
    let treeArea: Rect
    let detail: Rect
    let divider: Int?
    if rect.width >= sideBySideWidth {
      let (left, rest) = rect.splitLeft(min(100, rect.width * 3 / 5))
      treeArea = Rect(x: left.x, y: left.y, width: left.width - 1, height: left.height)
      divider = rest.x
      detail = Rect(x: rest.x + 2, y: rest.y, width: rest.width - 2, height: rest.height)
    } else {
      let (top, bottom) = rect.splitTop(max(1, rect.height * 3 / 5))
      treeArea = top
      detail = bottom
      divider = nil
    }
    // A tree of three rows or fewer has no room to spare for its summary.
    let (summary, tree) = treeArea.splitTop(treeArea.height >= 4 ? 1 : 0)
    return Layout(summary: summary, tree: tree, detail: detail, divider: divider)
  }

  static func tree(_ state: AppState) -> ChangeTree {
    ChangeTree(roots: state.plan.theoryOfChange, collapsed: state.views.theoryOfChange.collapsed)
  }

  /// The selected node: what the row points at among the visible rows.
  static func selectedNode(_ state: AppState) -> ChangeNode? {
    tree(state).locate(row: state.views.theoryOfChange.rows.row)?.node
  }

  // MARK: PaneBehavior

  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    if state.views.theoryOfChange.showsDiagram {
      drawDiagram(state, into: &grid, in: rect)
      return
    }
    let parts = layout(rect)
    drawSummary(state, into: &grid, in: parts.summary)
    drawTree(state, into: &grid, in: parts.tree)
    if let divider = parts.divider {
      grid.verticalLine(x: divider, from: rect.y, to: rect.maxY, glyphs: state.settings.glyphs)
    }
    drawDetail(state, into: &grid, in: parts.detail)
  }

  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    if command == .toggleDiagram {
      toggleDiagram(&state, in: rect)
      return true
    }
    if state.views.theoryOfChange.showsDiagram {
      if let handled = handleDiagram(command, &state, in: rect) { return handled }
      // Anything else (adding, deleting, folding) is about the tree: back to it.
      state.views.theoryOfChange.showsDiagram = false
    }
    var cursor = state.views.theoryOfChange
    let page = max(1, layout(rect).tree.height - 1)
    if cursor.focus == .detail {
      switch command {
      case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom:
        if let frame = detailFrame(state, in: layout(rect).detail) {
          moveInDetail(command, &cursor, frame)
        }
        state.views.theoryOfChange = cursor
        normalize(&state, in: rect)
        return true
      // Enter edits the selected line: the workbench does that when the pane leaves it alone.
      case .activate: return false
      case .moveRight, .toggleFold: return true
      case .nextField, .previousField:
        if let frame = detailFrame(state, in: layout(rect).detail) {
          let first = frame.view.normalized(ListCursor(), height: frame.window).row
          if command == .previousField && cursor.detail.row <= first {
            cursor.focus = .tree
          } else {
            moveInDetail(command == .nextField ? .moveDown : .moveUp, &cursor, frame)
          }
        }
        state.views.theoryOfChange = cursor
        normalize(&state, in: rect)
        return true
      // Everything else is about the tree: the keyboard goes back to it.
      default: cursor.focus = .tree
      }
    }
    // Moves only set the row; `normalize` clamps it, which saves counting the rows twice.
    switch command {
    case .switchFocus:
      // The detail of an empty tree has nothing to select.
      if state.views.theoryOfChange.focus == .tree, selectedNode(state) != nil {
        cursor.focus = .detail
      }
    case .nextField:
      // Tab from a node's title goes on to its fields in the detail.
      guard selectedNode(state) != nil, let frame = detailFrame(state, in: layout(rect).detail)
      else { return false }
      cursor.focus = .detail
      cursor.detail = frame.view.normalized(ListCursor(), height: frame.window)
      moveInDetail(.moveDown, &cursor, frame)
      state.views.theoryOfChange = cursor
      return true
    case .toggleFold: fold(.activate, &cursor, state.plan)
    case .moveDown: cursor.rows.row += 1
    case .moveUp: cursor.rows.row = max(0, cursor.rows.row - 1)
    case .pageDown: cursor.rows.row += page
    case .pageUp: cursor.rows.row = max(0, cursor.rows.row - page)
    case .top: cursor.rows.row = 0
    // The last node; the empty row under it is one step further down.
    case .bottom: cursor.rows.row = max(0, tree(state).visibleCount - 1)
    case .moveLeft where state.views.theoryOfChange.focus == .detail:
      break
    case .activate, .moveLeft, .moveRight, .expandAll, .collapseAll:
      fold(command, &cursor, state.plan)
    default: return false
    }
    state.views.theoryOfChange = cursor
    normalize(&state, in: rect)
    return true
  }

  /// The commands that fold and unfold. Folding or unfolding the selected node leaves its row
  /// where it is; the others find the node (or the ancestor that now hides it) again.
  static func fold(_ command: Command, _ cursor: inout TreeCursor, _ plan: Plan) {
    let tree = ChangeTree(roots: plan.theoryOfChange, collapsed: cursor.collapsed)
    guard let (node, trail) = tree.locate(row: cursor.rows.row) else { return }
    let hasChildren = !node.children.isEmpty
    let expanded = tree.isExpanded(node)
    switch command {
    case .activate where hasChildren:
      if expanded { cursor.collapsed.insert(node.id) } else { cursor.collapsed.remove(node.id) }
    case .moveLeft:
      if expanded {
        cursor.collapsed.insert(node.id)
      } else if trail.count > 1 {
        cursor.rows.row = trail[trail.count - 2].row
      }
    case .moveRight where hasChildren:
      if expanded { cursor.rows.row += 1 } else { cursor.collapsed.remove(node.id) }
    case .expandAll:
      cursor.collapsed = []
      let path = trail.map(\.id)
      cursor.rows.row =
        ChangeTree(roots: plan.theoryOfChange, collapsed: []).row(showing: path) ?? 0
    case .collapseAll:
      cursor.collapsed = tree.parentIDs
      let folded = ChangeTree(roots: plan.theoryOfChange, collapsed: cursor.collapsed)
      cursor.rows.row = folded.row(showing: trail.map(\.id)) ?? 0
    default:
      break
    }
  }

  /// A click selects the row; a click on its fold marker also folds or unfolds it. A click
  /// on a detail line selects that line.
  static func click(x: Int, y: Int, _ state: inout AppState, in rect: Rect) {
    if state.views.theoryOfChange.showsDiagram {
      clickInDiagram(x: x, y: y, &state, in: rect)
      return
    }
    let area = layout(rect).tree
    guard area.contains(x: x, y: y) else {
      if layout(rect).detail.contains(x: x, y: y) { clickInDetail(y: y, &state, in: rect) }
      return
    }
    var cursor = state.views.theoryOfChange
    let row = cursor.rows.offset + (y - area.y)
    guard let (node, trail) = tree(state).locate(row: row) else { return }
    cursor.rows.row = row
    cursor.focus = .tree
    let rowLayout = RowLayout(width: area.width, strings: state.strings)
    if x == area.x + rowLayout.markerOffset(depth: trail.count - 1), !node.children.isEmpty {
      fold(.activate, &cursor, state.plan)
    }
    state.views.theoryOfChange = cursor
    normalize(&state, in: rect)
  }

  static var tabCommands: (next: Command, previous: Command) { (.nextField, .previousField) }

  static func secondaryField(after field: Field?, _ state: AppState, in rect: Rect) -> Target? {
    let cursor = state.views.theoryOfChange
    guard cursor.focus == .detail, let frame = detailFrame(state, in: layout(rect).detail),
      frame.view.items.indices.contains(cursor.detail.row)
    else { return nil }
    return frame.view.items[cursor.detail.row].secondary(after: field)
  }

  /// On the empty row under the tree, or a placeholder in the detail, typing adds.
  static func isOnNewEntry(_ state: AppState, in rect: Rect) -> Bool {
    let cursor = state.views.theoryOfChange
    if cursor.showsDiagram { return false }
    if cursor.focus == .detail {
      guard let frame = detailFrame(state, in: layout(rect).detail) else { return false }
      return frame.view.items.indices.contains(cursor.detail.row)
        && frame.view.items[cursor.detail.row].isNewEntry
    }
    return cursor.rows.row >= tree(state).visibleCount
  }

  /// In the tree the selected row stands for the node's title: where the in-place editor
  /// opens. In the detail it is the selected line.
  static func editPlace(_ state: AppState, in rect: Rect) -> EditPlace? {
    let cursor = state.views.theoryOfChange
    if cursor.showsDiagram { return diagramEditPlace(state, in: rect) }
    if cursor.focus == .detail {
      guard let frame = detailFrame(state, in: layout(rect).detail) else { return nil }
      return frame.view.editPlace(in: frame.shown, cursor: cursor.detail)
    }
    let area = layout(rect).tree
    let rows = cursor.rows
    let line = rows.row - rows.offset
    guard line >= 0, line < area.height, let (node, trail) = tree(state).locate(row: rows.row)
    else { return nil }
    let rowLayout = RowLayout(width: area.width, strings: state.strings)
    let x = min(area.x + rowLayout.markerOffset(depth: trail.count - 1) + 2, area.maxX - 1)
    let end = area.maxX - (rowLayout.ownerWidth > 0 ? rowLayout.ownerWidth + 1 : 0)
    return EditPlace(
      target: Target(.node(node.id), .title),
      rect: Rect(x: x, y: area.y + line, width: max(1, end - x), height: 1))
  }

  /// Clamps the tree's row; with the keyboard in the tree the detail goes back to its top,
  /// in the detail its selection stays on a line and in view.
  static func normalize(_ state: inout AppState, in rect: Rect) {
    if state.views.theoryOfChange.showsDiagram {
      normalizeDiagram(&state, in: rect)
      return
    }
    let count = tree(state).visibleCount
    var cursor = state.views.theoryOfChange
    // The empty row after the last node is a row too: typing there adds an impact goal.
    cursor.rows.clamp(count: count + 1, visible: layout(rect).tree.height)
    if count == 0 { cursor.focus = .tree }
    if cursor.focus == .tree { cursor.detail = ListCursor() }
    state.views.theoryOfChange = cursor
    guard cursor.focus == .detail, let frame = detailFrame(state, in: layout(rect).detail)
    else { return }
    state.views.theoryOfChange.detail = frame.view.normalized(cursor.detail, height: frame.window)
  }
}
