import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import EcowerkText
import Foundation
import Testing

/// The real binary in a real terminal (tmux): keys in, screen out, and the terminal as it was
/// afterwards. Skipped, with the reason shown, when tmux is not installed.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct WorkbenchTerminalTests {
  /// Runs ecowerk between two `stty -g` snapshots and records its exit status. These tests
  /// press the vim keys unless they say `keys: "workshop"`.
  static func script(_ arguments: String, in scratch: Scratch, keys: String = "vim") -> String {
    let folder = scratch.path
    // `trap : INT` keeps the shell alive when Ctrl-C reaches the whole foreground group; the
    // handler is reset for ecowerk by exec, which installs its own.
    // The keys through the environment, which only the workbench reads: `import` and the
    // other commands run through here too.
    return "cd '\(folder)'; trap : INT; stty -g > before; ECOWERK_KEYS=\(keys) '\(Binary.path)' "
      + "\(arguments); echo $? > status; stty -g > after; echo ECOWERK-DONE; sleep 600"
  }

  static func finished(_ tmux: Tmux, _ scratch: Scratch) throws -> (status: String, sameModes: Bool)
  {
    try tmux.waitFor("ECOWERK-DONE")
    let status = scratch.read("status").trimmingCharacters(in: .whitespacesAndNewlines)
    let before = scratch.read("before")
    return (status, !before.isEmpty && before == scratch.read("after"))
  }

  @Test func aWalkThroughEveryPaneHelpSearchAndResizes() throws {
    let scratch = try Scratch()
    let tmux = try Tmux(Self.script("--demo", in: scratch))
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.waitFor("Demo: you are working on a copy")
    let expected: [String: String] = [
      "1": "Shared vision", "2": "Metaal- en maakbedrijven", "3": "MVE 8 of 13",
      "4": "impact", "5": "Integrated offer", "6": "NGF", "7": "Groenkrediet",
      "8": "hypothes", "9": "Profile by dimension",
    ]
    for key in (1...9).map(String.init) {
      try tmux.send(key)
      let screen = try tmux.waitUntil {
        $0.lowercased().contains(expected[key, default: ""].lowercased())
      }
      #expect(screen.contains("Energiek Mkb Twente"))
    }
    try tmux.send("3", "j", "j", "l")
    try tmux.send("v")
    try tmux.waitFor("Manage closely")
    try tmux.send("v")
    try tmux.send("?")
    try tmux.waitFor("Help — keys by place")
    try tmux.send("Escape")
    try tmux.waitUntil { !$0.contains("Help — keys by place") }
    try tmux.send("/")
    try tmux.type("coop")
    try tmux.send("Enter")
    try tmux.waitFor("/coop")
    try tmux.resize(40, 12)
    try tmux.waitUntil { screen in
      screen.split(separator: "\n").allSatisfy { $0.count <= 40 } && screen.contains("1")
    }
    try tmux.resize(1, 1)
    Thread.sleep(forTimeInterval: 0.3)
    try tmux.resize(30, 6)
    try tmux.waitFor("larger")
    try tmux.resize(80, 24)
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("C-l")
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("q")
    let result = try Self.finished(tmux, scratch)
    #expect(result.status == "0")
    #expect(result.sameModes, "stty -g differs after quitting")
  }

  @Test func dutchAndWideTextStayAligned() throws {
    let scratch = try Scratch()
    var plan = FixturePlans.rich()
    plan.segments[0].name = "Coöperatie Zeeën"
    let path = scratch.file("breed.ecowerk.json")
    try PlanStore.save(plan, to: path, keepBackup: false)
    let tmux = try Tmux(Self.script("--lang nl '\(path)'", in: scratch), width: 100, height: 30)
    try tmux.waitFor("Energiek Mkb Oost")
    try tmux.send("2")
    let screen = try tmux.waitFor("中文 Horeca")
    #expect(screen.contains("Profiel"))
    // Each segment row's divider "│" and its numbers end in the same terminal column, whatever
    // mix of accents, CJK and emoji the names hold.
    let rows = screen.split(separator: "\n").map(String.init).filter { line in
      line.contains("│")
        && ["Coöperatie Zeeën", "Installateurs", "中文 Horeca"].contains { name in
          line.contains(name) && line.contains("0 ")
        }
    }
    #expect(rows.count == 3, "\(rows)")
    let dividers = rows.map { terminalWidth(String($0.prefix { $0 != "│" })) }
    #expect(Set(dividers).count == 1, "\(rows)")
    try tmux.send("q")
    #expect(try Self.finished(tmux, scratch).sameModes)
  }

  @Test func noColorGivesAMonochromeScreenThatStillShowsTheSelection() throws {
    let scratch = try Scratch()
    let tmux = try Tmux(Self.script("--demo", in: scratch), environment: ["NO_COLOR": "1"])
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("3")
    try tmux.waitFor("MVE 8 of 13")
    let escaped = try tmux.screen(escapes: true)
    #expect(colourParameters(in: escaped).isEmpty, "a colour was used")
    #expect(escaped.contains("\u{1B}[7m") || escaped.contains(";7m"), "reverse shows the selection")
    try tmux.send("q")
    #expect(try Self.finished(tmux, scratch).status == "0")
  }

  /// Ctrl-C is a key: with nothing unsaved it quits cleanly (0); SIGINT from outside, SIGTERM
  /// and SIGHUP end the program with the signal's status. The terminal comes back each time.
  @Test func ctrlCAndSignalsRestoreTheTerminal() throws {
    for (name, action) in [("ctrl-c", "C-c"), ("INT", "INT"), ("TERM", "TERM"), ("HUP", "HUP")] {
      let scratch = try Scratch()
      let tmux = try Tmux(Self.script("--demo", in: scratch))
      try tmux.waitFor("Energiek Mkb Twente")
      try tmux.send("4")
      if action == "C-c" {
        try tmux.send("C-c")
      } else {
        let shell = try tmux.panePID()
        let child = try childPID(of: shell)
        let signal = ["TERM": SIGTERM, "HUP": SIGHUP, "INT": SIGINT][action] ?? SIGTERM
        #expect(kill(child, signal) == 0)
      }
      let result = try Self.finished(tmux, scratch)
      #expect(result.sameModes, "\(name): stty -g differs")
      let expected = ["C-c": "0", "INT": "130", "TERM": "143", "HUP": "129"][action]
      #expect(result.status == expected, "\(name): \(result.status)")
      let screen = try tmux.screen()
      #expect(!screen.contains("Energiek Mkb Twente"), "\(name): the main screen is back")
    }
  }
}

/// The first child process of `parent`.
func childPID(of parent: Int32) throws -> Int32 {
  let children =
    (try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8)) ?? ""
  return Int32(children.split(separator: " ").first ?? "") ?? 0
}

/// Terminal columns of `text`, by ecowerk's own width table (which tmux agrees with).
func terminalWidth(_ text: String) -> Int {
  DisplayWidth.of(text)
}

/// The SGR parameters that set a colour (30–38, 40–48, 90–107; 39 and 49 only reset) in
/// `output`.
func colourParameters(in output: String) -> [Int] {
  var found: [Int] = []
  let scalars = Array(output.unicodeScalars)
  var index = 0
  while index + 1 < scalars.count {
    guard scalars[index] == "\u{1B}", scalars[index + 1] == "[" else {
      index += 1
      continue
    }
    var end = index + 2
    while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
    if end < scalars.count, scalars[end] == "m" {
      var parameters = String.UnicodeScalarView()
      parameters.append(contentsOf: scalars[(index + 2)..<end])
      for parameter in String(parameters).split(separator: ";").compactMap({ Int($0) })
      where ((30...48).contains(parameter) && parameter != 39) || (90...107).contains(parameter) {
        found.append(parameter)
      }
    }
    index = end + 1
  }
  return found
}
