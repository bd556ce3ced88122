import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The detail half of the Theory of Change pane: everything about the selected node, in a
/// label column layout so that a few lines hold a lot on an 80×24 projector screen.
extension TheoryOfChangePane {
  /// A KPI's progress bar, drawn with the shared bar over the blank cells its line leaves.
  struct BarMark: Hashable {
    var item: Int
    var line: Int
    /// Counted from the detail's left edge.
    var column: Int
    var width: Int
    var fraction: Double
    var style: Style
  }

  /// The detail's items and the bars to draw over them.
  struct Detail {
    var items: [DetailItem] = []
    var bars: [BarMark] = []
  }

  /// A KPI is late when its deadline has passed and it has not reached its target; with no
  /// figure measured by then it counts as late too. Going by progress rather than comparing
  /// actual with target keeps a KPI that must go down (CO₂, waiting time) the right way up.
  static func isLate(_ kpi: KPI, today: CalendarDate) -> Bool {
    guard let deadline = kpi.deadline, deadline < today, kpi.target != nil else { return false }
    if let progress = kpi.progress { return progress < 1 }
    return kpi.actual == nil
  }

  static func drawDetail(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    guard let node = selectedNode(state) else { return }
    let detail = self.detail(node, state, width: rect.width)
    let view = DetailView(items: detail.items)
    let total = view.lineCount
    let shown = total > rect.height ? rect.height - 1 : rect.height
    let area = Rect(x: rect.x, y: rect.y, width: rect.width, height: shown)
    // Nothing is selected in the detail yet: row -1 matches no item.
    view.draw(into: &grid, in: area, cursor: ListCursor(row: -1), focused: false)
    let starts = view.lineStarts
    for mark in detail.bars {
      let y = rect.y + starts[mark.item] + mark.line
      guard y < area.maxY, mark.column + mark.width <= rect.width else { continue }
      grid.bar(
        mark.fraction, x: rect.x + mark.column, y: y, width: mark.width, style: mark.style,
        glyphs: state.settings.glyphs)
    }
    if shown < total {
      let more = state.strings.format("toc.more", total - shown)
      grid.text(
        state.settings.glyphs.ellipsis + " " + more, x: rect.x, y: area.maxY, style: .muted,
        clip: rect)
    }
  }

  static func detail(_ node: ChangeNode, _ state: AppState, width: Int) -> Detail {
    let s = state.strings
    let glyphs = state.settings.glyphs
    let levelName = capitalized(s.label(node.level))
    let labels = [
      levelName, s.label(Field.owner), s.label(Field.description), s["toc.assumptions"],
      s["toc.kpis"], s["toc.actions"], s["toc.below"],
    ]
    let labelWidth = min(labels.map { DisplayWidth.of($0) }.max() ?? 0, max(4, width / 3))
    var builder = NodeDetailBuilder(width: width, labelWidth: labelWidth, glyphs: glyphs)
    builder.titleLine(
      levelName, node.title.isEmpty ? "–" : node.title, target: Target(.node(node.id), .title))
    let owner = node.owner.map { id in state.plan.stakeholder(id)?.name ?? id.rawValue }
    builder.entry(
      s.label(Field.owner), text: owner ?? "–", style: owner == nil ? .muted : .plain,
      target: Target(.node(node.id), .owner))
    builder.entry(
      s.label(Field.description), text: node.description.isEmpty ? "–" : node.description,
      style: node.description.isEmpty ? .muted : .plain,
      target: Target(.node(node.id), .description))
    if !node.children.isEmpty {
      let below = ChangeTally(node.children, today: state.settings.today)
      builder.line(s["toc.below"], below.spans(s, glyphs, countStyle: .plain))
    }
    for (index, assumption) in node.assumptions.enumerated() {
      assumptionItems(
        assumption, node: node.id, label: index == 0 ? s["toc.assumptions"] : "", s, &builder)
    }
    for (index, kpi) in node.kpis.enumerated() {
      kpiItem(kpi, node: node.id, label: index == 0 ? s["toc.kpis"] : "", state, &builder)
    }
    let actions = state.plan.actions.filter { $0.node == node.id }
    for (index, action) in actions.enumerated() {
      builder.entry(
        index == 0 ? s["toc.actions"] : "", lead: [Span("\(glyphs.leaf) ", .muted)],
        text: action.what.isEmpty ? "–" : action.what, style: .plain,
        suffix: Span(" (\(s.label(action.status)))", .muted),
        target: Target(.action(action.id), .what))
    }
    return builder.detail
  }

  /// The assumption with its status as a symbol and a word, so it reads without colour; its
  /// plan B under it, or a warning when a broken assumption has none.
  static func assumptionItems(
    _ assumption: Assumption, node: NodeID, label: String, _ s: Strings,
    _ builder: inout NodeDetailBuilder
  ) {
    let glyphs = builder.glyphs
    let symbol: String
    let style: Style
    switch assumption.status {
    case .holds: (symbol, style) = (String(glyphs.check), .colored(.good, bold: true))
    case .broken: (symbol, style) = (String(glyphs.cross), .colored(.bad, bold: true))
    case .untested: (symbol, style) = ("?", .colored(.warning))
    }
    builder.entry(
      label, lead: [Span(symbol + " ", style)],
      prefix: Span(s.label(assumption.status) + ": ", style),
      text: assumption.text.isEmpty ? "–" : assumption.text,
      style: assumption.status == .broken ? Style(bold: true) : .plain,
      target: Target(.assumption(node, assumption.id), .text))
    let planB = s.label(Field.planB) + ": "
    let ref = EntityRef.assumption(node, assumption.id)
    if !assumption.planB.allSatisfy(\.isWhitespace) {
      let strong = assumption.status == .broken
      builder.entry(
        "", lead: [Span("  ")], prefix: Span(planB, Style(bold: strong)), text: assumption.planB,
        style: strong ? .plain : .muted, target: Target(ref, .planB))
    } else if assumption.status == .broken {
      builder.entry(
        "", lead: [Span("  ")], text: "\(glyphs.warning) " + s["toc.noPlanB"],
        style: .colored(.bad, bold: true), target: Target(ref, .planB))
    }
  }

  /// "name  baseline → actual → target unit  ███░░ 25%  by 31-12-2028", wrapped at the gaps
  /// between those parts rather than inside them.
  static func kpiItem(
    _ kpi: KPI, node: NodeID, label: String, _ state: AppState, _ builder: inout NodeDetailBuilder
  ) {
    let s = state.strings
    let arrow = " \(state.settings.glyphs.arrow) "
    var numbers = s.decimal(kpi.baseline) + arrow + s.decimal(kpi.actual) + arrow
    numbers += s.decimal(kpi.target)
    if !kpi.unit.allSatisfy(\.isWhitespace) { numbers += " " + kpi.unit }
    let late = isLate(kpi, today: state.settings.today)
    var chunks = [NodeDetailBuilder.Chunk(text: numbers, style: .plain)]
    if let progress = kpi.progress {
      let style: Style =
        late ? .colored(.bad) : progress >= 1 ? .colored(.good) : .colored(.accent)
      chunks.append(
        NodeDetailBuilder.Chunk(
          text: " " + s.percent(progress), style: .plain, bar: (progress, style)))
    }
    if let deadline = kpi.deadline {
      chunks.append(
        late
          ? NodeDetailBuilder.Chunk(
            text: "\(state.settings.glyphs.warning) "
              + s.format("toc.lateSince", s.date(deadline)),
            style: .colored(.bad, bold: true))
          : NodeDetailBuilder.Chunk(text: s.format("toc.deadline", s.date(deadline)), style: .muted)
      )
    }
    builder.chunks(
      label, title: kpi.name.isEmpty ? "–" : kpi.name, chunks,
      target: Target(.nodeKPI(node, kpi.id), .actual))
  }

  static func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
