import EcowerkModel
import EcowerkUI

/// The Theory of Change diagram on pane 4: its first frame (the toggle's update and the
/// render), and keystrokes moving along it, held to the same budgets as every pane.
extension SizeRun {
  mutating func diagramFigures(_ start: Start) {
    func onPane() -> AppState {
      var state = AppState(
        plan: start.plan, filePath: planPath, rubric: start.rubric, size: Self.screen,
        settings: settings())
      state.pane = .theoryOfChange
      _ = Workbench.update(&state, .resize(Self.screen))
      return state
    }
    let keymap = settings().keymap
    guard let toggle = keymap.key(for: .toggleDiagram, in: .theoryOfChange) else { return }
    var sink = 0
    var frames = Samples()
    for run in 0...size.repetitions {
      var state = onPane()
      let (grid, milliseconds) = MonotonicClock.measure { () -> CellGrid in
        _ = Workbench.update(&state, .key(toggle))
        return Screen.render(state)
      }
      sink &+= grid.cells.count
      if run > 0 { frames.add(milliseconds) }
    }
    figures.append(
      Figure(
        "firstFrame.diagram",
        "first frame of the Theory of Change diagram (toggle + render, "
          + "median of \(frames.count))", frames.median, .milliseconds,
        budget: .atMost(budgets.firstFrame), note: Self.spread(frames)))

    // Along the arrows: down the column, left to a cause, right back, to the end and back.
    let moves: [Command] =
      Array(repeating: .moveDown, count: 40) + [.moveLeft, .moveLeft, .moveRight, .bottom]
      + Array(repeating: .moveUp, count: 40) + [.top, .moveLeft, .moveDown, .moveRight]
    let keys = moves.compactMap { keymap.key(for: $0, in: .theoryOfChange) }
    var best = [Double](repeating: .infinity, count: keys.count)
    for _ in 0..<Self.replays {
      var state = onPane()
      _ = Workbench.update(&state, .key(toggle))
      for (index, key) in keys.enumerated() {
        let (grid, milliseconds) = MonotonicClock.measure { () -> CellGrid in
          _ = Workbench.update(&state, .key(key))
          return Screen.render(state)
        }
        sink &+= grid.cells.count
        best[index] = min(best[index], milliseconds)
      }
    }
    if sink == 0 { print("", terminator: "") }
    let strokes = Samples(best)
    figures.append(
      Figure(
        "keystroke.diagram",
        "keystroke in the diagram, p99 (update + render, n=\(strokes.count), "
          + "best of \(Self.replays))", strokes.p99, .milliseconds,
        budget: .atMost(budgets.keystrokeP99), note: Self.spread(strokes)))
  }
}
