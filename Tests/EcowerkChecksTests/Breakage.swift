import EcowerkChecks
import EcowerkModel
import Testing

/// One way to break the clean plan, and the check that must then speak up.
struct Breakage: Sendable, CustomTestStringConvertible {
  var check: Check
  var label: String
  var apply: @Sendable (inout Plan) -> Void

  init(_ check: Check, _ label: String, _ apply: @escaping @Sendable (inout Plan) -> Void) {
    self.check = check
    self.label = label
    self.apply = apply
  }

  var testDescription: String { "\(check.id): \(label)" }

  var plan: Plan {
    var plan = CleanPlan.make()
    apply(&plan)
    return plan
  }

  /// At least one per check; `everyCheckIsBrokenSomewhere` keeps it that way.
  static let all: [Breakage] = why + blueprint + finance + action

  static let why: [Breakage] = [
    Breakage(.challengeMissing, "no challenge") { $0.challenge = " " },
    Breakage(.visionMissing, "vision is white space") { $0.vision = "  \n" },
    Breakage(.systemFailuresMissing, "no system failures") { $0.systemFailures = [] },
    Breakage(.transformationFailuresMissing, "only an empty one") {
      $0.transformationFailures[0].description = ""
    },
    Breakage(.segmentsMissing, "no segments") { $0.segments = [] },
    Breakage(.segmentProfileIncomplete, "no region") { $0.segments[0].region = "" },
    Breakage(.segmentSizeMissing, "no SME count") { $0.segments[0].smeCount = nil },
    Breakage(.segmentTargetMissing, "no target") { $0.segments[1].target = nil },
    Breakage(.segmentPainsMissing, "only a blank pain") { $0.segments[0].pains[0].text = " " },
    Breakage(.segmentGainsMissing, "no gains") { $0.segments[1].gains = [] },
    Breakage(.segmentBarriersMissing, "no barriers") { $0.segments[0].barriers = [] },
    Breakage(.outsiderConversationsMissing, "only members") {
      $0.segments[0].conversations[0].membership = .member
    },
    Breakage(.outsiderConversationsMissing, "membership not chosen") {
      $0.segments[0].conversations[0].membership = nil
    },
    Breakage(.membershipUnchosen, "membership not chosen") {
      $0.segments[1].conversations[0].membership = nil
    },
    Breakage(.interactionIncomplete, "weak, but between whom") {
      $0.systemFailures[0].interaction = .weak
    },
    Breakage(.interactionIncomplete, "two partners, but missing or weak") {
      $0.systemFailures[0].between = ["sh-1", "sh-2"]
    },
    Breakage(.interactionIncomplete, "weak, one partner") {
      $0.systemFailures[0].between = ["sh-1"]
      $0.systemFailures[0].interaction = .weak
    },
    Breakage(.outsiderConversationsMissing, "no conversations") {
      $0.segments[1].conversations = []
    },
    Breakage(.totalTargetMissing, "no plan target") { $0.targetNewSMEs = nil },
    Breakage(.targetsDoNotAddUp, "plan states more") { $0.targetNewSMEs = 450 },
  ]

  static let blueprint: [Breakage] = [
    Breakage(.segmentWithoutProposition, "seg-2 not served") {
      $0.propositions[0].segments = ["seg-1"]
    },
    Breakage(.needUnanswered, "a pain nobody relieves") {
      $0.propositions[0].relieves = ["pain-seg-1"]
    },
    Breakage(.needUnanswered, "a barrier nobody removes") {
      $0.propositions[0].removes = ["bar-seg-2"]
    },
    Breakage(.solutionDirectionsMissing, "only a blank direction") {
      $0.propositions[0].solutionDirections = [" "]
    },
    Breakage(.integrationMissing, "integration blank") { $0.propositions[0].integration = "" },
    Breakage(.failureUnaddressed, "nothing addresses it") {
      $0.systemFailures[0].propositions = []
    },
    Breakage(.failureUnaddressed, "the impact goal no longer names it") {
      $0.theoryOfChange[0].transformationFailures = []
      $0.theoryOfChange[0].systemFailures = ["fail-1"]
    },
    Breakage(.mveEmpty, "nobody in the MVE") {
      for index in $0.stakeholders.indices { $0.stakeholders[index].inMVE = false }
    },
    Breakage(.chainLinksMissing, "no chain links") { $0.chainLinks = [] },
    Breakage(.mveChainGap, "link-2 uncovered") { $0.stakeholders[1].chainLinks = [] },
    Breakage(.mveChainGap, "its only partner left the MVE") { $0.stakeholders[1].inMVE = false },
    Breakage(.notMultiSector, "no government") { $0.stakeholders[2].kind = .company },
    Breakage(.notMultiDisciplinary, "one discipline") {
      for index in $0.stakeholders.indices { $0.stakeholders[index].discipline = "Onderwijs " }
      $0.stakeholders[0].discipline = "onderwijs "
    },
    Breakage(.notMultiSector, "no society (quadruple helix)") {
      $0.stakeholders[3].kind = .intermediary
    },
    Breakage(.notMultiLevel, "nobody national") { $0.stakeholders[2].level = .regional },
    Breakage(.orchestratorMissing, "no orchestrator") { $0.stakeholders[0].isOrchestrator = false },
    Breakage(.orchestratorNotOne, "two orchestrators") { $0.stakeholders[1].isOrchestrator = true },
    Breakage(.partnerContributionMissing, "no contribution") {
      $0.stakeholders[0].contributions = ""
    },
    Breakage(.partnerRoleMissing, "no role") { $0.stakeholders[1].role = " " },
    Breakage(.partnerAddedValueMissing, "no added value") { $0.stakeholders[2].addedValue = "" },
    Breakage(.partnerInterestsMissing, "no own interests") { $0.stakeholders[0].ownInterests = "" },
    Breakage(.partnerInterestsMissing, "no shared interests") {
      $0.stakeholders[3].sharedInterests = " "
    },
    Breakage(.partnerWithoutProposition, "contributes to nothing") {
      $0.stakeholders[1].propositions = []
    },
    Breakage(.orchestrationUndefined, "how decisions are made") { $0.decisionMaking = "" },
    Breakage(.orchestrationUndefined, "who pays for it") { $0.orchestrationFunding = " " },
    Breakage(.jointValueMissing, "no joint added value") { $0.jointValue = "" },
    Breakage(.businessModelsMissing, "none while developing") { $0.businessModels = [] },
    Breakage(.businessModelIncomplete, "who pays after the NGF") {
      $0.businessModels[0].payerAfterNGF = ""
    },
    Breakage(.businessModelIncomplete, "no propositions") {
      $0.businessModels[0].propositions = []
    },
    Breakage(.incomeWithoutBusinessModel, "the models stand for less") {
      $0.businessModels[0].income = Money(euros: 9_999)
    },
    Breakage(.incomeWithoutBusinessModel, "no model has income") {
      $0.businessModels[0].income = nil
    },
    Breakage(.handOverMissing, "only shared") {
      $0.jointOrganisation[0].arrangements = ["sh-1": .share, "sh-2": .keep]
    },
    Breakage(.handOverMissing, "no joint organisation") { $0.jointOrganisation = [] },
    Breakage(.reviewMissingInPhase, "moved on to the next phase") { $0.phase = .valideren },
    Breakage(.reviewMissingInPhase, "a review without scores") { $0.reviews[0].scores = [] },
  ]

  static let finance: [Breakage] = [
    Breakage(.financeUnbalanced, "costs a euro more") {
      $0.finance[0].costs += Money(euros: 1)
    },
    Breakage(.financeUnbalanced, "a surplus") { $0.finance[2].income += Money(euros: 1) },
    Breakage(.ngfAtHorizon, "NGF in the last year") {
      $0.finance[5].ngf = Money(euros: 1000)
      $0.finance[5].costs += Money(euros: 1000)
    },
    Breakage(.ngfAtHorizon, "no last year") { $0.finance.removeLast() },
    Breakage(.ngfAtHorizon, "the last year short without NGF") {
      $0.finance[5].income = .zero
      $0.finance[5].costs = Money(euros: 50_001)
    },
    Breakage(.ngfAtHorizon, "the last year all zeros") {
      $0.finance[5] = FinanceYear(year: 2030)
    },
    Breakage(.financeYearEmpty, "a year of zeros") { $0.finance[2] = FinanceYear(year: 2027) },
    Breakage(.financeYearEmpty, "a year missing") { $0.finance.remove(at: 3) },
    Breakage(.horizonNotSix, "seven years") { $0.horizonYears = 7 },
    Breakage(.budgetDeviation, "costs 30% over") {
      $0.finance[0].actualCosts = Money(cents: $0.finance[0].costs.cents * 13 / 10)
    },
    Breakage(.budgetDeviation, "a partner's cash 40% under") {
      $0.finance[1].contributions[0].actualCash = Money(euros: 30_000)
    },
    Breakage(.budgetDeviation, "income against a plan of nothing") {
      $0.finance[5].income = .zero
      $0.finance[5].costs = Money(euros: 50_000)
      $0.finance[5].actualIncome = Money(euros: 5)
    },
  ]

  static let action: [Breakage] = [
    Breakage(.theoryOfChangeMissing, "no tree") { $0.theoryOfChange = [] },
    Breakage(.impactWithoutSegment, "for whom") { $0.theoryOfChange[0].segments = [] },
    Breakage(.impactWithoutFailure, "against which failures") {
      $0.theoryOfChange[0].transformationFailures = []
      $0.transformationFailures[0].partners = ["sh-2"]
    },
    Breakage(.assumptionsMissing, "no assumption anywhere") {
      $0.theoryOfChange[0].children[0].assumptions = []
    },
    Breakage(.actionPlanMissing, "no actions once started") { $0.actions = [] },
    Breakage(.pilotsMissing, "no pilots while developing") { $0.pilots = [] },
    Breakage(.pilotDecisionMissing, "finished without a decision") {
      $0.pilots[0].decision = nil
    },
    Breakage(.pilotPainPointsMissing, "finished, only a blank pain point") {
      $0.pilots[0].painPoints[0].text = " "
    },
    Breakage(.phaseEntryUnmet, "developing without a vision") { $0.vision = "" },
    Breakage(.phaseEntryUnmet, "developing without roles") { $0.stakeholders[0].role = "" },
    Breakage(.outcomeWithoutKPI, "KPI without a target") {
      $0.theoryOfChange[0].children[0].kpis[0].target = nil
    },
    Breakage(.activityWithoutImpact, "an activity at the root") {
      $0.theoryOfChange.append(ChangeNode(id: "toc-9", level: .activity, title: "Losse actie"))
    },
    Breakage(.activityWithoutImpact, "under an outcome root") {
      $0.theoryOfChange[0].level = .outcome
      $0.theoryOfChange[0].kpis = [KPI(id: "kpi-9", target: 1)]
    },
    Breakage(.assumptionUntested, "untested") {
      $0.theoryOfChange[0].children[0].assumptions[0].status = .untested
    },
    Breakage(.planBMissing, "broken without plan B") {
      $0.theoryOfChange[0].children[0].assumptions[0].status = .broken
    },
    Breakage(.actionOwnerMissing, "no owner") { $0.actions[0].owner = nil },
    Breakage(.actionDateMissing, "no end date") { $0.actions[0].end = nil },
    Breakage(.actionOutputMissing, "no output") { $0.actions[1].output = "" },
    Breakage(.overdue, "ended yesterday, still running") {
      $0.actions[0].end = CleanPlan.date(2026, 11, 28)
    },
    Breakage(.pilotLearningsMissing, "ended without learnings") {
      $0.pilots[0].learnings = []
      $0.pilots[0].status = .running
    },
    Breakage(.pilotLearningsMissing, "finished, no end date, no learnings") {
      $0.pilots[0].learnings = [""]
      $0.pilots[0].end = nil
    },
    Breakage(.kpiBehind, "a third of the time gone, hardly started") {
      $0.theoryOfChange[0].children[0].kpis[0].deadline = CleanPlan.date(2027, 12, 31)
    },
    Breakage(.kpiBehind, "past its deadline, the cause known") {
      $0.theoryOfChange[0].children[0].kpis[0].deadline = CleanPlan.date(2026, 6, 30)
      $0.theoryOfChange[0].children[0].kpis[0].cause = .environment
    },
    Breakage(.kpiBehind, "an action's KPI behind its milestone") {
      $0.actions[0].kpis = [
        KPI(
          id: "kpi-9", name: "Scans", baseline: 0, target: 40, actual: 10,
          deadline: CleanPlan.date(2027, 1, 31))
      ]
      $0.actions[0].kpis[0].milestones = [Milestone(year: 2026, value: 35)]
    },
    Breakage(.pilotResultMissing, "finished without criteria") { $0.pilots[0].criteria = [] },
    Breakage(.pilotResultMissing, "a criterion without a result") {
      $0.pilots[0].criteria[0].observed = nil
    },
    Breakage(.pilotDecisionContradicts, "scaled up though a criterion was missed") {
      $0.pilots[0].criteria[0].observed = 3
    },
    Breakage(.pilotDecisionContradicts, "scaled up though its KPI missed the threshold") {
      $0.pilots[0].criteria[1].threshold = 50
    },
    Breakage(.pilotDecisionContradicts, "stopped though every criterion was met") {
      $0.pilots[0].decision = .stop
    },
    Breakage(.alleyStart, "two segments first") { $0.segments[1].alleyPosition = 1 },
    Breakage(.alleyStart, "nobody in the alley") {
      $0.segments[0].alleyPosition = nil
      $0.segments[1].alleyPosition = nil
    },
    Breakage(.ambassadorMissing, "no ambassador") { $0.segments[1].ambassadors = [] },
    Breakage(.ambassadorMissing, "an ambassador from later on") {
      $0.segments.append(CleanPlan.segment("seg-3", position: 3, target: 0))
      $0.segments[2].ambassadors = ["seg-2"]
      $0.segments[1].ambassadors = ["seg-3"]
    },
  ]
}
