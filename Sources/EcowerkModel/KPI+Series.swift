/// A KPI's measurements read as a series over time: in date order, the latest figure, and
/// which way it is going.
extension KPI {
  /// The measurements that have a figure, oldest first. A measurement without a date (one
  /// taken over from a version-1 file) counts as the oldest; measurements of the same day keep
  /// the order they were entered in, so the last one entered that day is the day's figure.
  public var series: [Measurement] {
    var dated = measurements.enumerated().filter { $0.element.value != nil }
    dated.sort { lhs, rhs in
      switch (lhs.element.date, rhs.element.date) {
      case (nil, nil): return lhs.offset < rhs.offset
      case (nil, _): return true
      case (_, nil): return false
      case (let left?, let right?):
        return left < right || (left == right && lhs.offset < rhs.offset)
      }
    }
    return dated.map(\.element)
  }

  /// The latest measurement with a figure.
  public var latest: Measurement? {
    // One pass rather than sorting the series: the dashboard asks this of every KPI.
    var best: (offset: Int, measurement: Measurement)?
    for (offset, measurement) in measurements.enumerated() where measurement.value != nil {
      guard let current = best else {
        best = (offset, measurement)
        continue
      }
      switch (current.measurement.date, measurement.date) {
      case (_, nil) where current.measurement.date != nil: continue
      case (let old?, let new?) where new < old: continue
      default: best = (offset, measurement)
      }
    }
    return best?.measurement
  }

  /// The latest figure measured: where the KPI stands now.
  public var actual: Double? { latest?.value }

  /// How far from baseline to target the latest figure has come, 0...1 (clamped), or nil when
  /// the figures needed are missing or the target equals the baseline.
  public var progress: Double? {
    guard let target, let actual else { return nil }
    let start = baseline ?? 0
    guard target != start else { return nil }
    return min(1, max(0, (actual - start) / (target - start)))
  }

  /// Which way the last two figures went, judged against the way to the target (up is better
  /// for a KPI whose target is above its baseline, down for one that must go down); nil with
  /// fewer than two figures.
  public var trend: Trend? { trend(of: series.compactMap(\.value)) }

  /// The trend of `values`, this KPI's series in date order (for a caller that has them).
  public func trend(of values: [Double]) -> Trend? {
    guard values.count >= 2 else { return nil }
    let last = values[values.count - 1]
    let before = values[values.count - 2]
    guard last != before else { return .level }
    let rising = last > before
    guard let target else { return rising ? .rising : .falling }
    let upIsBetter = target >= (baseline ?? 0)
    return rising == upIsBetter ? .improving : .worsening
  }

  /// The milestones in year order.
  public var milestonesInOrder: [Milestone] {
    milestones.sorted { $0.year < $1.year }
  }

  /// The direction of a KPI's last change.
  public enum Trend: String, CaseIterable, Sendable {
    /// Towards the target.
    case improving
    /// Away from the target.
    case worsening
    /// Unchanged.
    case level
    /// Up, for a KPI without a target to judge by.
    case rising
    /// Down, for a KPI without a target to judge by.
    case falling
  }
}
