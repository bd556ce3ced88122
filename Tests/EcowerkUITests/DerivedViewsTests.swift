import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Testing

@testable import EcowerkUI

/// The views the workbench derives from the plan (findings, the matrix's rows, the action
/// table's rows, the KPI dashboard, the organisation matrix's partners) are patched from the
/// edits in `update`; after every step of a random session what is kept equals a full
/// recompute, under every sort column (both directions) and filter of the matrix.
struct DerivedViewsTests {
  /// Every sort of the matrix: the plan's order and each column up and down.
  static let sorts: [SortOrder?] =
    [nil]
    + StakeholdersPane.columns.flatMap { column in
      [
        SortOrder(field: column.field, ascending: true),
        SortOrder(field: column.field, ascending: false),
      ]
    }
  static let filters = ["", "ge", "a"]
  static let panes: [PaneID] = [.stakeholders, .actions, .propositions, .overview]

  /// A generated plan with every kind of entity, and the demo with its KPIs and arrangements.
  static let plans = [
    PlanGenerator(seed: 16).plan(stakeholders: 24, segments: 3, nodes: 8, actions: 12),
    try! DemoPlan.load(),
  ]
  static let plan = plans[1]

  @Test(arguments: sorts.indices)
  func keptViewsEqualAFullRecomputeAfterRandomEdits(_ sortIndex: Int) {
    for plan in Self.plans {
      for filter in Self.filters {
        if !session(plan, sortIndex, filter) { return }
      }
    }
  }

  /// One random session; false when a kept view differed (the first difference is enough).
  func session(_ plan: Plan, _ sortIndex: Int, _ filter: String) -> Bool {
    var random = SplitMix64(seed: UInt64(sortIndex * 31 + filter.count + 1))
    var state = AppState(
      plan: plan, filePath: "/tmp/derived.ecowerk.json",
      size: Size(width: 120, height: 40),
      settings: Settings(keymap: .workshop, today: Session.today))
    state.pane = .stakeholders
    state.views.stakeholders.sort = Self.sorts[sortIndex]
    state.views.stakeholders.filter = filter
    _ = Workbench.update(&state, .resize(state.size))
    for step in 0..<30 {
      let what: String
      switch random.next() % 8 {
      case 0:
        _ = Workbench.undo(&state)
        what = "undo"
      case 1:
        _ = Workbench.redo(&state)
        what = "redo"
      case 2:
        state.pane = Self.panes[Int(random.next() % UInt64(Self.panes.count))]
        what = "to pane \(state.pane)"
      default:
        let edits = EditCatalog.edits(on: state.plan)
        let edit = edits[Int(random.next() % UInt64(edits.count))]
        _ = Workbench.commit(edit, &state)
        what = "\(edit)"
      }
      Workbench.normalize(&state)
      let kept = DerivedViews.kept(state)
      let fresh = DerivedViews.recomputed(state)
      let context =
        "sort \(String(describing: Self.sorts[sortIndex])), filter '\(filter)', step \(step): \(what)"
      #expect(kept.findings == fresh.findings, "findings: \(context)")
      #expect(kept.stakeholderRows == fresh.stakeholderRows, "matrix rows: \(context)")
      #expect(kept.actionRows == fresh.actionRows, "action rows: \(context)")
      #expect(kept.dashboard == fresh.dashboard, "dashboard: \(context)")
      #expect(kept.partners == fresh.partners, "partners: \(context)")
      #expect(kept.links == fresh.links, "links: \(context)")
      if kept != fresh { return false }
    }
    return true
  }

  /// The session above visits every view, and the views it compares are really kept: a pane
  /// on screen has its view, so the comparison is never nil against nil by accident.
  @Test func everyViewIsKeptWhileItsPaneIsShown() {
    var state = AppState(
      plan: Self.plan, filePath: "/tmp/derived.ecowerk.json",
      size: Size(width: 120, height: 40), settings: Settings(today: Session.today))
    for pane in Self.panes {
      state.pane = pane
      _ = Workbench.update(&state, .resize(state.size))
      let kept = DerivedViews.kept(state)
      #expect(!kept.findings.isEmpty)
      #expect((kept.stakeholderRows != nil) == (pane == .stakeholders))
      #expect((kept.actionRows != nil) == (pane == .actions))
      #expect((kept.dashboard != nil) == (pane == .actions))
      #expect((kept.partners != nil) == (pane == .propositions))
      #expect((kept.links != nil) == DerivedViews.linkPanes.contains(pane))
    }
    #expect(kept(in: .actions).dashboard?.entries.isEmpty == false, "the dashboard has rows")
    #expect(kept(in: .propositions).partners?.columns.isEmpty == false, "the matrix has partners")
  }

  func kept(in pane: PaneID) -> DerivedViews.Views {
    var state = AppState(
      plan: Self.plan, filePath: "/tmp/derived.ecowerk.json",
      size: Size(width: 120, height: 40), settings: Settings(today: Session.today))
    state.pane = pane
    _ = Workbench.update(&state, .resize(state.size))
    return DerivedViews.kept(state)
  }
}
