import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The chain links view of pane 3 (the third face of `v` / Ctrl-W): the links of the value
/// chain in order, who in the MVE covers each, and the empty row to add one. Links are added,
/// renamed, reordered and deleted here like any list; deleting one that partners cover asks
/// first, and undo puts the link and its references back.
enum ChainLinksView {
  static func items(_ state: AppState, width: Int) -> [DetailItem] {
    let s = state.strings
    let plan = state.plan
    let glyphs = state.settings.glyphs
    let covered = plan.chainLinks.count - plan.uncoveredChainLinks.count
    var items: [DetailItem] = [
      .heading(
        plan.chainLinks.isEmpty
          ? s["chain.title"]
          : s.format("chain.titleCovered", s["chain.title"], covered, plan.chainLinks.count)),
      .text(s["chain.explain"], width: width, style: .muted),
    ]
    let numberWidth = String(plan.chainLinks.count).count + 1
    let nameWidth = min(
      max(12, plan.chainLinks.map { DisplayWidth.of($0.name) }.max() ?? 12),
      max(12, width / 3))
    // Who covers each link, cut with "…" to the room the number and name leave.
    let room = max(4, width - 1 - numberWidth - nameWidth - 2)
    func cut(_ text: String, after used: Int) -> String {
      TextLayout.truncate(Sanitizer.line(text), toWidth: max(1, room - used))
    }
    for (position, link) in plan.chainLinks.enumerated() {
      let members = plan.mveMembers.filter { $0.chainLinks.contains(link.id) }.map(\.name)
      let others = plan.stakeholders.filter { !$0.inMVE && $0.chainLinks.contains(link.id) }
        .map(\.name)
      var coverage: [Span]
      if members.isEmpty {
        let warning = "\(glyphs.warning) " + s["chain.uncovered"]
        coverage = [Span(warning, .colored(.warning, bold: true))]
        if !others.isEmpty {
          let outside = s.format("chain.outsideMVE", others.joined(separator: ", "))
          coverage.append(Span(" " + cut(outside, after: DisplayWidth.of(warning) + 1), .muted))
        }
      } else {
        coverage = [
          Span("\(glyphs.check) ", .colored(.good, bold: true)),
          Span(cut(members.joined(separator: ", "), after: 2)),
        ]
      }
      let number = TextLayout.pad("\(position + 1)", toWidth: numberWidth)
      let name = link.name.isEmpty ? s["edit.unnamed"] : Sanitizer.line(link.name)
      let shownName = TextLayout.pad(
        TextLayout.truncate(name, toWidth: nameWidth), toWidth: nameWidth)
      var row = DetailItem.row(
        [Span(" " + number, .muted), Span(shownName, Style(bold: true)), Span("  ")] + coverage,
        target: Target(.chainLink(link.id), .name))
      row.editColumn = 1 + numberWidth
      items.append(row.inList(.chainLinks, at: position))
    }
    items.append(
      DetailItem.row(
        [Span(" " + s[plan.chainLinks.isEmpty ? "chain.empty" : "chain.newRow"], .muted)],
        selectable: true
      ).inList(.chainLinks, at: nil))
    return items
  }

  static func view(_ state: AppState, width: Int) -> DetailView {
    DetailView(items: items(state, width: width))
  }

  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    view(state, width: rect.width).draw(
      into: &grid, in: rect, cursor: state.views.stakeholders.chainLinkCursor, focused: true)
  }

  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    let view = view(state, width: rect.width)
    let current = state.views.stakeholders.chainLinkCursor
    let page = max(1, rect.height - 1)
    let moved: ListCursor
    switch command {
    case .moveDown, .nextField: moved = view.moved(current, by: 1, height: rect.height)
    case .moveUp, .previousField: moved = view.moved(current, by: -1, height: rect.height)
    case .pageDown: moved = view.moved(current, by: page, height: rect.height)
    case .pageUp: moved = view.moved(current, by: -page, height: rect.height)
    case .top: moved = view.normalized(ListCursor(), height: rect.height)
    case .bottom:
      moved = view.moved(
        ListCursor(row: view.items.count - 1, offset: current.offset), by: 0, height: rect.height)
    default: return false
    }
    state.views.stakeholders.chainLinkCursor = moved
    return true
  }

  static func normalize(_ state: inout AppState, in rect: Rect) {
    state.views.stakeholders.chainLinkCursor = view(state, width: rect.width).normalized(
      state.views.stakeholders.chainLinkCursor, height: rect.height)
  }

  static func selectedItem(_ state: AppState, in rect: Rect) -> DetailItem? {
    let items = items(state, width: rect.width)
    let row = state.views.stakeholders.chainLinkCursor.row
    return items.indices.contains(row) ? items[row] : nil
  }

  static func editPlace(_ state: AppState, in rect: Rect) -> EditPlace? {
    view(state, width: rect.width).editPlace(
      in: rect, cursor: state.views.stakeholders.chainLinkCursor)
  }

  static func action(for command: Command, _ state: AppState, in rect: Rect) -> PaneAction? {
    guard let item = selectedItem(state, in: rect) else { return nil }
    return ItemActions.action(
      for: command, item: item, state: state,
      select: { ref, _, state in select(ref, &state) })
  }

  /// Puts the selection on a link's line.
  static func select(_ ref: EntityRef, _ state: inout AppState) {
    let rect = StakeholdersPane.parts(Workbench.paneRect(state)).table
    let items = items(state, width: rect.width)
    guard let index = items.firstIndex(where: { $0.target?.ref == ref }) else { return }
    var cursor = state.views.stakeholders.chainLinkCursor
    cursor.row = index
    state.views.stakeholders.chainLinkCursor = view(state, width: rect.width).normalized(
      cursor, height: rect.height)
  }
}
