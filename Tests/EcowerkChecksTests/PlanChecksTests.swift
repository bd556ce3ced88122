import EcowerkChecks
import EcowerkModel
import Testing

@Suite struct PlanChecksTests {
  @Test func theCleanPlanMeetsEveryCheck() {
    let health = PlanHealth(plan: CleanPlan.make(), today: CleanPlan.today)
    #expect(health.findings.map(\.check.id) == [])
    #expect(!health.hasErrors)
  }

  @Test(arguments: Breakage.all)
  func breakingThePlanTriggersItsCheck(_ breakage: Breakage) {
    let findings = PlanHealth(plan: breakage.plan, today: CleanPlan.today).findings
    #expect(findings.contains { $0.check == breakage.check }, "\(findings.map(\.check.id))")
  }

  @Test func everyCheckIsBrokenSomewhere() {
    let covered = Set(Breakage.all.map(\.check))
    #expect(Check.allCases.filter { !covered.contains($0) } == [])
  }

  @Test func idsAreUniqueStableAndNamedAfterTheirStep() {
    let prefixes = [1: "why.", 2: "blueprint.", 3: "action."]
    for check in Check.allCases {
      #expect(check.id.hasPrefix(prefixes[check.step] ?? "?"), "\(check.id)")
      #expect(check.area.step == check.step, "\(check.id)")
      #expect(check.id == check.id.lowercased())
    }
    #expect(Set(Check.allCases.map(\.id)).count == Check.allCases.count)
    #expect(Check.visionMissing.id == "why.vision-missing")
    #expect(Check.mveChainGap.id == "blueprint.mve-chain-gap")
    #expect(Check.overdue.id == "action.overdue")
  }

  @Test func findingsPointAtTheEntityAndFieldToFix() throws {
    var plan = CleanPlan.make()
    plan.stakeholders[2].addedValue = ""
    plan.theoryOfChange[0].children[0].assumptions[0].status = .broken
    let findings = PlanHealth(plan: plan, today: CleanPlan.today).findings
    let partner = try #require(findings.first { $0.check == .partnerAddedValueMissing })
    #expect(partner.entity == .stakeholder("sh-3") && partner.field == .addedValue)
    #expect(partner.severity == .error && partner.step == 2)
    let planB = try #require(findings.first { $0.check == .planBMissing })
    #expect(planB.entity == .assumption("toc-2", "as-1") && planB.field == .planB)
  }

  @Test func theOrderIsByStepThenSeverityThenPlan() {
    var plan = CleanPlan.make()
    plan.actions[0].owner = nil  // step 3 warning
    plan.vision = ""  // step 1 error
    plan.segments[1].smeCount = nil  // step 1 warning
    plan.segments[0].smeCount = nil  // step 1 warning, earlier in the plan
    plan.targetNewSMEs = nil  // step 1 hint
    plan.stakeholders[0].isOrchestrator = false  // step 2 error
    let findings = PlanHealth(plan: plan, today: CleanPlan.today).findings
    #expect(
      findings.map(\.check) == [
        .visionMissing, .segmentSizeMissing, .segmentSizeMissing, .totalTargetMissing,
        .orchestratorMissing, .actionOwnerMissing, .phaseEntryUnmet, .phaseEntryUnmet,
      ])
    #expect(findings[1].entity == .segment("seg-1") && findings[2].entity == .segment("seg-2"))
  }

  @Test func todayDecidesWhatIsOverdueNotTheClock() {
    var plan = CleanPlan.make()
    plan.actions[0].end = CleanPlan.today
    plan.pilots[0].learnings = []
    plan.pilots[0].status = .running
    plan.pilots[0].end = CleanPlan.today
    // Due today is not overdue yet, and a pilot ending today has until tomorrow.
    #expect(PlanHealth(plan: plan, today: CleanPlan.today).count == 0)
    let tomorrow = CalendarDate(dayNumber: CleanPlan.today.dayNumber + 1)
    let later = PlanHealth(plan: plan, today: tomorrow).findings.map(\.check)
    #expect(later == [.overdue, .pilotLearningsMissing])
  }

  @Test(arguments: [(125, false), (126, true), (75, false), (74, true)])
  func aBudgetLineMayDeviateAQuarter(_ percent: Int64, _ flagged: Bool) {
    var plan = CleanPlan.make()
    plan.finance[0].actualCosts = Money(cents: plan.finance[0].costs.cents * percent / 100)
    let findings = PlanHealth(plan: plan, today: CleanPlan.today).findings
    #expect(findings.contains { $0.check == .budgetDeviation } == flagged)
  }

  @Test func doneAndCancelledActionsAreNotOverdueAndCancelledOnesNeedNothing() {
    var plan = CleanPlan.make()
    plan.actions[0].end = CleanPlan.date(2025, 1, 1)
    plan.actions[0].status = .cancelled
    plan.actions[0].owner = nil
    plan.actions[0].output = ""
    #expect(PlanHealth(plan: plan, today: CleanPlan.today).count == 0)
  }

  @Test func onlyTheMVEPartnersNeedContributionRoleAndAddedValue() {
    var plan = CleanPlan.make()
    plan.stakeholders.append(Stakeholder(id: "sh-4", name: "Bank", kind: .financier))
    #expect(PlanHealth(plan: plan, today: CleanPlan.today).count == 0)
  }
}
