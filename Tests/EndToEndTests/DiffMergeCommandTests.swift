import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// `ecowerk diff`, `ecowerk merge` and `ecowerk print --since`, run as a person or git runs
/// them.
@Suite struct DiffMergeCommandTests {
  /// A base plan and two copies of it, each changed by a partner.
  struct Copies {
    let scratch: Scratch
    let base: Plan

    init() throws {
      scratch = try Scratch()
      base = try DemoPlan.load()
      try save(base, "base.ecowerk.json")
    }

    @discardableResult
    func save(_ plan: Plan, _ name: String) throws -> String {
      let path = scratch.file(name)
      try PlanStore.save(plan, to: path, keepBackup: false)
      return path
    }
  }

  @Test func diffSaysWhatChangedAndExitsLikeDiff() throws {
    let copies = try Copies()
    var changed = copies.base
    changed.stakeholders[0].influence = changed.stakeholders[0].influence % 5 + 1
    changed.segments.append(Segment(id: changed.newID(Segment.self), name: "Logistiek"))
    let base = copies.scratch.file("base.ecowerk.json")
    let new = try copies.save(changed, "new.ecowerk.json")

    let same = try Binary.run(["diff", base, base, "--lang", "en"])
    #expect(same.status == 0)
    #expect(same.output.contains("No differences."))
    let different = try Binary.run(["diff", base, new, "--lang", "en"])
    #expect(different.status == 1)
    #expect(different.output.contains("Segment Logistiek added"))
    #expect(
      different.output.contains(
        "Stakeholder \(changed.stakeholders[0].name): influence "
          + "\(copies.base.stakeholders[0].influence) → \(changed.stakeholders[0].influence)"))
    let dutch = try Binary.run(["diff", base, new, "--lang", "nl", "--format", "md"])
    #expect(dutch.status == 1)
    #expect(dutch.output.contains("- Segment Logistiek toegevoegd"))
    let json = try Binary.run(["diff", base, new, "--format", "json"])
    let parsed = try #require(
      try JSONSerialization.jsonObject(with: json.outputBytes) as? [String: Any])
    #expect((parsed["changes"] as? [Any])?.count == 2)

    #expect(try Binary.run(["diff", base]).status == 2)
    #expect(try Binary.run(["diff", base, new, "--format", "html"]).status == 2)
    let missing = try Binary.run(["diff", base, copies.scratch.file("nope.json")])
    #expect(missing.status == 2)
    #expect(missing.error.contains("nope.json"))
  }

  @Test func aCleanMergeWritesBothSidesIntoOurs() throws {
    let copies = try Copies()
    var ours = copies.base
    ours.stakeholders[0].influence = ours.stakeholders[0].influence % 5 + 1
    var theirs = copies.base
    theirs.finance[0].ngf = theirs.finance[0].ngf + Money(euros: 1)
    let oursPath = try copies.save(ours, "ours.ecowerk.json")
    let theirsPath = try copies.save(theirs, "theirs.ecowerk.json")
    let result = try Binary.run(
      ["merge", copies.scratch.file("base.ecowerk.json"), oursPath, theirsPath, "--lang", "en"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.error.contains("Merged without conflicts"))
    let merged = try PlanStore.load(oursPath)
    #expect(merged.stakeholders[0].influence == ours.stakeholders[0].influence)
    #expect(merged.finance[0].ngf == theirs.finance[0].ngf)
    #expect(FileManager.default.fileExists(atPath: oursPath + ".bak"), "ours kept as it was")
    #expect(!FileManager.default.fileExists(atPath: ConflictFile.path(for: oursPath)))
  }

  @Test func conflictsKeepOursAndAreWrittenBesideThePlan() throws {
    let copies = try Copies()
    var ours = copies.base
    ours.stakeholders[0].influence = 5
    var theirs = copies.base
    theirs.stakeholders[0].influence = 1
    theirs.segments[0].notes = "Besproken"
    let oursPath = try copies.save(ours, "ours.ecowerk.json")
    let theirsPath = try copies.save(theirs, "theirs.ecowerk.json")
    let out = copies.scratch.file("merged.ecowerk.json")
    let result = try Binary.run([
      "merge", copies.scratch.file("base.ecowerk.json"), oursPath, theirsPath, "-o", out,
      "--lang", "en",
    ])
    #expect(result.status == 1)
    #expect(result.error.contains("influence — ours 5, theirs 1"))
    let merged = try PlanStore.loadFile(out)
    #expect(merged.plan.stakeholders[0].influence == 5)
    #expect(merged.plan.segments[0].notes == "Besproken")
    let conflicts = try ConflictFile.load(ConflictFile.path(for: out))
    #expect(conflicts.plan == Journal.fingerprint(merged.bytes))
    #expect(conflicts.conflicts.count == 1)
    #expect(conflicts.texts.first?.contains("influence") == true)
    #expect(try PlanStore.load(oursPath) == ours, "-o leaves ours alone")
  }

  @Test func twoPlansWithoutACommonBaseAreNotMerged() throws {
    let copies = try Copies()
    let empty = try copies.scratch.write("empty", "")
    let ours = copies.scratch.file("base.ecowerk.json")
    let before = copies.scratch.read("base.ecowerk.json")
    let result = try Binary.run(["merge", empty, ours, ours, "--lang", "en"])
    #expect(result.status == 2)
    #expect(result.error.contains("no earlier version in common"))
    #expect(copies.scratch.read("base.ecowerk.json") == before)
  }

  @Test func printSinceStartsTheSnapshotWithTheChanges() throws {
    let copies = try Copies()
    var changed = copies.base
    changed.segments.append(Segment(id: changed.newID(Segment.self), name: "Logistiek"))
    let new = try copies.save(changed, "new.ecowerk.json")
    let old = copies.scratch.file("base.ecowerk.json")
    for format in ["text", "md", "html"] {
      let result = try Binary.run([
        "print", new, "--since", old, "--format", format, "--lang", "en",
      ])
      #expect(result.status == 0, "\(format): \(result.error)")
      #expect(result.output.contains("Changes since"), "\(format)")
      #expect(result.output.contains("Segment Logistiek added"), "\(format)")
    }
    #expect(try Binary.run(["print", new, "--since", old, "--format", "csv"]).status == 2)
    #expect(try Binary.run(["print", new, "--section", "changes"]).status == 2)
  }
}
