import EcowerkModel

/// What the checks found in a plan, kept per area so that an edit re-checks only the areas
/// whose parts of the plan it touched.
///
/// `today` is given, never read from a clock: overdue actions and pilots past their end depend
/// on it, and a check run must be reproducible.
public struct PlanHealth: Hashable, Sendable {
  public let today: CalendarDate
  /// The findings of each area, indexed by `CheckArea.rawValue`, in plan order.
  private var areas: [[Finding]]

  /// Runs every check on `plan`.
  public init(plan: Plan, today: CalendarDate) {
    self.today = today
    areas = CheckArea.allCases.map { PlanChecks.run($0, on: plan, today: today) }
    gatePhases(plan.phase)
  }

  /// Runs again the checks of the areas that read any of `parts`.
  public mutating func recheck(_ parts: PlanParts, in plan: Plan) {
    for area in CheckArea.allCases where !area.reads.isDisjoint(with: parts) {
      areas[area.rawValue] = PlanChecks.run(area, on: plan, today: today)
    }
    gatePhases(plan.phase)
  }

  /// The phases' entry conditions, judged from the findings of the other areas: a few
  /// comparisons per condition, so it is done after every recheck.
  private mutating func gatePhases(_ phase: Phase) {
    var found = Set<Check>()
    for area in CheckArea.allCases where area != .phase {
      for finding in areas[area.rawValue] { found.insert(finding.check) }
    }
    areas[CheckArea.phase.rawValue] = PhaseGate.findings(in: phase, given: found)
  }

  /// Runs again what `edits` (already applied to `plan`) may have changed.
  public mutating func recheck(after edits: [Edit], in plan: Plan) {
    recheck(edits.reduce(into: PlanParts()) { $0.formUnion($1.touchedParts) }, in: plan)
  }

  /// The findings of one area, in plan order.
  public func findings(in area: CheckArea) -> [Finding] {
    areas[area.rawValue]
  }

  /// Every finding, grouped by step, errors before warnings before hints, then in the order of
  /// the method and of the plan: the same plan always gives the same list.
  public var findings: [Finding] {
    var result: [Finding] = []
    result.reserveCapacity(count)
    for step in 1...3 {
      let stepAreas = CheckArea.allCases.filter { $0.step == step }
      for severity in Severity.allCases {
        for area in stepAreas {
          result += areas[area.rawValue].lazy.filter { $0.severity == severity }
        }
      }
    }
    return result
  }

  public var count: Int { areas.reduce(0) { $0 + $1.count } }

  /// How many findings have this severity.
  public func count(_ severity: Severity) -> Int {
    areas.reduce(0) { total, findings in
      total + findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }
  }

  /// Whether the plan has findings of severity error: `ecowerk check` then exits with 1.
  public var hasErrors: Bool {
    areas.contains { $0.contains { $0.severity == .error } }
  }
}

extension CheckArea {
  /// The step of the method the area's checks belong to.
  public var step: Int {
    switch self {
    case .vision, .failures, .segments: return 1
    case .propositions, .approach, .stakeholders, .organisation, .businessModels, .finance,
      .peerReview:
      return 2
    case .theoryOfChange, .actions, .kpis, .pilots, .bowlingAlley, .phase: return 3
    }
  }
}
