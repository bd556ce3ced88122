import EcowerkModel

/// The rows of the KPI dashboard, in the workbench and in printed snapshots: every KPI of the
/// Theory of Change and of the action plan, worst standing first; missed goals grouped by
/// their cause (not explained yet, a changed environment, execution); then the nearest
/// deadline, then the plan's own order (the tree depth first, then the actions).
///
/// The workbench makes it once per plan version and day and keeps it in the view state:
/// walking 10,000 nodes and 20,000 actions and sorting their KPIs at every keystroke would
/// not fit the budget. Each row carries what it shows, so drawing looks nothing up in the plan.
public struct KpiBoard: Hashable, Sendable {
  public struct Entry: Hashable, Sendable {
    /// `.nodeKPI` or `.actionKPI`: what an edit of the actual figure changes.
    public var ref: EntityRef
    public var kpi: KPI
    /// The node's title or the action's what.
    public var owner: String
    /// The node's level; nil for an action.
    public var level: ChangeLevel?
    /// The day the straight line to the target starts.
    public var start: CalendarDate?
    /// Where the KPI stands in its element's or action's list of KPIs.
    public var position: Int
    public var standing: KpiStanding
    /// Which way the last two figures went, the last `recentCount` figures in date order
    /// (the sparkline; empty without a trend), and how many figures there are: worked out
    /// once per board.
    public var trend: KPI.Trend?
    public var recent: [Double]
    public var measured: Int

    init(
      ref: EntityRef, kpi: KPI, owner: String, level: ChangeLevel?, start: CalendarDate?,
      position: Int, standing: KpiStanding
    ) {
      self.ref = ref
      self.kpi = kpi
      self.owner = owner
      self.level = level
      self.start = start
      self.position = position
      self.standing = standing
      // Fewer than two figures have no trend to draw: no series to sort (the common case in
      // a large plan, whose board is made again after every edit).
      guard kpi.measurements.count >= 2 else {
        trend = nil
        recent = []
        measured = kpi.measurements.first?.value == nil ? 0 : 1
        return
      }
      let values = kpi.series.compactMap(\.value)
      trend = kpi.trend(of: values)
      recent = trend == nil ? [] : Array(values.suffix(KpiBoard.recentCount))
      measured = values.count
    }
  }

  /// The figures a sparkline shows at most.
  public static let recentCount = 8

  public var entries: [Entry]
  /// How many KPIs have each standing, indexed by its raw value.
  public var counts: [Int]
  public var version: Int
  public var today: CalendarDate

  /// The board of `plan` on `today`; `version` is the plan version it was made for, for callers
  /// that keep it and must know when it is stale (the workbench), 0 for everyone else.
  public init(_ plan: Plan, version: Int = 0, today: CalendarDate) {
    self.version = version
    self.today = today
    let planStart = CalendarDate(year: plan.startYear, month: 1, day: 1)
    var found: [Entry] = []
    // Depth first with an explicit stack, in tree order: a deep tree cannot overflow it.
    var stack: [ArraySlice<ChangeNode>] = [plan.theoryOfChange[...]]
    while var level = stack.popLast() {
      guard let node = level.popFirst() else { continue }
      stack.append(level)
      for (position, kpi) in node.kpis.enumerated() {
        found.append(
          Entry(
            ref: .nodeKPI(node.id, kpi.id), kpi: kpi, owner: node.title, level: node.level,
            start: planStart, position: position,
            standing: KpiStanding.of(kpi, start: planStart, today: today)))
      }
      if !node.children.isEmpty { stack.append(node.children[...]) }
    }
    // By index: iterating would copy every action with all its texts.
    for index in plan.actions.indices where !plan.actions[index].kpis.isEmpty {
      let action = plan.actions[index]
      let start = action.start ?? planStart
      for (position, kpi) in action.kpis.enumerated() {
        found.append(
          Entry(
            ref: .actionKPI(action.id, kpi.id), kpi: kpi, owner: action.what, level: nil,
            start: start, position: position,
            standing: KpiStanding.of(kpi, start: start, today: today)))
      }
    }
    var counts = Array(repeating: 0, count: KpiStanding.allCases.count)
    for entry in found { counts[entry.standing.rawValue] += 1 }
    self.counts = counts
    entries = Self.sorted(found)
  }

  /// Days are offset so that every valid date (years 1…9999) is a positive number below
  /// `noDate`, which also stands for "no deadline" and so sorts after every date.
  private static let noDate: UInt64 = (1 << 22) - 1
  private static let dayOffset = 720_000

  /// Where a missed goal goes among those of its standing, grouped as the method asks: the
  /// ones nobody has explained yet first (the room must ask "execution or a changed
  /// environment?"), then a changed environment (plan B), then the partnership's own
  /// execution. A KPI that is not behind or late is not grouped.
  public static func causeGroup(_ entry: Entry) -> Int {
    guard entry.standing == .late || entry.standing == .behind else { return 0 }
    switch entry.kpi.cause {
    case nil: return 0
    case .environment: return 1
    case .execution: return 2
    }
  }

  /// Sorts on one 64-bit key per row — standing, cause group, deadline day, position — which
  /// is far cheaper than a comparator that unwraps optional dates.
  private static func sorted(_ entries: [Entry]) -> [Entry] {
    guard UInt64(entries.count) < 1 << 32 else { return entries }
    var keys: [UInt64] = []
    keys.reserveCapacity(entries.count)
    for (position, entry) in entries.enumerated() {
      let day = entry.kpi.deadline.map { date in
        UInt64(min(max(0, date.dayNumber + Self.dayOffset), Int(Self.noDate) - 1))
      }
      keys.append(
        UInt64(entry.standing.rawValue) << 56 | UInt64(causeGroup(entry)) << 54
          | (day ?? Self.noDate) << 32 | UInt64(position))
    }
    keys.sort()
    return keys.map { entries[Int($0 & 0xFFFF_FFFF)] }
  }

  public func count(_ standing: KpiStanding) -> Int { counts[standing.rawValue] }

  /// The row showing `ref`, if it is on the board.
  public func row(of ref: EntityRef) -> Int? {
    entries.firstIndex { $0.ref == ref }
  }
}
