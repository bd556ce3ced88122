import EcowerkModel

/// The order the action plan is read in: by start date (the end date for an action without a
/// start), then by end date, actions without any date last, ties in the plan's own order so the
/// order is stable.
///
/// The pane sorts on every frame, so the sort must be cheap for 20,000 actions: each action's
/// place becomes one 64-bit key — first date, second date, index — and sorting plain integers
/// costs a fraction of a comparator that unwraps optional dates.
enum ActionOrder {
  /// Days are offset so that every valid date (years 1…9999) is a positive number below this,
  /// which also stands for "no date" and so sorts after every date.
  static let noDate: UInt64 = (1 << 22) - 1
  static let dayOffset = 720_000
  private static let indexBits: UInt64 = 20

  /// Indices into `actions` in reading order.
  static func sorted(_ actions: [Action]) -> [Int] {
    guard UInt64(actions.count) < 1 << indexBits else { return sortedByComparison(actions) }
    var keys: [UInt64] = []
    keys.reserveCapacity(actions.count)
    // By index, reading only the dates: iterating would copy every action with all its texts.
    for index in actions.indices {
      let (first, second) = days(start: actions[index].start, end: actions[index].end)
      keys.append(first << 42 | second << indexBits | UInt64(index))
    }
    keys.sort()
    let mask: UInt64 = (1 << indexBits) - 1
    return keys.map { Int($0 & mask) }
  }

  /// The sort key of the action at `index`: its two dates and its index, as one integer.
  static func key(_ actions: [Action], _ index: Int) -> UInt64 {
    let (first, second) = days(start: actions[index].start, end: actions[index].end)
    return first << 42 | second << indexBits | UInt64(index)
  }

  /// The two dates an action sorts by, as offset day numbers.
  static func days(start: CalendarDate?, end: CalendarDate?) -> (UInt64, UInt64) {
    (day(start ?? end), day(end))
  }

  private static func day(_ date: CalendarDate?) -> UInt64 {
    guard let date else { return noDate }
    return UInt64(min(max(0, date.dayNumber + dayOffset), Int(noDate) - 1))
  }

  /// The same order for more actions than the keys have room for (beyond any plan's limits).
  private static func sortedByComparison(_ actions: [Action]) -> [Int] {
    actions.indices.sorted { left, right in
      let a = days(start: actions[left].start, end: actions[left].end)
      let b = days(start: actions[right].start, end: actions[right].end)
      return (a.0, a.1, left) < (b.0, b.1, right)
    }
  }
}
