import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// The traps a hurried facilitator walked into, in the real binary in a real
/// terminal, for both keymaps: after each, the plan on disk is compared with what the user
/// meant. Every wait is for a stable screen.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct TrapTerminalTests {
  static let keymaps = ["workshop", "vim"]

  /// A demo copy opened in tmux with `keys`.
  static func open(
    _ keys: String, _ scratch: Scratch, arguments: String = "", width: Int = 80,
    height: Int = 24, environment: [String: String] = [:], unset: [String] = []
  ) throws -> (Tmux, String) {
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let tmux = try Tmux(
      WorkbenchTerminalTests.script("\(arguments) '\(path)'", in: scratch, keys: keys),
      width: width, height: height, environment: environment, unset: unset)
    try tmux.waitFor("Energiek Mkb Twente")
    return (tmux, path)
  }

  /// Goes to pane `number` the way each keymap does it.
  static func pane(_ number: Int, _ keys: String, _ tmux: Tmux) throws {
    if keys == "workshop" { try tmux.send("C-g") }
    try tmux.send(String(number))
  }

  /// Saves and quits, and checks that the terminal came back.
  static func saveAndQuit(_ keys: String, _ tmux: Tmux, _ scratch: Scratch) throws {
    if keys == "workshop" {
      try tmux.send("C-s")
      try tmux.waitUntil { $0.contains("Saved") || $0.contains("Opgeslagen") }
      try tmux.send("C-q")
    } else {
      try tmux.send(":")
      try tmux.type("wq")
      try tmux.send("Enter")
    }
    let result = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(result.status == "0" && result.sameModes, "\(keys)")
  }

  /// Quits a plan that has no unsaved changes: no question may come.
  static func quitUnchanged(_ keys: String, _ tmux: Tmux, _ scratch: Scratch) throws {
    try tmux.send(keys == "workshop" ? "C-q" : "q")
    let result = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(result.status == "0" && result.sameModes, "\(keys): quit without a question")
  }

  // MARK: 1. Accented letters and a missing locale

  /// `LANG=nl_NL.UTF-8` where that locale is not installed (as on this machine and in most
  /// containers): the Dutch interface stays, accents show whole, and " Café Zoë" typed after a
  /// name is saved whole.
  @Test(arguments: keymaps)
  func aMissingLocaleStillShowsAndKeepsAccentsInDutch(_ keys: String) throws {
    let scratch = try Scratch()
    let (tmux, path) = try Self.open(
      keys, scratch, environment: ["LANG": "nl_NL.UTF-8"], unset: ["LC_ALL"])
    try Self.pane(3, keys, tmux)
    let screen = try tmux.waitFor("Coöperatieve Bank Twente")
    #expect(screen.contains("Naam"), "the Dutch interface: \(screen)")
    #expect(screen.contains("Energiecoöperatie"))
    try tmux.send(keys == "workshop" ? "F2" : "e")
    try tmux.waitFor("bewerkt: naam van ROC Tubantia")
    try tmux.type(" Café Zoë")
    try tmux.send("Enter")
    try tmux.waitFor("ROC Tubantia Café Zoë")
    try Self.saveAndQuit(keys, tmux, scratch)
    let plan = try PlanStore.load(path)
    #expect(plan.stakeholders[0].name == "ROC Tubantia Café Zoë")
    var expected = try DemoPlan.load()
    expected.stakeholders[0].name = "ROC Tubantia Café Zoë"
    #expect(plan == expected, "nothing else changed")
  }

  /// An explicit C locale says nothing about the terminal: accents still show and are kept.
  @Test func theCLocaleStillShowsAndKeepsAccents() throws {
    let scratch = try Scratch()
    let (tmux, path) = try Self.open(
      "workshop", scratch, environment: ["LC_ALL": "C", "LANG": "C"])
    try Self.pane(3, "workshop", tmux)
    try tmux.waitFor("Coöperatieve Bank Twente")
    try tmux.send("F2")
    try tmux.type(" Café Zoë")
    try tmux.send("Enter")
    try tmux.waitFor("ROC Tubantia Café Zoë")
    try Self.saveAndQuit("workshop", tmux, scratch)
    #expect(try PlanStore.load(path).stakeholders[0].name == "ROC Tubantia Café Zoë")
  }

  // MARK: 2. Typing outside an editor

  /// The workshop keys: a name typed on the empty row under the matrix adds that party and
  /// changes nothing else; a name typed on a choice column opens the choices narrowed to it,
  /// where nothing matches, so Enter changes nothing.
  @Test func typingANameInTheWorkshopKeysAddsThePartyAndAltersNothingElse() throws {
    let scratch = try Scratch()
    let (tmux, path) = try Self.open("workshop", scratch)
    try Self.pane(3, "workshop", tmux)
    try tmux.waitFor("+ new stakeholder")
    try tmux.send("End", "Down")
    try tmux.type("Gemeente Middelburg")
    try tmux.send("Enter")
    try tmux.waitFor("added stakeholder “Gemeente Middelburg”")
    // The same words on the Kind column of the first party.
    try tmux.send("Home")
    for _ in 0..<5 { try tmux.send("Right") }
    try tmux.waitFor("Kind: Vocational school")
    try tmux.type("Gemeente Middelburg")
    try tmux.send("Enter")
    try tmux.waitFor("Nothing matches ‘Gemeente Middelburg’")
    try tmux.send("Escape")
    try tmux.waitFor("Edit cancelled")
    try Self.saveAndQuit("workshop", tmux, scratch)
    let plan = try PlanStore.load(path)
    var expected = try DemoPlan.load()
    let added = try #require(plan.stakeholders.last)
    expected.stakeholders.append(Stakeholder(id: added.id, name: "Gemeente Middelburg"))
    #expect(plan == expected)
  }

  /// The vim keys: the same words run commands (G to the last row, e opens its name), and the
  /// name it changes is in sight — whole, in the detail line, and in the status bar — and one
  /// u takes it back. On a choice column e opens the choices, where the rest matches nothing.
  @Test func typingANameInTheVimKeysChangesNothingOutOfSight() throws {
    let scratch = try Scratch()
    let (tmux, path) = try Self.open("vim", scratch)
    try Self.pane(3, "vim", tmux)
    try tmux.waitFor("ROC Tubantia")
    try tmux.type("Gemeente Middelburg")
    try tmux.send("Enter")
    let screen = try tmux.waitFor("Name: Energieagentur Münsterlandmeente Middelburg")
    #expect(screen.contains("name of Energieagentur Münsterland"), "said in the status bar")
    try tmux.send("u")
    try tmux.waitFor("Name: Energieagentur Münsterland\n")
    try tmux.send("g")
    for _ in 0..<5 { try tmux.send("l") }
    try tmux.waitFor("Kind: Vocational school")
    try tmux.type("Gemeente Middelburg")
    try tmux.send("Enter")
    try tmux.waitFor("Nothing matches")
    try tmux.send("Escape")
    try Self.saveAndQuit("vim", tmux, scratch)
    #expect(try PlanStore.load(path) == (try DemoPlan.load()))
  }

  // MARK: 3. Digits

  /// A digit never sets a score from navigation: with vim keys `4` goes to pane 4 even on the
  /// influence column, and `2` in the quadrant goes to pane 2; with the workshop keys a digit
  /// on a score opens its editor (nothing changes until Enter), and in the quadrant it changes
  /// nothing. Either way the plan on disk is the demo's.
  @Test(arguments: keymaps)
  func aDigitNeverSetsAScoreFromNavigation(_ keys: String) throws {
    let scratch = try Scratch()
    let (tmux, path) = try Self.open(keys, scratch)
    let before = scratch.read("plan.ecowerk.json")
    try Self.pane(3, keys, tmux)
    try tmux.waitFor("ROC Tubantia")
    try tmux.send(keys == "workshop" ? "Right" : "l")
    try tmux.waitFor("Influence: 4 of 5")
    try tmux.send("4")
    if keys == "workshop" {
      try tmux.waitFor("editing: influence of ROC Tubantia")
      try tmux.send("Escape")
      try tmux.waitFor("Edit cancelled")
      try tmux.send("C-w")
      try tmux.waitFor("Manage closely")
      try tmux.send("2")
      try tmux.waitFor("Nothing to edit here")
    } else {
      try tmux.waitFor("Theory of Change  24 elements")
      try tmux.send("3", "v")
      try tmux.waitFor("Manage closely")
      try tmux.send("2")
      try tmux.waitFor("Metaal- en maakbedrijven")
    }
    let screen = try tmux.settle()
    #expect(!screen.contains("[+]"), "\(keys): nothing changed")
    try Self.quitUnchanged(keys, tmux, scratch)
    #expect(scratch.read("plan.ecowerk.json") == before)
    _ = path
  }

  // MARK: 4. Pasting

  /// A paste of three lines (bracketed paste) is text: it creates no entity and runs no
  /// command. With the workshop keys it opens the selected name's editor with the lines joined
  /// and says so; Esc leaves the plan as it was. With vim keys it says to open an editor first.
  @Test(arguments: keymaps)
  func aPasteOfThreeLinesCreatesNothingAndRunsNothing(_ keys: String) throws {
    let scratch = try Scratch()
    let (tmux, path) = try Self.open(keys, scratch)
    let before = scratch.read("plan.ecowerk.json")
    try Self.pane(3, keys, tmux)
    try tmux.waitFor("ROC Tubantia")
    try tmux.paste("Gemeente Middelburg\nadd\nProvincie Zeeland dd q\n")
    if keys == "workshop" {
      let screen = try tmux.waitFor("Pasted: 3 lines joined into one")
      #expect(screen.contains("Gemeente Middelburg add Provincie Zeeland dd q"))
      try tmux.send("Escape")
      try tmux.waitFor("Edit cancelled")
    } else {
      try tmux.waitFor("A paste goes into an open editor: press e first")
    }
    let screen = try tmux.settle()
    #expect(!screen.contains("[+]"), "\(keys): nothing changed")
    try Self.quitUnchanged(keys, tmux, scratch)
    #expect(scratch.read("plan.ecowerk.json") == before)
    #expect(try PlanStore.load(path).stakeholders.count == 13)
  }

  /// Pasted into an open editor, the lines of a one-line field are joined (and the status bar
  /// says so); into a list of texts they become entries, one per line.
  @Test func aPasteIntoAListOfTextsBecomesOneEntryPerLine() throws {
    let scratch = try Scratch()
    let (tmux, path) = try Self.open("workshop", scratch, width: 120, height: 40)
    try Self.pane(5, "workshop", tmux)
    try tmux.waitFor("Energiecoach + uitvoeringsplan")
    // Down past description, segments, the needs it answers, what it integrates and the day
    // it was added to the first solution direction, and a new entry after it.
    for _ in 0..<8 { try tmux.send("Down") }
    try tmux.send("IC")
    try tmux.waitFor("editing: solution directions of Energiecoach + uitvoeringsplan")
    try tmux.paste("Offertes naast elkaar gezet\nEén factuur voor scan en uitvoering\n")
    try tmux.waitFor("Pasted: Enter also adds 1 entry after this one")
    try tmux.send("Enter")
    try tmux.waitFor("Eén factuur voor scan en uitvoering")
    try tmux.send("Escape")
    try Self.saveAndQuit("workshop", tmux, scratch)
    let plan = try PlanStore.load(path)
    var expected = try DemoPlan.load()
    expected.propositions[0].solutionDirections.insert(
      contentsOf: ["Offertes naast elkaar gezet", "Eén factuur voor scan en uitvoering"], at: 1)
    #expect(plan == expected)
  }

  // MARK: 5. Deleting

  /// Deleting a partner that others refer to asks first, with the count and the money; no
  /// keeps everything, yes deletes it, undo brings all of it back: the saved plan is the demo.
  @Test(arguments: keymaps)
  func deletingAReferencedPartnerAsksAndUndoBringsEverythingBack(_ keys: String) throws {
    let scratch = try Scratch()
    let (tmux, path) = try Self.open(keys, scratch, width: 120)
    try Self.pane(3, keys, tmux)
    try tmux.waitFor("ROC Tubantia")
    for _ in 0..<4 { try tmux.send(keys == "workshop" ? "Down" : "j") }
    try tmux.waitFor("Name: Provincie Overijssel")
    let delete = keys == "workshop" ? ["DC"] : ["d", "d"]
    try tmux.send(keys: delete)
    let question =
      "Delete stakeholder “Provincie Overijssel” and clear 9 references, €770,000 of contributions?"
    try tmux.waitFor(question)
    try tmux.send("n")
    try tmux.waitFor("Nothing deleted")
    try tmux.send(keys: delete)
    try tmux.waitFor(question)
    try tmux.send("y")
    try tmux.waitFor("deleted stakeholder “Provincie Overijssel” (and cleared 9 references)")
    try tmux.send(keys == "workshop" ? "C-z" : "u")
    try tmux.waitFor("undone: deleted stakeholder “Provincie Overijssel”")
    try Self.saveAndQuit(keys, tmux, scratch)
    #expect(try PlanStore.load(path) == (try DemoPlan.load()))
  }

  // MARK: 10. Ctrl-C, a dumb terminal, the external editor

  /// Ctrl-C with unsaved changes asks like quit; Esc goes on working, discard leaves the file.
  @Test(arguments: keymaps)
  func ctrlCWithUnsavedChangesAsks(_ keys: String) throws {
    let scratch = try Scratch()
    let (tmux, _) = try Self.open(keys, scratch)
    let before = scratch.read("plan.ecowerk.json")
    try Self.pane(3, keys, tmux)
    try tmux.waitFor("ROC Tubantia")
    if keys == "workshop" {
      try tmux.send("End", "Down")
      try tmux.type("Waterschap")
      try tmux.send("Enter")
    } else {
      try tmux.send("m")
    }
    try tmux.waitFor("[+]")
    try tmux.send("C-c")
    try tmux.waitFor("There are unsaved changes")
    try tmux.send("Escape")
    try tmux.waitFor("Quit cancelled")
    try tmux.send("C-c")
    try tmux.waitFor("There are unsaved changes")
    try tmux.send("d")
    let result = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(result.status == "0" && result.sameModes)
    #expect(scratch.read("plan.ecowerk.json") == before)
  }

  /// A terminal that cannot place the cursor gets a clear message and exit status 1, never a
  /// blank screen.
  @Test func aDumbTerminalIsToldWhyAndExitsOne() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let tmux = try Tmux(
      "cd '\(scratch.path)'; '\(Binary.path)' '\(path)'; echo \"status=$?\"; sleep 600",
      environment: ["TERM": "dumb"])
    let screen = try tmux.waitFor("status=")
    #expect(screen.contains("this terminal (TERM=dumb) cannot place the cursor"))
    #expect(screen.contains("ecowerk print"))
    #expect(screen.contains("status=1"))
  }

  /// Without VISUAL or EDITOR the long-text editor is sensible-editor, then editor, then nano,
  /// and vi only when there is nothing else.
  @Test(arguments: ["sensible-editor", "nano"])
  func theExternalEditorFallsBackToAFriendlyOne(_ program: String) throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let bin = scratch.file("bin")
    try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
    for name in ["vi", program] {
      let file = "\(bin)/\(name)"
      try "#!/bin/sh\nprintf 'Visie door \(name)\\n' > \"$1\"\n".write(
        toFile: file, atomically: true, encoding: .utf8)
      chmod(file, 0o755)
    }
    let tmux = try Tmux(
      "cd '\(scratch.path)'; env -u VISUAL -u EDITOR PATH='\(bin)' '\(Binary.path)' --keys vim "
        + "'\(path)'; echo ECOWERK-DONE; sleep 600")
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("j", "j", "j", "E")
    try tmux.waitFor("Visie door \(program)")
    try tmux.send(":")
    try tmux.type("wq")
    try tmux.send("Enter")
    try tmux.waitFor("ECOWERK-DONE")
    #expect(try PlanStore.load(path).vision == "Visie door \(program)")
  }
}
