import EcowerkChecks
import EcowerkModel
import EcowerkStrings

/// A KPI's standing in words, the same in the workbench's dashboard and in a printed snapshot.
extension Strings {
  /// "te laat", "achter op schema", "op schema", …
  public func label(_ standing: KpiStanding) -> String {
    self["kpis.standing.\(standing.name)"]
  }

  /// Why the KPI stands where it does, so "behind" can be checked by anyone: "18% of the way
  /// at 96% of the time to 31-12-2026", "deadline 31-12-2025 passed at 50% of the way",
  /// "target of 8 coaches reached", "no actual or target yet".
  public func explanation(_ entry: KpiBoard.Entry, today: CalendarDate) -> String {
    let kpi = entry.kpi
    switch entry.standing {
    case .reached:
      let target = decimal(kpi.target) + (kpi.unit.isEmpty ? "" : " " + kpi.unit)
      return format("kpis.explain.reached", target)
    case .unmeasured:
      return self["kpis.explain.unmeasured"]
    case .late:
      guard let progress = kpi.progress else {
        return format("kpis.explain.lateUnmeasured", date(kpi.deadline))
      }
      return format("kpis.explain.late", date(kpi.deadline), percent(progress))
    case .behind, .onTrack:
      guard
        let elapsed = KpiStanding.elapsed(from: entry.start, to: kpi.deadline, today: today)
      else { return format("kpis.explain.progress", percent(kpi.progress)) }
      return format(
        "kpis.explain.pace", percent(kpi.progress), percent(elapsed), date(kpi.deadline))
    }
  }
}
