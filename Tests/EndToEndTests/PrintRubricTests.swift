import EcowerkStore
import Foundation
import Testing

/// `ecowerk print PLAN --rubric FILE`: the report uses the given rubric for that print only; a
/// rubric that cannot be read is one located line on standard error, exit 1, and nothing is
/// printed or written.
@Suite struct PrintRubricTests {
  static func rubric(in scratch: Scratch) throws -> String {
    let levels = (1...5).map { "\"Vertrouwen niveau \($0)\"" }.joined(separator: ", ")
    return try scratch.write(
      "kader.json",
      """
      {"format": "ecowerk-rubric", "schemaVersion": 1, "name": "Proefkader Twente", "note": "",
       "dimensions": [{"id": "cultuur", "name": "Cultuur van samenwerken",
         "elements": [{"id": "visie-1", "name": "Vertrouwen", "levels": [\(levels)]}]}]}
      """)
  }

  @Test func printWithARubricUsesItWithoutChangingThePlan() throws {
    let scratch = try Scratch()
    let plan = try scratch.write(
      "plan.ecowerk.json", try String(contentsOfFile: Binary.demoPlan, encoding: .utf8))
    let before = scratch.read("plan.ecowerk.json")
    let rubric = try Self.rubric(in: scratch)
    let result = try Binary.run([
      "print", plan, "--rubric", rubric, "--section", "peer-review", "--lang", "nl",
    ])
    #expect(result.status == 0)
    #expect(result.error.isEmpty, "\(result.error)")
    #expect(result.output.contains("Proefkader Twente"))
    #expect(result.output.contains("Cultuur van samenwerken"))
    #expect(!result.output.contains("Visie & doelgroep"))
    #expect(scratch.read("plan.ecowerk.json") == before, "the plan keeps its own rubric")
    #expect(try PlanStore.load(plan).rubricFile == nil)
    // Without --rubric the same plan prints with the default rubric.
    let plain = try Binary.run(["print", plan, "--section", "peer-review", "--lang", "nl"])
    #expect(plain.output.contains("Visie & doelgroep"))
  }

  @Test func aBrokenRubricIsOneLocatedLineExitOneAndNothingPrinted() throws {
    let scratch = try Scratch()
    let broken = try scratch.write(
      "kapot.json",
      """
      {"format": "ecowerk-rubric", "schemaVersion": 1, "name": "Kapot", "note": "",
       "dimensions": [{"id": "d", "name": "D",
         "elements": [{"id": "e", "name": "E", "levels": ["een", "twee"]}]}]}
      """)
    let result = try Binary.run([
      "print", Binary.demoPlan, "--rubric", broken, "--section", "peer-review", "--lang", "nl",
    ])
    #expect(result.status == 1)
    #expect(result.output.isEmpty, "nothing printed")
    let lines = result.error.split(separator: "\n")
    #expect(lines.count == 1, "\(result.error)")
    #expect(lines.first?.hasPrefix("ecowerk: \(broken):3:") == true, "\(result.error)")
    #expect(result.error.contains("exactly 5 level descriptions"))
    let missing = try Binary.run(["print", Binary.demoPlan, "--rubric"])
    #expect(missing.status != 0)
    #expect(missing.error.contains("--rubric"))
  }

  @Test func aRubricThatIsNotThereWritesNoFile() throws {
    let scratch = try Scratch()
    let out = scratch.file("snapshot.html")
    let result = try Binary.run([
      "print", Binary.demoPlan, "--rubric", scratch.file("weg.json"), "-o", out,
    ])
    #expect(result.status == 1)
    #expect(result.output.isEmpty)
    #expect(result.error.split(separator: "\n").count == 1, "\(result.error)")
    #expect(result.error.contains("weg.json"), "\(result.error)")
    #expect(!FileManager.default.fileExists(atPath: out))
  }
}
