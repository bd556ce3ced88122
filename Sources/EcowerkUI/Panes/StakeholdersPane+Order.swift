import EcowerkModel
import EcowerkStrings

/// The rows of the matrix: the plan's stakeholders, filtered and sorted as asked. Computed
/// once per plan version, sort and filter, and kept in the view state, so moving the cursor
/// through ten thousand stakeholders does not sort them again at every key.
extension StakeholdersPane {
  /// Display rows as indices into `plan.stakeholders`.
  static func rows(_ state: AppState) -> [Int] {
    let view = state.views.stakeholders
    if let order = view.order, order.version == state.version, order.sort == view.sort,
      order.filter == view.filter
    {
      return order.rows
    }
    return computeRows(state)
  }

  /// Brings the stored order up to date; called after every event.
  static func refreshOrder(_ state: inout AppState) {
    let view = state.views.stakeholders
    if let order = view.order, order.version == state.version, order.sort == view.sort,
      order.filter == view.filter
    {
      return
    }
    state.views.stakeholders.order = RowOrder(
      rows: computeRows(state), version: state.version, sort: view.sort, filter: view.filter)
  }

  static func computeRows(_ state: AppState) -> [Int] {
    let plan = state.plan
    let view = state.views.stakeholders
    var rows = Array(plan.stakeholders.indices)
    if !view.filter.isEmpty {
      let needle = TextSearch.fold(view.filter)
      let s = state.strings
      rows = rows.filter { index in
        let stakeholder = plan.stakeholders[index]
        let text = [
          stakeholder.name, s.label(stakeholder.kind), stakeholder.sector, stakeholder.discipline,
          s.label(stakeholder.level), stakeholder.role, stakeholder.contributions,
        ].joined(separator: " ")
        return TextSearch.fold(text).contains(needle)
      }
    }
    guard let sort = view.sort else { return rows }
    let keys = rows.map { sortKey(plan.stakeholders[$0], sort.field, plan, state.strings) }
    var paired = Array(zip(rows, keys))
    paired.sort { a, b in
      if a.1 != b.1 { return sort.ascending ? a.1 < b.1 : a.1 > b.1 }
      return a.0 < b.0  // Stable: equal keys keep the plan's order.
    }
    return paired.map(\.0)
  }

  /// What a column sorts by: numbers as numbers, text as folded text.
  static func sortKey(_ stakeholder: Stakeholder, _ field: Field, _ plan: Plan, _ s: Strings)
    -> SortKey
  {
    switch field {
    case .influence: return .number(stakeholder.influence)
    case .interest: return .number(stakeholder.interest)
    case .inMVE: return .number(stakeholder.inMVE ? 1 : 0)
    case .isOrchestrator: return .number(stakeholder.isOrchestrator ? 1 : 0)
    case .kind: return .text(TextSearch.fold(s.label(stakeholder.kind)))
    case .level:
      return .number(GovernanceLevel.allCases.firstIndex(of: stakeholder.level) ?? 0)
    case .chainLinks: return .number(stakeholder.chainLinks.count)
    default:
      if case .text(let text)? = stakeholder.value(of: field) {
        return .text(TextSearch.fold(text))
      }
      return .text("")
    }
  }

  enum SortKey: Comparable {
    case number(Int)
    case text(String)
  }

  /// The plan index of the selected row's stakeholder.
  static func selectedIndex(_ state: AppState) -> Int? {
    let shown = rows(state)
    let row = state.views.stakeholders.rows.row
    return shown.indices.contains(row) ? shown[row] : nil
  }

  /// Moves the selection to the stakeholder at plan index `index`, if it is shown.
  static func reveal(_ index: Int, _ state: inout AppState) {
    if let row = rows(state).firstIndex(of: index) { state.views.stakeholders.rows.row = row }
  }
}
