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
      edit, before: state.plan, after: state.plan, strings: state.strings)
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
    let text = EditDescription.describe(
      entry.edit.inverse, before: state.plan, after: state.plan, strings: state.strings)
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
    return [.journal(entry.edit.inverse)]
  }

  static func redo(_ state: inout AppState) -> [Effect] {
    guard let entry = state.history.popRedo() else {
      state.status = StatusMessage(state.strings["edit.nothingToRedo"], .warning)
      return []
    }
    let text = EditDescription.describe(
      entry.edit, before: state.plan, after: state.plan, strings: state.strings)
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
    return [.journal(entry.edit)]
  }

  // MARK: Starting an edit

  /// `e` / Enter: opens the editor on the selected field, or a pick list for a choice.
  static func beginEdit(_ state: inout AppState) -> [Effect] {
    let rect = paneRect(state)
    guard let place = PaneRenderer.behavior(state.pane).editPlace(state, in: rect),
      let field = place.target.field,
      let current = Materialize.value(of: field, at: place.target.ref, in: state.plan)
    else {
      state.status = StatusMessage(state.strings["edit.nothingHere"], .warning)
      return []
    }
    guard !state.settings.readOnly else {
      state.status = StatusMessage(state.strings["edit.readOnly"], .error)
      return []
    }
    let kind = FieldKind.of(field, on: place.target.ref)
    switch kind {
    case .flag:
      guard case .flag(let flag) = current else { return [] }
      return commit(
        Materialize.edit(
          field, of: place.target.ref, from: current, to: .flag(!flag), in: state.plan),
        &state)
    case .choice, .reference, .references:
      state.mode = .picking(
        pickList(for: place.target, field: field, kind: kind, current: current, state))
      return []
    case .arrangements:
      state.status = StatusMessage(state.strings["edit.nothingHere"], .warning)
      return []
    default:
      let text = FieldInput.text(
        of: current, kind: kind, index: place.target.index, strings: state.strings)
      state.mode = .editing(EditSession(target: place.target, kind: kind, text: text))
      return []
    }
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
      state.status = StatusMessage(state.strings.format("edit.externalKept", rule), .error)
    } else if !outcome.effects.isEmpty {
      state.externalDraft = nil
    }
    return outcome.effects
  }

  /// Space: the next value of a choice or yes/no field.
  static func cycle(_ state: inout AppState) -> [Effect] {
    let rect = paneRect(state)
    guard let place = PaneRenderer.behavior(state.pane).editPlace(state, in: rect),
      let field = place.target.field,
      let current = Materialize.value(of: field, at: place.target.ref, in: state.plan)
    else {
      state.status = StatusMessage(state.strings["edit.nothingHere"], .warning)
      return []
    }
    let ref = place.target.ref
    switch (FieldKind.of(field, on: ref), current) {
    case (.flag, .flag(let flag)):
      return commit(
        Materialize.edit(field, of: ref, from: current, to: .flag(!flag), in: state.plan), &state)
    case (.choice(let options, let optional), .choice(let raw)):
      let all: [String?] = (optional ? [nil] : []) + options.map { Optional($0) }
      let index = all.firstIndex(of: raw) ?? -1
      let next = all[(index + 1) % all.count]
      return commit(
        Materialize.edit(field, of: ref, from: current, to: .choice(next), in: state.plan), &state)
    case (.scale, .integer(let value)):
      let next = ((value ?? 0) % 5) + 1
      return commit(
        Materialize.edit(field, of: ref, from: current, to: .integer(next), in: state.plan), &state)
    default:
      state.status = StatusMessage(state.strings["edit.notAChoice"], .warning)
      return []
    }
  }

  // MARK: The editor

  static func handleEditing(_ key: Key, _ session: EditSession, _ state: inout AppState) -> [Effect]
  {
    var session = session
    switch key {
    case .escape:
      state.mode = .normal
      state.status = StatusMessage(state.strings["edit.cancelled"])
      return []
    case .enter:
      return finishEditing(session, &state, then: nil)
    case .tab:
      return finishEditing(
        session, &state, then: PaneRenderer.behavior(state.pane).tabCommands.next)
    case .backTab:
      return finishEditing(
        session, &state, then: PaneRenderer.behavior(state.pane).tabCommands.previous)
    default:
      if session.editor.handle(key) == .edited { session.refusal = nil }
      state.mode = .editing(session)
      return []
    }
  }

  /// Checks and commits the typed text; on a refusal the editor stays open with the text as
  /// typed. `then` moves to the next field and keeps editing.
  static func finishEditing(_ session: EditSession, _ state: inout AppState, then move: Command?)
    -> [Effect]
  {
    var session = session
    guard let field = session.target.field,
      let current = Materialize.value(of: field, at: session.target.ref, in: state.plan)
    else {
      state.mode = .normal
      return []
    }
    switch FieldInput.parse(
      session.editor.text, kind: session.kind, current: current, index: session.target.index,
      insert: session.inserting, strings: state.strings)
    {
    case .failure(let refusal):
      session.refusal = refusal.message
      state.mode = .editing(session)
      state.status = StatusMessage(refusal.message, .error)
      return []
    case .success(let value):
      let edit = Materialize.edit(
        field, of: session.target.ref, from: current, to: value, in: state.plan)
      if value != current,
        let refusal = PaneRenderer.behavior(state.pane).refusal(of: edit, state)
      {
        session.refusal = refusal
        state.mode = .editing(session)
        state.status = StatusMessage(refusal, .error)
        return []
      }
      state.mode = .normal
      var effects: [Effect] = []
      if value != current {
        let outcome = commitOrRefuse(edit, &state)
        if let rule = outcome.brokenRule {
          // A paste over a limit: the editor stays open with the text as typed.
          session.refusal = state.strings.format("edit.breaksRule", rule)
          state.mode = .editing(session)
          return []
        }
        effects = outcome.effects
        if session.inserting, case .texts = value {
          // The new entry sits after the one the cursor was on: select it.
          _ = PaneRenderer.behavior(state.pane).handle(.moveDown, &state, in: paneRect(state))
        }
      }
      if let move {
        normalize(&state)
        _ = PaneRenderer.behavior(state.pane).handle(move, &state, in: paneRect(state))
        normalize(&state)
        effects += beginEditIfTyped(&state)
      }
      return effects
    }
  }

  /// After Tab: keep editing when the next field is typed, stop at choices.
  static func beginEditIfTyped(_ state: inout AppState) -> [Effect] {
    let rect = paneRect(state)
    guard let place = PaneRenderer.behavior(state.pane).editPlace(state, in: rect),
      let field = place.target.field
    else { return [] }
    if FieldKind.of(field, on: place.target.ref).isChoice { return [] }
    return beginEdit(&state)
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
      let effects = commit(edit, &state)
      guard !effects.isEmpty else { return [] }
      select?(&state)
      normalize(&state)
      return openEditor ? effects + beginEdit(&state) : effects
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
