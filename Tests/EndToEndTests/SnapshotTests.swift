import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// Snapshots from the shell (`ecowerk print --format html|csv`) and from the workbench (`p`,
/// `:print`), in the real binary.
@Suite struct SnapshotCommandLineTests {
  @Test func htmlAndCSVPrintToStandardOutputOrAFile() throws {
    let html = try Binary.run(["print", Binary.demoPlan, "--format", "html", "--lang", "nl"])
    #expect(html.status == 0)
    #expect(html.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
    #expect(html.output.contains("Energiek Mkb Twente"))
    let scratch = try Scratch()
    let out = scratch.file("stakeholders.csv")
    let csv = try Binary.run([
      "print", Binary.demoPlan, "--format", "csv", "--section", "stakeholders", "-o", out,
    ])
    #expect(csv.status == 0 && csv.output.isEmpty)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a byte order mark for Excel")
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("id;Name;Kind;"), "one table, no title line, Dutch separators")
  }

  @Test func theEnglishDialectUsesCommasAndDecimalPoints() throws {
    let result = try Binary.run([
      "print", Binary.demoPlan, "--format", "csv", "--csv-dialect", "en", "--section", "finance",
    ])
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\r\n")
    #expect(lines.first?.contains(",2025,2026,") == true)
    #expect(!result.output.contains(";"))
  }

  @Test(arguments: [
    (
      ["print", "a.json", "--format", "csv", "--section", "vision"],
      "CSV and xlsx hold only tables"
    ),
    (["print", "a.json", "--csv-dialect", "en"], "--csv-dialect goes with --format csv"),
    (["print", "a.json", "--format", "csv", "--csv-dialect", "fr"], "unknown CSV dialect 'fr'"),
    (["print", "a.json", "--section", "nonsense"], "unknown section 'nonsense'"),
    (["--snapshots"], "--snapshots needs a value"),
  ])
  func snapshotUsageErrors(_ arguments: [String], _ message: String) throws {
    let result = try Binary.run(arguments)
    #expect(result.status == 2)
    #expect(result.error.contains(message), "\(result.error)")
    #expect(result.error.split(separator: "\n").count == 2, "the message and the hint")
  }

  @Test func theSamePlanAndDayGiveTheSameBytesInEveryFormat() throws {
    for format in ["text", "md", "html", "csv", "json"] {
      let first = try Binary.run(["print", Binary.demoPlan, "--format", format])
      let second = try Binary.run(["print", Binary.demoPlan, "--format", format])
      #expect(first.status == 0)
      #expect(first.outputBytes == second.outputBytes, "\(format)")
    }
  }
}

@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct SnapshotTerminalTests {
  /// A folder of the few programs the test script needs, and `lpr` only when given.
  static func searchPath(_ scratch: Scratch, lpr: String?) throws -> String {
    let bin = scratch.file("bin")
    try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
    for tool in ["sh", "stty", "sleep", "cat"] {
      for folder in ["/bin", "/usr/bin"]
      where FileManager.default.fileExists(atPath: "\(folder)/\(tool)") {
        try? FileManager.default.createSymbolicLink(
          atPath: "\(bin)/\(tool)", withDestinationPath: "\(folder)/\(tool)")
      }
    }
    if let lpr {
      _ = try scratch.write("bin/lpr", lpr)
      chmod("\(bin)/lpr", 0o755)
    }
    return bin
  }

  /// The only file in `folder` whose name matches the snapshot pattern for `ext`.
  static func snapshots(in folder: String, ext: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.range(
        of: #"^plan-\d{4}-\d{2}-\d{2}-\d{4}(-\d+)?\."# + ext + "$", options: .regularExpression)
        != nil
    }.sorted()
  }

  @Test func pWritesATextSnapshotBesideThePlanAndSaysWhere() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let tmux = try Tmux(WorkbenchTerminalTests.script("--lang nl plan.ecowerk.json", in: scratch))
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("p")
    let screen = try tmux.waitFor("Momentopname geschreven: plan-")
    let names = try Self.snapshots(in: scratch.path, ext: "txt")
    #expect(names.count == 1)
    #expect(screen.contains(names.first ?? "?"), "the status bar names the file")
    // The same bytes as `ecowerk print` gives for the same plan on the same day.
    let printed = try Binary.run(["print", path, "--lang", "nl"])
    #expect(scratch.read(names.first ?? "?") == printed.output)
    try tmux.send("p")
    try tmux.waitUntil { _ in ((try? Self.snapshots(in: scratch.path, ext: "txt").count) ?? 0) == 2
    }
    #expect(
      try Self.snapshots(in: scratch.path, ext: "txt").count == 2, "never over an earlier one")
    try tmux.send("q")
    #expect(try WorkbenchTerminalTests.finished(tmux, scratch).status == "0")
  }

  @Test func printHTMLGoesIntoTheSnapshotsFolder() throws {
    let scratch = try Scratch()
    _ = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let tmux = try Tmux(
      WorkbenchTerminalTests.script("plan.ecowerk.json --snapshots out", in: scratch))
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send(":")
    try tmux.type("print html")
    try tmux.send("Enter")
    try tmux.waitFor("Snapshot written: out/plan-")
    let names = try Self.snapshots(in: scratch.file("out"), ext: "html")
    #expect(names.count == 1)
    #expect(scratch.read("out/" + (names.first ?? "?")).hasPrefix("<!DOCTYPE html>"))
    try tmux.send("q")
    _ = try WorkbenchTerminalTests.finished(tmux, scratch)
  }

  @Test func printerGetsTheTextWhenLprIsThereAndIsNamedWhenItIsNot() throws {
    let scratch = try Scratch()
    _ = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let received = scratch.file("received.txt")
    let bin = try Self.searchPath(scratch, lpr: "#!/bin/sh\ncat > '\(received)'\n")
    let tmux = try Tmux(
      WorkbenchTerminalTests.script("plan.ecowerk.json", in: scratch), width: 100,
      environment: ["PATH": bin])
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send(":")
    try tmux.type("print --printer")
    try tmux.send("Enter")
    try tmux.waitFor("Printed (lpr) and kept: plan-")
    let names = try Self.snapshots(in: scratch.path, ext: "txt")
    #expect(names.count == 1)
    #expect(scratch.read("received.txt") == scratch.read(names.first ?? "?"))
    #expect(scratch.read("received.txt").contains("Energiek Mkb Twente"))

    unlink(bin + "/lpr")
    try tmux.send(":")
    try tmux.type("print --printer")
    try tmux.send("Enter")
    try tmux.waitFor("NOT printed, no lpr (install cups-client); kept: plan-")
    try tmux.send("q")
    _ = try WorkbenchTerminalTests.finished(tmux, scratch)
  }
}

/// `ecowerk import`: the preview, the question, every unreadable row, and nothing half-done.
@Suite struct ImportCommandTests {
  static func plan(_ scratch: Scratch) throws -> String {
    let path = scratch.file("plan.ecowerk.json")
    try PlanStore.save(try DemoPlan.load(), to: path, keepBackup: false)
    return path
  }

  @Test func withYesTheRowsAreAddedAndThePreviousVersionIsKept() throws {
    let scratch = try Scratch()
    let path = try Self.plan(scratch)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let list = try scratch.write(
      "lijst.csv",
      "\u{FEFF}Naam;Soort;Invloed;Belang\r\nGemeente Borne;Gemeente;3;4\r\n"
        + "\"Bakkerij \"\"De Zoete Inval\"\"\";mkb-bedrijf;1;5\r\nROC Tubantia;;5;\r\n")
    let result = try Binary.run(["import", path, "--stakeholders", list, "--yes", "--lang", "nl"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("nieuw      Gemeente Borne"))
    #expect(result.output.contains("bijwerken  ROC Tubantia (sh-1): Invloed"))
    #expect(
      result.output.contains(
        "3 regel(s) gelezen: 2 nieuw, 1 bij te werken, 0 al gelijk, 0 geweigerd"))
    let plan = try PlanStore.load(path)
    #expect(plan.stakeholders.count == 15)
    #expect(plan.stakeholders.last?.name == "Bakkerij \"De Zoete Inval\"")
    #expect(plan.stakeholders.last?.kind == .sme)
    #expect(plan.stakeholders[0].influence == 5)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".bak")) == before)
  }

  @Test func aDamagedSpreadsheetIsReportedRowByRowAndNothingIsImported() throws {
    let scratch = try Scratch()
    let path = try Self.plan(scratch)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let list = try scratch.write(
      "damaged.csv",
      "name,kind,influence\nGood one,company,3\nBad scale,company,9\n,company,2\n"
        + "Odd kind,castle,2\n")
    let result = try Binary.run(["import", path, "--stakeholders", list, "--yes"])
    #expect(result.status == 1)
    #expect(
      result.error.contains("damaged.csv:3: Influence '9' must be a whole number from 1 to 5"))
    #expect(result.error.contains("damaged.csv:4: the 'Name' column is empty"))
    #expect(result.error.contains("damaged.csv:5: Kind 'castle' does not exist; choose from:"))
    #expect(result.error.contains("3 row(s) cannot be read; nothing was imported"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the plan is untouched")

    let partial = try Binary.run(["import", path, "--stakeholders", list, "--yes", "--partial"])
    #expect(partial.status == 0)
    #expect(try PlanStore.load(path).stakeholders.last?.name == "Good one")
  }

  @Test func withoutYesAndWithoutATerminalNothingIsImported() throws {
    let scratch = try Scratch()
    let path = try Self.plan(scratch)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let list = try scratch.write("l.csv", "name\nNieuwe partner\n")
    let result = try Binary.run(["import", path, "--stakeholders", list])
    #expect(result.status == 1)
    #expect(result.error.contains("Not imported: confirm with --yes"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test func anUnclosedQuoteOrAMissingFileIsOneClearLine() throws {
    let scratch = try Scratch()
    let path = try Self.plan(scratch)
    let list = try scratch.write("q.csv", "name;role\n\"Half open;x\n")
    let quote = try Binary.run(["import", path, "--stakeholders", list, "--yes"])
    #expect(quote.status == 1)
    #expect(quote.error.contains("q.csv: line 2: a quote is opened and never closed"))
    let missing = try Binary.run(["import", path, "--segments", scratch.file("nope.csv")])
    #expect(missing.status == 1)
    #expect(missing.error.contains("nope.csv"))
    let usage = try Binary.run(["import", path])
    #expect(usage.status == 2)
    #expect(
      usage.error.contains("--stakeholders, --chain-links, --segments and/or --finance LIST"))
  }

  @Test func anExportImportsBackUnchanged() throws {
    let scratch = try Scratch()
    let path = try Self.plan(scratch)
    let out = scratch.file("all.csv")
    _ = try Binary.run(["print", path, "--format", "csv", "-o", out])
    let result = try Binary.run([
      "import", path, "--stakeholders", out, "--segments", out, "--yes",
    ])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Nothing to import: the plan has it all."))
  }
}
