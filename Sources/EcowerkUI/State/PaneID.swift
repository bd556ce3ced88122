/// The panes of the workbench, in the order of the method and of the number keys 1–9.
public enum PaneID: Int, CaseIterable, Sendable, Comparable {
  case overview = 1
  case segments
  case stakeholders
  case theoryOfChange
  case propositions
  case finance
  case actions
  case pilots
  case peerReview

  public static func < (lhs: PaneID, rhs: PaneID) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The key in the string table: `pane.overview`.
  public var key: String {
    switch self {
    case .overview: return "overview"
    case .segments: return "segments"
    case .stakeholders: return "stakeholders"
    case .theoryOfChange: return "theoryOfChange"
    case .propositions: return "propositions"
    case .finance: return "finance"
    case .actions: return "actions"
    case .pilots: return "pilots"
    case .peerReview: return "peerReview"
    }
  }

  public var next: PaneID { PaneID(rawValue: rawValue % Self.allCases.count + 1) ?? .overview }

  public var previous: PaneID {
    PaneID(rawValue: (rawValue + Self.allCases.count - 2) % Self.allCases.count + 1) ?? .overview
  }
}
