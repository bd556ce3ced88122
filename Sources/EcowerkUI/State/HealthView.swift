import EcowerkChecks
import EcowerkModel

/// What the checks found in the plan on screen, kept current after every edit: the tab counts,
/// the status bar's total and the list on `!` all read it.
///
/// It is worked out again only when the plan's version moves, and then only for the areas the
/// edits touched (`PlanHealth.recheck`), so moving around costs nothing and an edit costs one
/// pass over its own part of the plan.
public struct HealthView: Hashable, Sendable {
  /// The plan version the findings are for.
  public var version: Int
  public var health: PlanHealth
  /// Open findings per pane, indexed by `PaneID.rawValue - 1`.
  public private(set) var counts: [Int]
  /// Open findings of severity error, on all panes.
  public private(set) var errors: Int

  public init(plan: Plan, version: Int, today: CalendarDate) {
    self.version = version
    health = PlanHealth(plan: plan, today: today)
    counts = []
    errors = 0
    tally()
  }

  /// All open findings.
  public var total: Int { counts.reduce(0, +) }

  /// Open findings about what pane `pane` shows.
  public func count(in pane: PaneID) -> Int {
    counts.indices.contains(pane.rawValue - 1) ? counts[pane.rawValue - 1] : 0
  }

  private mutating func tally() {
    var counts = [Int](repeating: 0, count: PaneID.allCases.count)
    var errors = 0
    for area in CheckArea.allCases {
      for finding in health.findings(in: area) {
        counts[Self.pane(of: finding).rawValue - 1] += 1
        if finding.severity == .error { errors += 1 }
      }
    }
    self.counts = counts
    self.errors = errors
  }

  /// Brings the findings up to the plan's current version: only the areas the edits since
  /// then touched are checked again; a jump the recent edits do not explain (another day, a
  /// long recovery) checks everything.
  static func refresh(_ state: inout AppState) {
    let today = state.settings.today
    guard state.health.version != state.version || state.health.health.today != today else {
      return
    }
    if state.health.health.today == today, let changes = state.changes(since: state.health.version)
    {
      state.health.health.recheck(after: changes.map(\.edit), in: state.plan)
      state.health.version = state.version
      state.health.tally()
    } else {
      state.health = HealthView(plan: state.plan, version: state.version, today: today)
    }
  }

  /// The findings for the state's plan: the kept ones when current, else worked out now (a
  /// frame drawn before the first update).
  static func current(_ state: AppState) -> HealthView {
    if state.health.version == state.version && state.health.health.today == state.settings.today {
      return state.health
    }
    var copy = state
    refresh(&copy)
    return copy.health
  }

  /// The pane where a finding is fixed: the pane of its entity, and for what the plan as a
  /// whole lacks, the pane of the check's part of the method — the plan's own fields (vision,
  /// target) in the overview.
  static func pane(of finding: Finding) -> PaneID {
    guard finding.entity == .plan else { return pane(of: finding.entity) }
    // How orchestration is organised and the joint added value are the plan's own texts, shown
    // with the joint organisation.
    if finding.check.area == .organisation { return .propositions }
    if finding.field != nil { return .overview }
    switch finding.check.area {
    case .vision, .failures, .approach, .phase: return .overview
    case .segments, .bowlingAlley: return .segments
    case .propositions, .organisation, .businessModels: return .propositions
    case .stakeholders: return .stakeholders
    case .finance: return .finance
    case .peerReview: return .peerReview
    case .theoryOfChange: return .theoryOfChange
    case .actions, .kpis: return .actions
    case .pilots: return .pilots
    }
  }

  /// The pane that shows an entity; the overview for the plan itself.
  static func pane(of ref: EntityRef) -> PaneID {
    switch ref {
    case .plan, .systemFailure, .transformationFailure: return .overview
    case .segment, .barrier, .pain, .gain, .conversation: return .segments
    case .chainLink, .stakeholder: return .stakeholders
    case .proposition, .orgFunction, .businessModel: return .propositions
    case .financeYear, .contribution: return .finance
    case .review, .score: return .peerReview
    case .node, .assumption, .nodeKPI, .changeLink, .linkAssumption, .measurement, .milestone:
      return .theoryOfChange
    case .action, .actionKPI: return .actions
    case .pilot, .painPoint, .criterion: return .pilots
    }
  }
}

/// The health overlay's list: the findings when it was opened (the plan cannot change while
/// it is open) and the selected row.
public struct HealthList: Hashable, Sendable {
  public var findings: [Finding]
  public var cursor = ListCursor()

  public init(findings: [Finding]) {
    self.findings = findings
  }
}
