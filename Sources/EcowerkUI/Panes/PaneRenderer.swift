/// Sends drawing, navigation, search and clicks to the current pane.
enum PaneRenderer {
  static func behavior(_ pane: PaneID) -> any PaneBehavior.Type {
    switch pane {
    case .overview: return OverviewPane.self
    case .segments: return SegmentsPane.self
    case .stakeholders: return StakeholdersPane.self
    case .theoryOfChange: return TheoryOfChangePane.self
    case .propositions: return PropositionsPane.self
    case .finance: return FinancePane.self
    case .actions: return ActionsPane.self
    case .pilots: return PilotsPane.self
    case .peerReview: return PeerReviewPane.self
    }
  }

  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    behavior(state.pane).draw(state, into: &grid, in: rect)
  }
}
