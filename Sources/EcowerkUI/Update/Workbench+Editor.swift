import EcowerkModel
import EcowerkStrings

/// The one-line editor open on a field: typing, keeping (Enter, Tab) and cancelling (Esc);
/// a new entry added for its editor, kept with its name as one undo step.
extension Workbench {
  static func handleEditing(_ key: Key, _ session: EditSession, _ state: inout AppState)
    -> [Effect]
  {
    var session = session
    let keymap = state.settings.keymap
    let command = keymap.command(for: key, in: [.editor, .text])
    switch command {
    case .cancel:
      state.mode = .normal
      if session.provisional != nil {
        revertProvisional(session, &state)
        state.status = StatusMessage(state.strings["edit.notAdded"])
      } else {
        state.status = StatusMessage(state.strings["edit.cancelled"])
      }
      return []
    case .commit:
      return finishEditing(session, &state, then: nil)
    case .commitAndDown:
      return finishEditing(session, &state, then: .moveDown, continueEditing: false)
    case .commitAndNext:
      return finishEditing(
        session, &state, then: PaneRenderer.behavior(state.pane).tabCommands.next)
    case .commitAndPrevious:
      return finishEditing(
        session, &state, then: PaneRenderer.behavior(state.pane).tabCommands.previous)
    default:
      if session.replacesOnType {
        // The value is selected: typing replaces it, deleting clears it, moving keeps it.
        session.replacesOnType = false
        if case .char = key {
          session.editor = LineEditor()
        } else if command == .deleteBackward || command == .deleteForward {
          session.editor = LineEditor()
          session.refusal = nil
          state.mode = .editing(session)
          return []
        }
      }
      var editor = session.editor
      type(key, into: &editor, keymap)
      if editor != session.editor { session.refusal = nil }
      session.editor = editor
      state.mode = .editing(session)
      return []
    }
  }

  /// Checks and commits the typed text; on a refusal the editor stays open with the text as
  /// typed. `then` moves to the next field (and with `continueEditing` opens it: Tab walks
  /// every field, choices too).
  static func finishEditing(
    _ session: EditSession, _ state: inout AppState, then move: Command?,
    continueEditing: Bool = true
  ) -> [Effect] {
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
    case .success(var value):
      if !session.pastedEntries.isEmpty, case .texts(var entries) = value {
        // The rest of a pasted list goes in after the entry, one entry per line.
        let at = min(entries.count, (session.target.index ?? entries.count - 1) + 1)
        entries.insert(contentsOf: session.pastedEntries, at: max(0, at))
        value = .texts(entries)
      }
      let edit = Materialize.edit(
        field, of: session.target.ref, from: current, to: value, in: state.plan,
        today: state.settings.today)
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
      if let added = session.provisional {
        guard
          let kept = keepProvisional(added, edit: value == current ? nil : edit, session, &state)
        else { return [] }
        effects = kept
        if !continueEditing, move != nil, case .insert(.need, _, _) = added,
          let next = paneAction(.add, &state)
        {
          // Pains and gains are written one after another, as a bulleted list: Enter on a
          // new one starts the next; Enter on an empty one ends the list.
          return effects + next
        }
      } else if value != current {
        let outcome = commitOrRefuse(edit, &state)
        if let rule = outcome.brokenRule {
          // A paste over a limit: the editor stays open with the text as typed.
          session.refusal = state.strings.format("edit.breaksRule", rule)
          state.mode = .editing(session)
          return []
        }
        effects = outcome.effects
        if session.inserting, case .texts = value {
          // The new entry (and the pasted ones after it) sit after the one the cursor was
          // on: select the last of them.
          for _ in 0...session.pastedEntries.count {
            _ = PaneRenderer.behavior(state.pane).handle(.moveDown, &state, in: paneRect(state))
            normalize(&state)
          }
          if !continueEditing, move != nil {
            // Enter after a new entry of a list of texts starts the next one, as a bulleted
            // list in a word processor does; Enter on an empty one ends the list.
            return effects + nextListEntry(session, &state)
          }
        }
      }
      if let move, continueEditing, move == PaneRenderer.behavior(state.pane).tabCommands.next,
        let second = PaneRenderer.behavior(state.pane).secondaryField(
          after: session.target.field, state, in: paneRect(state)),
        second.field != session.target.field
      {
        // The line's other fields (an assumption's status, a measurement's date) before the
        // next line.
        normalize(&state)
        return effects + openSecondary(second, &state)
      }
      if let move {
        normalize(&state)
        let before = state.editTarget
        _ = PaneRenderer.behavior(state.pane).handle(move, &state, in: paneRect(state))
        normalize(&state)
        // At the last field there is nowhere to go on to: the editor closes.
        if continueEditing, state.editTarget != before || before == nil {
          effects += openEditor(&state)
          // The status bar says what the new editor edits (the kept value is on screen).
          if case .editing(let next) = state.mode {
            state.status = nil
            state.mode = .editing(selectingValue(next, state))
          }
        }
      }
      return effects
    }
  }

  /// An editor Tab walked into, with the workshop keys: its value is selected, as a
  /// spreadsheet's next cell is, so typing replaces it (and the room sees it will); an arrow
  /// key, Home or End keeps it to change. With the vim keys the cursor waits after it.
  static func selectingValue(_ session: EditSession, _ state: AppState) -> EditSession {
    guard state.settings.keymap.name == .workshop, !session.inserting,
      !session.editor.text.isEmpty
    else { return session }
    var session = session
    session.replacesOnType = true
    return session
  }

  /// The editor or pick list of a line's next field, opened by Tab.
  static func openSecondary(_ target: Target, _ state: inout AppState) -> [Effect] {
    guard let field = target.field,
      let current = Materialize.value(of: field, at: target.ref, in: state.plan)
    else { return [] }
    let kind = FieldKind.of(field, on: target.ref)
    guard kind.isChoice else {
      // A typed field opens over the line, its name in the status bar.
      let text = FieldInput.text(of: current, kind: kind, index: nil, strings: state.strings)
      var session = EditSession(target: target, kind: kind, text: text)
      session.replacesOnType = kind.isNumeric && !text.isEmpty
      state.mode = .editing(selectingValue(session, state))
      state.status = nil
      return []
    }
    var list = pickList(for: target, field: field, kind: kind, current: current, state)
    list.isSecondary = true
    state.mode = .picking(list)
    return []
  }

  /// After Enter on a new entry of a list of texts: the editor opens on another new entry
  /// right after it.
  static func nextListEntry(_ session: EditSession, _ state: inout AppState) -> [Effect] {
    guard let index = session.target.index else { return [] }
    var next = EditSession(
      target: Target(
        session.target.ref, session.target.field, index: index + 1 + session.pastedEntries.count),
      kind: .textList, text: "", inserting: true)
    next.refusal = nil
    state.mode = .editing(next)
    return []
  }

  // MARK: A new entry and its name, one step

  /// Adds `edit` (a new entry) to the plan for its editor, without making it an undo step
  /// yet: Enter keeps the entry and what was typed as one step, Esc takes it away again.
  static func addForEditor(
    _ edit: Edit, select: ((inout AppState) -> Void)?, _ state: inout AppState
  ) -> [Effect] {
    guard !state.settings.readOnly else {
      state.status = StatusMessage(state.strings["edit.readOnly"], .error)
      return []
    }
    let before = state.version
    do {
      try state.plan.apply(edit, within: .standard)
    } catch {
      state.status = StatusMessage(
        state.strings.format("edit.refused", state.strings.refusal(error)), .error)
      return []
    }
    let provisional = state.history.freshVersion()
    state.recordChange(edit, from: before, to: provisional)
    state.version = provisional
    select?(&state)
    normalize(&state)
    let effects = beginEdit(&state)
    if case .editing(var session) = state.mode {
      session.provisional = edit
      session.versionBefore = before
      state.mode = .editing(session)
      // A new entry named by a text asks for its name; a figure (a milestone, a measurement)
      // for its value, with the entry it belongs to.
      let s = state.strings
      let what = ValueText.name(
        of: session.target.ref, in: state.plan, strings: s, rubric: state.rubric)
      state.status = StatusMessage(
        session.kind.isNumeric
          ? s.format(
            "edit.newValue", s.label(session.target.field ?? .value).lowercasedFirst, what)
          : s["edit.newEntry"])
      return effects
    }
    // No editor for it (a choice, a read-only pane): keep it as an ordinary step.
    let mode = state.mode
    revertProvisional(edit, before: before, &state)
    let kept = commit(edit, &state)
    select?(&state)
    normalize(&state)
    state.mode = mode
    return kept + effects
  }

  /// Takes a provisional entry away again (Esc, or Enter on an empty name).
  static func revertProvisional(_ session: EditSession, _ state: inout AppState) {
    guard let edit = session.provisional, let before = session.versionBefore else { return }
    revertProvisional(edit, before: before, &state)
  }

  static func revertProvisional(_ edit: Edit, before: Int, _ state: inout AppState) {
    guard (try? state.plan.apply(edit.inverse)) != nil else { return }
    // The plan is as it was at `before` again, so it gets that version back: views and
    // checks made for it still hold, and a saved plan reads as unmodified.
    state.recordChange(edit.inverse, from: state.version, to: before)
    state.version = before
  }

  /// Keeps a provisional entry with what was typed into it as one undo step; nil when its
  /// name was left empty (the entry gone) or breaks a rule (the editor open again).
  static func keepProvisional(
    _ added: Edit, edit: Edit?, _ session: EditSession, _ state: inout AppState
  ) -> [Effect]? {
    revertProvisional(session, &state)
    if let field = session.target.field, NewEntity.namingFields.contains(field),
      session.editor.text.allSatisfy(\.isWhitespace)
    {
      state.status = StatusMessage(state.strings["edit.notAddedEmpty"])
      return nil
    }
    let outcome = commitOrRefuse(edit.map { .group([added, $0]) } ?? added, &state)
    guard let rule = outcome.brokenRule else { return outcome.effects }
    // Over a limit (a long paste): the entry stays, still provisional, and the editor open
    // with the text as typed.
    var session = session
    let before = state.version
    guard (try? state.plan.apply(added)) != nil else { return nil }
    let version = state.history.freshVersion()
    state.recordChange(added, from: before, to: version)
    state.version = version
    session.versionBefore = before
    session.refusal = state.strings.format("edit.breaksRule", rule)
    state.mode = .editing(session)
    return nil
  }
}
