import Foundation
import Testing

/// `ecowerk print PLAN -o FILE` without `--format`: the file's extension says the format.
@Suite struct PrintFormatTests {
  @Test(arguments: [
    ("snapshot.html", "<!DOCTYPE html>"), ("snapshot.HTM", "<!DOCTYPE html>"),
    ("snapshot.md", "# Energiek Mkb Twente"), ("snapshot.markdown", "# Energiek Mkb Twente"),
    ("snapshot.txt", "====="), ("plan.snapshot.json", "{"),
    ("stakeholders.csv", "Stakeholder field\r\nid;Name;Kind;"), ("tables.xlsx", "PK\u{03}\u{04}"),
  ])
  func theExtensionOfTheOutputNamesTheFormat(_ name: String, _ start: String) throws {
    let scratch = try Scratch()
    let result = try Binary.run(["print", Binary.demoPlan, "-o", scratch.file(name)])
    #expect(result.status == 0, "\(result.error)")
    let bytes = FileManager.default.contents(atPath: scratch.file(name)) ?? Data()
    // A byte order mark first for CSV; a workbook is a zip file ("PK\3\4").
    let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    #expect(text.starts(with: Data(start.utf8)), "\(name): \(Array(bytes.prefix(16)))")
  }

  @Test func aGivenFormatWinsOverTheExtension() throws {
    let scratch = try Scratch()
    let result = try Binary.run([
      "print", Binary.demoPlan, "--format", "md", "-o", scratch.file("notes.txt"),
    ])
    #expect(result.status == 0)
    #expect(scratch.read("notes.txt").hasPrefix("# Energiek Mkb Twente"))
  }

  @Test(arguments: ["snapshot.pdf", "snapshot", "snapshot.", ".html", "map.d/snapshot"])
  func anExtensionWithoutAFormatIsOneLineAndExitTwo(_ name: String) throws {
    let scratch = try Scratch()
    let result = try Binary.run(["print", Binary.demoPlan, "-o", scratch.file(name)])
    #expect(result.status == 2)
    #expect(result.output.isEmpty)
    let lines = result.error.split(separator: "\n")
    #expect(lines.count == 1, "\(result.error)")
    #expect(result.error.contains(".txt, .md, .html, .csv, .xlsx or .json"), "\(result.error)")
    #expect(!FileManager.default.fileExists(atPath: scratch.file(name)), "nothing written")
  }

  @Test func theDutchMessageIsDutch() throws {
    let result = try Binary.run(["print", Binary.demoPlan, "-o", "kaart.pdf", "--lang", "nl"])
    #expect(result.status == 2)
    #expect(
      result.error == "ecowerk: welk formaat is 'kaart.pdf'? Geef het bestand de extensie "
        + ".txt, .md, .html, .csv, .xlsx of .json, of kies met --format\n")
  }
}
