import EcowerkModel
import EcowerkStrings

/// Editing pane 5. Propositions, functions and business models are added, deleted, duplicated
/// and moved like any list of a detail pane, and their fields edited in place; a proposition's
/// solution directions are entries of a text list. In the organisation matrix h/l choose a
/// partner's column and Space moves that partner's arrangement on: keep → share → hand over.
extension PropositionsPane {
  /// The behaviour every detail pane shares, which the overrides below add to.
  private enum Shared: DetailPane {
    static func items(_ state: AppState, width: Int) -> [DetailItem] {
      PropositionsPane.items(state, width: width)
    }
    static func cursor(_ state: AppState) -> ListCursor { PropositionsPane.cursor(state) }
    static func setCursor(_ cursor: ListCursor, _ state: inout AppState) {
      PropositionsPane.setCursor(cursor, &state)
    }
  }

  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    guard command == .moveLeft || command == .moveRight else {
      return Shared.handle(command, &state, in: rect)
    }
    let items = items(state, width: rect.width)
    guard selectedFunction(items, row: cursor(state).row) != nil else { return false }
    let count = organisationMatrix(state, width: rect.width).partners().columns.count
    let current = OrganisationMatrix.clamp(state.views.organisation.column, count: count)
    state.views.organisation.column = OrganisationMatrix.clamp(
      current + (command == .moveLeft ? -1 : 1), count: count)
    return true
  }

  /// Keeps the selection in the pane, and the matrix's partners found for the plan as it is.
  static func normalize(_ state: inout AppState, in rect: Rect) {
    refreshPartners(&state)
    Shared.normalize(&state, in: rect)
  }

  /// Finds the organisation matrix's partners again when the plan's version moved.
  static func refreshPartners(_ state: inout AppState) {
    guard state.views.organisation.partners(for: state.version) == nil else { return }
    state.views.organisation.partners = OrganisationMatrix.partners(of: state.plan)
    state.views.organisation.version = state.version
  }

  /// On a function's row of the matrix, `e` edits the function's name, which the row opens
  /// with: the cells themselves are changed with Space.
  static func editPlace(_ state: AppState, in rect: Rect) -> EditPlace? {
    guard var place = Shared.editPlace(state, in: rect) else { return nil }
    if place.target.field == .arrangements { place.target.field = .name }
    return place
  }

  static func action(for command: Command, _ state: AppState, in rect: Rect) -> PaneAction? {
    let items = items(state, width: rect.width)
    let row = cursor(state).row
    guard items.indices.contains(row) else { return nil }
    if command == .cycleValue, let id = selectedFunction(items, row: row) {
      return cycleArrangement(of: id, state, width: rect.width)
    }
    return ItemActions.action(
      for: command, item: items[row], state: state,
      select: { ref, field, state in selectField(ref, field, &state) })
  }

  /// The function whose matrix row is item `row`.
  static func selectedFunction(_ items: [DetailItem], row: Int) -> OrgFunctionID? {
    guard items.indices.contains(row), let target = items[row].target,
      target.field == .arrangements, case .orgFunction(let id) = target.ref
    else { return nil }
    return id
  }

  /// Moves the selected partner's arrangement for the function one step on; a partner that
  /// comes back to keeping the function leaves the arrangements, as if none was recorded.
  static func cycleArrangement(of id: OrgFunctionID, _ state: AppState, width: Int)
    -> PaneAction?
  {
    let plan = state.plan
    let columns = organisationMatrix(state, width: width).partners().columns
    guard let function = plan.jointOrganisation.first(where: { $0.id == id }), !columns.isEmpty
    else { return nil }
    let column = OrganisationMatrix.clamp(state.views.organisation.column, count: columns.count)
    let partner = plan.stakeholders[columns[column]]
    let old = function.arrangement(of: partner.id)
    var cells = function.arrangements
    cells[partner.id] = old.next == .keep ? nil : old.next
    let s = state.strings
    let message = s.format(
      "organisation.cycled", orUnnamed(function.name, s), orUnnamed(partner.name, s),
      s.label(old), s.label(old.next))
    return .edit(
      .set(
        .orgFunction(id), .arrangements, from: .arrangements(function.arrangements),
        to: .arrangements(cells)),
      select: { state in state.status = StatusMessage(message) })
  }

  /// Puts the selection on the item showing `field` of `ref`; a function is selected on its
  /// matrix row, where a new one is named and a moved one is seen in its new place.
  static func selectField(_ ref: EntityRef, _ field: Field?, _ state: inout AppState) {
    let rect = Workbench.paneRect(state)
    let view = DetailView(items: items(state, width: rect.width))
    var fields: [Field?] = [field]
    if case .orgFunction = ref, field == .name { fields = [.arrangements, .name] }
    let index =
      fields.lazy.compactMap { wanted in
        view.items.firstIndex {
          $0.target?.ref == ref && (wanted == nil || $0.target?.field == wanted)
        }
      }.first ?? view.items.firstIndex { $0.target?.ref == ref }
    guard let index else { return }
    // The item may belong to a closed proposition: it opens once the cursor is on it, so the
    // selection is made visible with the items built for the new cursor.
    var moved = cursor(state)
    moved.row = index
    setCursor(moved, &state)
    Shared.normalize(&state, in: rect)
  }
}
