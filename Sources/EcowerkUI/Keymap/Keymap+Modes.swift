/// The keys of the modes both keymaps share: typing in a one-line field, and the questions.
/// Each keymap adds its own way of moving through lists and closing things.
extension Keymap {
  /// Typing in any one-line field: the editor, search, the palette, a pick list's filter.
  static let textBindings: [KeyBinding] = [
    KeyBinding([.left, .ctrl("b")], .cursorLeft, .mode(.text)),
    KeyBinding([.right, .ctrl("f")], .cursorRight, .mode(.text)),
    KeyBinding([.home, .ctrl("a")], .cursorHome, .mode(.text)),
    KeyBinding([.end, .ctrl("e")], .cursorEnd, .mode(.text)),
    KeyBinding([.backspace, .ctrl("h")], .deleteBackward, .mode(.text)),
    KeyBinding([.delete, .ctrl("d")], .deleteForward, .mode(.text)),
    KeyBinding([.ctrl("u")], .deleteToStart, .mode(.text)),
    KeyBinding([.ctrl("k")], .deleteToEnd, .mode(.text)),
    KeyBinding([.ctrl("w")], .deleteWord, .mode(.text)),
  ]

  /// The questions: a letter answers (both languages' letters work), anything else cancels.
  static let questionBindings: [KeyBinding] = [
    KeyBinding(
      [.char("s"), .char("o"), .ctrl("s")], .answerSave, .mode(.quitQuestion), hint: true),
    KeyBinding([.char("d"), .char("w")], .answerDiscard, .mode(.quitQuestion), hint: true),
    KeyBinding([.escape, .char("c"), .char("a")], .cancel, .mode(.quitQuestion), hint: true),
    KeyBinding([.char("y"), .char("j")], .answerYes, .mode(.deleteQuestion), hint: true),
    KeyBinding([.escape, .char("n"), .enter], .cancel, .mode(.deleteQuestion), hint: true),
    KeyBinding([.char("r"), .char("h")], .answerReload, .mode(.saveConflict), hint: true),
    KeyBinding([.char("o")], .answerOverwrite, .mode(.saveConflict), hint: true),
    KeyBinding(
      [.char("s"), .char("e"), .char("w")], .answerSaveElsewhere, .mode(.saveConflict), hint: true
    ),
    KeyBinding([.escape, .char("c"), .char("a")], .cancel, .mode(.saveConflict), hint: true),
    KeyBinding([.char("r"), .char("h")], .answerRecover, .mode(.recovery), hint: true),
    KeyBinding([.char("o")], .answerOpenSaved, .mode(.recovery), hint: true),
    KeyBinding(
      [.char("s"), .char("t"), .enter], .answerShowEdits, .mode(.recovery), hint: true),
    KeyBinding([.escape], .cancel, .mode(.recovery)),
  ]

  /// Moving through a list (pick list, palette, findings, help) with the keys every keyboard
  /// has.
  static func listMoves(_ mode: KeyMode) -> [KeyBinding] {
    [
      KeyBinding([.up, .ctrl("p")], .moveUp, .mode(mode)),
      KeyBinding([.down, .ctrl("n")], .moveDown, .mode(mode)),
      KeyBinding([.pageUp], .pageUp, .mode(mode)),
      KeyBinding([.pageDown], .pageDown, .mode(mode)),
    ]
  }

  /// Moving through a long list (help, findings, changes) with the workshop keys: the arrows,
  /// the page keys, Home and End.
  static func workshopListMoves(_ mode: KeyMode) -> [KeyBinding] {
    listMoves(mode) + [
      KeyBinding([.home], .top, .mode(mode)),
      KeyBinding([.end], .bottom, .mode(mode)),
    ]
  }

  /// Moving through a long list with the vim keys too: `j`/`k`, Ctrl-B/Ctrl-F, `g`/`G`.
  static func vimListMoves(_ mode: KeyMode) -> [KeyBinding] {
    listMoves(mode) + [
      KeyBinding([.char("k")], .moveUp, .mode(mode)),
      KeyBinding([.char("j")], .moveDown, .mode(mode)),
      KeyBinding([.ctrl("b")], .pageUp, .mode(mode)),
      KeyBinding([.char(" "), .ctrl("f")], .pageDown, .mode(mode)),
      KeyBinding([.char("g"), .home], .top, .mode(mode)),
      KeyBinding([.char("G"), .end], .bottom, .mode(mode)),
    ]
  }

  /// The changes since an earlier version, and a merge's conflicts: lists with a jump to the
  /// entity, the conflicts with the two ways to decide one (both languages' letters work).
  static func comparisonBindings(moves: (KeyMode) -> [KeyBinding], close: [Key])
    -> [KeyBinding]
  {
    moves(.changes) + [
      KeyBinding([.enter], .activate, .mode(.changes), hint: true),
      KeyBinding(close, .cancel, .mode(.changes), hint: true),
    ] + moves(.conflicts) + [
      KeyBinding([.char("o"), .char("e")], .keepOurs, .mode(.conflicts), hint: true),
      KeyBinding([.char("t"), .char("h")], .takeTheirs, .mode(.conflicts), hint: true),
      KeyBinding([.enter], .activate, .mode(.conflicts), hint: true),
      KeyBinding(close, .cancel, .mode(.conflicts), hint: true),
    ]
  }

  /// A pick list and the palette: typing narrows the list, the arrows move, Enter takes.
  static func pickAndPaletteBindings(enter: Command) -> [KeyBinding] {
    listMoves(.pickList) + [
      KeyBinding([.home], .top, .mode(.pickList)),
      KeyBinding([.end], .bottom, .mode(.pickList)),
      KeyBinding([.enter], enter, .mode(.pickList), hint: true),
      KeyBinding([.tab], .commitAndNext, .mode(.pickList), hint: true),
      KeyBinding([.backTab], .commitAndPrevious, .mode(.pickList)),
      KeyBinding([.char(" ")], .toggleCheck, .mode(.pickList), hint: true),
      KeyBinding([.escape, .ctrl("c")], .cancel, .mode(.pickList), hint: true),
    ] + listMoves(.palette) + [
      KeyBinding([.enter], .commit, .mode(.palette), hint: true),
      KeyBinding([.escape, .ctrl("c"), .ctrl("k")], .cancel, .mode(.palette), hint: true),
      KeyBinding([.enter], .commit, .mode(.lineInput), hint: true),
      KeyBinding([.escape, .ctrl("c")], .cancel, .mode(.lineInput), hint: true),
    ]
  }
}
