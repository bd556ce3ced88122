import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// What the command line writes to a terminal: no byte of it may drive the terminal, whatever
/// a spreadsheet, a plan or a file name holds.
@Suite struct CommandLineOutputTests {
  /// C0 controls other than the line feed, DEL and C1 controls: what a terminal acts on.
  static func controls(in text: String) -> [UInt32] {
    text.unicodeScalars.map(\.value).filter {
      ($0 < 0x20 && $0 != 0x0A) || (0x7F...0x9F).contains($0)
    }
  }

  @Test func escapesInASpreadsheetsHeadersNeverReachTheTerminal() throws {
    let scratch = try Scratch()
    let path = try ImportCommandTests.plan(scratch)
    // An OSC title, a clear screen and an 8-bit CSI in the names of columns ecowerk does not
    // read: the "columns not read" line names them.
    let list = try scratch.write(
      "lijst.csv",
      "Naam;\u{1B}]0;pwned\u{07}Titel;\u{1B}[2J\u{1B}[HWis;\u{9B}31mRood\r\n"
        + "Gemeente Borne;a;b;c\r\n")
    let result = try Binary.run(["import", path, "--stakeholders", list, "--yes"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Titel"), "the columns are still named: \(result.output)")
    #expect(Self.controls(in: result.output).isEmpty, "\(Self.controls(in: result.output))")
    #expect(Self.controls(in: result.error).isEmpty, "\(Self.controls(in: result.error))")
  }

  @Test func printAsJSONCarriesNoHiddenCharacters() throws {
    let scratch = try Scratch()
    let path = scratch.file("hostile.ecowerk.json")
    let hostile = "\u{1B}]0;pwned\u{07}\u{85}next\u{202E}desrever\u{2066}\u{7F}"
    try PlanStore.save(
      HostileStrings.filling(try DemoPlan.load(), with: hostile), to: path, keepBackup: false)
    let result = try Binary.run(["print", path, "--format", "json"])
    #expect(result.status == 0, "\(result.error)")
    let scalars = result.output.unicodeScalars.map(\.value)
    #expect(
      !scalars.contains { $0 == 0x1B || $0 == 0x07 || $0 == 0x85 || $0 == 0x7F },
      "no raw control")
    #expect(!scalars.contains { $0 == 0x202E || $0 == 0x2066 }, "no raw bidi control")
    #expect(result.output.contains(#"\u001b]0;pwned\u0007\u0085next\u202edesrever\u2066\u007f"#))
    #expect(try PlanFile.decode(result.outputBytes.map { $0 }, file: "-").vision == hostile)
  }
}
