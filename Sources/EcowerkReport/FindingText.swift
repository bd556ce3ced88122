import EcowerkChecks
import EcowerkModel
import EcowerkStrings

/// The words of a finding in one language. Built only when a finding is shown or printed: the
/// workbench keeps thousands of findings of a large plan and writes out only the rows on screen.
extension Strings {
  /// The message of a finding: what is wrong and what to do.
  public func message(_ finding: Finding, in plan: Plan) -> String {
    format(finding.message, arguments: finding.arguments.map { text($0, in: plan) })
  }

  /// One argument of a finding's message, in this language's notation; a partner by its name
  /// in `plan`.
  public func text(_ argument: CheckArgument, in plan: Plan) -> String {
    switch argument {
    case .partner(let id):
      return text(.name(plan.stakeholder(id)?.name ?? id.rawValue), in: plan)
    case .name(let name):
      return name.allSatisfy(\.isWhitespace) ? self["check.unnamed"] : name
    case .count(let value): return number(value)
    case .year(let year): return String(year)
    case .money(let amount): return money(amount)
    case .percent(let fraction):
      return (fraction > 0 ? "+" : "") + percent(fraction)
    case .figure(let value, let unit):
      return unit.allSatisfy(\.isWhitespace) ? decimal(value) : decimal(value) + " " + unit
    case .date(let date): return self.date(date)
    case .phase(let phase): return label(phase)
    case .fields(let fields): return fields.map { label($0) }.joined(separator: ", ")
    case .sectors(let sectors): return list(sectors.map { label($0) })
    case .levels(let levels): return list(levels.map { label($0) })
    case .conditions(let keys): return list(keys.map { self["phase.condition.\($0)"] })
    case .years(let years): return list(years.map(String.init))
    }
  }

  /// How many findings of each severity: `3 fouten, 1 waarschuwing, 2 tips`.
  public func summary(_ health: PlanHealth) -> String {
    Severity.allCases.map { severity in
      let count = health.count(severity)
      let key = "check.count.\(severity.rawValue).\(count == 1 ? "one" : "other")"
      return format(key, number(count))
    }.joined(separator: ", ")
  }

  /// The severity as a word: `fout`, `warning`.
  public func label(_ severity: Severity) -> String {
    self["check.severity.\(severity.rawValue)"]
  }

  /// "a, b and c" in this language.
  private func list(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    let and = language == .dutch ? " en " : " and "
    return items.dropLast().joined(separator: ", ") + and + last
  }
}
