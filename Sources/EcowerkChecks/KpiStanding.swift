import EcowerkModel

/// How a KPI stands on a given day, worst first: the order of the KPI dashboard in the
/// workbench and in every printed snapshot, so both always agree.
///
/// - **late**: the deadline has passed and the target is not reached (or nothing was measured
///   by then) — the same rule as the Theory of Change pane, so both panes count alike.
/// - **behind** (off track): the deadline is still ahead, but the way come so far (`progress`,
///   baseline → target) is more than `tolerance` behind the time gone by — the straight line
///   from the baseline on the start day to the target on the deadline. The start is the
///   action's start for an action's KPI, else 1 January of the plan's first year. Going by
///   `progress` keeps a KPI that must go down (CO₂, waiting time) the right way up.
/// - **unmeasured**: no actual figure yet, or no target to measure against.
/// - **onTrack**: on or ahead of the line — or without a deadline or start to judge pace by.
/// - **reached**: the actual has reached the target.
public enum KpiStanding: Int, CaseIterable, Hashable, Sendable, Comparable {
  case late
  case behind
  case unmeasured
  case onTrack
  case reached

  /// How far behind the line a KPI may be and still count as on track: figures are entered
  /// in batches at workshops, and a KPI a few days short of the line is not news.
  public static let tolerance = 0.05

  public static func < (lhs: KpiStanding, rhs: KpiStanding) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The KPI's standing on `today`, measured from `start` (see the type's comment).
  public static func of(_ kpi: KPI, start: CalendarDate?, today: CalendarDate) -> KpiStanding {
    let progress = kpi.progress
    if let progress, progress >= 1 { return .reached }
    if let deadline = kpi.deadline, deadline < today, kpi.target != nil,
      progress != nil || kpi.actual == nil
    {
      return .late
    }
    guard let progress else { return .unmeasured }
    if let elapsed = elapsed(from: start, to: kpi.deadline, today: today),
      progress < elapsed - tolerance
    {
      return .behind
    }
    return .onTrack
  }

  /// The share of the time from `start` to `deadline` gone by on `today`, 0...1; nil without
  /// both dates or when the deadline is not after the start.
  public static func elapsed(
    from start: CalendarDate?, to deadline: CalendarDate?, today: CalendarDate
  )
    -> Double?
  {
    guard let start, let deadline, deadline > start else { return nil }
    let span = Double(deadline.dayNumber - start.dayNumber)
    return min(1, max(0, Double(today.dayNumber - start.dayNumber) / span))
  }

  /// A stable name for the standing, the last part of its label's key in the string table
  /// (`kpis.standing.behind`).
  public var name: String {
    switch self {
    case .late: return "late"
    case .behind: return "behind"
    case .unmeasured: return "unmeasured"
    case .onTrack: return "onTrack"
    case .reached: return "reached"
    }
  }
}
