import EcowerkModel
import EcowerkStore
import EcowerkStrings
import EcowerkUI
import Testing

/// The workshop keymap in scripted sessions: typing on a cell edits it, Enter keeps and moves
/// down, the palette and the pane list, the key bar, pasting, deleting with a question, and
/// one undo step for a new entry with its name.
@Suite struct WorkshopKeymapTests {
  static func demo(width: Int = 100, height: Int = 30, language: Language = .english) throws
    -> Session
  {
    try Session.demo(width: width, height: height, language: language, keymap: .workshop)
  }

  static func stakeholders(_ session: inout Session) {
    session.key(.ctrl("g"))
    session.type("3")
  }

  /// On an 80-column projector, in both languages, every pane's key bar names the way to
  /// another pane (the tabs show the panes' numbers), undo, the palette and help.
  @Test(arguments: [Language.dutch, .english])
  func theKeyBarNamesCtrlGInEveryPaneAt80Columns(_ language: Language) throws {
    var s = try Session.demo(width: 80, height: 24, language: language, keymap: .workshop)
    for pane in 1...9 {
      s.key(.ctrl("g"))
      s.type(String(pane))
      let bar = s.keyBar
      for key in ["Ctrl-G", "Ctrl-Z", "Ctrl-K", "F1"] {
        #expect(bar.contains(key + " "), "pane \(pane): \(bar)")
      }
    }
  }

  @Test func typingOnACellOpensItsEditorWithWhatWasTypedAndF2KeepsTheValue() throws {
    var s = try Self.demo()
    Self.stakeholders(&s)
    let before = s.state.plan
    s.type("R")
    guard case .editing(let typed) = s.state.mode else {
      Issue.record("typing did not open the editor")
      return
    }
    #expect(typed.editor.text == "R", "what was typed, in place of the value")
    #expect(s.statusLine.contains("editing: name of ROC Tubantia"))
    #expect(s.keyBar.contains("Enter keep ↓") && s.keyBar.contains("Esc cancel"))
    s.key(.escape)
    #expect(s.state.plan == before)
    s.key(.function(2))
    guard case .editing(let kept) = s.state.mode else {
      Issue.record("F2 did not open the editor")
      return
    }
    #expect(kept.editor.text == "ROC Tubantia")
    s.type(" Twente")
    s.key(.enter)
    #expect(s.state.plan.stakeholders[0].name == "ROC Tubantia Twente")
    #expect(s.state.views.stakeholders.rows.row == 1, "Enter keeps and moves down")
    s.key(.ctrl("z"))
    #expect(s.state.plan == before)
  }

  @Test func aNameTypedOnTheEmptyRowAddsThePartyAsOneUndoStep() throws {
    var s = try Self.demo()
    Self.stakeholders(&s)
    let before = s.state.plan
    s.key(.end)
    s.key(.down)
    #expect(s.state.editTarget == nil, "on the empty row")
    s.type("Gemeente Middelburg")
    #expect(s.statusLine.contains("New: type its name and press Enter"))
    s.key(.enter)
    #expect(s.state.plan.stakeholders.count == before.stakeholders.count + 1)
    #expect(s.state.plan.stakeholders.last?.name == "Gemeente Middelburg")
    #expect(s.state.history.undoStack.count == 1, "added and named in one step")
    #expect(s.state.editTarget == nil, "Enter moved down to the empty row, ready for the next")
    s.key(.ctrl("z"))
    #expect(s.statusLine.contains("undone: added stakeholder “Gemeente Middelburg”"))
    #expect(s.state.plan == before)
    // Esc on a new row's name adds nothing; so does an empty name.
    s.type("X")
    s.key(.escape)
    #expect(s.state.plan == before)
    #expect(!s.state.isModified)
    s.key(.insert)
    s.key(.enter)
    #expect(s.state.plan == before)
    #expect(s.statusLine.contains("Nothing added"))
  }

  @Test func aDigitOnAScoreOpensItsEditorAndReplacesTheValue() throws {
    var s = try Self.demo()
    Self.stakeholders(&s)
    s.column(.influence)
    s.type("2")
    guard case .editing(let session) = s.state.mode else {
      Issue.record("no editor")
      return
    }
    #expect(session.editor.text == "2")
    s.key(.enter)
    #expect(s.state.plan.stakeholders[0].influence == 2)
    // F2 on a number selects it: typing replaces, it never appends ("3" + "4" = "34").
    s.key(.up)
    s.key(.function(2))
    s.type("5")
    s.key(.enter)
    #expect(s.state.plan.stakeholders[0].influence == 5)
  }

  @Test func digitsAndLettersInTheQuadrantChangeNothing() throws {
    var s = try Self.demo()
    Self.stakeholders(&s)
    s.key(.ctrl("w"))
    #expect(s.screen.contains("Manage closely"))
    let before = s.state.plan
    s.type("2 Gemeente 4")
    s.key(.enter)
    #expect(s.state.plan == before)
    #expect(s.state.mode == .normal)
  }

  /// In the peer review, a 1–5 scale too, a digit typed on an element opens its levels at
  /// that one; Enter scores it (the list is on screen, so nothing changes unseen).
  @Test func aDigitOnAPeerReviewElementPicksThatLevel() throws {
    var s = try Self.demo(width: 120, height: 40)
    s.key(.ctrl("g"))
    s.type("9")
    s.type("4")
    guard case .picking(let list) = s.state.mode else {
      Issue.record("no level list")
      return
    }
    #expect(list.highlighted?.value == "4")
    s.key(.enter)
    let latest = try #require(s.state.plan.reviews.first { $0.id == "rev-2" })
    #expect(latest.score(of: "visie-1")?.level == 4)
  }

  @Test func paneSwitchingNeedsNoAltAndNoFunctionKeys() throws {
    var s = try Self.demo()
    s.key(.ctrl("g"))
    guard case .picking(let list) = s.state.mode else {
      Issue.record("no pane list")
      return
    }
    #expect(list.options.count == 9)
    s.type("5")
    #expect(s.state.pane == .propositions)
    #expect(s.state.mode == .normal)
    s.key(.ctrl("g"))
    s.type("fin")
    s.key(.enter)
    #expect(s.state.pane == .finance)
    s.key(.ctrlPageDown)
    #expect(s.state.pane == .actions)
    s.key(.ctrlPageUp)
    s.key(.ctrlPageUp)
    #expect(s.state.pane == .propositions)
  }

  @Test func thePaletteListsEveryCommandWithItsKeyAndRunsOneByName() throws {
    var s = try Self.demo()
    Self.stakeholders(&s)
    s.key(.ctrl("k"))
    guard case .palette(let palette) = s.state.mode else {
      Issue.record("no palette")
      return
    }
    // Every command the keymap has here, with the key the help gives it.
    let keymap = Keymap.workshop
    for binding in keymap.bindings(in: .global) + keymap.bindings(in: .pane(.stakeholders))
    where !Palette.excluded.contains(binding.command) {
      #expect(
        palette.entries.contains { $0.command == binding.command },
        "\(binding.command) is not in the palette")
    }
    #expect(palette.entries.contains { $0.command == .save && $0.keys == "Ctrl-S" })
    #expect(palette.entries.contains { $0.command == .sortColumn && $0.keys.isEmpty })
    #expect(s.screen.contains("Commands — type to narrow, Enter runs"))
    s.type("sort")
    guard case .palette(let narrowed) = s.state.mode else { return }
    #expect(narrowed.highlighted?.command == .sortColumn)
    s.key(.enter)
    #expect(s.state.views.stakeholders.sort != nil, "sorted by the name column")
    s.key(.ctrl("k"))
    s.type("save")
    s.key(.enter)
    guard case .save? = s.effects.last else {
      Issue.record("the palette did not save")
      return
    }
  }

  @Test func theKeyBarShowsTheKeysOfEachMode() throws {
    var s = try Self.demo(width: 80, height: 24)
    #expect(s.keyBar.contains("Ins add") && s.keyBar.contains("Ctrl-K commands"))
    #expect(s.keyBar.contains("F1 help"))
    Self.stakeholders(&s)
    s.column(.kind)
    s.key(.enter)
    #expect(s.keyBar.contains("Enter take ↓") && s.keyBar.contains("Esc close"))
    #expect(!s.keyBar.contains("Space check"), "a single choice has nothing to check")
    s.key(.escape)
    s.key(.function(1))
    #expect(s.keyBar.contains("Esc close"))
  }

  /// The quit question names its keys in the session's language, and the bar under it names
  /// the same ones: o/w in Dutch, s/d in English (both pairs work in both).
  @Test(arguments: [
    (Language.dutch, "o opslaan", "w weggooien"), (.english, "s save", "d discard"),
  ])
  func theQuestionAndTheKeyBarNameTheSameKeys(
    _ language: Language, _ save: String, _ discard: String
  )
    throws
  {
    var s = Session(
      plan: try DemoPlan.load(), width: 100, height: 30, language: language, keymap: .workshop)
    s.type("x")
    s.key(.enter)
    s.key(.ctrl("c"))
    #expect(s.keyBar.contains(save) && s.keyBar.contains(discard), "\(s.keyBar)")
    let question = s.statusLine
    #expect(question.contains("[\(save.prefix(1))]") && question.contains("[\(discard.prefix(1))]"))
  }

  @Test func tabWalksEveryFieldOfARowChoicesAndReferencesIncluded() throws {
    var s = try Self.demo(width: 200, height: 40)
    Self.stakeholders(&s)
    s.key(.function(2))
    var fields: [Field] = []
    for _ in 0..<MatrixColumns.stakeholders.count {
      switch s.state.mode {
      case .editing(let session): fields.append(session.target.field ?? .name)
      case .picking(let list): fields.append(list.target.field ?? .name)
      default: break
      }
      s.key(.tab)
    }
    #expect(fields == MatrixColumns.stakeholders, "every column, in order, without leaving")
    #expect(s.state.plan == (try DemoPlan.load()), "Tab keeps what is there")
  }

  /// After Tab the next field's value is selected, as a spreadsheet's next cell: typing
  /// replaces it, an arrow key keeps it to change; the room sees it selected.
  @Test func tabSelectsTheNextValueSoTypingReplacesIt() throws {
    var s = try Self.demo(width: 200, height: 40)
    let sector = try #require(s.state.plan.stakeholders.first?.sector)
    #expect(!sector.isEmpty)
    Self.stakeholders(&s)
    s.column(.name)
    s.key(.function(2))
    // From the name, Tab walks to the next column that is typed (kind is a choice).
    var reached = false
    for _ in 0..<MatrixColumns.stakeholders.count {
      s.key(.tab)
      if case .editing(let session) = s.state.mode, session.target.field == .sector {
        reached = true
        break
      }
    }
    #expect(reached)
    guard case .editing(let session) = s.state.mode else { return }
    #expect(session.replacesOnType && session.editor.text == sector)
    let cursor = try #require(s.grid.cursor)
    #expect(s.grid[cursor.x - 1, cursor.y].style.reverse, "the kept value is shown selected")
    s.type("Onderwijs")
    s.key(.enter)
    #expect(s.state.plan.stakeholders[0].sector == "Onderwijs")
    // Back on it: Tab from the name again, then End keeps the value and types after it.
    s.key(.up)
    s.column(.name)
    s.key(.function(2))
    for _ in 0..<MatrixColumns.stakeholders.count {
      s.key(.tab)
      if case .editing(let session) = s.state.mode, session.target.field == .sector { break }
    }
    s.key(.end)
    s.type(" en zorg")
    s.key(.enter)
    #expect(s.state.plan.stakeholders[0].sector == "Onderwijs en zorg")
  }

  /// With the vim keys Tab opens the next field with the cursor after its value.
  @Test func withVimKeysTabKeepsTheCursorAfterTheValue() throws {
    var s = try Session.demo(width: 200, height: 40)
    s.press(.showPane(.stakeholders))
    s.column(.kind)
    s.press(.edit)
    s.press(.commitAndNext)
    guard case .editing(let session) = s.state.mode else {
      Issue.record("Tab did not open the next field")
      return
    }
    #expect(session.target.field == .sector && !session.editor.text.isEmpty)
    #expect(!session.replacesOnType)
  }

  @Test func theMultiSelectTakesTheHighlightedOptionWhenNothingIsChecked() throws {
    var s = try Self.demo()
    Self.stakeholders(&s)
    s.key(.down)
    s.key(.down)
    s.column(.chainLinks)
    let before = s.state.plan.stakeholders[2].chainLinks
    s.type("Financ")
    s.key(.enter)
    let after = s.state.plan.stakeholders[2].chainLinks
    #expect(before == ["link-6", "link-7"])
    #expect(after == ["link-3", "link-6", "link-7"], "Financiering added, in the chain's order")
  }

  @Test func aNewChainLinkIsMadeFromThePickListInOneUndoStep() throws {
    var s = try Self.demo()
    Self.stakeholders(&s)
    s.column(.chainLinks)
    let before = s.state.plan
    s.type("Logistiek")
    guard case .picking(let list) = s.state.mode else { return }
    #expect(list.isOnNew, "nothing matches: the new link's row is highlighted")
    #expect(s.screen.contains("+ new chain link “Logistiek”"))
    s.key(.enter)
    let link = try #require(s.state.plan.chainLinks.last)
    #expect(link.name == "Logistiek")
    #expect(s.state.plan.stakeholders[0].chainLinks.last == link.id)
    #expect(s.state.plan.violations().isEmpty)
    s.key(.ctrl("z"))
    #expect(s.state.plan == before)
  }

  @Test func chainLinksAreAddedRenamedReorderedAndDeletedInTheirView() throws {
    var s = try Self.demo()
    Self.stakeholders(&s)
    let before = s.state.plan
    s.key(.ctrl("w"))
    s.key(.ctrl("w"))
    #expect(s.screen.contains("Chain links — the MVE covers 6 of 7"))
    s.key(.end)
    s.type("Logistiek")
    s.key(.enter)
    #expect(s.state.plan.chainLinks.last?.name == "Logistiek")
    #expect(s.screen.contains("the MVE covers 6 of 8"))
    s.key(.up)
    s.key(.function(2))
    s.key(.ctrl("u"))
    s.type("Logistiek en opslag")
    s.key(.enter)
    #expect(s.state.plan.chainLinks.last?.name == "Logistiek en opslag")
    s.key(.up)
    s.key(.ctrlUp)
    #expect(s.state.plan.chainLinks[6].name == "Logistiek en opslag", "moved up one")
    // A link partners cover: deleting it asks, and says how many references go.
    s.key(.home)
    s.key(.delete)
    guard case .confirmDelete(let question) = s.state.mode else {
      Issue.record("no question")
      return
    }
    #expect(question.text == "Delete chain link “Bewustwording” and clear 3 references?")
    s.type("y")
    #expect(!s.state.plan.chainLinks.contains { $0.name == "Bewustwording" })
    #expect(s.state.plan.violations().isEmpty)
    s.undoAll()
    #expect(s.state.plan == before)
  }

  @Test func deletingAlwaysAsksWithWorkshopKeysAndOnlyForReferencesWithVimKeys() throws {
    var workshop = try Self.demo()
    workshop.key(.ctrl("g"))
    workshop.type("2")
    workshop.key(.end)
    workshop.key(.down)
    workshop.type("Bouw")
    workshop.key(.enter)
    let added = workshop.state.plan
    workshop.key(.up)
    workshop.key(.delete)
    guard case .confirmDelete(let question) = workshop.state.mode else {
      Issue.record("the workshop keys deleted without asking")
      return
    }
    #expect(question.text == "Delete segment “Bouw”?")
    workshop.key(.escape)
    #expect(workshop.state.plan == added)

    var vim = try Session.demo(width: 100, height: 30)
    vim.type("2")
    vim.key(.end)
    vim.type("a")
    vim.type("Bouw")
    vim.key(.enter)
    vim.type("dd")
    #expect(vim.state.plan.segments.count == 5, "nothing refers to it: dd deletes at once")
    #expect(vim.statusLine.contains("deleted segment “Bouw”"))
    vim.type("uu")
    #expect(vim.state.plan == (try DemoPlan.load()))
  }

  @Test func thePlanBCanBeWrittenForAnyAssumption() throws {
    var s = try Self.demo(width: 120, height: 40)
    s.key(.ctrl("g"))
    s.type("4")
    s.key(.down)
    s.key(.tab)
    // Down to the first assumption's plan B line; the assumption holds, nothing is broken.
    for _ in 0..<10 where s.state.editTarget?.field != .planB { s.key(.down) }
    let target = try #require(s.state.editTarget)
    guard case .assumption(let node, let id) = target.ref else {
      Issue.record("not on an assumption")
      return
    }
    let assumption = try #require(s.state.plan.node(node)?.assumptions.first { $0.id == id })
    #expect(assumption.status != .broken)
    s.type("Garantiefonds van de provincie")
    s.key(.enter)
    let written = s.state.plan.node(node)?.assumptions.first { $0.id == id }
    #expect(written?.planB == "Garantiefonds van de provincie")
  }

  @Test func typingOnAPlaceholderAddsTheEntry() throws {
    var s = try Self.demo(width: 120, height: 40)
    s.key(.ctrl("g"))
    s.type("2")
    s.key(.end)
    s.key(.down)
    s.type("Bouw")
    s.key(.enter)
    #expect(s.state.plan.segments.last?.name == "Bouw")
    s.key(.up)
    s.key(.right)
    // Down past the profile and numbers to "nothing yet" under Pains (the place in the list
    // where the first pain goes, no field), and type the first pain there.
    for _ in 0..<14 where s.state.editTarget != nil { s.key(.down) }
    #expect(s.state.editTarget == nil)
    s.type("Te weinig vakmensen")
    s.key(.enter)
    #expect(s.state.plan.segments.last?.pains.first?.text == "Te weinig vakmensen")
    // Enter opened the next entry, as a bulleted list does; Enter on it empty ends the list.
    guard case .editing(let next) = s.state.mode else {
      Issue.record("no next entry")
      return
    }
    #expect(next.provisional != nil, "a new pain, not yet an undo step")
    s.key(.enter)
    #expect(s.state.mode == .normal)
    #expect(s.state.plan.segments.last?.pains.map(\.text) == ["Te weinig vakmensen"])
  }

  @Test func aPasteIsTextWhereverItLands() throws {
    var s = try Self.demo()
    Self.stakeholders(&s)
    let before = s.state.plan
    // With nothing open it opens the selected field's editor with the lines joined.
    s.paste("Gemeente Middelburg\nadd\nq\n")
    guard case .editing(let session) = s.state.mode else {
      Issue.record("no editor")
      return
    }
    #expect(session.editor.text == "Gemeente Middelburg add q")
    #expect(s.statusLine.contains("Pasted: 3 lines joined into one"))
    s.key(.escape)
    #expect(s.state.plan == before)
    // Into a question it goes nowhere: a paste never answers.
    s.key(.home)
    s.key(.delete)
    s.paste("y")
    guard case .confirmDelete = s.state.mode else {
      Issue.record("the paste answered the question")
      return
    }
    s.key(.escape)
    #expect(s.state.plan == before)
    // With vim keys nothing opens: letters there are commands.
    var vim = try Session.demo()
    vim.type("3")
    vim.paste("add\ndd\n")
    #expect(vim.state.plan == before)
    #expect(vim.statusLine.contains("A paste goes into an open editor: press e first"))
  }

  @Test func messagesNameTheKeysOfTheKeymapInUse() throws {
    let text = "none yet — {key:add} adds one; {key:sortColumn} sorts"
    let strings = Strings(.english)
    // A command without a key of its own is named as the palette's entry.
    #expect(
      KeyNames.fill(text, .workshop, pane: .stakeholders, strings: strings)
        == "none yet — Ins adds one; Ctrl-K “sort” sorts")
    #expect(
      KeyNames.fill(text, .vim, pane: .stakeholders, strings: strings)
        == "none yet — a adds one; s sorts")
    var s = try Self.demo(width: 120, height: 40)
    s.key(.ctrl("g"))
    s.type("4")
    s.key(.end)
    s.key(.tab)
    #expect(s.screen.contains("none yet — Ins adds one"))
    #expect(!s.screen.contains("— a adds one"))
  }

  @Test func theQuadrantsThresholdLegendAndSortingAgree() throws {
    var plan = Plan.empty(name: "Drempel", startYear: 2026)
    plan.stakeholders = [
      Stakeholder(id: "sh-1", name: "Drie drie", influence: 3, interest: 3),
      Stakeholder(id: "sh-2", name: "Vier vier", influence: 4, interest: 4),
    ]
    var s = Session(plan: plan, width: 100, height: 30, keymap: .workshop)
    Self.stakeholders(&s)
    s.key(.ctrl("w"))
    let screen = s.screen
    #expect(screen.contains("top: influence 4 or more · right: interest 4 or more"))
    #expect(Stakeholder.highStake == 4)
    let lines = screen.split(separator: "\n")
    let monitor = try #require(lines.firstIndex { $0.contains("Monitor") })
    let three = try #require(lines.firstIndex { $0.contains("3/3 Drie drie") })
    let four = try #require(lines.firstIndex { $0.contains("4/4 Vier vier") })
    #expect(three > monitor, "3/3 is under Monitor")
    #expect(four < monitor, "4/4 is under Manage closely")
  }

  @Test func everyLinkCoveredOnlyWhenThereAreLinks() throws {
    var s = Session(plan: Plan.empty(name: "Leeg", startYear: 2026), keymap: .workshop)
    s.key(.end)
    #expect(!s.screen.contains("every link covered"))
    #expect(s.screen.contains("no chain links named yet"))
    Self.stakeholders(&s)
    #expect(s.screen.contains("open links: none named yet"))
  }

  @Test func noInternalIdOrCaseNameReachesTheStatusBar() throws {
    var s = try Session.demo(width: 120, height: 40)
    // A partner added to the financial plan: named, not "sh-3".
    s.type("6")
    s.type("a")
    s.key(.enter)
    s.key(.enter)
    s.type("u")
    #expect(!s.statusLine.contains("sh-"), "\(s.statusLine)")
    #expect(s.statusLine.contains("undone: added contribution “"))
    // A refused edit explains itself in words (every kind: ErrorWordsTests).
    let strings = Strings(.english)
    for refusal in [strings.refusal(.cycle("toc-1")), strings.refusal(.notFound(.node("toc-1")))] {
      #expect(
        !refusal.isEmpty && !refusal.contains("toc-1") && !refusal.contains("("), "\(refusal)")
    }
  }
}
