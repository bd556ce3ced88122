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
            .init(strings["report.kpis.figures"]), .init(strings["report.kpis.trend"]),
            .init(strings["report.kpis.deadline"]), .init(strings["report.kpis.standing"]),
          ],
          rows: entries.map { entry in
            let kpi = entry.kpi
            var figures =
              "\(strings.decimal(kpi.baseline)) → \(strings.decimal(kpi.actual)) → "
              + strings.decimal(kpi.target)
            if !kpi.unit.allSatisfy(\.isWhitespace) { figures += " " + kpi.unit }
            if let progress = kpi.progress { figures += " (\(strings.percent(progress)))" }
            if let date = kpi.latest?.date {
              figures += "\n" + strings.format("report.kpis.measuredOn", strings.date(date))
            }
            return [
              names.orUnnamed(kpi.name), kpiOwner(entry), figures, trend(entry),
              kpi.deadline.map { strings.date($0) } ?? "–", standing(entry),
            ]
          })),
    ] + missedGoalBlocks + historyBlocks
  }

  /// How each KPI got where it stands, for the KPIs that have a history to tell (yearly
  /// milestones, or two figures or more): the milestones in year order, then every figure in
  /// date order with who measured it and the note — the board asks how a KPI got where it is.
  var historyBlocks: [ReportBlock] {
    let items = kpiBoard.entries.compactMap { entry -> String? in
      let kpi = entry.kpi
      guard !kpi.milestones.isEmpty || entry.measured >= 2 else { return nil }
      var parts: [String] = []
      if !kpi.milestones.isEmpty {
        let milestones = kpi.milestonesInOrder.map { milestone in
          "\(milestone.year): " + (milestone.value.map { strings.decimal($0) } ?? "–")
        }
        parts.append(
          strings["toc.milestones"].lowercased() + " " + milestones.joined(separator: " · "))
      }
      let figures = kpi.series.map { measurement in
        var text =
          (measurement.date.map { strings.date($0) } ?? strings["kpis.undated"]) + ": "
          + (measurement.value.map { strings.decimal($0) } ?? "–")
        let about = [measurement.measuredBy, measurement.note].filter {
          !$0.allSatisfy(\.isWhitespace)
        }
        if !about.isEmpty { text += " (" + about.joined(separator: ", ") + ")" }
        return text
      }
      if !figures.isEmpty {
        parts.append(strings["report.kpis.measured"] + " " + figures.joined(separator: " · "))
      }
      return names.orUnnamed(kpi.name) + " — " + parts.joined(separator: "; ")
    }
    guard !items.isEmpty else { return [] }
    return [.list(title: strings["report.kpis.history"], items: items)]
  }

  /// "▁▃▅▆ rising (4 measurements)", or a dash before two figures.
  func trend(_ entry: KpiBoard.Entry) -> String {
    guard let trend = entry.trend else { return "–" }
    return Sparkline.line(entry.recent) + " " + strings["kpis.trend.\(trend.rawValue)"] + " "
      + strings.format("report.kpis.count", strings.number(entry.measured))
  }

  /// The KPIs behind schedule or late, grouped as the method asks: a changed environment
  /// (with the assumption that broke and its plan B), the partnership's own execution, and
  /// those whose cause the room has not named yet.
  var missedGoalBlocks: [ReportBlock] {
    let missed = kpiBoard.entries.filter { $0.standing == .behind || $0.standing == .late }
    guard !missed.isEmpty else { return [] }
    var blocks: [ReportBlock] = [
      .heading(strings["report.kpis.missed"]), .paragraph(strings["report.kpis.missedIntro"]),
    ]
    let groups: [(MissCause?, String)] = [
      (.environment, "report.kpis.missed.environment"),
      (.execution, "report.kpis.missed.execution"),
      (nil, "report.kpis.missed.unknown"),
    ]
    for (cause, title) in groups {
      let items = missed.filter { $0.kpi.cause == cause }.map { entry in
        var item =
          names.orUnnamed(entry.kpi.name) + " (" + kpiOwner(entry) + "): "
          + standing(entry, withCause: false)
        if cause == .environment, let id = entry.kpi.causeAssumption,
          let assumption = assumption(id)
        {
          item +=
            " — "
            + strings.format(
              "report.kpis.brokenAssumption", names.orUnnamed(assumption.text),
              strings.label(assumption.status))
          if !assumption.planB.allSatisfy(\.isWhitespace) {
            item += ". " + strings.format("report.kpis.planB", assumption.planB)
          }
        }
        return item
      }
      if !items.isEmpty { blocks.append(.list(title: strings[title], items: items)) }
    }
    return blocks
  }

  /// An assumption of an element or of a link, by its id.
  func assumption(_ id: AssumptionID) -> Assumption? { plan.assumption(id) }

  /// "behind schedule: 104 where 146 is due now": the figure against the milestone for
  /// today (the line from the baseline through the yearly milestones to the target).
  func standing(_ entry: KpiBoard.Entry, withCause: Bool = true) -> String {
    let label = strings.label(entry.standing)
    // "reached" and "no figures yet" say all there is; the figures are beside them.
    if entry.standing == .reached || entry.standing == .unmeasured { return label }
    // A missed goal says the cause it is grouped by, once the room has named it.
    let cause =
      withCause
      ? entry.kpi.cause.map {
        " (" + strings.label(Field.cause).lowercased() + ": " + strings.label($0) + ")"
      } ?? "" : ""
    guard entry.standing == .behind || entry.standing == .onTrack,
      let due = KpiStanding.due(entry.kpi, start: entry.start, on: today)
    else { return label + ": " + kpiExplanation(entry) + (entry.standing == .late ? cause : "") }
    return label + ": "
      + strings.format(
        "report.kpis.due", strings.decimal(entry.kpi.actual),
        strings.decimal((due * 10).rounded() / 10))
      + (entry.standing == .behind ? cause : "")
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
