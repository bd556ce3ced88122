import EcowerkModel

/// How a KPI stands on a given day, worst first: the order of the KPI dashboard in the
/// workbench and in every printed snapshot, so both always agree.
///
/// - **late**: the deadline has passed and the target is not reached (or nothing was measured
///   by then) — the same rule as the Theory of Change pane, so both panes count alike.
/// - **behind** (off track): the deadline is still ahead, but the way come so far (`progress`,
///   baseline → target, of the latest figure) is more than `tolerance` behind what is due
///   today: the line from the baseline on the start day, through each yearly milestone (due
///   on the last day of its year), to the target on the deadline — a straight line when the
///   KPI has no milestones. The start is the action's start for an action's KPI, else
///   1 January of the plan's first year. Going by `progress` keeps a KPI that must go down
///   (CO₂, waiting time) the right way up.
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
    if let due = dueProgress(kpi, start: start, on: today), progress < due - tolerance {
      return .behind
    }
    return .onTrack
  }

  /// The share of the way from baseline to target due on `day` (0 on the start day, 1 on the
  /// deadline), through the KPI's milestones; nil without a start, a deadline after it, a
  /// target, or a way to go (target equal to baseline). Milestones without a value, or due
  /// on or outside the start and the deadline, are left out of the line.
  public static func dueProgress(_ kpi: KPI, start: CalendarDate?, on day: CalendarDate)
    -> Double?
  {
    guard let start, let deadline = kpi.deadline, deadline > start, let target = kpi.target
    else { return nil }
    let base = kpi.baseline ?? 0
    guard target != base else { return nil }
    var points: [(day: Int, share: Double)] = [(start.dayNumber, 0)]
    for milestone in kpi.milestonesInOrder {
      guard let value = milestone.value else { continue }
      let due = milestone.due.dayNumber
      guard due > start.dayNumber, due < deadline.dayNumber else { continue }
      points.append((due, (value - base) / (target - base)))
    }
    points.append((deadline.dayNumber, 1))
    let today = day.dayNumber
    if today <= points[0].day { return 0 }
    for index in 1..<points.count where today <= points[index].day {
      let (fromDay, fromShare) = points[index - 1]
      let (toDay, toShare) = points[index]
      let fraction = Double(today - fromDay) / Double(toDay - fromDay)
      return fromShare + (toShare - fromShare) * fraction
    }
    return 1
  }

  /// The figure due on `day`, in the KPI's unit: "the milestone for today".
  public static func due(_ kpi: KPI, start: CalendarDate?, on day: CalendarDate) -> Double? {
    guard let share = dueProgress(kpi, start: start, on: day), let target = kpi.target else {
      return nil
    }
    let base = kpi.baseline ?? 0
    return base + (target - base) * share
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
