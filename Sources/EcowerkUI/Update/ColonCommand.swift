import EcowerkReport

/// The `:` commands: `:w`, `:q`, `:wq`, `:q!`, `:help`, and the pane numbers.
enum ColonCommand {
  static func execute(_ line: String, _ state: inout AppState) -> [Effect] {
    let words = line.split(separator: " ").map(String.init)
    guard let name = words.first else { return [] }
    let strings = state.strings
    switch name {
    case "w", "write":
      let path = words.dropFirst().joined(separator: " ")
      // `:w` with the plan's own name is a save (with its check for outside changes), not a
      // copy written over it.
      if !path.isEmpty && path != state.filePath && path != state.fileName {
        return [.writeCopy(state.plan, path: path)]
      }
      return save(&state, quitAfter: false)
    case "wq", "x", "exit":
      return save(&state, quitAfter: true)
    case "q", "quit":
      return Workbench.requestQuit(&state, force: false)
    case "q!", "quit!":
      return [.quit]
    case "help", "h":
      state.mode = .help(offset: 0)
    case "print", "p":
      return printSnapshot(Array(words.dropFirst()), &state)
    case "rubric":
      return PeerReviewPane.loadRubric(words.dropFirst().joined(separator: " "), &state)
    case "changes", "diff":
      return Workbench.compare(with: words.dropFirst().joined(separator: " "), &state)
    case "conflicts":
      Workbench.openConflicts(&state)
    default:
      if let number = Int(name), let pane = PaneID(rawValue: number) {
        state.pane = pane
      } else {
        state.status = StatusMessage(strings.format("status.unknownCommand", name), .error)
      }
    }
    return []
  }

  /// `:print [FORMAT] [--printer]`: text when no format is named; the printer takes text.
  static func printSnapshot(_ arguments: [String], _ state: inout AppState) -> [Effect] {
    var format: SnapshotFormat?
    var printer = false
    for argument in arguments {
      if argument == "--printer" || argument == "-p" {
        printer = true
      } else if format == nil, let named = SnapshotFormat(argument: argument) {
        format = named
      } else {
        state.status = StatusMessage(
          state.strings.format("status.badPrintFormat", argument, SnapshotFormat.names), .error)
        return []
      }
    }
    if printer && (format ?? .text) != .text {
      state.status = StatusMessage(state.strings["status.printerNeedsText"], .error)
      return []
    }
    return [.writeSnapshot(state.plan, format: format ?? .text, printer: printer)]
  }

  static func save(_ state: inout AppState, quitAfter: Bool) -> [Effect] {
    if state.settings.readOnly {
      state.status = StatusMessage(state.strings["status.readOnly"], .error)
      return []
    }
    state.quitAfterSave = quitAfter
    return [.save(state.plan, path: state.filePath, version: state.version)]
  }
}
