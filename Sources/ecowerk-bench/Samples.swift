/// Timings of repeated runs, summarised the way budgets are stated: the median for one-off
/// operations measured several times, and p50 / p99 / max for keystrokes.
struct Samples {
  private(set) var values: [Double] = []

  init(_ values: [Double] = []) {
    self.values = values
  }

  mutating func add(_ value: Double) {
    values.append(value)
  }

  var count: Int { values.count }
  var isEmpty: Bool { values.isEmpty }

  /// The value below which `fraction` of the samples lie (nearest rank), 0 without samples.
  func percentile(_ fraction: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up))
    return sorted[Swift.min(sorted.count - 1, Swift.max(0, rank - 1))]
  }

  var median: Double { percentile(0.5) }
  var p99: Double { percentile(0.99) }
  var max: Double { values.max() ?? 0 }
  var min: Double { values.min() ?? 0 }
  var total: Double { values.reduce(0, +) }
}
