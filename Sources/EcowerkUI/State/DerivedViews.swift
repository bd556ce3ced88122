import EcowerkChecks
import EcowerkModel

/// What the workbench works out from the plan instead of keeping it in the plan, in one place:
/// the findings (the tab counts, the status bar, the list on `!`), the stakeholder matrix's
/// rows as sorted and filtered, the action table's rows in date order, the KPI dashboard and
/// the organisation matrix's partners, and the index of the links between the steps read from
/// the other end.
///
/// Each view is kept in the state with the plan version it was made for. `update` brings them
/// to the current version after every event — patched from the edits since that version where
/// an edit moves one row or touches one part of the plan, made again where it does not — so
/// that drawing a frame only reads them. The findings are always current (every pane shows
/// their counts); a pane's own views are current whenever the pane is on screen, and are
/// brought up to date when it comes back. A property test applies random edit sequences under
/// every sort column and filter and checks that what is kept equals a full recompute.
public enum DerivedViews {
  /// Brings the findings and the shown pane's views up to the plan's version.
  static func refresh(_ state: inout AppState) {
    HealthView.refresh(&state)
    switch state.pane {
    case .stakeholders: StakeholdersPane.refreshOrder(&state)
    case .propositions: PropositionsPane.refreshPartners(&state)
    case .actions:
      // A selection follows what it was on when the rows are made again.
      if ActionsPane.refreshOrder(&state) { ActionsPane.followSelection(&state) }
      if KpiDashboard.refresh(&state) { KpiDashboard.followSelection(&state) }
    case .theoryOfChange:
      TheoryOfChangePane.refreshDiagram(&state, in: Workbench.paneRect(state))
    default: break
    }
    // The other end of the links between the steps, on the panes that show it.
    if linkPanes.contains(state.pane),
      state.views.links?.version != state.version
    {
      state.views.links = KeptLinks(version: state.version, links: PlanLinks(state.plan))
    }
  }

  /// The derived views of one state, for comparing what is kept with a full recompute. A
  /// pane's views are nil when that pane is not on screen (they are not kept current then).
  struct Views: Equatable {
    var findings: [Finding]
    var stakeholderRows: [Int]?
    var actionRows: ActionRowOrder?
    var dashboard: KpiBoard?
    var partners: OrganisationMatrix.Partners?
    var links: PlanLinks?
  }

  /// The panes that show the other end of the links between the steps.
  static let linkPanes: Set<PaneID> = [.overview, .segments, .stakeholders, .propositions]

  /// What the state keeps, as it is.
  static func kept(_ state: AppState) -> Views {
    let views = state.views
    return Views(
      findings: state.health.version == state.version ? state.health.health.findings : [],
      stakeholderRows: state.pane == .stakeholders
        ? views.stakeholders.order.flatMap { current($0, state) } : nil,
      actionRows: state.pane == .actions ? views.actions.order : nil,
      dashboard: state.pane == .actions ? views.actions.dashboard : nil,
      partners: state.pane == .propositions
        ? views.organisation.partners(for: state.version) : nil,
      links: linkPanes.contains(state.pane)
        ? views.links.flatMap { $0.version == state.version ? $0.links : nil } : nil)
  }

  /// Every view made from scratch for the state's plan, as `kept` would show them.
  static func recomputed(_ state: AppState) -> Views {
    let today = state.settings.today
    return Views(
      findings: PlanHealth(plan: state.plan, today: today).findings,
      stakeholderRows: state.pane == .stakeholders ? StakeholdersPane.computeRows(state) : nil,
      actionRows: state.pane == .actions ? ActionsPane.fullOrder(state) : nil,
      dashboard: state.pane == .actions
        ? KpiBoard(state.plan, version: state.version, today: today) : nil,
      partners: state.pane == .propositions ? OrganisationMatrix.partners(of: state.plan) : nil,
      links: linkPanes.contains(state.pane) ? PlanLinks(state.plan) : nil)
  }

  private static func current(_ order: RowOrder, _ state: AppState) -> [Int]? {
    let view = state.views.stakeholders
    guard order.version == state.version, order.sort == view.sort, order.filter == view.filter
    else { return nil }
    return order.rows
  }
}
