/// A named thing the user can do. Keys map to commands through the keymap; `update` carries
/// them out. Tests press keys by command name, so a command's name is part of the test API.
public enum Command: Hashable, Sendable, CustomStringConvertible {
  // Moving around.
  case moveUp, moveDown, moveLeft, moveRight
  case pageUp, pageDown, top, bottom
  case nextPane, previousPane
  case showPane(PaneID)
  /// To the next or previous cell or field, as Tab does while editing.
  case nextField, previousField
  /// Asks which pane to go to (then its number or name): works on every keyboard.
  case goToPane
  case activate
  case cancel
  // Finding.
  case search, searchNext, searchPrevious
  // The workbench.
  case help, commandLine, quit, redraw
  /// Every command of this place in a list, run by name.
  case palette
  // A snapshot of the plan in a file (and on paper with `:print --printer`).
  case printSnapshot, printHTML, printToPrinter
  // Pane-specific views.
  case toggleQuadrant
  case expandAll, collapseAll, toggleFold
  case switchFocus
  case toggleAlley
  // Editing.
  case edit, editExternal
  /// A typed character on a field: the editor opens with what was typed (a spreadsheet's
  /// way); on a choice the pick list opens narrowed to it.
  case typeToEdit
  /// Clears the field into a new value (Backspace on a cell): the editor opens empty.
  case clearAndEdit
  /// The next or previous value of a choice or score, with the change in the status bar.
  case cycleValue, previousValue
  case add, addBefore, delete, duplicate, moveItemUp, moveItemDown
  case undo, redo, save
  /// Saves a copy under another name: the command line with `w ` typed (`:w FILE`).
  case saveAs
  // Editing the stakeholder matrix.
  case toggleMVE, toggleOrchestrator, sortColumn, filterRows
  // Editing the Theory of Change.
  case addChild, indent, outdent, moveTo
  // The Finance pane's faces: the chart, the actual figures.
  case toggleChart, toggleActuals
  // The action plan's KPI dashboard.
  case toggleKPIs
  // The plan checked against the method: the findings, and a jump to each.
  case health
  /// What changed since the last save, as a list (`:changes`).
  case showChanges
  /// The conflicts a merge left beside the plan (`:conflicts`).
  case showConflicts

  // In an editor, a pick list or the palette.
  /// Keeps what was typed or chosen (the editor closes).
  case commit
  /// Keeps it and moves down (a spreadsheet's Enter).
  case commitAndDown
  /// Keeps it and goes on editing the next or previous field (Tab, Shift-Tab).
  case commitAndNext, commitAndPrevious
  /// Checks or unchecks an option of a list that takes several.
  case toggleCheck
  // Typing: the keys every one-line text field shares.
  case cursorLeft, cursorRight, cursorHome, cursorEnd
  case deleteBackward, deleteForward, deleteToStart, deleteToEnd, deleteWord

  // The answers to the workbench's questions.
  case answerSave, answerDiscard
  case answerYes
  case answerReload, answerOverwrite, answerSaveElsewhere
  case answerRecover, answerOpenSaved, answerShowEdits
  /// A merge conflict decided: our version kept, or theirs taken (an edit, undone as any).
  case keepOurs, takeTheirs

  /// Every command, for the checks that each has a help text and appears in the help.
  public static var allCases: [Command] {
    [
      .moveUp, .moveDown, .moveLeft, .moveRight, .pageUp, .pageDown, .top, .bottom, .nextPane,
      .previousPane,
    ] + PaneID.allCases.map { .showPane($0) }
      + [
        .nextField, .previousField, .goToPane, .activate, .cancel, .search, .searchNext,
        .searchPrevious, .help, .commandLine,
        .quit, .redraw, .palette, .printSnapshot, .printHTML, .printToPrinter, .toggleQuadrant,
        .expandAll, .collapseAll, .toggleFold, .switchFocus, .toggleAlley, .edit, .editExternal,
        .typeToEdit, .clearAndEdit, .cycleValue, .previousValue, .add, .addBefore, .delete,
        .duplicate, .moveItemUp, .moveItemDown, .undo, .redo, .save, .saveAs, .toggleMVE,
        .toggleOrchestrator, .sortColumn, .filterRows, .addChild, .indent, .outdent, .moveTo,
        .toggleChart, .toggleActuals, .toggleKPIs, .health, .showChanges, .showConflicts,
      ] + editingCommands + answers
  }

  /// The commands of editors, pick lists and typing.
  static let editingCommands: [Command] = [
    .commit, .commitAndDown, .commitAndNext, .commitAndPrevious, .toggleCheck, .cursorLeft,
    .cursorRight, .cursorHome, .cursorEnd, .deleteBackward, .deleteForward, .deleteToStart,
    .deleteToEnd, .deleteWord,
  ]

  /// The answers to questions.
  static let answers: [Command] = [
    .answerSave, .answerDiscard, .answerYes, .answerReload, .answerOverwrite,
    .answerSaveElsewhere, .answerRecover, .answerOpenSaved, .answerShowEdits, .keepOurs,
    .takeTheirs,
  ]

  /// The command's name, as tests and the palette use it: `moveDown`, `showPane3`.
  public var description: String {
    if case .showPane(let pane) = self { return "showPane\(pane.rawValue)" }
    return Self.names[self] ?? "command"
  }

  /// Names of the commands without a value, written out once so that a renamed case cannot
  /// silently change what tests press.
  private static let names: [Command: String] = {
    let pairs: [(Command, String)] = [
      (.moveUp, "moveUp"), (.moveDown, "moveDown"), (.moveLeft, "moveLeft"),
      (.moveRight, "moveRight"), (.pageUp, "pageUp"), (.pageDown, "pageDown"), (.top, "top"),
      (.bottom, "bottom"), (.nextPane, "nextPane"), (.previousPane, "previousPane"),
      (.nextField, "nextField"),
      (.previousField, "previousField"), (.goToPane, "goToPane"), (.activate, "activate"),
      (.cancel, "cancel"),
      (.search, "search"), (.searchNext, "searchNext"), (.searchPrevious, "searchPrevious"),
      (.help, "help"), (.commandLine, "commandLine"), (.quit, "quit"), (.redraw, "redraw"),
      (.palette, "palette"), (.printSnapshot, "printSnapshot"), (.printHTML, "printHTML"),
      (.printToPrinter, "printToPrinter"), (.toggleQuadrant, "toggleQuadrant"),
      (.expandAll, "expandAll"), (.collapseAll, "collapseAll"), (.toggleFold, "toggleFold"),
      (.switchFocus, "switchFocus"), (.toggleAlley, "toggleAlley"), (.edit, "edit"),
      (.editExternal, "editExternal"), (.typeToEdit, "typeToEdit"),
      (.clearAndEdit, "clearAndEdit"), (.cycleValue, "cycleValue"),
      (.previousValue, "previousValue"), (.add, "add"), (.addBefore, "addBefore"),
      (.delete, "delete"), (.duplicate, "duplicate"), (.moveItemUp, "moveItemUp"),
      (.moveItemDown, "moveItemDown"), (.undo, "undo"), (.redo, "redo"), (.save, "save"),
      (.saveAs, "saveAs"),
      (.toggleMVE, "toggleMVE"), (.toggleOrchestrator, "toggleOrchestrator"),
      (.sortColumn, "sortColumn"), (.filterRows, "filterRows"), (.addChild, "addChild"),
      (.indent, "indent"), (.outdent, "outdent"), (.moveTo, "moveTo"),
      (.toggleChart, "toggleChart"), (.toggleActuals, "toggleActuals"),
      (.toggleKPIs, "toggleKPIs"), (.health, "health"), (.showChanges, "showChanges"),
      (.showConflicts, "showConflicts"), (.commit, "commit"),
      (.commitAndDown, "commitAndDown"), (.commitAndNext, "commitAndNext"),
      (.commitAndPrevious, "commitAndPrevious"), (.toggleCheck, "toggleCheck"),
      (.cursorLeft, "cursorLeft"), (.cursorRight, "cursorRight"), (.cursorHome, "cursorHome"),
      (.cursorEnd, "cursorEnd"), (.deleteBackward, "deleteBackward"),
      (.deleteForward, "deleteForward"), (.deleteToStart, "deleteToStart"),
      (.deleteToEnd, "deleteToEnd"), (.deleteWord, "deleteWord"), (.answerSave, "answerSave"),
      (.answerDiscard, "answerDiscard"), (.answerYes, "answerYes"),
      (.answerReload, "answerReload"), (.answerOverwrite, "answerOverwrite"),
      (.answerSaveElsewhere, "answerSaveElsewhere"), (.answerRecover, "answerRecover"),
      (.answerOpenSaved, "answerOpenSaved"), (.answerShowEdits, "answerShowEdits"),
      (.keepOurs, "keepOurs"), (.takeTheirs, "takeTheirs"),
    ]
    return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
  }()

  /// The key of the help text in the string table: `command.moveDown`.
  public var helpKey: String {
    if case .showPane = self { return "command.showPane" }
    return "command.\(description)"
  }

  /// The key of the short text in the key bar: `hint.moveDown`.
  public var hintKey: String {
    if case .showPane(let pane) = self { return "hint.showPane\(pane.rawValue)" }
    return "hint." + helpKey.dropFirst("command.".count)
  }
}
