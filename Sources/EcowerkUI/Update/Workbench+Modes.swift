import EcowerkModel
import EcowerkStrings

/// The palette, the pane list of `Ctrl-G`, and the question before a delete.
extension Workbench {
  // MARK: The palette

  static func handlePalette(_ key: Key, _ palette: Palette, _ state: inout AppState)
    -> [Effect]
  {
    var palette = palette
    let keymap = state.settings.keymap
    let rows = PaletteOverlay.visibleRows(paneRect(state))
    switch keymap.command(for: key, in: [.palette, .text]) {
    case .cancel:
      state.mode = .normal
      return []
    case .commit:
      state.mode = .normal
      guard let entry = palette.highlighted else {
        state.status = StatusMessage(
          state.strings.format("palette.noMatch", palette.query.text), .warning)
        return []
      }
      return run(entry.command, &state)
    case .moveUp: palette.cursor.move(-1, count: palette.shown.count)
    case .moveDown: palette.cursor.move(1, count: palette.shown.count)
    case .pageUp: palette.cursor.move(-rows, count: palette.shown.count)
    case .pageDown: palette.cursor.move(rows, count: palette.shown.count)
    default:
      var query = palette.query
      type(key, into: &query, keymap)
      if query != palette.query { palette.setQuery(query) }
    }
    palette.cursor.clamp(count: palette.shown.count, visible: rows)
    state.mode = .palette(palette)
    return []
  }

  // MARK: Going to a pane

  /// The panes to go to, by number and name; a digit goes straight to its pane.
  static func paneList(_ state: AppState) -> PickList {
    let s = state.strings
    let options = PaneID.allCases.map { pane in
      PickList.Option(
        value: String(pane.rawValue), label: "\(pane.rawValue)  \(s["pane.\(pane.key)"])",
        keywords: String(pane.rawValue))
    }
    return PickList(
      target: Target(.plan), title: s["goto.title"], options: options,
      selected: state.pane.rawValue - 1, isMultiple: false, checked: [], purpose: .goToPane)
  }

  // MARK: Deleting

  /// Delete the selection: with a question first when it would clear references to it (or,
  /// in the workshop keymap, whenever a whole entry goes); `confirmed` after the yes.
  static func delete(_ state: inout AppState, confirmed: Bool) -> [Effect] {
    let rect = paneRect(state)
    guard let action = PaneRenderer.behavior(state.pane).action(for: .delete, state, in: rect)
    else {
      state.status = StatusMessage(
        state.strings.format("edit.cannotHere", state.strings["hint.delete"]), .warning)
      return []
    }
    if !confirmed, !state.settings.readOnly, case .edit(let edit, _, _) = action,
      let text = deleteQuestion(edit, state)
    {
      state.mode = .confirmDelete(DeleteQuestion(text: text, command: .delete))
      return []
    }
    return apply(action, &state)
  }

  static func handleDeleteQuestion(
    _ command: Command?, _ question: DeleteQuestion, _ state: inout AppState
  ) -> [Effect] {
    state.mode = .normal
    guard command == .answerYes else {
      state.status = StatusMessage(state.strings["delete.cancelled"])
      return []
    }
    return delete(&state, confirmed: true)
  }

  /// The question a delete asks, or nil when it goes without one: it names what goes and
  /// what it takes with it ("and clear 17 references, €750,000 of contributions").
  static func deleteQuestion(_ edit: Edit, _ state: AppState) -> String? {
    let s = state.strings
    let steps: [Edit]
    if case .group(let edits) = edit { steps = edits } else { steps = [edit] }
    guard case .remove(let entity, _, _)? = steps.last else { return nil }
    if case .contribution(let last) = entity, steps.count > 1 {
      // A partner taken out of the financial plan: every year's contribution goes.
      var total: Int64 = 0
      for case .remove(.contribution(let contribution), _, _) in steps {
        total = total.addingReportingOverflow(contribution.cash.cents).partialValue
        total = total.addingReportingOverflow(contribution.inKind.cents).partialValue
      }
      let partner = state.plan.stakeholder(last.partner)?.name ?? s["edit.unnamed"]
      return s.format(
        "delete.partnerQuestion", partner, s.count(steps.count, "count.contribution"),
        s.money(Money(cents: total)))
    }
    let cleared = steps.dropLast()
    var cents: Int64 = 0
    for step in cleared {
      if case .remove(.contribution(let contribution), _, _) = step {
        for amount in [contribution.cash.cents, contribution.inKind.cents] {
          let (sum, overflow) = cents.addingReportingOverflow(amount)
          cents = overflow ? Int64.max : sum
        }
      }
    }
    var below = 0
    if case .node(let node) = entity { below = node.subtreeIDs.count - 1 }
    guard !cleared.isEmpty || below > 0 || state.settings.keymap.confirmsEveryDelete else {
      return nil
    }
    let name =
      "\(s["entity.\(entity.typeName)"]) \(EditDescription.entityName(entity, state.plan, s, rubric: state.rubric))"
    var what = name
    if below > 0 { what += " " + s.format("delete.below", s.count(below, "count.node")) }
    var clear = ""
    if !cleared.isEmpty {
      var references = s.count(cleared.count, "count.reference")
      if cents > 0 {
        references += ", " + s.format("delete.contributions", s.money(Money(cents: cents)))
      }
      clear = s.format("delete.clear", references)
    }
    let question = s.format("delete.question", what, clear)
    return question.prefix(1).uppercased() + question.dropFirst()
  }
}
