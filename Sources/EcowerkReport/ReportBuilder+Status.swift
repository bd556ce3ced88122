import EcowerkModel
import EcowerkStrings

/// The status at a glance: what a board member reads when reading nothing else.
extension ReportBuilder {
  var statusBlocks: [ReportBlock] {
    var blocks: [ReportBlock] = [.facts(statusFacts)]
    if !plan.segments.isEmpty {
      blocks.append(.heading(strings["report.status.smes"]))
      blocks.append(.bars(smeBars))
    }
    let years = plan.financeByYear
    if !years.isEmpty {
      blocks.append(.heading(strings["report.status.ngfShare"]))
      let rows = years.map { year in
        ReportBarChart.Row(
          label: String(year.year), fractions: [year.ngfShare ?? 0],
          caption: strings.percent(year.ngfShare))
      }
      blocks.append(.bars(ReportBarChart(rows: rows)))
    }
    let broken = brokenAssumptions
    if !broken.isEmpty {
      blocks.append(.list(title: strings["report.status.brokenAssumptions"], items: broken))
    }
    let overdue = sortedActions.filter { $0.isOverdue(on: today) }
    if !overdue.isEmpty {
      let items = overdue.map { action in
        strings.format(
          "report.status.overdueItem", names.orUnnamed(action.what),
          names.stakeholder(action.owner), strings.date(action.end))
      }
      blocks.append(.list(title: strings["report.status.overdueActions"], items: items))
    }
    return blocks
  }

  private var statusFacts: [ReportFact] {
    let phases = Phase.allCases
    let totals = plan.smeTotals
    let overdue = plan.actions.filter { $0.isOverdue(on: today) }.count
    return [
      ReportFact(
        field(.phase),
        strings.format(
          "report.status.phase", strings.label(plan.phase), plan.phase.ordinal + 1, phases.count)),
      ReportFact(
        strings["report.status.smesTotal"],
        strings.format(
          "report.status.smesTotalValue", strings.number(totals.participating),
          strings.number(plan.targetNewSMEs ?? totals.target))),
      ReportFact(strings["report.mve"], mveVerdict),
      ReportFact(field(.isOrchestrator), orchestratorNames),
      ReportFact(
        strings["report.status.brokenAssumptions"], strings.number(brokenAssumptions.count)),
      ReportFact(strings["report.status.overdueActions"], strings.number(overdue)),
    ]
  }

  /// Participating SMEs against the target, per segment and for the plan as a whole.
  private var smeBars: ReportBarChart {
    var rows = plan.segments.map { segment in
      smeRow(
        label: names.orUnnamed(segment.name), reached: segment.participating ?? 0,
        target: segment.target)
    }
    let totals = plan.smeTotals
    rows.append(
      smeRow(
        label: strings["report.total"], reached: totals.participating,
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
