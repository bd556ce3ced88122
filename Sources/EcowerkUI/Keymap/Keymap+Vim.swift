/// The vim keymap (`--keys vim`), for power users: the keys they know from vim, less and htop.
/// Letters are commands here, so `e` opens the editor; digits only go to panes, and a score or
/// a choice changes with `+` / `-` (or Ctrl-A / Ctrl-X, as vim counts), never by a digit.
extension Keymap {
  public static let vim = Keymap(
    .vim,
    [
      KeyBinding([.tab], .nextPane),
      KeyBinding([.backTab], .previousPane),
      KeyBinding([.ctrlPageDown], .nextPane),
      KeyBinding([.ctrlPageUp], .previousPane),
    ] + PaneID.allCases.map { KeyBinding([.char(Character(String($0.rawValue)))], .showPane($0)) }
      + [
        KeyBinding([.char("k"), .up], .moveUp),
        KeyBinding([.char("j"), .down], .moveDown),
        KeyBinding([.char("h"), .left], .moveLeft),
        KeyBinding([.char("l"), .right], .moveRight),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown),
        KeyBinding([.char("g"), .home], .top),
        KeyBinding([.char("G"), .end], .bottom),
        KeyBinding([.enter], .activate),
        KeyBinding([.escape], .cancel),
        KeyBinding([.char("/")], .search, hint: true),
        KeyBinding([.char("n")], .searchNext),
        KeyBinding([.char("N")], .searchPrevious),
        KeyBinding([.char(":")], .commandLine, hint: true),
        KeyBinding([.ctrl("p")], .palette),
        KeyBinding([.ctrl("l")], .redraw),
        KeyBinding([.char("e"), .function(2)], .edit, hint: true),
        KeyBinding([.char("E"), .ctrl("o")], .editExternal),
        KeyBinding([.char("+"), .ctrl("a")], .cycleValue),
        KeyBinding([.char("-"), .ctrl("x")], .previousValue),
        KeyBinding([.char("a")], .add, hint: true),
        KeyBinding([.char("A"), .char("O")], .addBefore),
        KeyBinding([.delete], .delete, sequences: [[.char("d"), .char("d")]]),
        KeyBinding([.char("D")], .duplicate),
        KeyBinding([.char("K")], .moveItemUp),
        KeyBinding([.char("J")], .moveItemDown),
        KeyBinding([.char("u")], .undo, hint: true),
        KeyBinding([.ctrl("r"), .char("U")], .redo),
        KeyBinding([.ctrl("s")], .save),
        KeyBinding([], .saveAs),
        KeyBinding([.char("!")], .health),
        KeyBinding([], .showChanges),
        KeyBinding([], .showConflicts),
        KeyBinding([.char("p")], .printSnapshot),
        KeyBinding([], .printHTML),
        KeyBinding([], .printToPrinter),
        KeyBinding([], .goToPane),
        KeyBinding([.char("q"), .ctrl("c")], .quit, hint: true),
        KeyBinding([.char("?"), .function(1)], .help, hint: true),

        KeyBinding([.char("v")], .toggleQuadrant, .pane(.stakeholders), hint: true),
        KeyBinding([.char("m")], .toggleMVE, .pane(.stakeholders), hint: true),
        KeyBinding([.char("o")], .toggleOrchestrator, .pane(.stakeholders)),
        KeyBinding([.char("s")], .sortColumn, .pane(.stakeholders)),
        KeyBinding([.char("f")], .filterRows, .pane(.stakeholders)),
        KeyBinding([.char("c")], .addChild, .pane(.theoryOfChange)),
        KeyBinding([.char(">")], .indent, .pane(.theoryOfChange)),
        KeyBinding([.char("<")], .outdent, .pane(.theoryOfChange)),
        KeyBinding([.char("M")], .moveTo, .pane(.theoryOfChange)),
        KeyBinding([.enter], .activate, .pane(.theoryOfChange), hint: true),
        KeyBinding([.char(" ")], .toggleFold, .pane(.theoryOfChange)),
        // `+` / `-` change a value here as everywhere; the folds take `*` and `_`.
        KeyBinding([.char("*")], .expandAll, .pane(.theoryOfChange), hint: true),
        KeyBinding([.char("_")], .collapseAll, .pane(.theoryOfChange)),
        KeyBinding([.char("w")], .switchFocus, .pane(.segments), hint: true),
        KeyBinding([.char("v")], .toggleAlley, .pane(.segments), hint: true),
        KeyBinding([.char("w")], .switchFocus, .pane(.pilots), hint: true),
        KeyBinding([.char("w")], .switchFocus, .pane(.theoryOfChange), hint: true),
        KeyBinding([.char("v")], .toggleChart, .pane(.finance), hint: true),
        KeyBinding([.char("r")], .toggleActuals, .pane(.finance), hint: true),
        KeyBinding([.char("v")], .toggleKPIs, .pane(.actions), hint: true),
        KeyBinding([.char("w")], .switchFocus, .pane(.actions)),
      ]
      + [
        KeyBinding([.enter], .commit, .mode(.editor), hint: true),
        KeyBinding([.tab], .commitAndNext, .mode(.editor), hint: true),
        KeyBinding([.backTab], .commitAndPrevious, .mode(.editor)),
        KeyBinding([.escape, .ctrl("c")], .cancel, .mode(.editor), hint: true),
      ] + textBindings + pickAndPaletteBindings(enter: .commit)
      + vimListMoves(.help) + [
        KeyBinding(
          [.escape, .char("q"), .char("?"), .function(1), .enter, .ctrl("c")], .cancel,
          .mode(.help), hint: true)
      ] + vimListMoves(.health) + [
        KeyBinding([.enter], .activate, .mode(.health), hint: true),
        KeyBinding(
          [.escape, .char("q"), .char("!"), .ctrl("c")], .cancel, .mode(.health), hint: true),
      ]
      + comparisonBindings(moves: vimListMoves, close: [.escape, .char("q"), .ctrl("c")])
      + questionBindings,
    confirmsEveryDelete: false)
}
