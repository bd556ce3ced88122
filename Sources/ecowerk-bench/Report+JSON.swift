/// The same figures as JSON, for tools that track them over time.
extension Report {
  static func json(_ machine: Machine, _ options: BenchOptions, _ results: [SizeResult])
    -> String
  {
    let sizes = results.map { result in
      let figures = result.figures.map { figure in
        var fields = [
          ("key", string(figure.key)), ("label", string(figure.label)),
          ("value", number(figure.value)), ("unit", string(figure.unit.rawValue)),
          ("level", String(figure.level)),
        ]
        if let budget = figure.budget {
          fields.append(
            (
              "budget",
              object(
                [
                  ("comparison", string(budget.comparison.rawValue)),
                  ("limit", number(budget.limit)),
                ], indent: 0)
            ))
          fields.append(("pass", figure.passes == true ? "true" : "false"))
        }
        if !figure.note.isEmpty { fields.append(("note", string(figure.note))) }
        return object(fields, indent: 0)
      }
      return object(
        [
          ("size", string(result.size.rawValue)),
          ("pass", result.passes ? "true" : "false"),
          ("failure", result.failure.map(string) ?? "null"),
          ("figures", "[\n" + figures.map { "      " + $0 }.joined(separator: ",\n") + "\n    ]"),
        ], indent: 4)
    }
    return object(
      [
        (
          "machine",
          object(
            [
              ("cores", String(machine.cores)), ("cpu", string(machine.cpu)),
              ("system", string(machine.system)), ("loadAverage", string(machine.loadAverage)),
            ], indent: 0)
        ),
        ("build", string(BenchOptions.buildMode)), ("seed", String(options.seed)),
        ("keystrokes", String(options.keystrokes)),
        ("sizes", "[\n    " + sizes.joined(separator: ",\n    ") + "\n  ]"),
        ("pass", results.allSatisfy(\.passes) ? "true" : "false"),
      ], indent: 2)
  }

  /// `{"a": 1, "b": 2}` on one line (indent 0) or one member per line.
  static func object(_ fields: [(String, String)], indent: Int) -> String {
    let members = fields.map { "\(string($0.0)): \($0.1)" }
    guard indent > 0 else { return "{" + members.joined(separator: ", ") + "}" }
    let inner = String(repeating: " ", count: indent)
    let outer = String(repeating: " ", count: indent - 2)
    return "{\n" + members.map { inner + $0 }.joined(separator: ",\n") + "\n" + outer + "}"
  }

  /// A JSON number; JSON has no infinity or NaN, so those become null.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }

  static func string(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
