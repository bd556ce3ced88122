/// An ecosystem public-private partnership's plan: the whole method, all three steps.
///
/// This is what is saved. What the workbench shows (selection, scroll, expanded nodes, the text
/// being typed) lives in the UI state and refers into the plan by id.
public struct Plan: Hashable, Sendable {
  // Step 1: why.
  public var name: String
  public var region: String
  /// The societal challenge (maatschappelijke opgave).
  public var challenge: String
  /// The shared vision (gedeelde visie).
  public var vision: String
  public var phase: Phase
  public var startYear: Int
  /// Years of NGF money; after them the partnership must stand on its own.
  public var horizonYears: Int
  /// How many new SMEs the partnership wants to reach in all; the segments' targets should add up
  /// to it.
  public var targetNewSMEs: Int?
  public var systemFailures: [Failure]
  public var transformationFailures: [Failure]
  public var segments: [Segment]

  // Step 2: the blueprint.
  public var propositions: [ValueProposition]
  public var chainLinks: [ChainLink]
  public var stakeholders: [Stakeholder]
  public var jointOrganisation: [OrgFunction]
  /// How the orchestration is organised, not only who does it: the orchestrator's mandate,
  /// how the partners decide, and who pays for it.
  public var orchestrationMandate: String
  public var decisionMaking: String
  public var orchestrationFunding: String
  /// What the partners achieve together and none of them alone ("gezamenlijk wel en
  /// afzonderlijk niet").
  public var jointValue: String
  public var businessModels: [BusinessModel]
  public var finance: [FinanceYear]
  /// A rubric file to use in place of the shipped one, relative to the plan's folder.
  public var rubricFile: String?
  public var reviews: [PeerReview]

  // Step 3: into action.
  /// The roots of the Theory of Change, usually impact goals.
  public var theoryOfChange: [ChangeNode]
  /// The "contributes to" links beyond the tree, which make the Theory of Change a network.
  public var changeLinks: [ChangeLink]
  public var actions: [Action]
  public var pilots: [Pilot]

  public static let defaultHorizon = 6

  public init(
    name: String = "", region: String = "", challenge: String = "", vision: String = "",
    phase: Phase = .verkennen, startYear: Int, horizonYears: Int = Plan.defaultHorizon,
    targetNewSMEs: Int? = nil, systemFailures: [Failure] = [],
    transformationFailures: [Failure] = [], segments: [Segment] = [],
    propositions: [ValueProposition] = [], chainLinks: [ChainLink] = [],
    stakeholders: [Stakeholder] = [], jointOrganisation: [OrgFunction] = [],
    orchestrationMandate: String = "", decisionMaking: String = "",
    orchestrationFunding: String = "", jointValue: String = "",
    businessModels: [BusinessModel] = [], finance: [FinanceYear] = [], rubricFile: String? = nil,
    reviews: [PeerReview] = [], theoryOfChange: [ChangeNode] = [],
    changeLinks: [ChangeLink] = [], actions: [Action] = [], pilots: [Pilot] = []
  ) {
    self.name = name
    self.region = region
    self.challenge = challenge
    self.vision = vision
    self.phase = phase
    self.startYear = startYear
    self.horizonYears = horizonYears
    self.targetNewSMEs = targetNewSMEs
    self.systemFailures = systemFailures
    self.transformationFailures = transformationFailures
    self.segments = segments
    self.propositions = propositions
    self.chainLinks = chainLinks
    self.stakeholders = stakeholders
    self.jointOrganisation = jointOrganisation
    self.orchestrationMandate = orchestrationMandate
    self.decisionMaking = decisionMaking
    self.orchestrationFunding = orchestrationFunding
    self.jointValue = jointValue
    self.businessModels = businessModels
    self.finance = finance
    self.rubricFile = rubricFile
    self.reviews = reviews
    self.theoryOfChange = theoryOfChange
    self.changeLinks = changeLinks
    self.actions = actions
    self.pilots = pilots
  }

  /// The years of the horizon, first to last.
  ///
  /// Saturates instead of trapping: the invariant check asks for the horizon of every file it
  /// is given, including one whose start year is near `Int.max` (found by fuzzing).
  public var horizon: ClosedRange<Int> {
    let last = startYear.addingReportingOverflow(max(1, horizonYears) - 1)
    return startYear...(last.overflow ? Int.max : last.partialValue)
  }

  /// An empty plan starting in `startYear`, with one finance row per year of the horizon.
  public static func empty(name: String = "", startYear: Int) -> Plan {
    var plan = Plan(name: name, startYear: startYear)
    plan.finance = plan.horizon.map { FinanceYear(year: $0) }
    return plan
  }
}

extension Plan: SchemaEntity {
  /// The plan file's top level; `format` and `schemaVersion` come before these (`PlanFormat`).
  public static let schema = EntitySchema<Plan>(
    "plan", blank: Plan(startYear: 0),
    [
      .text(.name, { $0.name }, { $0.name = $1 }),
      .text(.region, { $0.region }, { $0.region = $1 }),
      .text(.challenge, { $0.challenge }, { $0.challenge = $1 }, .long),
      .text(.vision, { $0.vision }, { $0.vision = $1 }, .long),
      .choice(.phase, { $0.phase }, { $0.phase = $1 }, default: .verkennen),
      .integer(.startYear, { $0.startYear }, { $0.startYear = $1 }, .year, default: nil),
      .integer(
        .horizonYears, { $0.horizonYears }, { $0.horizonYears = $1 }, .horizonYears,
        default: Plan.defaultHorizon),
      .integer(.targetNewSMEs, { $0.targetNewSMEs }, { $0.targetNewSMEs = $1 }, .count),
      .optionalText(.rubricFile, { $0.rubricFile }, { $0.rubricFile = $1 }),
      .text(
        .orchestrationMandate, { $0.orchestrationMandate }, { $0.orchestrationMandate = $1 }, .long),
      .text(.decisionMaking, { $0.decisionMaking }, { $0.decisionMaking = $1 }, .long),
      .text(
        .orchestrationFunding, { $0.orchestrationFunding }, { $0.orchestrationFunding = $1 }, .long),
      .text(.jointValue, { $0.jointValue }, { $0.jointValue = $1 }, .long),
      .list("systemFailures", { $0.systemFailures }, { $0.systemFailures = $1 }),
      .list(
        "transformationFailures", { $0.transformationFailures }, { $0.transformationFailures = $1 }),
      .list("segments", { $0.segments }, { $0.segments = $1 }),
      .list("propositions", { $0.propositions }, { $0.propositions = $1 }),
      .list("chainLinks", { $0.chainLinks }, { $0.chainLinks = $1 }),
      .list("stakeholders", { $0.stakeholders }, { $0.stakeholders = $1 }),
      .list("jointOrganisation", { $0.jointOrganisation }, { $0.jointOrganisation = $1 }),
      .list("businessModels", { $0.businessModels }, { $0.businessModels = $1 }),
      .list("finance", { $0.finance }, { $0.finance = $1 }),
      .list("reviews", { $0.reviews }, { $0.reviews = $1 }),
      .list("theoryOfChange", { $0.theoryOfChange }, { $0.theoryOfChange = $1 }),
      .list("theoryOfChangeLinks", { $0.changeLinks }, { $0.changeLinks = $1 }),
      .list("actions", { $0.actions }, { $0.actions = $1 }),
      .list("pilots", { $0.pilots }, { $0.pilots = $1 }),
    ],
    rules: { plan, context in
      var found: [(Field, PlanViolation.Problem)] = []
      let count = plan.nodeCount
      if count > context.limits.maxNodeCount {
        found.append(
          (.theoryOfChange, .tooManyNodes(count: count, limit: context.limits.maxNodeCount)))
      }
      return found
    })
}
