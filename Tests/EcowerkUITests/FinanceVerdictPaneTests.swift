import EcowerkChecks
import EcowerkModel
import EcowerkStore
import Testing

@testable import EcowerkUI

/// The finance pane, the overview and the health list say the same about NGF: the verdict is
/// one function (`Plan.ngfVerdict`), which `ecowerk check` reports too.
@Suite struct FinanceVerdictPaneTests {
  /// The demo with only its first two years of figures, as a new plan often is.
  static func twoYears() throws -> Plan {
    var plan = try DemoPlan.load()
    plan.finance = Array(plan.finance.prefix(2))
    return plan
  }

  @Test func aPlanWithFourEmptyYearsSaysSoEverywhere() throws {
    let plan = try Self.twoYears()
    var s = Session(plan: plan, width: 120, height: 120)
    #expect(s.screen.contains("the plan does not yet stand alone after 2030"))
    s.press(.showPane(.finance))
    #expect(s.screen.contains("✗ The plan does not yet stand without NGF after 2030"))
    #expect(s.screen.contains("2030 has no figures"))
    #expect(s.screen.contains("no figures yet for 2027, 2028, 2029"))
    let findings = s.state.health.health.findings
    #expect(findings.contains { $0.check == .ngfAtHorizon && $0.severity == .error })
    #expect(findings.filter { $0.check == .financeYearEmpty }.count == 4)
  }

  @Test func theDemoStandsAloneEverywhere() throws {
    var s = Session(plan: try DemoPlan.load(), width: 120, height: 120)
    #expect(s.screen.contains("the plan stands alone after 2030"))
    s.press(.showPane(.finance))
    #expect(s.screen.contains("The plan stands without NGF after 2030"))
    #expect(!s.state.health.health.findings.contains { $0.check == .ngfAtHorizon })
  }
}
