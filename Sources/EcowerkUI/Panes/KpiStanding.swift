import EcowerkModel
import EcowerkStrings

/// How a KPI stands on a given day, worst first: the order of the KPI dashboard.
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
enum KpiStanding: Int, CaseIterable, Hashable, Sendable, Comparable {
  case late
  case behind
  case unmeasured
  case onTrack
  case reached

  /// How far behind the line a KPI may be and still count as on track: figures are entered
  /// in batches at workshops, and a KPI a few days short of the line is not news.
  static let tolerance = 0.05

  static func < (lhs: KpiStanding, rhs: KpiStanding) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The KPI's standing on `today`, measured from `start` (see the type's comment).
  static func of(_ kpi: KPI, start: CalendarDate?, today: CalendarDate) -> KpiStanding {
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
  static func elapsed(from start: CalendarDate?, to deadline: CalendarDate?, today: CalendarDate)
    -> Double?
  {
    guard let start, let deadline, deadline > start else { return nil }
    let span = Double(deadline.dayNumber - start.dayNumber)
    return min(1, max(0, Double(today.dayNumber - start.dayNumber) / span))
  }

  /// The symbol in the marker column, so the standing reads without colour: `!` late, `↓`
  /// behind (`v` in ASCII), `?` unmeasured, `✓` reached, nothing on track.
  func marker(_ glyphs: Glyphs) -> String {
    switch self {
    case .late: return String(glyphs.warning)
    case .behind: return glyphs == .ascii ? "v" : "↓"
    case .unmeasured: return "?"
    case .onTrack: return ""
    case .reached: return String(glyphs.check)
    }
  }

  var style: Style {
    switch self {
    case .late: return .colored(.bad, bold: true)
    case .behind: return .colored(.warning, bold: true)
    case .unmeasured: return .muted
    case .onTrack: return .colored(.accent)
    case .reached: return .colored(.good, bold: true)
    }
  }

  /// "te laat", "achter op schema", …
  func label(_ s: Strings) -> String {
    switch self {
    case .late: return s["kpis.standing.late"]
    case .behind: return s["kpis.standing.behind"]
    case .unmeasured: return s["kpis.standing.unmeasured"]
    case .onTrack: return s["kpis.standing.onTrack"]
    case .reached: return s["kpis.standing.reached"]
    }
  }
}
