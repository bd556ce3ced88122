import EcowerkModel
import EcowerkStrings

/// Pane 4 as a diagram (Ctrl-W in the workshop keys, `v` in the vim keys): the level names
/// over their columns, a box per element, arrows along the tree and dotted arrows for the
/// links beside it, a broken assumption marked. The arrow keys move along the arrows — right
/// to what an element contributes to, left to what contributes to it — and Enter opens the
/// element's detail in the tree view.
extension TheoryOfChangePane {
  /// The diagram's parts: the summary line, the level names, the boxes and the legend.
  struct DiagramLayout {
    var summary: Rect
    var header: Rect
    var body: Rect
    var legend: Rect
  }

  static func diagramLayout(_ rect: Rect) -> DiagramLayout {
    let (summary, rest) = rect.splitTop(rect.height >= 6 ? 1 : 0)
    let (header, afterHeader) = rest.splitTop(rest.height >= 4 ? 1 : 0)
    let (body, legend) = afterHeader.splitTop(max(1, afterHeader.height - 1))
    return DiagramLayout(summary: summary, header: header, body: body, legend: legend)
  }

  /// The layout for this plan version and width: the one kept in the view state, made again
  /// only when the plan or the width changed (`refreshDiagram`, in update).
  static func diagram(_ state: AppState, width: Int) -> ChangeDiagramGrid {
    if let cache = state.views.diagram, cache.version == state.version, cache.width == width {
      return cache.grid
    }
    return ChangeDiagramGrid(state.plan, width: width)
  }

  /// Brings the kept layout to the plan's version, while the diagram is on screen.
  static func refreshDiagram(_ state: inout AppState, in rect: Rect) {
    guard state.views.theoryOfChange.showsDiagram else { return }
    let width = diagramLayout(rect).body.width
    if let cache = state.views.diagram, cache.version == state.version, cache.width == width {
      return
    }
    state.views.diagram = DiagramCache(
      version: state.version, width: width, grid: ChangeDiagramGrid(state.plan, width: width))
  }

  /// The selected box: the one the view state names, else the first.
  static func diagramSelection(_ state: AppState, _ grid: ChangeDiagramGrid) -> Int? {
    guard !grid.boxes.isEmpty else { return nil }
    return state.views.theoryOfChange.diagramNode.flatMap { grid.index[$0] } ?? 0
  }

  static func drawDiagram(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let parts = diagramLayout(rect)
    drawSummary(state, into: &grid, in: parts.summary)
    let s = state.strings
    let diagram = diagram(state, width: parts.body.width)
    guard let selected = diagramSelection(state, diagram) else {
      grid.text(s["toc.diagram.empty"], x: parts.body.x, y: parts.body.y, style: .muted)
      return
    }
    // The level names over the columns, from the first element found at each depth.
    var named: Set<Int> = []
    for box in diagram.boxes where named.insert(box.depth).inserted {
      grid.field(
        s.label(box.level).capitalizedFirst, x: parts.header.x + box.x, y: parts.header.y,
        width: box.width, style: .heading, alignment: .center, clip: parts.header)
    }
    let offset = state.views.theoryOfChange.diagramOffset
    let window = offset..<(offset + parts.body.height)
    func shows(_ a: Int, _ b: Int) -> Bool {
      min(a, b) < window.upperBound && max(a, b) >= window.lowerBound
    }
    var canvas = DiagramCanvas(glyphs: state.settings.glyphs, rows: window)
    for box in diagram.boxes {
      guard let parent = box.parent.map({ diagram.boxes[$0] }), shows(box.row, parent.row)
      else { continue }
      let elbow = box.x + box.width + 2
      canvas.horizontal(from: box.x + box.width, to: elbow, row: box.row)
      canvas.vertical(from: box.row, to: parent.row, column: elbow)
      canvas.horizontal(from: elbow, to: parent.x - 1, row: parent.row)
      canvas.arrow(x: parent.x - 1, row: parent.row)
    }
    for link in diagram.links {
      let from = diagram.boxes[link.from]
      let to = diagram.boxes[link.to]
      guard shows(from.row, to.row) else { continue }
      let start = link.lane > from.x + from.width ? from.x + from.width : from.x - 1
      canvas.dotted(from: start, to: link.lane, row: from.row, broken: link.broken)
      canvas.dottedVertical(from: from.row, to: to.row, column: link.lane, broken: link.broken)
      canvas.dotted(from: link.lane, to: to.x - 1, row: to.row, broken: link.broken)
      canvas.linkArrow(x: to.x - 1, row: to.row, broken: link.broken)
    }
    canvas.draw(into: &grid, in: parts.body, offset: offset)
    let glyphs = state.settings.glyphs
    for (index, box) in diagram.boxes.enumerated() where window.contains(box.row) {
      let y = parts.body.y + box.row - offset
      let x = parts.body.x + box.x
      let isSelected = index == selected
      let frame = isSelected ? Style.selected : tagStyle(box.level)
      grid.text(String(glyphs.vertical), x: x, y: y, style: frame, clip: parts.body)
      let title = (box.broken ? String(glyphs.warning) + " " : "") + box.title
      var style = isSelected ? Style.selected : (box.level == .impact ? Style(bold: true) : .plain)
      if box.broken && !isSelected { style = Style(color: .bad, bold: true) }
      grid.field(title, x: x + 1, y: y, width: box.width - 2, style: style, clip: parts.body)
      grid.text(
        String(glyphs.vertical), x: x + box.width - 1, y: y, style: frame, clip: parts.body)
    }
    let legend = s.format(
      "toc.diagram.legend", canvas.arrowGlyph, canvas.linkGlyph, String(glyphs.warning))
    grid.text(legend, x: parts.legend.x, y: parts.legend.y, style: .muted, clip: parts.legend)
  }

  /// The keys of the diagram; nil for a command it leaves to the workbench.
  static func handleDiagram(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool? {
    let parts = diagramLayout(rect)
    let diagram = diagram(state, width: parts.body.width)
    guard let current = diagramSelection(state, diagram) else {
      return command == .toggleDiagram ? nil : false
    }
    var next = current
    switch command {
    case .moveUp: next = diagram.move(.up, from: current)
    case .moveDown: next = diagram.move(.down, from: current)
    case .moveLeft: next = diagram.move(.left, from: current)
    case .moveRight: next = diagram.move(.right, from: current)
    case .pageDown, .pageUp:
      for _ in 0..<max(1, parts.body.height / 2) {
        next = diagram.move(command == .pageDown ? .down : .up, from: next)
      }
    case .top: next = 0
    case .bottom: next = diagram.boxes.count - 1
    case .activate, .switchFocus:
      openDetail(diagram.boxes[current].id, &state, in: rect)
      return true
    default: return nil
    }
    state.views.theoryOfChange.diagramNode = diagram.boxes[next].id
    normalizeDiagram(&state, in: rect)
    return true
  }

  /// Shows the tree with `id` selected (its ancestors unfolded) and its detail focused.
  static func openDetail(_ id: NodeID, _ state: inout AppState, in rect: Rect) {
    var cursor = state.views.theoryOfChange
    cursor.showsDiagram = false
    let path = state.plan.ancestry(of: id) ?? [id]
    for ancestor in path.dropLast() { cursor.collapsed.remove(ancestor) }
    let tree = ChangeTree(roots: state.plan.theoryOfChange, collapsed: cursor.collapsed)
    cursor.rows.row = tree.row(showing: path) ?? cursor.rows.row
    cursor.focus = .detail
    cursor.detail = ListCursor()
    state.views.theoryOfChange = cursor
    normalize(&state, in: rect)
  }

  /// Switches between the tree and the diagram, keeping the selected element.
  static func toggleDiagram(_ state: inout AppState, in rect: Rect) {
    if state.views.theoryOfChange.showsDiagram {
      if let id = state.views.theoryOfChange.diagramNode, state.plan.node(id) != nil {
        openDetail(id, &state, in: rect)
        state.views.theoryOfChange.focus = .tree
        normalize(&state, in: rect)
      } else {
        state.views.theoryOfChange.showsDiagram = false
      }
      return
    }
    state.views.theoryOfChange.diagramNode = selectedNode(state)?.id
    state.views.theoryOfChange.showsDiagram = true
    normalizeDiagram(&state, in: rect)
  }

  /// Keeps the selected box on screen.
  static func normalizeDiagram(_ state: inout AppState, in rect: Rect) {
    refreshDiagram(&state, in: rect)
    let body = diagramLayout(rect).body
    let diagram = diagram(state, width: body.width)
    var cursor = state.views.theoryOfChange
    guard let selected = diagramSelection(state, diagram) else {
      cursor.diagramOffset = 0
      state.views.theoryOfChange = cursor
      return
    }
    cursor.diagramNode = diagram.boxes[selected].id
    let row = diagram.boxes[selected].row
    if row < cursor.diagramOffset { cursor.diagramOffset = row }
    if row >= cursor.diagramOffset + body.height { cursor.diagramOffset = row - body.height + 1 }
    cursor.diagramOffset = max(0, min(cursor.diagramOffset, max(0, diagram.rows - body.height)))
    state.views.theoryOfChange = cursor
  }

  /// A click on a box selects it.
  static func clickInDiagram(x: Int, y: Int, _ state: inout AppState, in rect: Rect) {
    let body = diagramLayout(rect).body
    let diagram = diagram(state, width: body.width)
    let row = y - body.y + state.views.theoryOfChange.diagramOffset
    guard body.contains(x: x, y: y),
      let box = diagram.boxes.first(where: { box in
        box.row == row && x >= body.x + box.x && x < body.x + box.x + box.width
      })
    else { return }
    state.views.theoryOfChange.diagramNode = box.id
    normalizeDiagram(&state, in: rect)
  }

  /// In the diagram the selected box stands for the element's title: typing renames it.
  static func diagramEditPlace(_ state: AppState, in rect: Rect) -> EditPlace? {
    let body = diagramLayout(rect).body
    let diagram = diagram(state, width: body.width)
    guard let selected = diagramSelection(state, diagram) else { return nil }
    let box = diagram.boxes[selected]
    let y = body.y + box.row - state.views.theoryOfChange.diagramOffset
    guard y >= body.y, y < body.maxY else { return nil }
    return EditPlace(
      target: Target(.node(box.id), .title),
      rect: Rect(x: body.x + box.x + 1, y: y, width: max(1, box.width - 2), height: 1))
  }
}

extension String {
  /// "outcome" → "Outcome".
  var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
