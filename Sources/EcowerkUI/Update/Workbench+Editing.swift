import EcowerkModel
import EcowerkStrings

/// Editing: the in-place editor, pick lists, choices, structural commands, undo and redo. Every
/// change goes through `commit`, which applies an `Edit`, records it for undo and hands it to the
/// recovery journal.
extension Workbench {
  // MARK: Committing

  /// Applies `edit` to the plan; on success records it for undo, says what happened and asks
  /// for it to be journalled. A refused edit changes nothing and says why.
  ///
  /// Every edit from the keyboard, a paste and `$EDITOR` comes through here, and is held to the
  /// rules the loader checks (`Plan.apply(_:within:)`), so that the plan can always be saved
  /// and opened again. Moves are keyed first (`Plan.keyed`), so that a replayed journal can tell
  /// a move it already holds.
  static func commit(_ edit: Edit, _ state: inout AppState) -> [Effect] {
    commitOrRefuse(edit, &state).effects
  }

  /// `commit`, telling a refusal by the plan's rules apart, for callers that keep what was
  /// typed when it is refused.
  static func commitOrRefuse(_ edit: Edit, _ state: inout AppState) -> (
    effects: [Effect], brokenRule: String?
  ) {
    guard !state.settings.readOnly else {
      state.status = StatusMessage(state.strings["edit.readOnly"], .error)
      return ([], nil)
    }
    let edit = state.plan.keyed(edit)
    // Described before it is applied, against the plan as it is: keeping a copy of the old
    // plan would make applying the edit copy whole lists of ten thousand entries.
    let text = EditDescription.describe(
      edit, before: state.plan, after: state.plan, strings: state.strings, rubric: state.rubric)
    do {
      try state.plan.apply(edit, within: .standard)
    } catch {
      if case .breaksRule(let violation) = error {
        let rule = state.strings.violation(violation.problem)
        state.status = StatusMessage(state.strings.format("edit.breaksRule", rule), .error)
        return ([], rule)
      }
      state.status = StatusMessage(
        state.strings.format("edit.refused", state.strings.refusal(error)), .error)
      return ([], nil)
    }
    let previous = state.version
    state.version = state.history.record(edit, at: state.version)
    state.recordChange(edit, from: previous, to: state.version)
    state.status = StatusMessage(text)
    return ([.journal(edit)], nil)
  }

  static func undo(_ state: inout AppState) -> [Effect] {
    guard let entry = state.history.popUndo() else {
      state.status = StatusMessage(state.strings["edit.nothingToUndo"], .warning)
      return []
    }
    // Described as it was made ("undone: added stakeholder “Waterschap”"), with the names the
    // plan still has before it is taken back.
    let text = EditDescription.describe(
      entry.edit, before: state.plan, after: state.plan, strings: state.strings,
      rubric: state.rubric)
    do {
      try state.plan.apply(entry.edit.inverse)
    } catch {
      state.history.restoreUndo()
      state.status = StatusMessage(
        state.strings.format("edit.refused", state.strings.refusal(error)), .error)
      return []
    }
    state.version = entry.before
    state.recordChange(entry.edit.inverse, from: entry.after, to: entry.before)
    state.status = StatusMessage(state.strings.format("edit.undone", text))
    reconcileConflicts(&state)
    return [.journal(entry.edit.inverse)]
  }

  static func redo(_ state: inout AppState) -> [Effect] {
    guard let entry = state.history.popRedo() else {
      state.status = StatusMessage(state.strings["edit.nothingToRedo"], .warning)
      return []
    }
    let text = EditDescription.describe(
      entry.edit, before: state.plan, after: state.plan, strings: state.strings,
      rubric: state.rubric)
    do {
      try state.plan.apply(entry.edit)
    } catch {
      state.history.restoreRedo()
      state.status = StatusMessage(
        state.strings.format("edit.refused", state.strings.refusal(error)), .error)
      return []
    }
    state.version = entry.after
    state.recordChange(entry.edit, from: entry.before, to: entry.after)
    state.status = StatusMessage(state.strings.format("edit.redone", text))
    reconcileConflicts(&state)
    return [.journal(entry.edit)]
  }

  // MARK: Starting an edit

  /// `e`, F2, Enter: opens the editor on the selected field, or a pick list for a choice (a
  /// yes/no too: it changes only when the answer is chosen). On the empty row at the end of a
  /// list, or a placeholder of an empty one, it adds the entry and opens the editor on its
  /// name: editing a placeholder adds the entry.
  static func beginEdit(_ state: inout AppState) -> [Effect] {
    let rect = paneRect(state)
    let behavior = PaneRenderer.behavior(state.pane)
    if behavior.isOnNewEntry(state, in: rect), let effects = paneAction(.add, &state) {
      return effects
    }
    guard let place = behavior.editPlace(state, in: rect),
      let field = place.target.field,
      let current = Materialize.value(of: field, at: place.target.ref, in: state.plan)
    else {
      state.status = StatusMessage(
        state.strings.format("edit.nothingHere", keyName(.add, state), keyName(.help, state)),
        .warning)
      return []
    }
    guard !state.settings.readOnly else {
      state.status = StatusMessage(state.strings["edit.readOnly"], .error)
      return []
    }
    let kind = FieldKind.of(field, on: place.target.ref)
    switch kind {
    case .flag, .choice, .reference, .references:
      state.mode = .picking(
        pickList(for: place.target, field: field, kind: kind, current: current, state))
      return []
    case .arrangements:
      state.status = StatusMessage(state.keyed(state.strings["edit.arrangements"]), .warning)
      return []
    default:
      let text = FieldInput.text(
        of: current, kind: kind, index: place.target.index, strings: state.strings)
      var session = EditSession(target: place.target, kind: kind, text: text)
      session.replacesOnType = kind.isNumeric && !text.isEmpty
      if kind == .textList, place.target.index == nil, case .texts(let entries) = current {
        // The placeholder of an empty list of texts: what is typed becomes its first entry.
        session.inserting = true
        session.target.index = entries.count
      }
      state.mode = .editing(session)
      return []
    }
  }

  /// Opens whatever edits the selection: the pane's own way (a peer review level list), else
  /// the editor or pick list of its field.
  static func openEditor(_ state: inout AppState) -> [Effect] {
    if let effects = paneAction(.edit, &state) { return effects }
    return beginEdit(&state)
  }

  /// A character typed on a field with nothing open (the workshop keymap): the editor opens
  /// with what was typed in place of the value, as a spreadsheet does; a choice opens its
  /// pick list narrowed to the typed text. On the empty row at the end of a list it starts a
  /// new entry. Empty `text` (Backspace) opens the editor cleared.
  static func typeToEdit(_ text: String, _ state: inout AppState) -> [Effect] {
    let effects = openEditor(&state)
    switch state.mode {
    case .editing(var session):
      session.editor = LineEditor(text)
      session.replacesOnType = false
      session.refusal = nil
      state.mode = .editing(session)
    case .picking(var list):
      list.setFilter(LineEditor(text))
      state.mode = .picking(list)
    default:
      break
    }
    return effects
  }

  /// `E` / Ctrl-O: the selected text field in `$VISUAL` / `$EDITOR`.
  static func beginExternalEdit(_ state: inout AppState) -> [Effect] {
    let rect = paneRect(state)
    guard let place = PaneRenderer.behavior(state.pane).editPlace(state, in: rect),
      let field = place.target.field,
      let current = state.plan.value(of: field, at: place.target.ref)
    else {
      state.status = StatusMessage(state.strings["edit.nothingHere"], .warning)
      return []
    }
    guard !state.settings.readOnly else {
      state.status = StatusMessage(state.strings["edit.readOnly"], .error)
      return []
    }
    let kind = FieldKind.of(field, on: place.target.ref)
    // A text that was refused (over a limit) is not lost: `E` on the same field opens it again.
    var target = place.target
    if kind == .textList { target.index = nil }
    let draft = state.externalDraft?.target == target ? state.externalDraft?.text : nil
    switch (kind, current) {
    case (.text, .text(let text)), (.longText, .text(let text)):
      state.externalEdit = EditSession(target: target, kind: kind, text: text)
      return [.openExternalEditor(text: draft ?? text)]
    case (.textList, .texts(let entries)):
      // The whole list, one entry per line.
      state.externalEdit = EditSession(target: target, kind: kind, text: "")
      return [.openExternalEditor(text: draft ?? entries.joined(separator: "\n"))]
    default:
      state.status = StatusMessage(state.strings["edit.noExternal"], .warning)
      return []
    }
  }

  /// The text came back from `$EDITOR`.
  static func finishExternalEdit(_ text: String?, _ state: inout AppState) -> [Effect] {
    guard let session = state.externalEdit else { return [] }
    state.externalEdit = nil
    guard let text, let field = session.target.field,
      let current = state.plan.value(of: field, at: session.target.ref)
    else {
      state.status = StatusMessage(state.strings["edit.externalFailed"], .warning)
      return []
    }
    var cleaned = text.replacingAll("\r\n", with: "\n")
    while cleaned.hasSuffix("\n") { cleaned.removeLast() }
    let value: FieldValue
    if session.kind == .textList {
      value = .texts(
        cleaned.split(separator: "\n").map { String($0).trimmed }.filter { !$0.isEmpty })
    } else {
      value = .text(cleaned)
    }
    guard value != current else {
      state.externalDraft = nil
      return []
    }
    let outcome = commitOrRefuse(.set(session.target.ref, field, from: current, to: value), &state)
    if let rule = outcome.brokenRule {
      state.externalDraft = ExternalDraft(target: session.target, text: text)
      state.status = StatusMessage(
        state.keyed(state.strings.format("edit.externalKept", rule)), .error)
    } else if !outcome.effects.isEmpty {
      state.externalDraft = nil
    }
    return outcome.effects
  }

  /// `+` / `-` (vim keys) or the palette: the next or previous value of a choice, yes/no or
  /// score, said in the status bar.
  static func cycle(_ state: inout AppState, forward: Bool = true) -> [Effect] {
    let rect = paneRect(state)
    guard let place = PaneRenderer.behavior(state.pane).editPlace(state, in: rect),
      let field = place.target.field,
      let current = Materialize.value(of: field, at: place.target.ref, in: state.plan)
    else {
      state.status = StatusMessage(
        state.strings.format("edit.nothingHere", keyName(.add, state), keyName(.help, state)),
        .warning)
      return []
    }
    let ref = place.target.ref
    let step = forward ? 1 : -1
    let next: FieldValue
    switch (FieldKind.of(field, on: ref), current) {
    case (.flag, .flag(let flag)):
      next = .flag(!flag)
    case (.choice(let options, let optional), .choice(let raw)):
      let all: [String?] = (optional ? [nil] : []) + options.map { Optional($0) }
      let index = all.firstIndex(of: raw) ?? (forward ? -1 : 0)
      next = .choice(all[(index + step + all.count) % all.count])
    case (.scale, .integer(let value)):
      let scores = 1...5
      next = .integer(min(scores.upperBound, max(scores.lowerBound, (value ?? 3) + step)))
      guard next != current else {
        state.status = StatusMessage(state.strings["edit.atScaleEnd"], .warning)
        return []
      }
    default:
      state.status = StatusMessage(state.strings["edit.notAChoice"], .warning)
      return []
    }
    return commit(
      Materialize.edit(
        field, of: ref, from: current, to: next, in: state.plan, today: state.settings.today),
      &state)
  }

  // MARK: Structural commands

  static func paneAction(_ command: Command, _ state: inout AppState) -> [Effect]? {
    let rect = paneRect(state)
    guard let action = PaneRenderer.behavior(state.pane).action(for: command, state, in: rect)
    else {
      return nil
    }
    return apply(action, &state)
  }

  /// Carries out what a pane asked for; on a read-only plan only a change of view.
  static func apply(_ action: PaneAction, _ state: inout AppState) -> [Effect] {
    if case .view(let change) = action {
      change(&state)
      return []
    }
    if state.settings.readOnly {
      state.status = StatusMessage(state.strings["edit.readOnly"], .error)
      return []
    }
    switch action {
    case .refuse(let message):
      state.status = StatusMessage(message, .warning)
      return []
    case .beginEdit(let session):
      state.mode = .editing(session)
      return []
    case .edit(let edit, let select, let openEditor):
      if openEditor { return addForEditor(edit, select: select, &state) }
      let effects = commit(edit, &state)
      guard !effects.isEmpty else { return [] }
      select?(&state)
      normalize(&state)
      return effects
    case .view:
      return []
    }
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
