import EcowerkModel
import EcowerkStrings

/// `:conflicts`: the conflicts a merge left beside the plan, each shown with both versions;
/// `o` keeps ours, `t` takes theirs (an edit like any other, undone as any), Enter goes to
/// the entity; the keys are the keymap's (`KeyMode.conflicts`). Saving keeps the open ones
/// beside the plan, and removes the file once every conflict is decided.
extension Workbench {
  static func openConflicts(_ state: inout AppState) {
    guard state.mergeConflicts != nil else {
      state.status = StatusMessage(state.strings["conflicts.none"])
      return
    }
    state.mode = .conflicts
  }

  static func handleConflicts(_ command: Command?, _ state: inout AppState) -> [Effect] {
    guard var conflicts = state.mergeConflicts else {
      state.mode = .normal
      return []
    }
    guard let command else { return [] }
    let row = conflicts.cursor.row
    let count = conflicts.conflicts.count
    var effects: [Effect] = []
    state.status = nil
    switch command {
    case .cancel:
      state.mode = .normal
      return []
    case .activate:
      state.mode = .normal
      guard conflicts.conflicts.indices.contains(row) else { return [] }
      let conflict = conflicts.conflicts[row]
      var field: Field?
      if case .field(let changed, _, _, _) = conflict.kind { field = changed }
      goTo(conflict.ref, field: field, &state)
      return []
    case .keepOurs:
      guard conflicts.conflicts.indices.contains(row) else { return [] }
      conflicts.decisions[row] = .ours
      state.status = StatusMessage(state.strings["conflicts.kept"])
      conflicts.cursor.row = nextOpen(after: row, conflicts)
    case .takeTheirs:
      guard conflicts.conflicts.indices.contains(row) else { return [] }
      let conflict = conflicts.conflicts[row]
      guard !conflict.theirs.isEmpty else {
        state.status = StatusMessage(state.strings["conflicts.nothingToTake"], .warning)
        return []
      }
      guard let edit = conflict.takeTheirs(on: state.plan) else {
        state.status = StatusMessage(state.strings["conflicts.cannotTake"], .error)
        return []
      }
      effects = commit(edit, &state)
      guard !effects.isEmpty else { return [] }
      conflicts.decisions[row] = .theirs
      conflicts.theirsVersions[row] = state.version
      conflicts.cursor.row = nextOpen(after: row, conflicts)
    default:
      let page = max(1, ConflictsOverlay.listHeight(in: paneRect(state)))
      guard conflicts.cursor.perform(command, count: count, page: page) else { return [] }
    }
    conflicts.cursor.clamp(count: count, visible: ConflictsOverlay.listHeight(in: paneRect(state)))
    if conflicts.open == 0 {
      state.status = StatusMessage(state.keyed(state.strings["conflicts.allDecided"]))
    }
    state.mergeConflicts = conflicts
    return effects
  }

  /// After an undo or redo: the conflicts decided by an edit that was undone are open again
  /// (and said so), those whose edit was redone decided again.
  static func reconcileConflicts(_ state: inout AppState) {
    guard var conflicts = state.mergeConflicts else { return }
    let inEffect = Set(state.history.undoStack.map(\.after))
    if conflicts.reconcile(inEffect: inEffect) > 0, let status = state.status {
      state.status = StatusMessage(
        state.strings.format("conflicts.reopened", status.text), status.kind)
    }
    state.mergeConflicts = conflicts
  }

  /// The next conflict still open after `row` (wrapping round), or `row` when none is.
  static func nextOpen(after row: Int, _ conflicts: MergeConflicts) -> Int {
    let count = conflicts.decisions.count
    for step in 1...max(1, count) {
      let candidate = (row + step) % max(1, count)
      if conflicts.decisions.indices.contains(candidate), conflicts.decisions[candidate] == nil {
        return candidate
      }
    }
    return row
  }

  /// After a save: the conflicts still open go back beside the saved plan; once none is open
  /// the file goes and the workbench forgets them.
  static func conflictsAfterSave(_ state: inout AppState) -> [Effect] {
    guard let conflicts = state.mergeConflicts else { return [] }
    if conflicts.open == 0 {
      state.mergeConflicts = nil
      if state.mode == .conflicts { state.mode = .normal }
    }
    return [.keepConflicts(conflicts)]
  }
}
