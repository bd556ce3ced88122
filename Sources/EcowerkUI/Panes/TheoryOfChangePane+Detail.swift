import EcowerkChecks
import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The detail half of the Theory of Change pane: everything about the selected node, in a
/// label column layout so that a few lines hold a lot on an 80×24 projector screen. Every
/// field is a line of its own with a target, so that the cursor can stop on it and edit it.
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

  /// The links a node shows: all three on an impact goal, the failures elsewhere once named.
  static func linkFields(_ node: ChangeNode) -> [Field] {
    if node.level == .impact { return [.segments, .systemFailures, .transformationFailures] }
    var fields: [Field] = []
    if !node.systemFailures.isEmpty { fields.append(.systemFailures) }
    if !node.transformationFailures.isEmpty { fields.append(.transformationFailures) }
    return fields
  }

  static func detail(_ node: ChangeNode, _ state: AppState, width: Int) -> Detail {
    let s = state.strings
    let glyphs = state.settings.glyphs
    let ref = EntityRef.node(node.id)
    let levelName = capitalized(s.label(node.level))
    let labels = [
      levelName, s.label(Field.level), s.label(Field.owner), s.label(Field.description),
      s.label(Field.rationale), s["toc.alsoContributes"], s["toc.assumptions"], s["toc.kpis"],
      s["toc.actions"], s["toc.below"],
    ]
    let labelWidth = min(labels.map { DisplayWidth.of($0) }.max() ?? 0, max(4, width / 3))
    var builder = NodeDetailBuilder(width: width, labelWidth: labelWidth, glyphs: glyphs)
    builder.titleLine(
      levelName, node.title.isEmpty ? "–" : node.title, target: Target(ref, .title))
    builder.entry(s.label(Field.level), text: levelName, style: .plain, target: Target(ref, .level))
    let owner = node.owner.map { id in state.plan.stakeholder(id)?.name ?? id.rawValue }
    builder.entry(
      s.label(Field.owner), text: owner ?? "–", style: owner == nil ? .muted : .plain,
      target: Target(ref, .owner))
    builder.entry(
      s.label(Field.description), text: node.description.isEmpty ? "–" : node.description,
      style: node.description.isEmpty ? .muted : .plain, target: Target(ref, .description))
    if !node.children.isEmpty {
      let below = ChangeTally(node.children, today: state.settings.today)
      builder.line(s["toc.below"], below.spans(s, glyphs, countStyle: .plain))
    }
    // An empty group still gets a line, so that `a` there adds its first entry.
    if node.assumptions.isEmpty {
      builder.entry(
        s["toc.assumptions"], text: state.keyed(s["toc.addFirst"]), style: .muted, target: nil)
      builder.place(in: .assumptions(node.id), at: nil)
    }
    for (index, assumption) in node.assumptions.enumerated() {
      assumptionItems(
        assumption, of: .assumption(node.id, assumption.id), in: .assumptions(node.id),
        index: index, label: index == 0 ? s["toc.assumptions"] : "", s, &builder)
    }
    if node.kpis.isEmpty {
      builder.entry(s["toc.kpis"], text: state.keyed(s["toc.addFirst"]), style: .muted, target: nil)
      builder.place(in: .nodeKPIs(node.id), at: nil)
    }
    for (index, kpi) in node.kpis.enumerated() {
      kpiItems(
        kpi, ref: .nodeKPI(node.id, kpi.id), in: .nodeKPIs(node.id), index: index,
        start: CalendarDate(year: state.plan.startYear, month: 1, day: 1),
        label: index == 0 ? s["toc.kpis"] : "", state, &builder)
    }
    let actions = state.plan.actions.filter { $0.node == node.id }
    for (index, action) in actions.enumerated() {
      builder.entry(
        index == 0 ? s["toc.actions"] : "", lead: [Span("\(glyphs.leaf) ", .muted)],
        text: action.what.isEmpty ? "–" : action.what, style: .plain,
        suffix: Span(" (\(s.label(action.status)))", .muted),
        target: Target(.action(action.id), .what))
    }
    // An impact goal makes the vision operational: for whom, against which failures (another
    // element shows the failures it addresses once it names any). Last, so that the lines a
    // room reads most keep their place.
    for field in linkFields(node) {
      let names = ValueText.names(ofReferences: field, of: node, at: ref, plan: state.plan)
      builder.entry(
        s.label(field), text: names.isEmpty ? "–" : names.joined(separator: "; "),
        style: names.isEmpty ? .muted : .plain, target: Target(ref, field))
    }
    // Why the element leads to the one above it, and what else it contributes to: after the
    // assumptions and KPIs, which an 80×24 projector screen must show first.
    builder.entry(
      s.label(Field.rationale), text: node.rationale.isEmpty ? "–" : node.rationale,
      style: node.rationale.isEmpty ? .muted : .plain, target: Target(ref, .rationale))
    // The reason of a link is what Enter edits; a link resting on a broken assumption in red.
    for (index, link) in state.plan.links(from: node.id).enumerated() {
      let title = state.plan.node(link.to).map { $0.title.isEmpty ? "–" : $0.title }
      var text = glyphs.arrow + " " + (title ?? link.to.rawValue)
      if !link.rationale.isEmpty { text += " — " + link.rationale }
      let broken = link.assumptions.contains { $0.status == .broken }
      builder.entry(
        index == 0 ? s["toc.alsoContributes"] : "", text: text,
        style: broken ? Style(color: .bad) : .plain,
        target: Target(.changeLink(link.id), .rationale))
      // Delete on the line removes the link (undo puts it back).
      if let position = state.plan.changeLinks.firstIndex(where: { $0.id == link.id }) {
        builder.place(in: .changeLinks, at: position)
      }
      // What the link rests on, each with its status and plan B like an element's; a link
      // without any gets a line where adding writes the first.
      if link.assumptions.isEmpty {
        builder.entry(
          "", lead: [Span("  ")], prefix: Span(s["toc.assumptions"] + ": ", .muted),
          text: state.keyed(s["toc.addFirst"]), style: .muted, target: nil)
        builder.place(in: .linkAssumptions(link.id), at: nil)
      }
      for (number, assumption) in link.assumptions.enumerated() {
        assumptionItems(
          assumption, of: .linkAssumption(link.id, assumption.id),
          in: .linkAssumptions(link.id), index: number, label: "", indent: "  ", s, &builder)
      }
    }
    return builder.detail
  }

  /// The assumption with its status as a symbol and a word, so it reads without colour; its
  /// plan B under it. A broken assumption always shows its plan B line, empty or not, with a
  /// warning when there is none: that line is where the room writes it.
  static func assumptionItems(
    _ assumption: Assumption, of ref: EntityRef, in list: ListRef, index: Int, label: String,
    indent: String = "", _ s: Strings, _ builder: inout NodeDetailBuilder
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
      label, lead: [Span(indent), Span(symbol + " ", style)],
      prefix: Span(s.label(assumption.status) + ": ", style),
      text: assumption.text.isEmpty ? "–" : assumption.text,
      style: assumption.status == .broken ? Style(bold: true) : .plain,
      target: Target(ref, .text))
    builder.place(in: list, at: index, cycle: .status)
    let planB = s.label(Field.planB) + ": "
    let broken = assumption.status == .broken
    if !assumption.planB.allSatisfy(\.isWhitespace) {
      builder.entry(
        "", lead: [Span(indent + "  ")], prefix: Span(planB, Style(bold: broken)),
        text: assumption.planB,
        style: broken ? .plain : .muted, target: Target(ref, .planB))
      builder.place(in: list, at: index, cycle: .status)
    } else if broken {
      builder.entry(
        "", lead: [Span(indent + "  ")], prefix: Span(planB, Style(bold: true)), text: "–",
        style: .muted,
        suffix: Span("  \(glyphs.warning) " + s["toc.noPlanB"], .colored(.bad, bold: true)),
        target: Target(ref, .planB))
      builder.place(in: list, at: index, cycle: .status)
    } else {
      // A plan B can be written at any time, in the risk discussion before anything broke.
      builder.entry(
        "", lead: [Span(indent + "  ")], prefix: Span(planB, .muted), text: "–", style: .muted,
        target: Target(ref, .planB))
      builder.place(in: list, at: index, cycle: .status)
    }
  }

  /// The KPI's name with its progress bar (and a warning when it is late), then each figure
  /// on a line of its own — unit, baseline, actual, target, deadline — so that each can be
  /// typed in place and Tab walks from one to the next.
  static func kpiItems(
    _ kpi: KPI, ref: EntityRef, in list: ListRef, index: Int, start: CalendarDate?,
    label: String, _ state: AppState, _ builder: inout NodeDetailBuilder
  ) {
    let s = state.strings
    let glyphs = state.settings.glyphs
    let late = isLate(kpi, today: state.settings.today)
    var chunks: [NodeDetailBuilder.Chunk] = []
    if let progress = kpi.progress {
      let style: Style =
        late ? .colored(.bad) : progress >= 1 ? .colored(.good) : .colored(.accent)
      chunks.append(
        NodeDetailBuilder.Chunk(
          text: " " + s.percent(progress), style: .plain, bar: (progress, style)))
    }
    if late, let deadline = kpi.deadline {
      chunks.append(
        NodeDetailBuilder.Chunk(
          text: "\(glyphs.warning) " + s.format("toc.lateSince", s.date(deadline)),
          style: .colored(.bad, bold: true)))
    }
    builder.chunks(
      label, title: kpi.name.isEmpty ? "–" : kpi.name, chunks, target: Target(ref, .name))
    builder.place(in: list, at: index)
    var figures: [(Field, String?, Style)] = [
      (.unit, kpi.unit.allSatisfy(\.isWhitespace) ? nil : kpi.unit, .plain),
      (.baseline, kpi.baseline.map { s.decimal($0) }, .plain),
      (.actual, kpi.actual.map { s.decimal($0) }, Style(bold: true)),
      (.target, kpi.target.map { s.decimal($0) }, .plain),
      (.deadline, kpi.deadline.map { s.date($0) }, late ? .colored(.bad, bold: true) : .plain),
    ]
    // A KPI that misses its pace asks "poor execution or a changed environment?": the cause
    // is a choice on its own line, shown once the KPI is behind or a cause was recorded; a
    // changed environment names the assumption that broke, picked from all of them.
    // Paced from `start`: the plan's start, or an action's for an action's KPI.
    let standing = KpiStanding.of(kpi, start: start, today: state.settings.today)
    if kpi.cause != nil || standing == .behind || standing == .late {
      figures.append(
        (.cause, kpi.cause.map { s.label($0) }, kpi.cause == nil ? .plain : Style(bold: true)))
    }
    if kpi.cause == .environment || kpi.causeAssumption != nil {
      let text = kpi.causeAssumption.map { state.plan.assumption($0)?.text ?? "–" }
      figures.append((.causeAssumption, text, .plain))
    }
    // The assumption's line is labelled short, under "Cause" (its full name is in the
    // status bar and the pick list).
    let figureName = { (field: Field) in
      field == .causeAssumption ? s["toc.causeAssumption"] : s.label(field)
    }
    let width =
      (figures.map { DisplayWidth.of(figureName($0.0)) }
      + [DisplayWidth.of(s["toc.milestones"]), DisplayWidth.of(s["toc.measurements"])]).max() ?? 0
    let figureLabel = { (text: String) in
      Span(TextLayout.pad(text, toWidth: width) + "  ", .muted)
    }
    for (field, value, style) in figures {
      // The label in the lead, so that a long value wraps under itself.
      builder.entry(
        "", lead: [Span("  "), figureLabel(figureName(field))], text: value ?? "–",
        style: value == nil ? .muted : style, target: Target(ref, field))
      builder.place(in: list, at: index)
    }
    milestoneItems(kpi, label: figureLabel, state, &builder)
    measurementItems(kpi, label: figureLabel, state, &builder)
  }

  /// The yearly milestones in year order, each a line whose value is typed in place; an
  /// empty list still gets a line, so that adding there plants the first.
  static func milestoneItems(
    _ kpi: KPI, label: (String) -> Span, _ state: AppState, _ builder: inout NodeDetailBuilder
  ) {
    let s = state.strings
    let list = ListRef.milestones(kpi.id)
    if kpi.milestones.isEmpty {
      builder.entry(
        "", lead: [Span("  "), label(s["toc.milestones"])],
        text: state.keyed(s["toc.addFirst"]), style: .muted, target: nil)
      builder.place(in: list, at: nil)
      return
    }
    // The year before the figure, a milestone already due in grey.
    let today = state.settings.today
    for (number, milestone) in kpi.milestonesInOrder.enumerated() {
      guard let position = kpi.milestones.firstIndex(where: { $0.year == milestone.year })
      else { continue }
      builder.entry(
        "",
        lead: [
          Span("  "), label(number == 0 ? s["toc.milestones"] : ""),
          Span("\(milestone.year)  ", milestone.due < today ? .muted : .plain),
        ],
        text: milestone.value.map { s.decimal($0) } ?? "–",
        style: milestone.value == nil ? .muted : .plain,
        target: Target(.milestone(kpi.id, year: milestone.year), .value))
      builder.place(in: list, at: position)
    }
  }

  /// Every measurement, newest first, each a line: Enter edits the figure, Tab goes on to
  /// who measured it, the note and the date; Delete removes a figure entered by mistake,
  /// adding on a line records a new one dated today.
  static func measurementItems(
    _ kpi: KPI, label: (String) -> Span, _ state: AppState, _ builder: inout NodeDetailBuilder
  ) {
    let s = state.strings
    let list = ListRef.measurements(kpi.id)
    let ordered = kpi.series + kpi.measurements.filter { $0.value == nil }
    guard !ordered.isEmpty else { return }
    for (number, measurement) in ordered.reversed().enumerated() {
      guard let position = kpi.measurements.firstIndex(where: { $0.id == measurement.id })
      else { continue }
      var text =
        (measurement.date.map { s.date($0) } ?? s["kpis.undated"]) + "  "
        + (measurement.value.map { s.decimal($0) } ?? "–")
      for extra in [measurement.measuredBy, measurement.note] where !extra.isEmpty {
        text += " · " + extra
      }
      builder.entry(
        "", lead: [Span("  "), label(number == 0 ? s["toc.measurements"] : "")],
        text: text, style: number == 0 ? .plain : .muted,
        target: Target(.measurement(kpi.id, measurement.id), .value))
      builder.place(in: list, at: position)
      builder.lineFields([.measuredBy, .note, .date])
    }
  }

  static func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
