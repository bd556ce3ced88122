import EcowerkChecks
import EcowerkJSON
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
        lines.append("  \(padded)  \(finding.check.id)  \(place(finding.entity, strings))")
        lines.append(
          "  \(String(repeating: " ", count: width))  \(strings.message(finding, in: plan))")
      }
      lines.append("")
    }
    lines.append(strings.summary(health))
    return lines.map { Sanitizer.line($0) }.joined(separator: "\n") + "\n"
  }

  /// What the finding is about, in words and by id: `segment seg-2`, `ketenschakel link-7`,
  /// `bijdrage 2026/sh-1`, `plan`. (The JSON listing has the kind's key, for tools.)
  static func place(_ entity: EntityRef, _ strings: Strings) -> String {
    let kind = strings["entity.\(entity.kind.rawValue)"]
    guard let id = entity.idText else { return kind }
    if let parent = entity.parentText { return "\(kind) \(parent)/\(id)" }
    return "\(kind) \(id)"
  }

  /// The findings as JSON: the plan, the date, the totals, and per finding its id, severity,
  /// step, entity (kind, id, parent), field and message. Written by the one JSON writer, which
  /// escapes every control, separator and bidi character, so text from a plan cannot break the
  /// document or reach a terminal raw.
  public static func json(
    _ health: PlanHealth, plan: Plan, file: String, strings: Strings
  ) -> String {
    var out = JSONWriter(style: .pretty)
    out.beginObject()
    out.key("format")
    out.string("ecowerk-check")
    for (key, value) in [
      ("plan", plan.name), ("file", file), ("date", health.today.description),
      ("language", strings.language.rawValue),
    ] {
      out.key(key)
      out.string(value)
    }
    for (key, severity) in [("errors", Severity.error), ("warnings", .warning), ("hints", .hint)] {
      out.key(key)
      out.integer(health.count(severity))
    }
    out.key("findings")
    out.beginArray()
    for finding in health.findings {
      let entity = finding.entity
      out.beginObject()
      out.key("id")
      out.string(finding.check.id)
      out.key("severity")
      out.string(finding.severity.rawValue)
      out.key("step")
      out.integer(finding.step)
      out.key("entity")
      out.beginObject()
      out.key("kind")
      out.string(entity.kind.rawValue)
      for (key, value) in [("id", entity.idText), ("parent", entity.parentText)] {
        out.key(key)
        if let value { out.string(value) } else { out.null() }
      }
      out.endObject()
      out.key("field")
      if let field = finding.field { out.string(field.rawValue) } else { out.null() }
      out.key("message")
      out.string(strings.message(finding, in: plan))
      out.endObject()
    }
    out.endArray()
    out.endObject()
    return String(decoding: out.bytes, as: UTF8.self) + "\n"
  }
}
