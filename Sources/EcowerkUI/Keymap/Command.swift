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
  // Pane-specific views.
  case toggleQuadrant
  case expandAll, collapseAll
  case switchFocus

  /// Every command, for the check that each has a key and a help text.
  public static var allCases: [Command] {
    [
      .moveUp, .moveDown, .moveLeft, .moveRight, .pageUp, .pageDown, .top, .bottom, .nextPane,
      .previousPane,
    ] + PaneID.allCases.map { .showPane($0) }
      + [
        .activate, .cancel, .search, .searchNext, .searchPrevious, .help, .commandLine, .quit,
        .redraw, .toggleQuadrant, .expandAll, .collapseAll, .switchFocus,
      ]
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
    }
  }

  /// The key of the help text in the string table: `command.moveDown`.
  public var helpKey: String {
    if case .showPane = self { return "command.showPane" }
    return "command.\(description)"
  }
}
