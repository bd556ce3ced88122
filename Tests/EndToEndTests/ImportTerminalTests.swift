import EcowerkStore
import Foundation
import Testing

/// `ecowerk import` on a real terminal: the question about unknown columns, the question to
/// import, and the progress line of a long import.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct ImportTerminalTests {
  @Test func unknownColumnsAreAskedAboutBeforeThePreviewAndTheImport() throws {
    let scratch = try Scratch()
    let plan = try ImportCommandTests.plan(scratch)
    _ = try scratch.write("l.csv", "Naam;Telefoon;Rol\nNieuwe partner;0612345678;Adviseur\n")
    let tmux = try Tmux(
      WorkbenchTerminalTests.script("--lang nl import '\(plan)' --stakeholders l.csv", in: scratch),
      width: 100, height: 30)
    let question = try tmux.waitFor("Deze kolommen weglaten en de rest importeren? [j/N]")
    #expect(question.contains("l.csv: deze kolommen kent ecowerk niet: 'Telefoon' (kolom B)"))
    #expect(!question.contains("nieuw      Nieuwe partner"), "no preview before the answer")
    try tmux.type("j")
    try tmux.send("Enter")
    let preview = try tmux.waitFor("Importeren in ")
    #expect(preview.contains("nieuw      Nieuwe partner"))
    #expect(
      preview.contains("1 regel(s) gelezen: 1 nieuw, 0 bij te werken, 0 al gelijk, 0 geweigerd"))
    try tmux.type("j")
    try tmux.send("Enter")
    #expect(try WorkbenchTerminalTests.finished(tmux, scratch).status == "0")
    #expect(try PlanStore.load(plan).stakeholders.last?.role == "Adviseur")
  }

  @Test func aLongImportShowsHowFarItHasComeAndErasesTheLine() throws {
    let scratch = try Scratch()
    let fresh = scratch.file("plan.ecowerk.json")
    #expect(try Binary.run(["new", fresh]).status == 0)
    var text = "Naam;Soort;Invloed\n"
    for number in 0..<60_000 { text += "Partij \(number);mkb;\(number % 5 + 1)\n" }
    _ = try scratch.write("groot.csv", text)
    let tmux = try Tmux(
      WorkbenchTerminalTests.script(
        "import '\(fresh)' --stakeholders groot.csv --yes", in: scratch),
      width: 100, height: 30)
    // The line is redrawn in place while the rows are read (this is a debug build: seconds).
    let progress = try tmux.waitUntil(timeout: 60) {
      $0.contains("groot.csv: ") && $0.contains(" of 60000 rows…") || $0.contains("ECOWERK-DONE")
    }
    #expect(progress.contains(" of 60000 rows…"), "\(progress)")
    let done = try tmux.waitFor("ECOWERK-DONE", timeout: 120)
    #expect(!done.contains("rows…"), "the progress line is erased when the work is done")
    #expect(done.contains("60000 row(s) read: 60000 to add"))
    #expect(try WorkbenchTerminalTests.finished(tmux, scratch).status == "0")
  }
}
