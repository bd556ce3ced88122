import EcowerkChecks
import EcowerkModel
import EcowerkStrings
import EcowerkText

/// What `ecowerk check` prints: the findings grouped by step, as text for a person or as JSON
/// for a script. Both are deterministic: the same plan and date give the same bytes.
public enum CheckListing {
  /// The findings as text: two lines per finding under its step (severity, id and entity, then
  /// the message), then the totals. Text from the plan is sanitised: it goes to a terminal.
  public static func text(
    _ health: PlanHealth, plan: Plan, file: String, strings: Strings
  ) -> String {
    var lines: [String] = [
      strings.format("check.listing.title", file, strings.date(health.today)), "",
    ]
    let findings = health.findings
    if findings.isEmpty {
      lines.append(strings["check.none"])
      return lines.map { Sanitizer.line($0) }.joined(separator: "\n") + "\n"
    }
    let width = Severity.allCases.map { strings.label($0).count }.max() ?? 0
    for step in 1...3 {
      let inStep = findings.filter { $0.step == step }
      guard !inStep.isEmpty else { continue }
      lines.append(strings["report.step.\(step)"])
      for finding in inStep {
        let label = strings.label(finding.severity)
        let padded = label + String(repeating: " ", count: max(0, width - label.count))
        lines.append("  \(padded)  \(finding.check.id)  \(place(finding.entity))")
        lines.append(
          "  \(String(repeating: " ", count: width))  \(strings.message(finding, in: plan))")
      }
      lines.append("")
    }
    lines.append(strings.summary(health))
    return lines.map { Sanitizer.line($0) }.joined(separator: "\n") + "\n"
  }

  /// `segment seg-2`, `contribution 2026/sh-1`, `plan`.
  static func place(_ entity: EntityRef) -> String {
    guard let id = entity.idText else { return entity.kind.rawValue }
    if let parent = entity.parentText { return "\(entity.kind.rawValue) \(parent)/\(id)" }
    return "\(entity.kind.rawValue) \(id)"
  }

  /// The findings as JSON: the plan, the date, the totals, and per finding its id, severity,
  /// step, entity (kind, id, parent), field and message.
  public static func json(
    _ health: PlanHealth, plan: Plan, file: String, strings: Strings
  ) -> String {
    var out = "{\n"
    out += "  \"format\": \"ecowerk-check\",\n"
    out += "  \"plan\": \(quoted(plan.name)),\n"
    out += "  \"file\": \(quoted(file)),\n"
    out += "  \"date\": \(quoted(health.today.description)),\n"
    out += "  \"language\": \(quoted(strings.language.rawValue)),\n"
    out += "  \"errors\": \(health.count(.error)),\n"
    out += "  \"warnings\": \(health.count(.warning)),\n"
    out += "  \"hints\": \(health.count(.hint)),\n"
    let findings = health.findings
    out += "  \"findings\": [" + (findings.isEmpty ? "]\n" : "\n")
    for (index, finding) in findings.enumerated() {
      let entity = finding.entity
      out += "    {\n"
      out += "      \"id\": \(quoted(finding.check.id)),\n"
      out += "      \"severity\": \(quoted(finding.severity.rawValue)),\n"
      out += "      \"step\": \(finding.step),\n"
      out += "      \"entity\": { \"kind\": \(quoted(entity.kind.rawValue)), "
      out += "\"id\": \(entity.idText.map(quoted) ?? "null"), "
      out += "\"parent\": \(entity.parentText.map(quoted) ?? "null") },\n"
      out += "      \"field\": \(finding.field.map { quoted($0.rawValue) } ?? "null"),\n"
      out += "      \"message\": \(quoted(strings.message(finding, in: plan)))\n"
      out += "    }" + (index == findings.count - 1 ? "\n" : ",\n")
    }
    if !findings.isEmpty { out += "  ]\n" }
    out += "}\n"
    return out
  }

  /// A JSON string: quotes, backslashes and every control character escaped, so that text
  /// from a plan cannot break the document or reach a terminal raw.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _
      where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        || (0x2028...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        || scalar.value == 0x200E || scalar.value == 0x200F || scalar.value == 0x061C:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
