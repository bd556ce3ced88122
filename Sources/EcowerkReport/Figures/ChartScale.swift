/// The value axis of a chart: from zero to a round maximum, with round steps between, and
/// each tick's label already written in the report's language.
public struct ChartScale: Hashable, Sendable {
  public var maximum: Double
  public var ticks: [Double]
  public var labels: [String]

  public init(maximum: Double, ticks: [Double], labels: [String]) {
    self.maximum = maximum
    self.ticks = ticks
    self.labels = labels
  }

  /// A scale that holds `largest` with about `count` steps of 1, 2, 2.5 or 5 times a power of
  /// ten; `label` writes each tick.
  public static func nice(
    largest: Double, count: Int = 5, label: (Double) -> String
  ) -> ChartScale {
    let top = largest.isFinite && largest > 0 ? largest : 1
    let rough = top / Double(max(1, count))
    var power = 1.0
    while power * 10 <= rough { power *= 10 }
    while power > rough { power /= 10 }
    let step = [1.0, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= rough } ?? power * 10
    let steps = Int((top / step).rounded(.up))
    let ticks = (0...max(1, steps)).map { Double($0) * step }
    return ChartScale(maximum: ticks.last ?? top, ticks: ticks, labels: ticks.map(label))
  }

  /// Where `value` falls on an axis `length` long, 0 at zero; values beyond the maximum stop
  /// at the end.
  public func position(_ value: Double, length: Double) -> Double {
    guard maximum > 0, value.isFinite else { return 0 }
    return min(max(value, 0), maximum) / maximum * length
  }
}
