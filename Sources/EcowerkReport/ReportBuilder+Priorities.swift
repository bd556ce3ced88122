import EcowerkChecks
import EcowerkModel
import EcowerkStrings

/// The three things to do first, in words, for page 1: what the checks and the KPI dashboard
/// say matters most.
///
/// The order: errors (the plan does not meet the method), then late KPIs, then warnings, then
/// KPIs behind schedule, then hints; within each, in the order of the method. A check that
/// finds the same thing many times (an open chain link per link) is one item, "and 3 more
/// like it", so that three different things reach the board.
extension ReportBuilder {
  static let priorities = 3

  var firstThingsToDo: [String] {
    var items: [String] = []
    let findings = health.findings
    func addFindings(_ severity: Severity) {
      var seen: [Check: Int] = [:]
      var order: [(Check, Finding)] = []
      for finding in findings where finding.severity == severity {
        if seen[finding.check] == nil { order.append((finding.check, finding)) }
        seen[finding.check, default: 0] += 1
      }
      for (check, finding) in order where items.count < Self.priorities {
        var text = strings.message(finding, in: plan)
        let more = (seen[check] ?? 1) - 1
        if more > 0 {
          text += " " + strings.format("report.summary.moreLikeThis", strings.number(more))
        }
        items.append(text)
      }
    }
    func addKPIs(_ standing: KpiStanding) {
      for entry in kpiBoard.entries where entry.standing == standing {
        guard items.count < Self.priorities else { return }
        items.append(
          strings.format(
            "report.summary.todoKPI", names.orUnnamed(entry.kpi.name), kpiOwner(entry),
            kpiExplanation(entry)))
      }
    }
    addFindings(.error)
    addKPIs(.late)
    addFindings(.warning)
    addKPIs(.behind)
    addFindings(.hint)
    return items.isEmpty ? [strings["report.summary.nothingToDo"]] : items
  }
}
