/// One measured figure: what was measured, how much, and the budget it must meet (if any).
///
/// Children report figures to the parent as tab-separated lines, one per figure, so that the
/// parent prints one table for all sizes and the budgets are stated in one place
/// (`BenchSize.budgets`) rather than re-derived from raw numbers.
struct Figure: Equatable {
  enum Unit: String {
    case milliseconds = "ms"
    case bytes = "B"
    case megabytes = "MB"
    case count = "#"
    case ratio = "x"
  }

  /// Stable name for `--json`, e.g. `keystroke.p99`.
  var key: String
  /// What a reader sees in the table, e.g. "keystroke p99 (update + render)".
  var label: String
  var value: Double
  var unit: Unit
  var budget: Budget?
  /// 0 for a headline figure, 1 for a breakdown line under it.
  var level = 0
  /// Extra detail printed after the value, e.g. "p50 0.21 · max 0.90 · n=412".
  var note = ""

  /// Nil when there is no budget; otherwise whether the figure is within it.
  var passes: Bool? { budget.map { $0.admits(value) } }

  static let separator: Character = "\t"

  /// The line a child prints for the parent.
  var line: String {
    [
      "figure", key, unit.rawValue, String(value), String(level),
      budget?.comparison.rawValue ?? "", budget.map { String($0.limit) } ?? "", label, note,
    ].joined(separator: String(Self.separator))
  }

  /// Reads a line printed by `line`; nil for any other line.
  init?(line: Substring) {
    let parts = line.split(separator: Self.separator, omittingEmptySubsequences: false)
    guard parts.count == 9, parts[0] == "figure", let unit = Unit(rawValue: String(parts[2])),
      let value = Double(parts[3]), let level = Int(parts[4])
    else { return nil }
    self.key = String(parts[1])
    self.unit = unit
    self.value = value
    self.level = level
    if let comparison = Budget.Comparison(rawValue: String(parts[5])),
      let limit = Double(parts[6])
    {
      budget = Budget(comparison, limit)
    }
    label = String(parts[7])
    note = String(parts[8])
  }

  init(
    _ key: String, _ label: String, _ value: Double, _ unit: Unit, budget: Budget? = nil,
    level: Int = 0, note: String = ""
  ) {
    self.key = key
    self.label = label
    self.value = value
    self.unit = unit
    self.budget = budget
    self.level = level
    self.note = note
  }
}
