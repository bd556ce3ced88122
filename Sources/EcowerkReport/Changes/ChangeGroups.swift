import EcowerkModel
import EcowerkStrings

/// Changes grouped the way a reader looks for them: what concerns the plan as a whole first,
/// then step 1, 2 and 3 of the method, each in the plan's order.
public struct ChangeGroup: Sendable {
  /// The method's step (1, 2 or 3), or nil for the plan as a whole.
  public var step: Int?
  public var changes: [PlanChange]

  /// The groups of `changes`, leaving out the empty ones.
  public static func of(_ changes: [PlanChange]) -> [ChangeGroup] {
    var byStep: [Int: [PlanChange]] = [:]
    for change in changes { byStep[step(of: change) ?? 0, default: []].append(change) }
    return (0...3).compactMap { number in
      byStep[number].map { ChangeGroup(step: number == 0 ? nil : number, changes: $0) }
    }
  }

  /// The group's heading: the step's title, or "General".
  public func title(_ strings: Strings) -> String {
    step.map { strings["report.step.\($0)"] } ?? strings["change.general"]
  }

  /// The step of the method a change belongs to, by the section of a snapshot that shows it.
  static func step(of change: PlanChange) -> Int? {
    section(of: change).flatMap(\.step)
  }

  /// Where a snapshot shows what the change is about; nil for the plan's general facts.
  static func section(of change: PlanChange) -> ReportSectionID? {
    switch change.ref.kind {
    case .plan:
      guard case .changed(let field, _, _) = change.kind else { return nil }
      switch field {
      case .vision, .challenge: return .vision
      case .orchestrationMandate, .decisionMaking, .orchestrationFunding, .jointValue:
        return .organisation
      case .rubricFile: return .peerReview
      default: return nil
      }
    case .systemFailure, .transformationFailure: return .failures
    case .segment, .barrier, .pain, .gain, .conversation: return .segments
    case .proposition: return .propositions
    case .chainLink, .stakeholder: return .stakeholders
    case .orgFunction: return .organisation
    case .businessModel: return .businessModels
    case .financeYear, .contribution: return .finance
    case .review, .score: return .peerReview
    case .node, .assumption, .nodeKPI, .changeLink, .linkAssumption: return .theoryOfChange
    case .measurement, .milestone: return .theoryOfChange
    case .action, .actionKPI: return .actions
    case .pilot, .painPoint, .criterion: return .pilots
    }
  }
}
