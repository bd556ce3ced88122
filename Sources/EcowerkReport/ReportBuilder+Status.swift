import EcowerkChecks
import EcowerkModel
import EcowerkStrings

/// The status at a glance, page 1 of a printed snapshot: what a board member reads when
/// reading nothing else — phase, the verdict on NGF, findings, KPIs, SMEs, the MVE — then the
/// three things to do first, in words, and the pictures and lists behind them.
extension ReportBuilder {
  /// Lists on the summary stop after this many items, saying how many more there are: the
  /// summary is one page, the sections behind it have them all.
  static let summaryItems = 3

  var statusBlocks: [ReportBlock] {
    var blocks: [ReportBlock] = [
      .facts(statusFacts),
      .numbered(title: strings["report.summary.todo"], items: firstThingsToDo),
    ]
    if !plan.segments.isEmpty {
      blocks.append(.figure(reachFigure))
    }
    let lagging = kpiBoard.entries.filter { $0.standing == .late || $0.standing == .behind }
    if !lagging.isEmpty {
      var items = lagging.prefix(Self.summaryItems).map { entry in
        strings.format(
          "report.summary.kpiItem", names.orUnnamed(entry.kpi.name),
          strings.label(entry.standing), kpiExplanation(entry))
      }
      if lagging.count > Self.summaryItems {
        let shown = Self.summaryItems - 1
        items =
          Array(items.prefix(shown)) + [
            strings.format("report.summary.moreKPIs", strings.number(lagging.count - shown))
          ]
      }
      blocks.append(.list(title: strings["report.summary.kpisBehind"], items: items))
    }
    let broken = brokenAssumptions
    if !broken.isEmpty {
      blocks.append(
        .list(
          title: strings["report.status.brokenAssumptions"],
          items: capped(Array(broken.prefix(Self.summaryItems)), total: broken.count)))
    }
    let overdue = sortedActions.filter { $0.isOverdue(on: today) }
    if !overdue.isEmpty {
      let items = overdue.prefix(Self.summaryItems + 1).map { action in
        strings.format(
          "report.status.overdueItem", names.orUnnamed(action.what),
          names.stakeholder(action.owner), strings.date(action.end))
      }
      blocks.append(
        .list(
          title: strings["report.status.overdueActions"],
          items: capped(Array(items), total: overdue.count)))
    }
    return blocks
  }

  /// At most `summaryItems` lines: all items when they fit, else one fewer and "and N more".
  private func capped(_ items: [String], total: Int? = nil) -> [String] {
    let count = total ?? items.count
    guard count > Self.summaryItems else { return items }
    let shown = Self.summaryItems - 1
    return Array(items.prefix(shown))
      + [strings.format("report.summary.more", strings.number(count - shown))]
  }

  private var statusFacts: [ReportFact] {
    let totals = plan.smeTotals
    let overdue = plan.actions.filter { $0.isOverdue(on: today) }.count
    return [
      ReportFact(strings["report.summary.verdict"], verdictLine),
      ReportFact(strings["report.status.ngfShare"], ngfShares),
      ReportFact(
        strings["report.summary.findings"],
        health.count == 0 ? strings["report.summary.noFindings"] : strings.summary(health)),
      ReportFact(strings["report.summary.kpis"], kpiSummary),
      ReportFact(
        strings["report.status.smesTotal"],
        strings.format(
          "report.status.smesTotalValue", strings.number(totals.reached),
          strings.number(plan.targetNewSMEs ?? totals.target), strings.number(totals.atStart))),
      ReportFact(strings["report.mve"], mveVerdict),
      ReportFact(field(.isOrchestrator), orchestratorNames),
      ReportFact(
        strings["report.status.brokenAssumptions"], strings.number(brokenAssumptions.count)),
      ReportFact(strings["report.status.overdueActions"], strings.number(overdue)),
    ]
  }

  /// "2025: 55% · 2026: 47% · …": how the dependence on NGF money runs down, year by year.
  private var ngfShares: String {
    let years = plan.financeByYear
    guard !years.isEmpty else { return "–" }
    // A no-break space keeps each year with its share.
    return years.map { "\($0.year):\u{00A0}\(strings.percent($0.ngfShare))" }
      .joined(separator: " · ")
  }

  /// "stands without NGF after 2030", or how far the last year falls short.
  private var verdictLine: String {
    guard !plan.financeByYear.isEmpty else { return strings["report.summary.noFinance"] }
    let verdict = plan.ngfVerdict
    if verdict.standsAlone {
      return strings.format("report.summary.standsAlone", verdict.lastYear)
    }
    if let gap = verdict.gaps.last(where: { $0.year == verdict.lastYear }) {
      return strings.format(
        "report.summary.notAloneShort", verdict.lastYear, strings.money(gap.amount))
    }
    return strings.format("report.summary.notAlone", verdict.lastYear)
  }

  /// "13 KPIs: 2 late, 9 behind, 1 without figures, 1 reached".
  var kpiSummary: String {
    let total = kpiBoard.entries.count
    guard total > 0 else { return strings["report.summary.noKPIs"] }
    let parts: [(KpiStanding, String)] = [
      (.late, "kpis.summary.late"), (.behind, "kpis.summary.behind"),
      (.unmeasured, "kpis.summary.unmeasured"), (.reached, "kpis.summary.reached"),
    ]
    let counts = parts.compactMap { standing, key -> String? in
      let count = kpiBoard.count(standing)
      return count == 0 ? nil : strings.format(key, strings.number(count))
    }
    let head = strings.format(
      total == 1 ? "kpis.count.one" : "kpis.count.other", strings.number(total))
    return counts.isEmpty ? head : head + ": " + counts.joined(separator: ", ")
  }

  /// The segments on page 1: all of them, or, when there are more than a page holds, those
  /// furthest from their target (the segments section has every one).
  private var summarySegments: [Segment] {
    guard plan.segments.count > Self.summarySegmentLimit else { return plan.segments }
    return plan.segments.enumerated().sorted { lhs, rhs in
      let left = (lhs.element.target ?? 0) - (lhs.element.reachedSinceStart ?? 0)
      let right = (rhs.element.target ?? 0) - (rhs.element.reachedSinceStart ?? 0)
      return left != right ? left > right : lhs.offset < rhs.offset
    }.prefix(Self.summarySegmentShown).map(\.element)
  }

  static let summarySegmentLimit = 8
  static let summarySegmentShown = 6

  /// SMEs taking part against the target as a picture, the bars in text formats.
  private var reachFigure: ReportFigure {
    let totals = plan.smeTotals
    var rows = summarySegments.map { segment in
      ReachChart.Row(
        label: names.orUnnamed(segment.name), reached: Double(segment.reachedSinceStart ?? 0),
        target: segment.target.map(Double.init),
        caption: reachCaption(segment.reachedSinceStart ?? 0, target: segment.target))
    }
    let target = plan.targetNewSMEs ?? totals.target
    rows.append(
      ReachChart.Row(
        label: strings["report.total"], reached: Double(totals.reached),
        target: Double(target), caption: reachCaption(totals.reached, target: target),
        isTotal: true))
    let description = rows.map { "\($0.label): \($0.caption)" }.joined(separator: "; ")
    let title =
      summarySegments.count == plan.segments.count
      ? strings["report.status.smes"]
      : strings.format(
        "report.status.smesBehind", strings.number(summarySegments.count),
        strings.number(plan.segments.count))
    return ReportFigure(
      title: title, description: description,
      picture: .reach(
        ReachChart(
          rows: rows, reachedLabel: strings["report.reach.taking"],
          targetLabel: strings["report.reach.target"])),
      fallback: [.heading(title), .bars(smeBars)])
  }

  private func reachCaption(_ reached: Int, target: Int?) -> String {
    guard let target, target > 0 else {
      return strings.format("report.status.noTarget", strings.number(reached))
    }
    return strings.format(
      "report.status.reachedOf", strings.number(reached), strings.number(target))
  }

  /// Participating SMEs against the target, per segment and for the plan as a whole.
  private var smeBars: ReportBarChart {
    var rows = summarySegments.map { segment in
      smeRow(
        label: names.orUnnamed(segment.name), reached: segment.reachedSinceStart ?? 0,
        target: segment.target)
    }
    let totals = plan.smeTotals
    rows.append(
      smeRow(
        label: strings["report.total"], reached: totals.reached,
        target: plan.targetNewSMEs ?? totals.target))
    return ReportBarChart(rows: rows)
  }

  private func smeRow(label: String, reached: Int, target: Int?) -> ReportBarChart.Row {
    guard let target, target > 0 else {
      return ReportBarChart.Row(
        label: label, fractions: [0],
        caption: strings.format("report.status.noTarget", strings.number(reached)))
    }
    return ReportBarChart.Row(
      label: label, fractions: [Double(reached) / Double(target)],
      caption: strings.format(
        "report.status.reachedOf", strings.number(reached), strings.number(target)))
  }

  /// "Complete" or the chain links still open: the one line the MVE check comes down to.
  var mveVerdict: String {
    if plan.chainLinks.isEmpty { return strings["report.mve.noChainLinks"] }
    let open = plan.uncoveredChainLinks
    if open.isEmpty {
      return strings.format("report.mve.complete", strings.number(plan.chainLinks.count))
    }
    return strings.format(
      "report.mve.open", names.list(open.map { names.orUnnamed($0.name) }))
  }

  var orchestratorNames: String {
    let orchestrators = plan.orchestrators
    if orchestrators.isEmpty { return strings["report.noOrchestrator"] }
    return names.list(orchestrators.map { names.orUnnamed($0.name) })
  }

  /// Each assumption that stopped holding, with its node and its plan B, because that is
  /// what the partnership has to act on.
  private var brokenAssumptions: [String] {
    plan.allNodes().flatMap { entry in
      entry.node.assumptions.filter { $0.status == .broken }.map { assumption in
        let planB =
          assumption.planB.allSatisfy(\.isWhitespace)
          ? strings["report.noPlanB"]
          : strings.format("report.planB", assumption.planB)
        return strings.format(
          "report.status.brokenItem", names.orDash(assumption.text),
          names.orUnnamed(entry.node.title), planB)
      }
    }
  }
}
