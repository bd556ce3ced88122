import EcowerkModel
import EcowerkUI

/// What the terminal backend writes, counted through ncurses itself.
extension SizeRun {
  mutating func terminalFigures(_ initial: AppState) throws {
    let probe = try TerminalProbe(path: folder.file("bytes.out"), size: Self.screen)
    var state = initial
    func press(_ key: Key) {
      _ = Workbench.update(&state, .key(key))
    }
    let first = probe.bytes(drawing: Screen.render(state))
    let unchanged = probe.bytes(drawing: Screen.render(state))

    // Every pane drawn twice: the second time must write nothing.
    var worst = (bytes: unchanged, pane: PaneID.overview)
    for pane in PaneID.allCases {
      var shown = state
      shown.pane = pane
      _ = Workbench.update(&shown, .resize(Self.screen))
      _ = probe.bytes(drawing: Screen.render(shown))
      let again = probe.bytes(drawing: Screen.render(shown))
      if again > worst.bytes { worst = (again, pane) }
    }
    _ = probe.bytes(drawing: Screen.render(state))

    // Ctrl-G 3: the pane list is drawn, then pane 3 over it.
    press(.ctrl("g"))
    _ = probe.bytes(drawing: Screen.render(state))
    press(.char("3"))
    let paneSwitch = probe.bytes(drawing: Screen.render(state))
    press(.down)
    let move = probe.bytes(drawing: Screen.render(state))

    // A one-cell edit: a new influence score typed on the selected stakeholder and kept.
    while state.pane == .stakeholders,
      MatrixColumns.stakeholders[state.views.stakeholders.column] != .influence
    {
      press(.right)
    }
    _ = probe.bytes(drawing: Screen.render(state))
    var edit = 0
    var editNote = "no stakeholder to edit"
    if let target = state.editTarget,
      case .integer(let score?)? = state.plan.value(of: .influence, at: target.ref)
    {
      press(.char(Character(String(score % 5 + 1))))
      _ = probe.bytes(drawing: Screen.render(state))
      press(.enter)
      edit = probe.bytes(drawing: Screen.render(state))
      editNote = "the cell, the status message, the [+] and the selection a row down"
    }

    // The same grid with one character changed: the backend's own floor.
    var grid = Screen.render(state)
    _ = probe.bytes(drawing: grid)
    let cell = grid[60, 20]
    grid.set(60, 20, Cell(cell.character == "x" ? "y" : "x", style: cell.style))
    let oneCell = probe.bytes(drawing: grid)

    figures += [
      Figure("terminal.firstFrame", "terminal bytes: first frame", Double(first), .bytes),
      Figure(
        "terminal.unchanged", "terminal bytes: unchanged frame", Double(unchanged), .bytes,
        budget: .atMost(0)),
      Figure(
        "terminal.unchangedPanes", "unchanged frame, worst of the 9 panes",
        Double(worst.bytes), .bytes, budget: .atMost(0), level: 1,
        note: "pane \(worst.pane.rawValue)"),
      Figure(
        "terminal.cursorMove", "terminal bytes: cursor move (↓ in the stakeholder matrix)",
        Double(move), .bytes, budget: .atMost(budgets.cursorMoveBytes)),
      Figure(
        "terminal.edit", "terminal bytes: one-cell edit", Double(edit), .bytes, note: editNote),
      Figure(
        "terminal.oneCell", "one grid cell changed, nothing else", Double(oneCell), .bytes,
        level: 1),
      Figure("terminal.paneSwitch", "pane switch (1 → 3)", Double(paneSwitch), .bytes, level: 1),
    ]
  }
}
