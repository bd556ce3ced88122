import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Testing

@Suite struct ConflictFileTests {
  /// Merges of generated edit sequences on both sides, for conflicts of every kind.
  static func conflicts() -> [MergeConflict] {
    var found: [MergeConflict] = []
    let base = FixturePlans.rich()
    for seed in UInt64(0)..<30 {
      var random = SplitMix64(seed: seed)
      var ours = base
      var theirs = base
      for _ in 0..<10 {
        try? ours.apply(random.pick(EditCatalog.edits(on: ours)))
        try? theirs.apply(random.pick(EditCatalog.edits(on: theirs)))
      }
      found += PlanMerge(base: base, ours: ours, theirs: theirs).conflicts
    }
    return found
  }

  @Test func conflictsComeBackAsTheyWereWritten() throws {
    let conflicts = Self.conflicts()
    #expect(conflicts.count > 5)
    let file = ConflictFile(
      plan: "abc", conflicts: conflicts, texts: conflicts.map { "\($0.ref) é \u{1B}" },
      names: ["sh-1": "Gemeente “Enschede”"])
    let read = try ConflictFile.decode(file.encoded(), file: "x.conflicts.json")
    #expect(read == file)
  }

  @Test func everyKindOfConflictAndStepIsWrittenAndRead() throws {
    let insert = MergeStep.insert(
      .stakeholder(Stakeholder(id: "sh-9", name: "Nieuw")), into: .stakeholders,
      after: .stakeholder("sh-1"))
    let conflicts = [
      MergeConflict(
        ref: .stakeholder("sh-1"),
        kind: .field(.influence, base: nil, ours: .integer(5), theirs: .integer(1)), name: "A",
        theirs: [.set(.stakeholder("sh-1"), .influence, from: .integer(5), to: .integer(1))]),
      MergeConflict(ref: .segment("seg-1"), kind: .removed(by: .ours), name: "B", theirs: [insert]),
      MergeConflict(
        ref: .segment("seg-2"), kind: .removed(by: .theirs), name: "C",
        theirs: [.remove(.segment("seg-2"))]),
      MergeConflict(
        ref: .action("act-1"), kind: .reference(.owner, target: .stakeholder("sh-9")), name: "D",
        theirs: [
          insert, .set(.action("act-1"), .owner, from: .reference(nil), to: .reference("sh-9")),
        ]),
      MergeConflict(
        ref: .node("toc-2"),
        kind: .moved(ours: .nodes(parent: nil), theirs: .nodes(parent: "toc-1")),
        name: "E", theirs: [.move(.node("toc-2"), to: .nodes(parent: "toc-1"), after: nil)]),
      MergeConflict(ref: .plan, kind: .unmergeable, name: "", theirs: []),
    ]
    let file = ConflictFile(
      plan: "f", conflicts: conflicts, texts: ["1", "2", "3", "4", "5", "6"], names: [:])
    #expect(try ConflictFile.decode(file.encoded(), file: "x") == file)
  }

  @Test func aDamagedFileIsRefusedWithWhereAndWhat() {
    #expect(throws: StoreError.self) {
      try ConflictFile.decode(Array("{\"format\": \"ecowerk-plan\"}".utf8), file: "x")
    }
    do {
      _ = try ConflictFile.decode(
        Array(
          "{\"format\": \"ecowerk-conflicts\", \"schemaVersion\": 1,\n \"conflicts\": [1]}".utf8),
        file: "p.conflicts.json")
      Issue.record("a damaged file was read")
    } catch {
      #expect(error.description.hasPrefix("p.conflicts.json:2:"))
    }
  }
}
