/// The figures of every size as a table for people (each next to its budget with ✓ or ✗) or
/// as JSON for tools.
enum Report {
  /// The result of one size.
  struct SizeResult {
    var size: BenchSize
    var figures: [Figure]
    /// Why the size could not be measured, if it could not.
    var failure: String?

    var passes: Bool {
      failure == nil && figures.allSatisfy { $0.passes != false }
    }
  }

  static func header(_ machine: Machine, _ options: BenchOptions) -> String {
    """
    ecowerk-bench — \(BenchOptions.buildMode) build · seed \(options.seed) · \
    \(options.keystrokes) keystrokes · screen 120×40
    machine: \(machine.cores) cores · \(machine.cpu) · \(machine.system)
    load average at start: \(machine.loadAverage) (a busy machine shows in the wall-clock figures)
    """
  }

  static let labelWidth = 64
  static let valueWidth = 12
  static let budgetWidth = 12

  static func section(_ result: SizeResult) -> String {
    let counts = ["stakeholders", "segments", "nodes", "actions"].compactMap { key in
      result.figures.first { $0.key == "plan.\(key)" }.map { number($0.value, .count) + " " + key }
    }
    var lines = [
      "",
      "== \(result.size.rawValue)"
        + (result.size == .small ? " (the demo plan)" : "")
        + (counts.isEmpty ? "" : ": " + counts.joined(separator: " · ")) + " ==",
      pad("figure", labelWidth) + pad("measured", valueWidth, right: true) + "  "
        + pad("budget", budgetWidth) + "   note",
    ]
    if let failure = result.failure { lines.append("✗ not measured: \(failure)") }
    for figure in result.figures where !figure.key.hasPrefix("plan.") {
      let label = String(repeating: "  ", count: figure.level) + figure.label
      let mark = figure.passes.map { $0 ? "✓" : "✗" } ?? " "
      let budget = figure.budget.map { "\($0.comparison.symbol) \(number($0.limit, figure.unit))" }
      lines.append(
        pad(label, labelWidth) + pad(withUnit(figure.value, figure.unit), valueWidth, right: true)
          + "  " + pad(budget.map { "\($0) \(figure.unit.symbol)" } ?? "", budgetWidth) + " "
          + mark + " " + figure.note)
    }
    return lines.joined(separator: "\n")
  }

  /// One line per budgeted figure and size: the verdict at a glance.
  static func summary(_ results: [SizeResult]) -> String {
    var keys: [(String, String)] = []
    for result in results {
      for figure in result.figures where figure.budget != nil {
        if !keys.contains(where: { $0.0 == figure.key }) {
          keys.append((figure.key, shortLabels[figure.key] ?? figure.key))
        }
      }
    }
    var lines = [
      "", "== summary ==",
      pad("budget", 34) + results.map { pad($0.size.rawValue, 20) }.joined(),
    ]
    for (key, label) in keys {
      var line = pad(label, 34)
      for result in results {
        guard let figure = result.figures.first(where: { $0.key == key }),
          let budget = figure.budget
        else {
          line += pad("–", 20)
          continue
        }
        let limit = "\(budget.comparison.symbol)\(number(budget.limit, figure.unit))"
        line += pad(
          "\(number(figure.value, figure.unit))/\(limit) \(figure.passes == true ? "✓" : "✗")", 20)
      }
      lines.append(line)
    }
    let failed = results.filter { !$0.passes }.map(\.size.rawValue)
    lines.append(
      failed.isEmpty
        ? "all budgets met"
        : "budgets missed in: " + failed.joined(separator: ", "))
    return lines.joined(separator: "\n")
  }

  /// The names of the budgeted figures in the summary.
  static let shortLabels = [
    "load.decode": "load (ms)", "save.durable": "save, durable (ms)",
    "firstFrame.worst": "first frame, worst pane (ms)",
    "start.firstFrame": "start → first frame (ms)",
    "keystroke.p99": "keystroke p99 (ms)", "keystroke.p99.2000": "keystroke p99, 2,000 sh (ms)",
    "journal.max": "journal append, worst (ms)", "terminal.unchanged": "unchanged frame (B)",
    "terminal.unchangedPanes": "unchanged frame, 9 panes (B)",
    "terminal.cursorMove": "cursor move (B)", "memory.peak": "peak memory (MB)",
    "import.csv": "import stakeholders, CSV (ms)", "import.xlsx": "import stakeholders, xlsx (ms)",
  ]

  // MARK: Numbers

  /// A value with as many decimals as its size deserves: 0.031 ms, 4.25 ms, 148 ms, 12,345 B.
  static func number(_ value: Double, _ unit: Figure.Unit) -> String {
    switch unit {
    case .bytes, .count:
      return grouped(Int(value.rounded()))
    case .megabytes:
      return fixed(value, 1)
    case .ratio:
      return fixed(value, 2)
    case .milliseconds:
      let magnitude = abs(value)
      return fixed(value, magnitude < 1 ? 3 : magnitude < 10 ? 2 : magnitude < 100 ? 1 : 0)
    }
  }

  static func withUnit(_ value: Double, _ unit: Figure.Unit) -> String {
    unit == .count ? number(value, unit) : "\(number(value, unit)) \(unit.symbol)"
  }

  static func fixed(_ value: Double, _ decimals: Int) -> String {
    guard value.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded())
    let whole = grouped(scaled / Int(scale))
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard decimals > 0 else { return sign + whole }
    let fraction = String(scaled % Int(scale))
    return sign + whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
  }

  /// 12345 → "12,345".
  static func grouped(_ value: Int) -> String {
    let digits = String(abs(value))
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return (value < 0 ? "-" : "") + result
  }

  static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return right ? padding + text : text + padding
  }
}

extension Figure.Unit {
  /// How the unit is written after a number in the table.
  var symbol: String {
    switch self {
    case .milliseconds: return "ms"
    case .bytes: return "B"
    case .megabytes: return "MB"
    case .count: return ""
    case .ratio: return "×"
    }
  }
}

extension String {
  func trimmingSuffix(_ suffix: Character) -> String {
    var text = self
    while text.last == suffix { text.removeLast() }
    return text
  }
}
