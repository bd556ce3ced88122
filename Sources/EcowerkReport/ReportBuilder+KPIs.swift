import EcowerkChecks
import EcowerkModel
import EcowerkStrings

/// The KPI dashboard on paper: every KPI of the Theory of Change and the action plan, the
/// worst first, with baseline → actual → target, its deadline and whether it is on track —
/// the same rows, in the same order, as the workbench's dashboard.
extension ReportBuilder {
  var kpiBlocks: [ReportBlock] {
    let entries = kpiBoard.entries
    guard !entries.isEmpty else { return [.paragraph(strings["report.kpis.none"])] }
    return [
      .paragraph(kpiSummary + " — " + strings.format("actions.asOf", strings.date(today))),
      .paragraph(strings["report.kpis.intro"]),
      .table(
        ReportTable(
          columns: [
            .init("KPI"), .init(strings["report.kpis.belongsTo"]),
            .init(strings["report.kpis.figures"]), .init(strings["report.kpis.deadline"]),
            .init(strings["report.kpis.standing"]),
          ],
          rows: entries.map { entry in
            let kpi = entry.kpi
            var figures =
              "\(strings.decimal(kpi.baseline)) → \(strings.decimal(kpi.actual)) → "
              + strings.decimal(kpi.target)
            if !kpi.unit.allSatisfy(\.isWhitespace) { figures += " " + kpi.unit }
            if let progress = kpi.progress { figures += " (\(strings.percent(progress)))" }
            return [
              names.orUnnamed(kpi.name), kpiOwner(entry), figures,
              kpi.deadline.map { strings.date($0) } ?? "–", standing(entry),
            ]
          })),
    ]
  }

  /// "behind schedule: 18% of the way at 96% of the time": the deadline has its own column.
  private func standing(_ entry: KpiBoard.Entry) -> String {
    let label = strings.label(entry.standing)
    // "reached" and "no figures yet" say all there is; the figures are beside them.
    if entry.standing == .reached || entry.standing == .unmeasured { return label }
    guard entry.standing == .behind || entry.standing == .onTrack,
      let elapsed = KpiStanding.elapsed(from: entry.start, to: entry.kpi.deadline, today: today)
    else { return label + ": " + kpiExplanation(entry) }
    return label + ": "
      + strings.format(
        "report.kpis.pace", strings.percent(entry.kpi.progress), strings.percent(elapsed))
  }

  /// "Outcome · Mkb voert maatregelen uit", "Action · Praktijkhal inrichten".
  func kpiOwner(_ entry: KpiBoard.Entry) -> String {
    let kind = entry.level.map { strings.label($0) } ?? strings["report.kpis.action"]
    return kind.prefix(1).uppercased() + kind.dropFirst() + " · " + names.orUnnamed(entry.owner)
  }

  /// Why the KPI stands where it does, in words for paper (the workbench's words for a KPI
  /// without figures name a key).
  func kpiExplanation(_ entry: KpiBoard.Entry) -> String {
    entry.standing == .unmeasured
      ? strings["report.kpis.unmeasured"] : strings.explanation(entry, today: today)
  }
}
