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
    let result = try Binary.run([
      "import", path, "--stakeholders", list, "--yes", "--skip-unknown-columns",
    ])
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

  /// `-o -` is standard output; a FIFO or a device is written into, never replaced (as root,
  /// `-o /dev/null` replaced the system's /dev/null); a folder is refused by what it is.
  @Test func printWritesIntoSpecialFilesAndNeverReplacesThem() throws {
    let scratch = try Scratch()
    let dash = try Binary.run(["print", Binary.demoPlan, "--format", "md", "-o", "-"])
    #expect(dash.status == 0 && dash.output.hasPrefix("# Energiek Mkb Twente"))
    #expect(!FileManager.default.fileExists(atPath: "-"))
    var before = stat()
    #expect(stat("/dev/null", &before) == 0)
    let null = try Binary.run(["print", Binary.demoPlan, "-o", "/dev/null"])
    #expect(null.status == 0, "\(null.error)")
    var after = stat()
    #expect(stat("/dev/null", &after) == 0 && after.st_ino == before.st_ino)
    #expect((after.st_mode & S_IFMT) == S_IFCHR)
    // A FIFO a reader is waiting on.
    let fifo = scratch.file("out.fifo")
    #expect(mkfifo(fifo, 0o644) == 0)
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/bin/sh")
    reader.arguments = ["-c", "cat '\(fifo)' > '\(scratch.file("read.md"))'"]
    try reader.run()
    let piped = try Binary.run(["print", Binary.demoPlan, "--format", "md", "-o", fifo])
    reader.waitUntilExit()
    #expect(piped.status == 0, "\(piped.error)")
    #expect(scratch.read("read.md").hasPrefix("# Energiek Mkb Twente"))
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "still a FIFO")
    // A folder.
    let folder = try Binary.run(["print", Binary.demoPlan, "-o", scratch.path])
    #expect(folder.status == 1)
    #expect(folder.error.contains("is a folder; give the name of a file to write"))
  }

  /// A FIFO or a device given as the plan hung `print`, `check` and `import`.
  @Test func aPlanThatIsNotAFileIsRefusedAtOnce() throws {
    let scratch = try Scratch()
    let fifo = scratch.file("plan.fifo")
    #expect(mkfifo(fifo, 0o644) == 0)
    let list = try scratch.write("lijst.csv", "Naam\nX\n")
    let started = Date()
    for arguments in [
      ["print", fifo], ["check", fifo], ["import", fifo, "--stakeholders", list, "--yes"],
      ["print", "/dev/zero"],
    ] {
      let result = try Binary.run(arguments)
      #expect(result.status == 1, "\(arguments)")
      #expect(result.error.contains("not an ordinary file"), "\(result.error)")
    }
    // A plan's own rubricFile may name only an ordinary file, and is never quoted.
    var plan = try DemoPlan.load()
    for (named, words) in [
      ("/dev/zero", "/dev/zero is a device"), (fifo, "plan.fifo is a FIFO"),
      (list, "lijst.csv is not an ecowerk rubric"),
    ] {
      plan.rubricFile = named
      let path = scratch.file("rubric-plan.ecowerk.json")
      try PlanStore.save(plan, to: path, keepBackup: false)
      let printed = try Binary.run(["print", path, "--section", "peer-review"])
      #expect(printed.status == 0, "the shipped rubric is used instead")
      #expect(printed.error.contains(words), "\(printed.error)")
      #expect(!printed.error.contains("Naam"), "never a word of the file")
    }
    let rubric = try Binary.run(["print", Binary.demoPlan, "--rubric", fifo])
    #expect(rubric.error.contains("plan.fifo is a FIFO (named pipe), not an ordinary file"))
    #expect(Date().timeIntervalSince(started) < 20, "nothing hung")
  }
}
