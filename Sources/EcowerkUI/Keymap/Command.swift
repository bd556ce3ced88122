/// A named thing the user can do. Keys map to commands through the keymap; `update` carries
/// them out. Tests press keys by command name, so a command's name is part of the test API.
public enum Command: Hashable, Sendable, CustomStringConvertible {
  // Moving around.
  case moveUp, moveDown, moveLeft, moveRight
  case pageUp, pageDown, top, bottom
  case nextPane, previousPane
  case showPane(PaneID)
  case activate
  case cancel
  // Finding.
  case search, searchNext, searchPrevious
  // The workbench.
  case help, commandLine, quit, redraw
  // A snapshot of the plan in a file (and on paper with `:print --printer`).
  case printSnapshot
  // Pane-specific views.
  case toggleQuadrant
  case expandAll, collapseAll
  case switchFocus
  case toggleAlley
  // Editing.
  case edit, editExternal, cycleValue
  case add, addBefore, delete, duplicate, moveItemUp, moveItemDown
  case undo, redo, save
  // Editing the stakeholder matrix.
  case toggleMVE, toggleOrchestrator, sortColumn, filterRows
  case setScale(Int)
  // Editing the Theory of Change.
  case addChild, indent, outdent, moveTo
  // The Finance pane's faces: the chart, the actual figures.
  case toggleChart, toggleActuals
  // The action plan's KPI dashboard.
  case toggleKPIs
  // The plan checked against the method: the findings, and a jump to each.
  case health

  /// Every command, for the check that each has a key and a help text.
  public static var allCases: [Command] {
    [
      .moveUp, .moveDown, .moveLeft, .moveRight, .pageUp, .pageDown, .top, .bottom, .nextPane,
      .previousPane,
    ] + PaneID.allCases.map { .showPane($0) }
      + [
        .activate, .cancel, .search, .searchNext, .searchPrevious, .help, .commandLine, .quit,
        .redraw, .toggleQuadrant, .expandAll, .collapseAll, .switchFocus, .toggleAlley, .edit,
        .editExternal,
        .cycleValue, .add, .addBefore, .delete, .duplicate, .moveItemUp, .moveItemDown, .undo,
        .redo, .save, .toggleMVE, .toggleOrchestrator, .sortColumn, .filterRows,
      ] + (1...5).map { .setScale($0) } + [.addChild, .indent, .outdent, .moveTo]
      + [.toggleChart, .toggleActuals]
      + [.health]
      + [.toggleKPIs, .printSnapshot]
  }

  /// The command's name, as tests and the help's key table use it: `moveDown`, `showPane3`.
  public var description: String {
    switch self {
    case .moveUp: return "moveUp"
    case .moveDown: return "moveDown"
    case .moveLeft: return "moveLeft"
    case .moveRight: return "moveRight"
    case .pageUp: return "pageUp"
    case .pageDown: return "pageDown"
    case .top: return "top"
    case .bottom: return "bottom"
    case .nextPane: return "nextPane"
    case .previousPane: return "previousPane"
    case .showPane(let pane): return "showPane\(pane.rawValue)"
    case .activate: return "activate"
    case .cancel: return "cancel"
    case .search: return "search"
    case .searchNext: return "searchNext"
    case .searchPrevious: return "searchPrevious"
    case .help: return "help"
    case .commandLine: return "commandLine"
    case .quit: return "quit"
    case .redraw: return "redraw"
    case .toggleQuadrant: return "toggleQuadrant"
    case .expandAll: return "expandAll"
    case .collapseAll: return "collapseAll"
    case .switchFocus: return "switchFocus"
    case .toggleAlley: return "toggleAlley"
    case .edit: return "edit"
    case .editExternal: return "editExternal"
    case .cycleValue: return "cycleValue"
    case .add: return "add"
    case .addBefore: return "addBefore"
    case .delete: return "delete"
    case .duplicate: return "duplicate"
    case .moveItemUp: return "moveItemUp"
    case .moveItemDown: return "moveItemDown"
    case .undo: return "undo"
    case .redo: return "redo"
    case .save: return "save"
    case .toggleMVE: return "toggleMVE"
    case .toggleOrchestrator: return "toggleOrchestrator"
    case .sortColumn: return "sortColumn"
    case .filterRows: return "filterRows"
    case .setScale(let value): return "setScale\(value)"
    case .addChild: return "addChild"
    case .indent: return "indent"
    case .outdent: return "outdent"
    case .moveTo: return "moveTo"
    case .toggleChart: return "toggleChart"
    case .toggleActuals: return "toggleActuals"
    case .toggleKPIs: return "toggleKPIs"
    case .health: return "health"
    case .printSnapshot: return "printSnapshot"
    }
  }

  /// The key of the help text in the string table: `command.moveDown`.
  public var helpKey: String {
    if case .showPane = self { return "command.showPane" }
    if case .setScale = self { return "command.setScale" }
    return "command.\(description)"
  }

  /// What the command does where its own meaning does not apply: a digit in the stakeholder
  /// matrix sets influence or interest in those columns and goes to a pane elsewhere.
  public var fallback: Command? {
    if case .setScale(let value) = self, let pane = PaneID(rawValue: value) {
      return .showPane(pane)
    }
    return nil
  }

  /// The key of the short text in the status bar's hints: `hint.moveDown`.
  public var hintKey: String {
    "hint." + helpKey.dropFirst("command.".count)
  }
}
