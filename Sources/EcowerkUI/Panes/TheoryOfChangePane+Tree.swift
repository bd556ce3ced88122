import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The tree half of the Theory of Change pane: a summary line, then one row per visible node.
extension TheoryOfChangePane {
  /// Where the parts of a tree row go, the same for drawing and for telling where a click
  /// landed. A row reads: level tag, connectors, fold marker, title, warnings, owner.
  struct RowLayout {
    var tagWidth: Int
    /// 0 when the tree is too narrow for an owner column.
    var ownerWidth: Int
    /// How many three-column connector segments fit while leaving the title its room; deeper
    /// rows lose their leftmost segments to an ellipsis.
    var maxSegments: Int

    /// Titles keep at least this many columns however deep the row.
    static let minimumTitle = 12

    init(width: Int, strings: Strings) {
      tagWidth =
        ChangeLevel.allCases.map { DisplayWidth.of(TheoryOfChangePane.tag($0, strings)) }
        .max() ?? 0
      // Titles come first: the owner gets what is left once an activity's title (three
      // levels deep) has 36 columns, but never less than 14; on a wide screen (a projector)
      // up to a third of the tree, so whole names show.
      let left = width - tagWidth - 1 - 3 * 3 - 2 - 36 - 1
      ownerWidth = width >= 64 ? min(max(26, width / 3), max(14, left)) : 0
      let fixed = tagWidth + 1 + 2 + Self.minimumTitle + (ownerWidth > 0 ? ownerWidth + 1 : 0)
      maxSegments = max(0, (width - fixed) / 3)
    }

    func segments(depth: Int) -> Int { min(depth, maxSegments) }

    /// The marker's column, counted from the tree's left edge.
    func markerOffset(depth: Int) -> Int { tagWidth + 1 + 3 * segments(depth: depth) }
  }

  /// The level's short tag, so the level shows in a narrow column: IMP, UITK, OUTP, ACT.
  static func tag(_ level: ChangeLevel, _ strings: Strings) -> String {
    strings["toc.tag.\(level.rawValue)"]
  }

  static func tagStyle(_ level: ChangeLevel) -> Style {
    switch level {
    case .impact: return Style(color: .accent, bold: true)
    case .outcome: return Style(color: .accent)
    case .output: return .plain
    case .activity: return .muted
    }
  }

  /// The connectors in front of a row: a guide per ancestor below the root (a line while that
  /// ancestor has siblings still to come), then a branch or a last branch for the row itself.
  static func connectors(_ trail: [ChangeTree.Frame], segments: Int, glyphs: Glyphs) -> String {
    guard trail.count > 1, segments > 0 else { return "" }
    var parts: [String] = []
    for frame in trail.dropFirst().dropLast() {
      parts.append(frame.isLast ? glyphs.treeSpace : glyphs.treePipe)
    }
    parts.append(trail[trail.count - 1].isLast ? glyphs.treeLast : glyphs.treeBranch)
    guard parts.count > segments else { return parts.joined() }
    let kept = parts.suffix(segments - 1)
    return TextLayout.pad(glyphs.ellipsis, toWidth: 3) + kept.joined()
  }

  /// The title line over the tree: how big the tree is, and what needs attention.
  static func drawSummary(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let s = state.strings
    let tally = ChangeTally(state.plan.theoryOfChange, today: state.settings.today)
    // Below 60 columns the tab bar's "ToC" has to do as the title.
    let title = rect.width >= 60 ? [Span(s["pane.theoryOfChange"] + "  ", .heading)] : []
    let spans = title + tally.spans(s, state.settings.glyphs, countStyle: .muted)
    var x = rect.x
    for span in spans {
      x = grid.text(span.text, x: x, y: rect.y, style: span.style, clip: rect)
    }
  }

  /// The visible rows from the cursor's offset down to the bottom of `rect`; only those are
  /// walked past, measured and drawn.
  static func drawTree(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let s = state.strings
    guard !state.plan.theoryOfChange.isEmpty else {
      drawEmpty(s, into: &grid, in: rect)
      return
    }
    let cursor = state.views.theoryOfChange
    let tree = ChangeTree(roots: state.plan.theoryOfChange, collapsed: cursor.collapsed)
    var shown: [(node: ChangeNode, trail: [ChangeTree.Frame])] = []
    let end = cursor.rows.offset + rect.height
    tree.forEachVisible { node, trail in
      guard let row = trail.last?.row, row < end else { return false }
      if row >= cursor.rows.offset { shown.append((node, trail)) }
      return true
    }
    let layout = RowLayout(width: rect.width, strings: s)
    let owners =
      layout.ownerWidth > 0 ? ownerNames(shown.compactMap(\.node.owner), state.plan) : [:]
    let newRow = tree.visibleCount - cursor.rows.offset
    if newRow >= 0, newRow < rect.height {
      // The empty row after the last node: typing there adds an impact goal.
      let selected = cursor.rows.row == tree.visibleCount && cursor.focus == .tree
      let text = s["toc.newRow"]
      grid.field(
        text, x: rect.x, y: rect.y + newRow, width: min(rect.width, DisplayWidth.of(text)),
        style: Style(reverse: selected, dim: !selected), clip: rect)
    }
    for (line, entry) in shown.enumerated() {
      let row = Rect(x: rect.x, y: rect.y + line, width: rect.width, height: 1)
      drawRow(entry.node, entry.trail, tree, state, layout, owners, into: &grid, in: row)
      // With the keyboard in the detail the row is underlined: one cursor on screen at a time.
      if entry.trail.last?.row == cursor.rows.row {
        let focused = cursor.focus == .tree
        grid.restyle(row) { style in
          if focused { style.reverse = true } else { style.underline = true }
        }
      }
    }
  }

  static func drawRow(
    _ node: ChangeNode, _ trail: [ChangeTree.Frame], _ tree: ChangeTree, _ state: AppState,
    _ layout: RowLayout, _ owners: [StakeholderID: String], into grid: inout CellGrid,
    in row: Rect
  ) {
    let glyphs = state.settings.glyphs
    let depth = trail.count - 1
    grid.field(
      tag(node.level, state.strings), x: row.x, y: row.y, width: layout.tagWidth,
      style: tagStyle(node.level), clip: row)
    let guides = connectors(trail, segments: layout.segments(depth: depth), glyphs: glyphs)
    grid.text(guides, x: row.x + layout.tagWidth + 1, y: row.y, style: .muted, clip: row)
    let markerX = row.x + layout.markerOffset(depth: depth)
    let marker =
      node.children.isEmpty
      ? glyphs.leaf : tree.isExpanded(node) ? glyphs.expanded : glyphs.collapsed
    grid.text(
      String(marker), x: markerX, y: row.y,
      style: node.children.isEmpty ? .muted : Style(color: .accent, bold: true), clip: row)
    // A folded row speaks for what it hides: folding must not hide trouble.
    let folded = !node.children.isEmpty && !tree.isExpanded(node)
    var tally = folded ? ChangeTally(node.children, today: state.settings.today) : ChangeTally()
    var flags: [Span] = []
    if folded { flags.append(Span("(\(state.strings.number(tally.nodes)))", .muted)) }
    tally.add(node, today: state.settings.today)
    if tally.broken > 0 {
      flags.append(Span(String(glyphs.cross), .colored(.bad, bold: true)))
    }
    if tally.late > 0 {
      flags.append(Span(String(glyphs.warning), .colored(.warning, bold: true)))
    }
    let ownerRoom = layout.ownerWidth > 0 ? layout.ownerWidth + 1 : 0
    let titleX = markerX + 2
    let room = row.maxX - ownerRoom - titleX - flags.reduce(0) { $0 + 1 + DisplayWidth.of($1.text) }
    let title = node.title.isEmpty ? "–" : node.title
    let titleWidth = min(room, DisplayWidth.of(Sanitizer.line(title)))
    grid.field(
      title, x: titleX, y: row.y, width: titleWidth,
      style: node.level == .impact ? Style(bold: true) : .plain, clip: row)
    var x = titleX + max(0, titleWidth)
    for flag in flags {
      x = grid.text(" " + flag.text, x: x, y: row.y, style: flag.style, clip: row)
    }
    if let owner = node.owner, layout.ownerWidth > 0 {
      grid.field(
        owners[owner] ?? owner.rawValue, x: row.maxX - layout.ownerWidth, y: row.y,
        width: layout.ownerWidth, style: .muted, clip: row)
    }
  }

  /// The names of a few stakeholders, found in one pass over the plan's list.
  static func ownerNames(_ ids: [StakeholderID], _ plan: Plan) -> [StakeholderID: String] {
    var wanted = Set(ids)
    var names: [StakeholderID: String] = [:]
    for stakeholder in plan.stakeholders where wanted.contains(stakeholder.id) {
      names[stakeholder.id] = stakeholder.name
      wanted.remove(stakeholder.id)
      if wanted.isEmpty { break }
    }
    return names
  }

  /// What an empty Theory of Change shows instead of a blank area: what belongs here.
  static func drawEmpty(_ s: Strings, into grid: inout CellGrid, in rect: Rect) {
    let width = max(1, rect.width - 2)
    var lines = [(s["toc.empty"], Style(bold: true))]
    lines += TextLayout.wrap(s["toc.emptyHint"], width: width).map { ($0, Style.muted) }
    for (index, line) in lines.enumerated() where index < rect.height {
      grid.text(line.0, x: rect.x + 1, y: rect.y + index, style: line.1, clip: rect)
    }
  }
}
