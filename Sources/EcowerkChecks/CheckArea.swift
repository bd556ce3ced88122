/// The parts of the method the checks are grouped by, in the method's order.
///
/// Each area is checked by one function that reads only some parts of the plan
/// (`reads`), so that after an edit only the areas whose parts it touched are checked again:
/// typing an action's output does not walk ten thousand Theory of Change nodes.
public enum CheckArea: Int, CaseIterable, Sendable, Comparable {
  case vision
  case failures
  case segments
  case propositions
  /// Whether the approach is aimed at the failures step 1 named.
  case approach
  case stakeholders
  case organisation
  case businessModels
  case finance
  case peerReview
  case theoryOfChange
  case actions
  /// Every KPI's pace, of the tree's elements and the actions alike.
  case kpis
  case pilots
  case bowlingAlley
  /// The entry conditions of the phases up to the plan's own: read from the other areas'
  /// findings, never from the plan (`PlanHealth`), so a gate says "unmet" exactly when the
  /// checks of its conditions speak.
  case phase

  public static func < (lhs: CheckArea, rhs: CheckArea) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The parts of the plan this area's checks read.
  public var reads: PlanParts {
    switch self {
    case .vision: return .planFields
    case .failures: return .failures
    case .segments: return [.segments, .planFields]
    case .propositions: return [.segments, .propositions]
    case .approach: return [.failures, .propositions, .stakeholders, .theoryOfChange]
    case .stakeholders: return [.stakeholders, .chainLinks]
    case .organisation: return [.organisation, .planFields]
    case .businessModels: return [.businessModels, .finance, .planFields]
    // A budget deviation names its partner by id (`CheckArgument.partner`), so a rename in the
    // stakeholder matrix does not need the finance checks again.
    case .finance: return [.finance, .planFields]
    case .peerReview: return [.reviews, .planFields]
    case .theoryOfChange: return .theoryOfChange
    case .actions: return [.actions, .planFields]
    // A node's KPI is held to a line from 1 January of the plan's first year.
    case .kpis: return [.theoryOfChange, .actions, .planFields]
    // A success criterion's result may be its KPI's latest figure.
    case .pilots: return [.pilots, .theoryOfChange, .actions, .planFields]
    case .bowlingAlley: return .segments
    case .phase: return []
    }
  }

  /// The checks of this area, in the documented order.
  public var checks: [Check] { Check.allCases.filter { $0.area == self } }
}

/// A set of parts of a plan: what a check reads, what an edit touches.
public struct PlanParts: OptionSet, Hashable, Sendable {
  public let rawValue: Int

  public init(rawValue: Int) { self.rawValue = rawValue }

  /// The plan's own fields: name, vision, phase, horizon, target…
  public static let planFields = PlanParts(rawValue: 1 << 0)
  public static let failures = PlanParts(rawValue: 1 << 1)
  public static let segments = PlanParts(rawValue: 1 << 2)
  public static let propositions = PlanParts(rawValue: 1 << 3)
  public static let chainLinks = PlanParts(rawValue: 1 << 4)
  public static let stakeholders = PlanParts(rawValue: 1 << 5)
  public static let organisation = PlanParts(rawValue: 1 << 6)
  public static let businessModels = PlanParts(rawValue: 1 << 7)
  public static let finance = PlanParts(rawValue: 1 << 8)
  public static let reviews = PlanParts(rawValue: 1 << 9)
  public static let theoryOfChange = PlanParts(rawValue: 1 << 10)
  public static let actions = PlanParts(rawValue: 1 << 11)
  public static let pilots = PlanParts(rawValue: 1 << 12)

  public static let all = PlanParts(rawValue: (1 << 13) - 1)
}
