import EcowerkChecks
import EcowerkModel
import EcowerkStrings

/// The plan checked against the method, as a checklist at the end of a snapshot: per step of
/// the method the findings, errors first, each with what to do and the check's id, so that a
/// board or a peer reviewer sees what is still open.
extension ReportBuilder {
  var checkBlocks: [ReportBlock] {
    let health = PlanHealth(plan: plan, today: today)
    guard health.count > 0 else { return [.paragraph(strings["check.none"])] }
    var blocks: [ReportBlock] = [.paragraph(strings.summary(health))]
    let findings = health.findings
    for step in 1...3 {
      let items = findings.filter { $0.step == step }.map { finding in
        strings.format(
          "report.checks.item", strings.label(finding.severity), strings.message(finding, in: plan),
          finding.check.id)
      }
      guard !items.isEmpty else { continue }
      blocks.append(.list(title: strings["report.step.\(step)"], items: items))
    }
    return blocks
  }
}
