import Foundation
import Testing

/// Which keys the workbench uses, kept per user: `--keys`, then `ECOWERK_KEYS`, then the line
/// `keys = …` in `$XDG_CONFIG_HOME/ecowerk/config`, then the workshop keys.
@Suite struct KeymapChoiceTests {
  @Test func anUnknownKeymapIsAUsageError() throws {
    let option = try Binary.run(["--keys", "qwerty", Binary.demoPlan])
    #expect(option.status == 2)
    #expect(option.error.contains("unknown keys 'qwerty'; choose workshop or vim"))
    let variable = try Binary.run([Binary.demoPlan], environment: ["ECOWERK_KEYS": "qwerty"])
    #expect(variable.status == 2)
    #expect(variable.error.contains("ECOWERK_KEYS=qwerty is unknown; choose workshop or vim"))
  }

  @Test func theHelpNamesTheKeysOption() throws {
    let help = try Binary.run(["--help"])
    #expect(help.output.contains("--keys workshop|vim"))
    #expect(help.output.contains("~/.config/ecowerk/config"))
  }
}

/// The same, in a real terminal: the key bar shows which keys are in use.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct KeymapChoiceTerminalTests {
  /// A config folder holding `config` with `text`.
  static func config(_ text: String, in scratch: Scratch) throws -> String {
    let folder = scratch.file("config")
    try FileManager.default.createDirectory(
      atPath: folder + "/ecowerk", withIntermediateDirectories: true)
    try text.write(toFile: folder + "/ecowerk/config", atomically: true, encoding: .utf8)
    return folder
  }

  static func open(
    _ arguments: String, environment: [String: String], _ scratch: Scratch
  ) throws -> Tmux {
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let tmux = try Tmux(
      "cd '\(scratch.path)'; '\(Binary.path)' \(arguments) '\(path)'; sleep 600", width: 200,
      environment: environment)
    try tmux.waitFor("Energiek Mkb Twente")
    return tmux
  }

  @Test func theConfigFileChoosesVimKeysAndTheOptionWins() throws {
    let scratch = try Scratch()
    let folder = try Self.config("# my keys\nkeys = vim\n", in: scratch)
    let vim = try Self.open("", environment: ["XDG_CONFIG_HOME": folder], scratch)
    try vim.waitFor("? help")
    let workshop = try Self.open(
      "--keys workshop", environment: ["XDG_CONFIG_HOME": folder], scratch)
    try workshop.waitFor("F1 help")
  }

  @Test func theVariableChoosesTheKeys() throws {
    let scratch = try Scratch()
    let tmux = try Self.open("", environment: ["ECOWERK_KEYS": "vim"], scratch)
    try tmux.waitFor("? help")
  }

  @Test func aConfigLineThatIsNotUnderstoodIsReportedAndTheRestStillCounts() throws {
    let scratch = try Scratch()
    let folder = try Self.config("keys = vim\ncolour = blue\n", in: scratch)
    let tmux = try Self.open("", environment: ["XDG_CONFIG_HOME": folder], scratch)
    let screen = try tmux.waitFor("config:2: ‘colour = blue’ not understood")
    #expect(screen.contains("? help"), "the line it understood still counts")
  }
}
