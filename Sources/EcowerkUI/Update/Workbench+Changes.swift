import EcowerkModel
import EcowerkStrings

/// `:changes`: what changed since the last save, since the backup, or since an earlier file, as
/// a list over the pane; Enter goes to the entity a change is about. Its keys are the
/// keymap's (`KeyMode.changes`).
extension Workbench {
  /// `:changes` compares with the plan as last saved, `:changes backup` with `PLAN.bak`, and
  /// `:changes FILE` with that file.
  static func compare(with argument: String, _ state: inout AppState) -> [Effect] {
    let strings = state.strings
    switch argument {
    case "":
      return [.loadComparison(path: state.filePath, label: strings["changes.lastSave"])]
    case "backup", "bak":
      let backup = state.filePath + ".bak"
      return [.loadComparison(path: backup, label: strings.format("changes.backup", backup))]
    default:
      return [.loadComparison(path: argument, label: argument)]
    }
  }

  static func comparisonLoaded(
    _ plan: Plan?, label: String, error: String?, _ state: inout AppState
  ) {
    guard let plan else {
      state.status = StatusMessage(error ?? label, .error)
      return
    }
    let diff = PlanDiff(from: plan, to: state.plan)
    guard !diff.isEmpty else {
      state.status = StatusMessage(state.strings.format("changes.none", label))
      return
    }
    state.mode = .changes(ChangesList(since: label, diff: diff))
  }

  static func handleChanges(_ command: Command?, _ list: ChangesList, _ state: inout AppState)
    -> [Effect]
  {
    var list = list
    state.status = nil
    switch command {
    case .cancel:
      state.mode = .normal
    case .activate:
      state.mode = .normal
      guard list.changes.indices.contains(list.cursor.row) else { return [] }
      let change = list.changes[list.cursor.row]
      var field: Field?
      if case .changed(let changed, _, _) = change.kind { field = changed }
      goTo(change.ref, field: field, &state)
    default:
      let page = max(1, ChangesOverlay.listHeight(in: paneRect(state)))
      list.cursor.perform(command, count: list.changes.count, page: page)
      state.mode = .changes(list)
    }
    return []
  }

  /// Shows the entity in its pane, or says it is not in the plan (any more).
  static func goTo(_ ref: EntityRef, field: Field?, _ state: inout AppState) {
    guard ref == .plan || state.plan.entity(ref) != nil else {
      state.status = StatusMessage(state.strings["changes.gone"], .warning)
      return
    }
    jump(to: ref, field: field, in: HealthView.pane(of: ref), &state)
  }
}
