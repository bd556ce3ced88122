import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

@Suite struct JournalTests {
  @Test func everyKindOfEditSurvivesTheJournalLine() throws {
    for plan in [FixturePlans.rich(), try DemoPlan.load()] {
      for edit in EditCatalog.edits(on: plan) {
        let line = EditCoding.encode(edit)
        #expect(!line.contains(10), "one line")
        let decoded = try EditCoding.decode(line, file: "j", line: 1)
        #expect(decoded == edit)
      }
    }
  }

  @Test func editsAppendedAreReadBackInOrderAndReplayOntoTheSavedPlan() throws {
    let folder = try TemporaryFolder()
    let planPath = folder.file("plan.ecowerk.json")
    let saved = FixturePlans.rich()
    try PlanStore.save(saved, to: planPath)
    let journal = Journal(planPath: planPath)
    var plan = saved
    let edits = Array(EditCatalog.edits(on: saved).prefix(40))
    var applied: [Edit] = []
    for edit in edits {
      guard (try? plan.apply(edit)) != nil else { continue }
      try journal.append(edit, time: "2026-11-29T10:00:00", base: "abc")
      applied.append(edit)
    }
    journal.sync()
    let contents = try #require(try Journal.read(planPath: planPath))
    #expect(contents.base == "abc" && contents.started == "2026-11-29T10:00:00")
    #expect(contents.damage == nil)
    #expect(contents.entries.map(\.edit) == applied)
    var replayed = try PlanStore.load(planPath)
    for entry in contents.entries { try replayed.apply(entry.edit) }
    #expect(replayed == plan)
    journal.discard()
    #expect(try Journal.read(planPath: planPath) == nil)
  }

  @Test func aCutLastLineIsReportedAndTheRestRecovered() throws {
    let folder = try TemporaryFolder()
    let planPath = folder.file("plan.ecowerk.json")
    let journal = Journal(planPath: planPath)
    let edit = Edit.set(.plan, .name, from: .text("a"), to: .text("b"))
    try journal.append(edit, time: "t1", base: "x")
    try journal.append(edit.inverse, time: "t2", base: "x")
    var bytes = try folder.read("plan.ecowerk.json.journal")
    bytes.removeLast(9)
    _ = try folder.write("plan.ecowerk.json.journal", bytes)
    let contents = try #require(try Journal.read(planPath: planPath))
    #expect(contents.entries.count == 1)
    #expect(contents.damage?.line == 3)
    #expect(contents.damage?.message.contains("cut off") == true)
  }

  @Test func aJournalThatIsNotAJournalIsRefused() throws {
    let folder = try TemporaryFolder()
    _ = try folder.write("plan.ecowerk.json.journal", "garbage\n")
    #expect(throws: StoreError.self) {
      try Journal.read(planPath: folder.file("plan.ecowerk.json"))
    }
  }

  @Test func fingerprintsDifferForDifferentBytes() {
    #expect(Journal.fingerprint([1, 2, 3]) == Journal.fingerprint([1, 2, 3]))
    #expect(Journal.fingerprint([1, 2, 3]) != Journal.fingerprint([1, 2, 4]))
  }
}
