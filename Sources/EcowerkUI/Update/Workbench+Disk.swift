import EcowerkModel

/// The plan file changing under the workbench: a save that finds someone else's version on
/// disk asks what to do instead of overwriting it, and `:w FILE` writes a copy elsewhere.
extension Workbench {
  static func handleDiskEvent(_ event: Event, _ state: inout AppState) -> [Effect] {
    let strings = state.strings
    switch event {
    case .saveConflict:
      state.mode = .saveConflict
      state.status = nil
    case .copyWritten(let path, let error):
      if let error {
        state.status = StatusMessage(error, .error)
      } else {
        state.status = StatusMessage(strings.format("status.copyWritten", path, state.fileName))
      }
    case .reloaded(let plan, let error):
      guard let plan else {
        state.status = StatusMessage(error ?? strings["conflict.cannotReload"], .error)
        return []
      }
      // A fresh state on the file as it is now; the pane the user was on stays.
      let pane = state.pane
      state = AppState(
        plan: plan, filePath: state.filePath, rubric: state.rubric, size: state.size,
        settings: state.settings)
      state.pane = pane
      state.status = StatusMessage(strings.format("status.reloaded", state.fileName))
      return [.discardJournal]
    case .journalChanged(let problem):
      // Named as this keymap names its keys ("save with Ctrl-S").
      let problem = problem.map(state.keyed)
      if let problem {
        state.status = StatusMessage(problem, .error)
      } else if state.journalProblem != nil {
        state.status = StatusMessage(strings["journal.whole"])
      }
      state.journalProblem = problem
    default:
      break
    }
    return []
  }

  static func handleSaveConflict(_ command: Command?, _ state: inout AppState) -> [Effect] {
    switch command {
    case .answerReload:
      state.mode = .normal
      state.quitAfterSave = false
      return [.reload]
    case .answerOverwrite:
      state.mode = .normal
      return [.overwrite(state.plan, path: state.filePath, version: state.version)]
    case .answerSaveElsewhere:
      // `:w ` with the cursor after it: the user types where the copy goes.
      state.mode = .commandLine(LineEditor("w "))
      state.quitAfterSave = false
    default:
      state.mode = .normal
      state.quitAfterSave = false
      state.status = StatusMessage(state.strings["conflict.cancelled"], .warning)
    }
    return []
  }
}
