/// A KPI's measurements as a row of block characters, lowest to highest (`▁▂▄▇`): a trend a
/// room can read at a glance on a projector, in a terminal, on paper and in Markdown alike.
public enum Sparkline {
  public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// The last `width` values, scaled from the lowest to the highest of them; a flat series is
  /// a row of the middle block. Empty for no values.
  public static func line(_ values: [Double], width: Int = 8) -> String {
    let shown = values.suffix(max(0, width)).filter(\.isFinite)
    guard let low = shown.min(), let high = shown.max() else { return "" }
    guard high > low else { return String(repeating: levels[3], count: shown.count) }
    let top = Double(levels.count - 1)
    return String(
      shown.map { value in
        levels[Int(((value - low) / (high - low) * top).rounded())]
      })
  }
}
