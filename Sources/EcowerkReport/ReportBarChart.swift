/// Horizontal bars: one row per label, each bar made of one or more parts that are fractions
/// of the whole width, and a caption with the figure itself.
///
/// The caption carries the real number because a bar is clamped to its width: a segment that
/// reached 130% of its target shows a full bar and "52 / 40".
public struct ReportBarChart: Hashable, Sendable {
  /// The names of the parts, in order; empty when each bar has one part.
  public var legend: [String]
  public var rows: [Row]

  public init(legend: [String] = [], rows: [Row]) {
    self.legend = legend
    self.rows = rows
  }

  public struct Row: Hashable, Sendable {
    public var label: String
    /// Each part's share of the full width; renderers clamp the sum to 0...1.
    public var fractions: [Double]
    public var caption: String

    public init(label: String, fractions: [Double], caption: String) {
      self.label = label
      self.fractions = fractions
      self.caption = caption
    }
  }

  /// The characters a plain-text bar is drawn with, part by part, and for the unfilled rest.
  ///
  /// ASCII, because block elements (U+2588…) are East Asian Ambiguous: a CJK-configured
  /// terminal or a proportional mail font would draw them at a different width.
  public static let partSymbols: [Character] = ["#", "=", "+", "~", "%", "@"]
  public static let emptySymbol: Character = "."

  /// The bar drawn in `width` characters. Rounding is done on the running total, so the parts
  /// always add up to exactly the filled length.
  public static func bar(_ fractions: [Double], width: Int) -> String {
    guard width > 0 else { return "" }
    var bar = ""
    var cumulative = 0.0
    var filled = 0
    for (index, fraction) in fractions.enumerated() {
      let part = fraction.isFinite ? max(0, fraction) : 0
      cumulative = min(1, cumulative + part)
      let end = Int((cumulative * Double(width)).rounded())
      let symbol = partSymbols[index % partSymbols.count]
      bar += String(repeating: symbol, count: max(0, end - filled))
      filled = max(filled, end)
    }
    return bar + String(repeating: emptySymbol, count: width - filled)
  }
}
