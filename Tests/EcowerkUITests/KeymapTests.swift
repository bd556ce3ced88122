import EcowerkStrings
import EcowerkUI
import Foundation
import Testing

@Suite struct KeymapTests {
  static let keymaps: [Keymap] = [.workshop, .vim]

  /// Commands a keymap leaves out on purpose: typing edits only in the workshop keymap (vim
  /// has `e`), and the workshop keymap folds the tree with Enter.
  static func leftOut(_ keymap: Keymap) -> Set<Command> {
    switch keymap.name {
    case .workshop: return [.toggleFold]
    case .vim: return [.typeToEdit, .clearAndEdit, .nextField, .previousField, .commitAndDown]
    }
  }

  @Test(arguments: keymaps)
  func everyCommandHasAKeyOrPaletteEntryAHelpTextAndAppearsInTheHelp(_ keymap: Keymap) {
    for language in Language.allCases {
      let strings = Strings(language)
      let help = HelpScreen.lines(keymap, strings)
      for command in Command.allCases where !Self.leftOut(keymap).contains(command) {
        let bindings = keymap.bindings.filter { $0.command == command }
        #expect(!bindings.isEmpty, "\(keymap.name): \(command) is not in the keymap")
        #expect(strings.has(command.helpKey), "\(command) has no help text")
        #expect(strings.has(command.hintKey), "\(command) has no hint text")
        #expect(
          help.contains { $0.text.hasPrefix(strings[command.helpKey].prefix(8)) }
            || help.contains { line in
              bindings.contains { binding in
                if case .mode(let mode) = binding.scope {
                  return line.text == strings["command.\(mode.rawValue).\(command)"]
                }
                return false
              }
            },
          "\(keymap.name): \(command) is not in the help")
      }
      #expect(!help.contains { $0.text.contains("⟦") || $0.keys.contains("⟦") })
    }
  }

  @Test(arguments: keymaps)
  func noKeyMeansTwoThingsInTheSamePlace(_ keymap: Keymap) {
    let scopes =
      [KeyBinding.Scope.global] + PaneID.allCases.map { .pane($0) }
      + KeyMode.allCases.map { .mode($0) }
    for scope in scopes {
      var seen: [Key: Command] = [:]
      for binding in keymap.bindings(in: scope) {
        for key in binding.keys {
          #expect(seen[key] == nil || seen[key] == binding.command, "\(key) in \(scope)")
          seen[key] = binding.command
        }
      }
    }
  }

  /// The printable characters a hurried facilitator types: letters, accents, digits, the
  /// punctuation of names, Space.
  static let typed: [Character] = Array("aeEGqQdDmuU01234567890 -+/:!?é.,&'()")

  @Test func inTheWorkshopKeymapTypingOnlyEverTypes() {
    for pane in PaneID.allCases {
      for character in Self.typed {
        #expect(
          Keymap.workshop.command(for: .char(character), in: pane) == .typeToEdit,
          "\(character) in pane \(pane.rawValue)")
      }
    }
  }

  @Test func inTheVimKeymapDigitsOnlyGoToPanesAndSpaceChangesNothing() {
    for pane in PaneID.allCases {
      for number in 1...9 {
        let command = Keymap.vim.command(for: .char(Character(String(number))), in: pane)
        #expect(command == .showPane(PaneID(rawValue: number)!), "\(number) in \(pane)")
      }
      let space = Keymap.vim.command(for: .char(" "), in: pane)
      #expect(
        space == nil || space == .toggleFold, "Space in \(pane) is \(String(describing: space))")
    }
  }

  /// macOS Terminal sends neither Alt/Option combinations nor function keys by default:
  /// panes must be reachable with Ctrl and a letter, or keys every keyboard has.
  @Test func everyPaneIsReachableWithoutAltOrFunctionKeys() {
    for keymap in Self.keymaps {
      let goTo = keymap.bindings.filter {
        $0.command == .goToPane || $0.command == .nextPane
          || {
            if case .showPane = $0.command { return true } else { return false }
          }($0)
      }
      let plain = goTo.flatMap(\.keys).filter { key in
        switch key {
        case .ctrl, .char, .tab, .backTab: return true
        default: return false
        }
      }
      #expect(!plain.isEmpty, "\(keymap.name)")
    }
    #expect(Keymap.workshop.command(for: .ctrl("g"), in: .overview) == .goToPane)
    #expect(Keymap.workshop.command(for: .ctrlPageDown, in: .overview) == .nextPane)
  }

  @Test func theWorkshopKeymapHasTheOfficeKeys() {
    let keymap = Keymap.workshop
    let expected: [(Key, Command)] = [
      (.ctrl("s"), .save), (.ctrl("z"), .undo), (.ctrl("y"), .redo), (.ctrl("f"), .search),
      (.ctrl("p"), .printSnapshot), (.delete, .delete), (.insert, .add), (.function(1), .help),
      (.function(2), .edit), (.ctrl("k"), .palette),
    ]
    for (key, command) in expected {
      #expect(keymap.command(for: key, in: .overview) == command, "\(key)")
    }
    #expect(keymap.command(for: .enter, in: [.editor]) == .commitAndDown)
    #expect(keymap.command(for: .tab, in: [.editor]) == .commitAndNext)
    #expect(keymap.command(for: .escape, in: [.editor]) == .cancel)
    #expect(Keymap.vim.command(for: .enter, in: [.editor]) == .commit)
  }

  @Test func vimKeysDeleteWithDD() {
    #expect(Keymap.vim.match([.char("d")], in: .stakeholders) == .prefix)
    #expect(Keymap.vim.match([.char("d"), .char("d")], in: .stakeholders) == .command(.delete))
    #expect(Keymap.vim.command(for: .char("d"), in: .stakeholders) == nil)
  }

  @Test func paneBindingsWinOverGlobalOnes() {
    let keymap = Keymap.vim
    #expect(keymap.command(for: .enter, in: .theoryOfChange) == .activate)
    #expect(keymap.command(for: .char(" "), in: .theoryOfChange) == .toggleFold)
    #expect(keymap.command(for: .char("*"), in: .theoryOfChange) == .expandAll)
    #expect(keymap.command(for: .char("+"), in: .theoryOfChange) == .cycleValue)
    #expect(keymap.command(for: .char("+"), in: .stakeholders) == .cycleValue)
    #expect(keymap.command(for: .char("w"), in: .segments) == .switchFocus)
    #expect(keymap.key(for: .showPane(.finance), in: .overview) == .char("6"))
    #expect(keymap.key(for: .toggleQuadrant, in: .overview) == nil)
    #expect(Keymap.workshop.command(for: .ctrl("f"), in: .stakeholders) == .filterRows)
    #expect(Keymap.workshop.command(for: .ctrl("f"), in: .segments) == .search)
  }

  /// The README holds both key tables, each generated from its keymap; RECORD_SNAPSHOTS=1
  /// writes them anew (one test for both, so two never write the file at once).
  @Test func theReadmeKeyTablesAreGeneratedFromTheKeymaps() throws {
    for keymap in Self.keymaps { try checkReadmeTable(keymap) }
  }

  func checkReadmeTable(_ keymap: Keymap) throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    var text = try String(contentsOf: readme, encoding: .utf8)
    let begin =
      "<!-- keys:\(keymap.name.rawValue):begin (generated from the keymap; "
      + "RECORD_SNAPSHOTS=1 swift test rewrites it) -->\n"
    let end = "<!-- keys:\(keymap.name.rawValue):end -->"
    let table = keymap.markdownTable(Strings(.english))
    guard let start = text.range(of: begin), let stop = text.range(of: end) else {
      Issue.record("README.md has no key table markers for \(keymap.name)")
      return
    }
    let current = String(text[start.upperBound..<stop.lowerBound])
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      text.replaceSubrange(start.upperBound..<stop.lowerBound, with: table)
      try text.write(to: readme, atomically: true, encoding: .utf8)
      return
    }
    #expect(current == table, "README key table is out of date; run RECORD_SNAPSHOTS=1 swift test")
  }
}

extension Keymap: CustomTestStringConvertible {
  public var testDescription: String { name.rawValue }
}
