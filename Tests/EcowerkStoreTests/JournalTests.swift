import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Foundation
import Synchronization
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

/// Exact recovery: the journal records which saved version its edits follow, a failed write is
/// repaired and visible until the journal is whole, and a journal larger than a plan is read.
@Suite struct ExactRecoveryTests {
  static func rename(_ from: String, _ to: String) -> Edit {
    .set(.plan, .name, from: .text(from), to: .text(to))
  }

  /// A plan with twelve stakeholders, and moves among them: a move carries no old value, so
  /// replaying one twice used to move something else.
  static func moves(count: Int) -> (saved: Plan, edits: [Edit], result: Plan) {
    var saved = FixturePlans.rich()
    for number in 4...12 {
      var extra = saved.stakeholders[0]
      extra.id = .init("sh-\(number)")
      extra.name = "Partner \(number)"
      extra.isOrchestrator = false
      saved.stakeholders.append(extra)
    }
    var plan = saved
    var edits: [Edit] = []
    var random = SplitMix64(seed: 13)
    while edits.count < count {
      let from = Int(random.next() % 12)
      let to = Int(random.next() % 12)
      guard from != to else { continue }
      let edit = plan.keyed(.move(.stakeholders, from: from, to: to))
      guard (try? plan.apply(edit)) != nil else { continue }
      edits.append(edit)
    }
    return (saved, edits, plan)
  }

  /// A kill between the save's rename and the journal's removal: the next start finds that
  /// the plan holds the journal's edits and offers none.
  @Test func aJournalWhoseSaveCompletedOffersNothing() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    let (saved, edits, result) = Self.moves(count: 12)
    try PlanStore.save(saved, to: path, keepBackup: false)
    let base = Journal.fingerprint(try folder.read("plan.ecowerk.json"))
    let journal = Journal(planPath: path)
    for edit in edits { try journal.append(edit, time: "t", base: base) }
    // The save as the workbench makes it, killed before the journal goes.
    let bytes = try PlanFile.encodeForSaving(result, file: path)
    journal.faults = { $0 == .retire ? EINTR : nil }
    try PlanStore.save(bytes, to: path, keepBackup: true, retiring: journal)
    #expect(FileManager.default.fileExists(atPath: path + ".journal"), "the kill's leftover")
    let contents = try #require(try Journal.read(planPath: path))
    #expect(contents.entries.count == edits.count)
    let unsaved = contents.unsaved(planFingerprint: Journal.fingerprint(bytes))
    #expect(unsaved.entries.isEmpty && !unsaved.planChanged)
    // Killed before the rename instead: every edit is offered, onto the old plan.
    let before = contents.unsaved(planFingerprint: base)
    #expect(before.entries.count == edits.count && !before.planChanged)
  }

  /// Replaying moves onto a plan that already holds them changes nothing, however they are
  /// replayed a second time: all of them, or the last few.
  @Test(arguments: [0, 1, 5, 30])
  func replayingMovesTwiceIsANoOp(alreadySaved: Int) throws {
    let (saved, edits, result) = Self.moves(count: 30)
    // The plan holds the first `alreadySaved` edits; replaying all of them must give the
    // result, whichever it holds.
    var plan = saved
    for edit in edits.prefix(alreadySaved) { try plan.apply(edit) }
    let replay = plan.replay(edits)
    #expect(plan == result, "\(plan.stakeholders.map(\.id.rawValue))")
    #expect(replay.stoppedAt == nil)
    #expect(replay.applied.count + replay.held == edits.count)
    // Replaying again onto the result changes nothing.
    var again = result
    let second = again.replay(edits)
    #expect(again == result && second.applied.isEmpty && second.held == edits.count)
    // Without their keys (an old journal) the same moves replayed twice reorder the plan.
    var keyless = result
    for case .move(let list, let from, let to, _) in edits {
      try? keyless.apply(.move(list, from: from, to: to))
    }
    #expect(keyless != result)
  }

  /// The edits after the last save whose version is on disk are the ones offered.
  @Test func onlyTheEditsAfterTheSaveOnDiskAreOffered() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    try PlanStore.save(FixturePlans.rich(), to: path, keepBackup: false)
    let journal = Journal(planPath: path)
    try journal.append(Self.rename("Energiek", "A"), time: "t1", base: "base")
    journal.markSaving("saved-a")
    try journal.append(Self.rename("A", "B"), time: "t2", base: "base")
    try journal.append(Self.rename("B", "C"), time: "t3", base: "base")
    let contents = try #require(try Journal.read(planPath: path))
    #expect(contents.saves.map(\.fingerprint) == ["saved-a"])
    #expect(contents.unsaved(planFingerprint: "saved-a").entries.map(\.time) == ["t2", "t3"])
    #expect(contents.unsaved(planFingerprint: "base").entries.count == 3)
    let changed = contents.unsaved(planFingerprint: "someone else's")
    #expect(changed.planChanged && changed.entries.map(\.time) == ["t2", "t3"])
  }

  /// A full disk: the failed append is repaired (no torn line), stays visible until the
  /// journal is whole again, and the edits after it are kept in memory and written once there
  /// is room — so a crash afterwards loses nothing.
  @Test func aFailedAppendIsRepairedVisibleAndMadeUpFor() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    try PlanStore.save(FixturePlans.rich(), to: path, keepBackup: false)
    let journal = Journal(planPath: path)
    let full = Mutex(false)
    journal.faults = { operation in full.withLock { $0 } && operation == .write ? ENOSPC : nil }
    try journal.append(Self.rename("Energiek", "1"), time: "t1", base: "b")
    full.withLock { $0 = true }
    #expect(throws: StoreError.self) {
      try journal.append(Self.rename("1", "2"), time: "t2", base: "b")
    }
    #expect(!journal.isWhole)
    #expect(journal.problem?.problem == .journalNotWritten(reason: "No space left on device"))
    #expect(throws: StoreError.self) {
      try journal.append(Self.rename("2", "3"), time: "t3", base: "b")
    }
    #expect(journal.unwrittenEdits == 2)
    // What a crash now would find: whole lines only, the edits before the failure.
    let text = String(decoding: try folder.read("plan.ecowerk.json.journal"), as: UTF8.self)
    #expect(text.hasSuffix("\n") && text.split(separator: "\n").count == 2, "no torn line")
    let during = try #require(try Journal.read(planPath: path))
    #expect(during.damage == nil && during.entries.map(\.time) == ["t1"])
    #expect(!journal.retry(), "still full")
    full.withLock { $0 = false }
    #expect(journal.retry())
    #expect(journal.isWhole && journal.problem == nil)
    let after = try #require(try Journal.read(planPath: path))
    #expect(after.damage == nil && after.entries.map(\.time) == ["t1", "t2", "t3"])
  }

  /// The plan's folder deleted while the plan is open: the next edit says so.
  @Test func aDeletedFolderIsReportedAtTheNextEdit() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    try PlanStore.save(FixturePlans.rich(), to: path, keepBackup: false)
    let journal = Journal(planPath: path)
    try journal.append(Self.rename("Energiek", "1"), time: "t1", base: "b")
    try FileManager.default.removeItem(atPath: folder.path)
    do {
      try journal.append(Self.rename("1", "2"), time: "t2", base: "b")
      Issue.record("an edit into a deleted folder looked journalled")
    } catch {
      guard case .folderGone = error.problem else {
        Issue.record("\(error)")
        return
      }
    }
    #expect(!journal.isWhole)
  }

  /// A journal deleted behind the workbench's back (the folder still there) is written again
  /// whole, from the edits in memory.
  @Test func aDeletedJournalIsWrittenAgainWhole() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    try PlanStore.save(FixturePlans.rich(), to: path, keepBackup: false)
    let journal = Journal(planPath: path)
    try journal.append(Self.rename("Energiek", "1"), time: "t1", base: "b")
    unlink(path + ".journal")
    try journal.append(Self.rename("1", "2"), time: "t2", base: "b")
    let contents = try #require(try Journal.read(planPath: path))
    #expect(contents.entries.map(\.time) == ["t1", "t2"] && contents.base == "b")
  }

  /// A journal is larger than a plan may be (every insert carries its entity): it is read in
  /// full up to its own limit, and beyond it up to there.
  @Test func aJournalLargerThanAPlanIsRecovered() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    // Lines of 5 MB (fifty pains of 100,000 bytes, the longest a text may be), written as the
    // journal writes them, until the journal is larger than a plan may be.
    let long = String(repeating: "x", count: 99_990)
    let pains = (0..<50).map { long + String($0) }
    let journal = Journal(planPath: path)
    try journal.append(.set(.plan, .name, from: .text(""), to: .text("a")), time: "t", base: "b")
    let line = Array(
      String(
        decoding: EditCoding.encode(
          .set(.segment(.init("seg-1")), .pains, from: .texts([]), to: .texts(pains))),
        as: UTF8.self
      )
      .utf8)
    var bytes = try folder.read("plan.ecowerk.json.journal")
    var count = 1
    while bytes.count <= PlanFormat.maxFileBytes + 1_000_000 {
      bytes += Array(#"{"time":"t","edit":"#.utf8) + line + Array("}\n".utf8)
      count += 1
    }
    _ = try folder.write("plan.ecowerk.json.journal", bytes)
    let size = try FileManager.default.attributesOfItem(atPath: path + ".journal")[.size] as? Int
    #expect((size ?? 0) > PlanFormat.maxFileBytes)
    #expect(Journal.maxBytes > PlanFormat.maxFileBytes)
    let contents = try #require(try Journal.read(planPath: path))
    #expect(contents.damage == nil && contents.entries.count == count)
    // Over its own limit: what fits is recovered, and the rest is reported.
    let cut = try #require(try Journal.read(planPath: path, maxBytes: 17_000_000))
    #expect(cut.entries.count == 4, "the first three lines of 5 MB and the small one")
    #expect(cut.damage?.message.contains("larger than") == true)
  }
}
