import EcowerkModel

/// Editing the financial plan in place: every entered figure of every year, typed in euros in
/// Dutch or English notation (the generic editor parses and refuses); a partner added from the
/// stakeholders with `a` and removed from every year with `d`. Derived figures — the totals,
/// the balance, the NGF share and the Total column — are not editable: they follow the edits.
extension FinancePane {
  /// Tab and Shift-Tab go to the next and the previous year, like a spreadsheet's row.
  static var tabCommands: (next: Command, previous: Command) { (.moveRight, .moveLeft) }

  /// The selected cell's field — planned or actual — and its place on screen. A partner without
  /// a contribution that year, or a year without a row, still has a place: `Materialize`
  /// inserts what is missing when the edit lands.
  static func editPlace(_ state: AppState, in rect: Rect) -> EditPlace? {
    let cursor = state.views.finance
    guard !cursor.chart else { return nil }
    let frame = frame(state, in: rect)
    guard let target = frame.sheet.target(row: cursor.rows.row, column: cursor.column),
      let cell = cellRect(state, frame)
    else { return nil }
    return EditPlace(target: target, rect: cell)
  }

  /// The selected cell on screen, widened so that a typed amount like "€ 1.250.000,50" stays
  /// in sight, and kept inside the table.
  static func cellRect(_ state: AppState, _ frame: Frame) -> Rect? {
    let cursor = state.views.finance
    let sheet = frame.sheet
    let (main, pinned) = tables(state, frame)
    var table = main
    var area = frame.layout.main
    var y = area.y + 1 + cursor.rows.row - cursor.rows.offset
    if let pinned, let totals = frame.layout.totals, cursor.rows.row >= sheet.partnerRowCount {
      table = pinned
      area = totals
      y = area.y + 1 + cursor.rows.row - sheet.partnerRowCount
    }
    guard y > area.y, y < area.maxY else { return nil }
    var x = area.x
    for column in table.visibleColumns(width: area.width) {
      let width = table.columns[column].width
      if column == cursor.column {
        let wide = min(area.width, max(width, editorWidth))
        return Rect(x: max(area.x, min(x, area.maxX - wide)), y: y, width: wide, height: 1)
      }
      x += width + 1
    }
    return nil
  }

  /// Room for "€ 1.250.000,50" and a cursor.
  static let editorWidth = 16

  static func action(for command: Command, _ state: AppState, in rect: Rect) -> PaneAction? {
    switch command {
    case .add, .addBefore: return addPartner(state)
    case .delete: return removePartner(state, in: rect)
    default: return nil
    }
  }

  /// Choosing a stakeholder in the list that `a` opened makes it a partner: a zero
  /// contribution in the first year of the horizon, its cash selected with the editor open.
  static func action(
    choosing value: String?, in list: PickList, _ state: AppState, in rect: Rect
  ) -> PaneAction? {
    let plan = state.plan
    guard list.purpose == .addPartner, let value,
      let partner = plan.stakeholders.first(where: { $0.id.rawValue == value })?.id,
      !plan.finance.contains(where: { year in
        year.contributions.contains { $0.partner == partner }
      })
    else { return nil }
    let year = plan.horizon.lowerBound
    var steps: [Edit] = []
    var index = 0
    if let row = plan.financeYear(year) {
      index = row.contributions.count
    } else {
      steps.append(Materialize.insertYear(year, in: plan))
    }
    steps.append(
      .insert(
        .contribution(Contribution(partner: partner)), into: .contributions(year: year), at: index))
    return .edit(
      steps.count == 1 ? steps[0] : .group(steps),
      select: { state in selectCash(of: partner, &state) }, openEditor: true)
  }

  /// `a`: the stakeholders that do not contribute yet, to pick one from.
  static func addPartner(_ state: AppState) -> PaneAction {
    let s = state.strings
    guard !state.settings.readOnly else { return .refuse(s["edit.readOnly"]) }
    let plan = state.plan
    guard !plan.stakeholders.isEmpty else { return .refuse(s["finance.add.noStakeholders"]) }
    let contributing = Set(plan.finance.flatMap { $0.contributions.map(\.partner) })
    let options = plan.stakeholders.filter { !contributing.contains($0.id) }.map {
      PickList.Option(value: $0.id.rawValue, label: $0.name)
    }
    guard !options.isEmpty else { return .refuse(s["finance.add.allContribute"]) }
    let list = PickList(
      target: Target(.financeYear(plan.horizon.lowerBound)),
      title: s.format("finance.add.title", plan.horizon.lowerBound), options: options,
      selected: 0, isMultiple: false, checked: [], purpose: .addPartner)
    return .view { state in state.mode = .picking(list) }
  }

  /// `d` on a partner's row: its contributions in every year go, as one edit that undo puts
  /// back whole.
  static func removePartner(_ state: AppState, in rect: Rect) -> PaneAction {
    let s = state.strings
    let cursor = state.views.finance
    guard !cursor.chart else { return .refuse(state.keyed(s["finance.delete.inChart"])) }
    let sheet = frame(state, in: rect).sheet
    guard cursor.rows.row < sheet.partnerRowCount, let partner = sheet.line(cursor.rows.row).partner
    else { return .refuse(s["finance.delete.notPartner"]) }
    let plan = state.plan
    let removals = plan.finance.compactMap {
      plan.removal(of: .contribution(year: $0.year, partner: partner.id))
    }
    guard !removals.isEmpty else { return .refuse(s["finance.delete.notPartner"]) }
    return .edit(.group(removals))
  }

  /// Selects the cash row of `partner` in the first year, in the table.
  static func selectCash(of partner: StakeholderID, _ state: inout AppState) {
    let contributing = Set(state.plan.finance.flatMap { $0.contributions.map(\.partner) })
    var index = 0
    for stakeholder in state.plan.stakeholders.indices {
      let id = state.plan.stakeholders[stakeholder].id
      if id == partner { break }
      if contributing.contains(id) { index += 1 }
    }
    state.views.finance.chart = false
    state.views.finance.rows.row = 2 * index
    state.views.finance.column = 1
  }
}
