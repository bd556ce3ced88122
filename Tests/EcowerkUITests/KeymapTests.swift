import EcowerkStrings
import EcowerkUI
import Foundation
import Testing

@Suite struct KeymapTests {
  @Test func everyCommandHasAKeyAndAHelpTextAndAppearsInTheHelp() {
    let keymap = Keymap.standard
    for language in Language.allCases {
      let strings = Strings(language)
      let help = HelpScreen.lines(keymap, strings)
      for command in Command.allCases {
        let bindings = keymap.bindings.filter { $0.command == command }
        #expect(!bindings.isEmpty, "\(command) has no key")
        #expect(strings.has(command.helpKey), "\(command) has no help text")
        #expect(strings.has(command.hintKey), "\(command) has no hint text")
        #expect(
          help.contains { $0.text == strings[command.helpKey] }, "\(command) is not in the help")
      }
    }
  }

  @Test func noKeyMeansTwoThingsInTheSamePlace() {
    for scope in [KeyBinding.Scope.global] + PaneID.allCases.map({ .pane($0) }) {
      var seen: [Key: Command] = [:]
      for binding in Keymap.standard.bindings(in: scope) {
        for key in binding.keys {
          #expect(seen[key] == nil || seen[key] == binding.command, "\(key) in \(scope)")
          seen[key] = binding.command
        }
      }
    }
  }

  @Test func paneBindingsWinOverGlobalOnes() {
    let keymap = Keymap.standard
    #expect(keymap.command(for: .char(" "), in: .overview) == .cycleValue)
    #expect(keymap.command(for: .enter, in: .theoryOfChange) == .activate)
    #expect(keymap.command(for: .char(" "), in: .theoryOfChange) == .cycleValue)
    #expect(keymap.command(for: .enter, in: .segments) == .activate)
    #expect(keymap.command(for: .char("w"), in: .segments) == .switchFocus)
    #expect(keymap.key(for: .showPane(.finance), in: .overview) == .char("6"))
    #expect(keymap.key(for: .toggleQuadrant, in: .overview) == nil)
    #expect(keymap.command(for: .char("4"), in: .stakeholders) == .setScale(4))
    #expect(keymap.key(for: .showPane(.theoryOfChange), in: .stakeholders) == .char("4"))
  }

  @Test func theReadmeKeyTableIsGeneratedFromTheKeymap() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    var text = try String(contentsOf: readme, encoding: .utf8)
    let begin =
      "<!-- keys:begin (generated from the keymap; RECORD_SNAPSHOTS=1 swift test rewrites it) -->\n"
    let end = "<!-- keys:end -->"
    let table = Keymap.standard.markdownTable(Strings(.english))
    guard let start = text.range(of: begin), let stop = text.range(of: end) else {
      Issue.record("README.md has no key table markers")
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
