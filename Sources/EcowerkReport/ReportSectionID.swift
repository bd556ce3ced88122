/// The sections a report can hold, in the method's order.
///
/// The raw values are stable: they are what `ecowerk print --section NAME` accepts and what
/// other formats may use as anchors, so they are English and never translated.
public enum ReportSectionID: String, CaseIterable, Sendable, Comparable {
  /// What changed since an earlier version of the plan (`print --since`): what a board
  /// reads first. Only in a report that is given the earlier version.
  case changes
  case status
  /// Every KPI with its standing: the workbench's dashboard on paper.
  case kpis
  case vision
  case segments
  case failures
  case propositions
  case stakeholders
  case organisation
  case businessModels = "business-models"
  case finance
  case peerReview = "peer-review"
  case theoryOfChange = "theory-of-change"
  case actions
  case pilots
  case bowlingAlley = "bowling-alley"
  /// The plan checked against the method: a checklist of what is still open.
  case checks

  /// The step of the method the section belongs to: 1, 2 or 3; nil for the status overview.
  public var step: Int? {
    switch self {
    case .changes, .status, .kpis, .checks: return nil
    case .vision, .segments, .failures: return 1
    case .propositions, .stakeholders, .organisation, .businessModels, .finance, .peerReview:
      return 2
    case .theoryOfChange, .actions, .pilots, .bowlingAlley: return 3
    }
  }

  /// The key of the section's title in the string table.
  public var titleKey: String { "report.section.\(rawValue)" }

  /// Position in the report.
  public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: ReportSectionID, rhs: ReportSectionID) -> Bool {
    lhs.order < rhs.order
  }
}
