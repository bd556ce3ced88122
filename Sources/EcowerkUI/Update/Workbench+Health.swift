import EcowerkChecks
import EcowerkModel

/// The health overlay on `!`: the plan's findings, scrolled with the usual keys; Enter goes to
/// the pane and entity a finding is about, with the selection on the field to fix.
extension Workbench {
  static func openHealth(_ state: inout AppState) {
    HealthView.refresh(&state)
    state.mode = .health(HealthList(findings: state.health.health.findings))
  }

  static func handleHealth(_ command: Command?, _ list: HealthList, _ state: inout AppState)
    -> [Effect]
  {
    var list = list
    let count = list.findings.count
    let page = max(1, HealthOverlay.listHeight(in: paneRect(state)))
    switch command {
    case .cancel:
      state.mode = .normal
      return []
    case .activate:
      state.mode = .normal
      if list.findings.indices.contains(list.cursor.row) {
        jump(to: list.findings[list.cursor.row], &state)
      }
      return []
    default:
      list.cursor.perform(command, count: count, page: page)
    }
    state.mode = .health(list)
    return []
  }

  /// Shows the pane of `finding` with the selection on its entity, and on the field to fix
  /// where the pane shows fields.
  static func jump(to finding: Finding, _ state: inout AppState) {
    jump(to: finding.entity, field: finding.field, in: HealthView.pane(of: finding), &state)
  }

  /// Shows `pane` with the selection on the entity `ref`, and on `field` where the pane shows
  /// fields.
  static func jump(to ref: EntityRef, field: Field?, in pane: PaneID, _ state: inout AppState) {
    state.pane = pane
    switch pane {
    case .overview:
      OverviewPane.select(ref, field ?? (ref == .plan ? nil : .description), &state)
    case .segments:
      state.views.segments.showsAlley = false
      let segment: EntityRef
      switch ref {
      case .barrier(let id, _), .conversation(let id, _): segment = .segment(id)
      default: segment = ref
      }
      selectInMasterDetail(SegmentsPane.self, segment, detail: ref, field, &state)
    case .pilots:
      let pilot: EntityRef
      if case .painPoint(let id, _) = ref { pilot = .pilot(id) } else { pilot = ref }
      selectInMasterDetail(PilotsPane.self, pilot, detail: ref, field, &state)
    case .stakeholders:
      selectStakeholder(ref, field, &state)
    case .theoryOfChange:
      switch ref {
      case .node(let id):
        TheoryOfChangePane.selectNode(id, &state, focusTree: true)
      case .assumption(let id, _), .nodeKPI(let id, _):
        TheoryOfChangePane.selectNode(id, &state, focusTree: true)
        TheoryOfChangePane.selectInDetail(ref, field, &state)
      default: break
      }
    case .actions:
      state.views.actions.showsKPIs = false
      if case .action(let id) = ref { ActionsPane.select(id, &state) }
      if case .actionKPI(let id, _) = ref { ActionsPane.select(id, &state) }
    case .finance:
      selectInFinance(ref, field, &state)
    case .propositions:
      if ref != .plan { PropositionsPane.selectField(ref, field, &state) }
    case .peerReview:
      if ref != .plan { PeerReviewPane.select(ref, field, &state) }
    }
  }

  /// Selects the list row of `row` in a list-and-detail pane, then, when the finding is about a
  /// field shown in the detail, that line with the keyboard in the detail.
  private static func selectInMasterDetail<Pane: MasterDetailPane>(
    _ pane: Pane.Type, _ row: EntityRef, detail: EntityRef, _ field: Field?,
    _ state: inout AppState
  ) {
    Pane.select(row, nil, &state)
    guard detail != row || field != nil else { return }
    let rect = paneRect(state)
    let items = Pane.detailView(state, in: Pane.layout(state, in: rect)).items
    let index =
      items.firstIndex { $0.target?.ref == detail && (field == nil || $0.target?.field == field) }
      ?? items.firstIndex { $0.target?.ref == detail }
    guard let index else { return }
    var view = Pane.view(state)
    view.focus = .detail
    view.detail.row = index
    Pane.setView(view, &state)
    Pane.normalize(&state, in: rect)
  }

  private static func selectStakeholder(_ ref: EntityRef, _ field: Field?, _ state: inout AppState)
  {
    guard case .stakeholder(let id) = ref,
      let index = state.plan.stakeholders.firstIndex(where: { $0.id == id })
    else { return }
    state.views.stakeholders.quadrant = false
    state.views.stakeholders.chainLinks = false
    StakeholdersPane.refreshOrder(&state)
    if !StakeholdersPane.rows(state).contains(index) {
      // A filter hides the partner: the finding matters more than the filter.
      state.views.stakeholders.filter = ""
      StakeholdersPane.refreshOrder(&state)
    }
    StakeholdersPane.reveal(index, &state)
    if let field, let column = StakeholdersPane.columns.firstIndex(where: { $0.field == field }) {
      state.views.stakeholders.column = column
    }
  }

  /// The fields of the finance table's actual figures (realisatie).
  private static let actualFields: Set<Field> = [
    .actualNGF, .actualIncome, .actualCosts, .actualCash, .actualInKind,
  ]

  /// The finance table's cell of the year and line (or partner) a finding is about, in the
  /// planned or actual figures as the field says.
  private static func selectInFinance(_ ref: EntityRef, _ field: Field?, _ state: inout AppState) {
    let years = Array(state.plan.horizon)
    var view = state.views.finance
    view.chart = false
    if let field { view.actuals = actualFields.contains(field) }
    switch ref {
    case .contribution(let year, let partner):
      state.views.finance = view
      FinancePane.selectCash(of: partner, &state)
      if field == .actualInKind || field == .inKind { state.views.finance.rows.row += 1 }
      if let column = years.firstIndex(of: year) { state.views.finance.column = column + 1 }
      return
    case .financeYear(let year):
      let partners = Set(state.plan.finance.flatMap { $0.contributions.map(\.partner) }).count
      let line: FinanceSheet.Line
      switch field {
      case .ngf, .actualNGF: line = .ngf
      case .income, .actualIncome: line = .income
      default: line = .costs
      }
      view.rows.row = partners * 2 + (FinanceSheet.totals.firstIndex(of: line) ?? 0)
      if let column = years.firstIndex(of: year) { view.column = column + 1 }
    default:
      break
    }
    state.views.finance = view
  }
}
