import EcowerkStrings
import EcowerkText

/// Draws the whole workbench for a state: bars, tabs, the current pane, and any overlay.
public enum Screen {
  public static func render(_ state: AppState) -> CellGrid {
    var grid = CellGrid(size: state.size)
    let layout = ScreenLayout(state.size)
    if layout.isTooSmall {
      drawTooSmall(state, into: &grid)
      return grid
    }
    TopBar.draw(state, into: &grid, in: layout.topBar)
    TabBar.draw(state, into: &grid, in: layout.tabs)
    PaneRenderer.draw(state, into: &grid, in: layout.pane)
    StatusBar.draw(state, into: &grid, in: layout.statusBar)
    KeyBar.draw(state, into: &grid, in: layout.keyBar)
    switch state.mode {
    case .help(let offset):
      HelpScreen.draw(state, offset: offset, into: &grid, in: layout.pane)
    case .confirmQuit:
      ConfirmQuitDialog.draw(state, into: &grid, in: layout.pane)
    case .saveConflict:
      SaveConflictDialog.draw(state, into: &grid, in: layout.pane)
    case .editing(let session):
      EditorOverlay.draw(session, state, into: &grid, in: layout.pane)
    case .picking(let list):
      PickListOverlay.draw(list, state, into: &grid, in: layout.pane)
    case .recovery(let offer):
      RecoveryDialog.draw(offer, state, into: &grid, in: layout.pane)
    case .health(let list):
      HealthOverlay.draw(list, state, into: &grid, in: layout.pane)
    case .palette(let palette):
      PaletteOverlay.draw(palette, state, into: &grid, in: layout.pane)
    case .confirmDelete(let question):
      DeleteQuestionDialog.draw(question, state, into: &grid, in: layout.pane)
    case .changes(let list):
      ChangesOverlay.draw(list, state, into: &grid, in: layout.pane)
    case .conflicts:
      if let conflicts = state.mergeConflicts {
        ConflictsOverlay.draw(conflicts, state, into: &grid, in: layout.pane)
      }
    default:
      break
    }
    return grid
  }

  /// The message for a terminal below the minimum size, as much of it as fits.
  static func drawTooSmall(_ state: AppState, into grid: inout CellGrid) {
    let strings = state.strings
    let lines = TextLayout.wrap(
      strings.format(
        "screen.tooSmall", ScreenLayout.minimum.width, ScreenLayout.minimum.height,
        state.size.width, state.size.height),
      width: max(1, grid.width))
    let top = max(0, (grid.height - lines.count) / 2)
    for (index, line) in lines.enumerated() where top + index < grid.height {
      let x = max(0, (grid.width - DisplayWidth.of(line)) / 2)
      grid.text(line, x: x, y: top + index, style: .heading)
    }
  }
}
