import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// Scoring a peer review and loading another rubric in the real binary in a real terminal, then
/// checking the file that was saved.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct PeerReviewTerminalTests {
  /// A rubric of one dimension, and one whose element has two levels instead of five.
  static func writeRubrics(_ scratch: Scratch) throws {
    let levels = (1...5).map { "\"Vertrouwen niveau \($0)\"" }.joined(separator: ", ")
    _ = try scratch.write(
      "kader.json",
      """
      {"format": "ecowerk-rubric", "schemaVersion": 1, "name": "Proefkader Twente", "note": "",
       "dimensions": [{"id": "cultuur", "name": "Cultuur van samenwerken",
         "elements": [{"id": "c-1", "name": "Vertrouwen", "levels": [\(levels)]}]}]}
      """)
    _ = try scratch.write(
      "kapot.json",
      """
      {"format": "ecowerk-rubric", "schemaVersion": 1, "name": "Kapot", "note": "",
       "dimensions": [{"id": "d", "name": "D",
         "elements": [{"id": "e", "name": "E", "levels": ["een", "twee"]}]}]}
      """)
  }

  @Test func anElementIsScoredFromThePickListAndSaved() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let tmux = try Tmux(WorkbenchTerminalTests.script("--lang nl '\(path)'", in: scratch))
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("9")
    try tmux.waitFor("Profiel per dimensie")
    // The first element, Gedeelde visie, is selected: level 3 in the latest review.
    try tmux.send("e")
    let list = try tmux.waitFor("Niveau: Gedeelde visie")
    #expect(list.contains("1 — Geen gezamenlijke visie"))
    #expect(list.contains("4 — Visie dient als ijkpunt bij keuzes"))
    try tmux.send("Down", "Enter")
    try tmux.waitFor("Gedeelde visie: niveau 3 → 4")
    try tmux.waitFor("[+]")
    try tmux.send(":")
    try tmux.type("wq")
    try tmux.send("Enter")
    let result = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(result.status == "0" && result.sameModes)
    let plan = try PlanStore.load(path)
    let latest = try #require(plan.reviews.first { $0.id == "rev-2" })
    #expect(latest.score(of: "visie-1")?.level == 4)
    var expected = try DemoPlan.load()
    expected.reviews[1].scores[0].level = 4
    #expect(plan == expected, "nothing else changed")
  }

  @Test func aBrokenRubricOnTheCommandLineIsReportedAndColonRubricLoadsAnother() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    try Self.writeRubrics(scratch)
    let tmux = try Tmux(
      WorkbenchTerminalTests.script("--lang nl --rubric kapot.json '\(path)'", in: scratch))
    try tmux.waitFor("kapot.json:3:")
    try tmux.send("9")
    try tmux.waitFor("Visie & doelgroep")
    try tmux.send(":")
    try tmux.type("rubric kapot.json")
    try tmux.send("Enter")
    try tmux.waitFor("Kader niet geladen, het vorige blijft: kapot.json:3:")
    try tmux.send(":")
    try tmux.type("rubric \(scratch.path)/kader.json")
    try tmux.send("Enter")
    let screen = try tmux.waitFor("Kader geladen: Proefkader Twente")
    #expect(screen.contains("Cultuur van samenwerken"))
    #expect(!screen.contains("Visie & doelgroep"), "the default rubric's dimensions are gone")
    try tmux.send(":")
    try tmux.type("wq")
    try tmux.send("Enter")
    #expect(try WorkbenchTerminalTests.finished(tmux, scratch).sameModes)
    #expect(try PlanStore.load(path).rubricFile == "kader.json")
  }
}
