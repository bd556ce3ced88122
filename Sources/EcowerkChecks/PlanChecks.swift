import EcowerkModel

/// The checks themselves, one function per area. Each is a single pass over its part of the
/// plan (with at most a dictionary built on the side), so checking a plan of ten thousand
/// stakeholders and twenty thousand actions stays linear.
enum PlanChecks {
  static func run(_ area: CheckArea, on plan: Plan, today: CalendarDate) -> [Finding] {
    switch area {
    case .vision: return vision(plan)
    case .failures: return failures(plan)
    case .segments: return segments(plan)
    case .propositions: return propositions(plan)
    case .approach: return approach(plan)
    case .stakeholders: return stakeholders(plan)
    case .organisation: return organisation(plan)
    case .businessModels: return businessModels(plan)
    case .finance: return finance(plan)
    case .peerReview: return peerReview(plan)
    case .theoryOfChange: return theoryOfChange(plan)
    case .actions: return actions(plan, today: today)
    case .kpis: return kpis(plan, today: today)
    case .pilots: return pilots(plan, today: today)
    case .bowlingAlley: return bowlingAlley(plan)
    // Judged from the other areas' findings (`PlanHealth`, `PhaseGate`).
    case .phase: return []
    }
  }

  /// Whether a text says nothing: empty or only white space. Most texts start with a letter,
  /// so the first byte settles it without walking the characters.
  static func isBlank(_ text: String) -> Bool {
    guard let first = text.utf8.first else { return true }
    if first > 0x20 && first < 0x80 { return false }
    return text.allSatisfy(\.isWhitespace)
  }

  /// Whether a list of texts holds at least one that says something.
  static func hasText(_ texts: [String]) -> Bool {
    texts.contains { !isBlank($0) }
  }

  /// Whether a list of pains or gains holds at least one that says something.
  static func hasText(_ needs: [Need]) -> Bool {
    needs.contains { !isBlank($0.text) }
  }
}
