/// The workshop keymap, the default: for a facilitator who knows Excel and Word. Typing on a
/// cell edits it (Enter keeps and moves down, Tab keeps and moves right, Esc cancels); every
/// command sits on a key office programs use for it (Ctrl-S, Ctrl-Z, Delete, Insert, F1) and
/// in the palette (Ctrl-K), which lists them all. No letter, digit or Space does anything but
/// type, so words called out in the room can never run a command.
///
/// Panes are changed with Ctrl-PgDn / Ctrl-PgUp, as a spreadsheet's sheets are, and with
/// Ctrl-G and the pane's number (Excel's "Go to"): macOS Terminal keeps Ctrl-PgUp for itself
/// and laptops lack the keys, so Ctrl-G is the way that works on every keyboard, without
/// Alt/Option or function keys.
extension Keymap {
  public static let workshop = Keymap(
    .workshop,
    [
      // In the order of the key bar: what a workshop needs most comes first.
      KeyBinding([], .typeToEdit, hint: true, text: true),
      KeyBinding([.insert, .ctrl("n")], .add, hint: true),
      KeyBinding([.ctrl("z")], .undo, hint: true),
      // Before save: the tabs show the panes' numbers, and a number typed on its own would
      // start editing a cell; everyone in an office knows Ctrl-S without being told.
      KeyBinding([.ctrl("g")], .goToPane, hint: true),
      KeyBinding([.ctrl("s")], .save, hint: true),
      KeyBinding([.delete], .delete, hint: true),
      KeyBinding([.function(2)], .edit, hint: true),
      KeyBinding([.enter], .activate),
      KeyBinding([.ctrl("y")], .redo),
      // F12 is "Save As" in Word and Excel.
      KeyBinding([.function(12)], .saveAs),
      KeyBinding([.ctrl("k")], .palette, hint: true),
      KeyBinding([.function(1)], .help, hint: true),
      KeyBinding([.up], .moveUp),
      KeyBinding([.down], .moveDown),
      KeyBinding([.left], .moveLeft),
      KeyBinding([.right], .moveRight),
      KeyBinding([.tab], .nextField),
      KeyBinding([.backTab], .previousField),
      KeyBinding([.pageUp], .pageUp),
      KeyBinding([.pageDown], .pageDown),
      KeyBinding([.home], .top),
      KeyBinding([.end], .bottom),
      KeyBinding([.ctrlPageDown], .nextPane),
      KeyBinding([.ctrlPageUp], .previousPane),
      KeyBinding([.escape], .cancel),
      KeyBinding([.backspace], .clearAndEdit),
      KeyBinding([.ctrl("o")], .editExternal),
      KeyBinding([.ctrl("d")], .duplicate),
      KeyBinding([.ctrlUp], .moveItemUp),
      KeyBinding([.ctrlDown], .moveItemDown),
      KeyBinding([], .addBefore),
      KeyBinding([], .cycleValue),
      KeyBinding([], .previousValue),
      KeyBinding([.ctrl("f")], .search),
      KeyBinding([.function(3)], .searchNext),
      KeyBinding([.function(15)], .searchPrevious),
      KeyBinding([.ctrl("e")], .health),
      KeyBinding([], .showChanges),
      KeyBinding([], .showConflicts),
      KeyBinding([.ctrl("p")], .printSnapshot),
      KeyBinding([], .printHTML),
      KeyBinding([], .printToPrinter),
      KeyBinding([.ctrl("q"), .ctrl("c")], .quit),
      KeyBinding([.ctrl("l")], .redraw),
      KeyBinding([], .commandLine),
    ] + PaneID.allCases.map { KeyBinding([], .showPane($0)) }
      + [
        KeyBinding([.ctrl("w")], .toggleQuadrant, .pane(.stakeholders), hint: true),
        KeyBinding([.ctrl("f")], .filterRows, .pane(.stakeholders)),
        KeyBinding([], .sortColumn, .pane(.stakeholders)),
        KeyBinding([], .toggleMVE, .pane(.stakeholders)),
        KeyBinding([], .toggleOrchestrator, .pane(.stakeholders)),
        KeyBinding([.ctrl("t")], .addChild, .pane(.theoryOfChange), hint: true),
        KeyBinding([.ctrlRight], .indent, .pane(.theoryOfChange)),
        KeyBinding([.ctrlLeft], .outdent, .pane(.theoryOfChange)),
        KeyBinding([], .moveTo, .pane(.theoryOfChange)),
        KeyBinding([], .expandAll, .pane(.theoryOfChange)),
        KeyBinding([], .collapseAll, .pane(.theoryOfChange)),
        // F6 moves between the parts of a pane, as it does in office programs.
        KeyBinding([.function(6)], .switchFocus, .pane(.theoryOfChange)),
        KeyBinding([.ctrl("w")], .toggleAlley, .pane(.segments), hint: true),
        KeyBinding([.function(6)], .switchFocus, .pane(.segments)),
        KeyBinding([.function(6)], .switchFocus, .pane(.pilots)),
        KeyBinding([.ctrl("w")], .toggleChart, .pane(.finance), hint: true),
        KeyBinding([.ctrl("r")], .toggleActuals, .pane(.finance), hint: true),
        KeyBinding([.ctrl("w")], .toggleKPIs, .pane(.actions), hint: true),
        KeyBinding([.function(6)], .switchFocus, .pane(.actions)),
      ]
      + [
        KeyBinding([.enter], .commitAndDown, .mode(.editor), hint: true),
        KeyBinding([.tab], .commitAndNext, .mode(.editor), hint: true),
        KeyBinding([.backTab], .commitAndPrevious, .mode(.editor)),
        KeyBinding([.escape, .ctrl("c")], .cancel, .mode(.editor), hint: true),
      ] + textBindings + pickAndPaletteBindings(enter: .commitAndDown)
      + workshopListMoves(.help) + [
        KeyBinding([.escape, .function(1), .enter, .ctrl("c")], .cancel, .mode(.help), hint: true)
      ] + workshopListMoves(.health) + [
        KeyBinding([.enter], .activate, .mode(.health), hint: true),
        KeyBinding([.escape, .ctrl("e"), .ctrl("c")], .cancel, .mode(.health), hint: true),
      ] + comparisonBindings(moves: workshopListMoves, close: [.escape, .ctrl("c")])
      + questionBindings,
    confirmsEveryDelete: true)
}
