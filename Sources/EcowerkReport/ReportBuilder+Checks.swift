import EcowerkChecks
import EcowerkModel
import EcowerkStrings

/// The plan checked against the method, as a checklist at the end of a snapshot, in words a
/// board member or peer reviewer reads: per step of the method what must be fixed, what needs
/// attention and the tips, each saying what to do. The checks' ids stay in `ecowerk check
/// --format json`, where scripts read them.
extension ReportBuilder {
  var checkBlocks: [ReportBlock] {
    guard health.count > 0 else { return [.paragraph(strings["check.none"])] }
    var blocks: [ReportBlock] = [.paragraph(strings.summary(health))]
    let findings = health.findings
    for step in 1...3 {
      let inStep = findings.filter { $0.step == step }
      guard !inStep.isEmpty else { continue }
      blocks.append(.heading(strings["report.step.\(step)"]))
      for severity in Severity.allCases {
        let items = inStep.filter { $0.severity == severity }.map {
          strings.message($0, in: plan)
        }
        guard !items.isEmpty else { continue }
        blocks.append(
          .list(title: strings["report.checks.\(severity.rawValue)"], items: items))
      }
    }
    return blocks
  }
}
