import EcowerkModel
import EcowerkStrings

/// Step 3, into action: the Theory of Change and the action plan that serves it.
extension ReportBuilder {
  var theoryOfChangeBlocks: [ReportBlock] {
    let nodes = plan.allNodes()
    guard !nodes.isEmpty else { return nothingYet }
    let tree = ReportBlock.tree(nodes.map { treeLine($0.node, depth: $0.depth) })
    let hasKPIs = nodes.contains { !$0.node.kpis.isEmpty }
    let outline = hasKPIs ? [.paragraph(strings["report.kpi.legend"]), tree] : [tree]
    return [.figure(changeDiagramFigure)] + outline
  }

  private func treeLine(_ node: ChangeNode, depth: Int) -> ReportTreeLine {
    var details: [String] = []
    if !node.description.allSatisfy(\.isWhitespace) { details.append(node.description) }
    if node.owner != nil {
      details.append("\(field(.owner)): \(names.stakeholder(node.owner))")
    }
    if !node.rationale.allSatisfy(\.isWhitespace) {
      details.append(strings.format("report.toc.rationale", node.rationale))
    }
    // What the node serves: the segments of step 1 and the failures it is aimed at.
    if !node.segments.isEmpty {
      details.append("\(field(.segments)): \(names.list(node.segments.map(names.segment)))")
    }
    let failures = (node.systemFailures + node.transformationFailures).map(names.failure)
    if !failures.isEmpty {
      details.append("\(strings["link.failures"]): \(names.list(failures))")
    }
    details += node.assumptions.map(assumptionText)
    details += node.kpis.map(kpiText)
    // The network beside the tree: what this element also contributes to, why, and on what
    // the link rests.
    for link in plan.links(from: node.id) {
      let target = plan.node(link.to).map { names.orUnnamed($0.title) } ?? link.to.rawValue
      var text = strings.format("report.toc.alsoContributes", target)
      if !link.rationale.allSatisfy(\.isWhitespace) { text += " — " + link.rationale }
      details.append(text)
      details += link.assumptions.map { "  " + assumptionText($0) }
    }
    let level = strings.label(node.level)
    let title = level.prefix(1).uppercased() + level.dropFirst()
    return ReportTreeLine(
      depth: depth, text: "\(title): \(names.orUnnamed(node.title))", details: details)
  }

  /// "Assumption (holds): text — plan B: …".
  private func assumptionText(_ assumption: Assumption) -> String {
    var text = strings.format(
      "report.toc.assumption", strings.label(assumption.status), names.orDash(assumption.text))
    if !assumption.planB.allSatisfy(\.isWhitespace) {
      text += " — " + strings.format("report.planB", assumption.planB)
    } else if assumption.status == .broken {
      text += " — " + strings["report.noPlanB"]
    }
    return text
  }

  /// "KPI name: baseline → actual → target unit (progress), deadline date".
  func kpiText(_ kpi: KPI) -> String {
    var text = strings.format(
      "report.kpi", names.orUnnamed(kpi.name), strings.decimal(kpi.baseline),
      strings.decimal(kpi.actual), strings.decimal(kpi.target))
    if !kpi.unit.allSatisfy(\.isWhitespace) { text += " \(kpi.unit)" }
    if let progress = kpi.progress { text += " (\(strings.percent(progress)))" }
    if let deadline = kpi.deadline {
      text += ", " + strings.format("report.kpi.deadline", strings.date(deadline))
    }
    return text
  }

  /// The actions by date: by start, or by end for actions without a start; undated ones last,
  /// ties in the plan's own order so the listing is stable.
  var sortedActions: [Action] {
    plan.actions.enumerated().sorted { lhs, rhs in
      let left = lhs.element.start ?? lhs.element.end
      let right = rhs.element.start ?? rhs.element.end
      switch (left, right) {
      case (let left?, let right?) where left != right: return left < right
      case (.some, nil): return true
      case (nil, .some): return false
      default: break
      }
      let leftEnd = lhs.element.end
      let rightEnd = rhs.element.end
      if let leftEnd, let rightEnd, leftEnd != rightEnd { return leftEnd < rightEnd }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }

  var actionBlocks: [ReportBlock] {
    let actions = sortedActions
    guard !actions.isEmpty else { return nothingYet }
    let overdue = actions.filter { $0.isOverdue(on: today) }.count
    let summary =
      overdue == 0
      ? strings.format("report.actions.noneOverdue", strings.date(today))
      : strings.format("report.actions.overdue", strings.number(overdue), strings.date(today))
    var blocks: [ReportBlock] = [
      .paragraph(summary),
      .table(
        ReportTable(
          columns: [
            .init(strings["report.period"]), .init(field(.what)), .init(strings["report.who"]),
            .init(field(.output)), .init(field(.status)),
          ],
          rows: actions.map { action in
            let status = strings.label(action.status)
            return [
              period(action), names.orUnnamed(action.what),
              names.stakeholder(action.owner), names.orDash(action.output),
              action.isOverdue(on: today)
                ? strings.format("report.actions.overdueStatus", status) : status,
            ]
          })),
    ]
    let links = actions.flatMap { action -> [String] in
      let what = names.orUnnamed(action.what)
      let node = action.node.map {
        strings.format("report.actions.servesNode", what, names.node($0))
      }
      return (node.map { [$0] } ?? []) + action.kpis.map { "\(what): \(kpiText($0))" }
    }
    if !links.isEmpty {
      blocks.append(.list(title: strings["report.actions.links"], items: links))
      if actions.contains(where: { !$0.kpis.isEmpty }) {
        blocks.append(.paragraph(strings["report.kpi.legend"]))
      }
    }
    return blocks
  }

  /// Start and end on two lines of one cell: two date columns would leave too little room
  /// for the text columns on a printed page.
  private func period(_ action: Action) -> String {
    guard let start = action.start, let end = action.end else {
      return names.period(action.start, action.end)
    }
    return "\(strings.date(start)) –\n\(strings.date(end))"
  }
}
