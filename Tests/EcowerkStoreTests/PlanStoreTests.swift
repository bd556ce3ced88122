import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

@Suite struct PlanStoreTests {
  @Test(arguments: ["rich", "demo", "empty", "hostile"])
  func saveThenLoadGivesTheIdenticalPlan(_ name: String) throws {
    let folder = try TemporaryFolder()
    let plan: Plan
    switch name {
    case "rich": plan = FixturePlans.rich()
    case "demo": plan = try DemoPlan.load()
    case "hostile":
      var hostile = FixturePlans.rich()
      hostile.name = FixturePlans.hostileStrings.joined()
      // New pains: the proposition answers none of the old ones.
      hostile.propositions[0].relieves = []
      hostile.segments[0].pains = FixturePlans.hostileStrings.enumerated().map {
        Need(id: .init("hostile-\($0.offset)"), text: $0.element)
      }
      hostile.stakeholders[0].role = "\u{0}\u{1F}\u{7F}\u{9B}\u{202E}\"\\/"
      plan = hostile
    default: plan = Plan.empty(name: "Leeg", startYear: 2026)
    }
    let path = folder.file("plan.ecowerk.json")
    try PlanStore.save(plan, to: path)
    let loaded = try PlanStore.load(path)
    #expect(loaded == plan)
    // Saving what was loaded writes the same bytes: the format is stable.
    #expect(PlanFile.encode(loaded) == (try folder.read("plan.ecowerk.json")))
  }

  @Test func theDemoFileIsWrittenExactlyAsEcowerkWritesIt() throws {
    let path = try #require(DemoPlan.path)
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(PlanFile.encode(try DemoPlan.load()) == bytes)
  }

  @Test func savingKeepsThePreviousVersionAsBackup() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    var plan = FixturePlans.rich()
    try PlanStore.save(plan, to: path)
    let first = try folder.read("plan.ecowerk.json")
    plan.name = "Tweede versie"
    try PlanStore.save(plan, to: path)
    #expect(try folder.read("plan.ecowerk.json.bak") == first)
    #expect(try PlanStore.load(path).name == "Tweede versie")
    #expect(folder.entries == ["plan.ecowerk.json", "plan.ecowerk.json.bak"])
  }

  @Test func aSaveInterruptedBeforeTheRenameLeavesTheOldPlanLoadable() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    try PlanStore.save(FixturePlans.rich(), to: path, keepBackup: false)
    let before = try folder.read("plan.ecowerk.json")
    var changed = FixturePlans.rich()
    changed.name = "Nooit opgeslagen"
    // The temporary file is written and flushed; then the save stops short of the rename.
    #expect(throws: StoreError.self) {
      try PlanStore.save(changed, to: path) { $0 == .backup ? EIO : nil }
    }
    #expect(try folder.read("plan.ecowerk.json") == before)
    #expect(try PlanStore.load(path) == FixturePlans.rich())
    #expect(folder.entries == ["plan.ecowerk.json"], "no temporary file is left")
  }

  @Test func aSaveThatCannotWriteSaysSoAndLeavesTheOriginal() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    try PlanStore.save(FixturePlans.rich(), to: path, keepBackup: false)
    let before = try folder.read("plan.ecowerk.json")
    chmod(folder.path, 0o500)
    defer { chmod(folder.path, 0o700) }
    guard getuid() != 0 else { return }  // root ignores folder permissions
    do {
      try PlanStore.save(Plan.empty(startYear: 2025), to: path)
      Issue.record("the save should have failed")
    } catch {
      #expect(error.kind == .notSaved)
      guard case .saveFailed(.createFile, let system) = error.problem else {
        Issue.record("\(error)")
        return
      }
      #expect(system.code == EACCES && system.name == "EACCES")
    }
    #expect(try folder.read("plan.ecowerk.json") == before)
  }

  @Test func aSymlinkedPlanIsSavedToItsTarget() throws {
    let folder = try TemporaryFolder()
    let target = folder.file("echt.ecowerk.json")
    try PlanStore.save(FixturePlans.rich(), to: target, keepBackup: false)
    let link = folder.file("link.ecowerk.json")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    var plan = FixturePlans.rich()
    plan.name = "Via de link"
    try PlanStore.save(plan, to: link, keepBackup: false)
    let attributes = try FileManager.default.attributesOfItem(atPath: link)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
    #expect(try PlanStore.load(target).name == "Via de link")
  }

  @Test func savingKeepsTheFilePermissions() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    try PlanStore.save(FixturePlans.rich(), to: path)
    chmod(path, 0o600)
    try PlanStore.save(FixturePlans.rich(), to: path)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
  }

  @Test func aMissingFileIsReportedByName() {
    do {
      _ = try PlanStore.load("/nonexistent/plan.ecowerk.json")
      Issue.record("loaded a missing file")
    } catch {
      #expect(error.location == "/nonexistent/plan.ecowerk.json: ")
      #expect(
        error.problem
          == .cannotRead(
            SystemError(code: ENOENT, name: "ENOENT", text: "No such file or directory")))
    }
  }

  @Test func aFileOverTheLimitIsRefusedWithoutReadingIt() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("groot.ecowerk.json")
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: UInt64(PlanFormat.maxFileBytes + 1))
    try handle.close()
    do {
      _ = try PlanStore.load(path)
      Issue.record("loaded a huge file")
    } catch {
      #expect(error.kind == .tooLarge)
      #expect(
        error.problem
          == .fileTooLarge(
            .plan, bytes: PlanFormat.maxFileBytes + 1, limit: PlanFormat.maxFileBytes))
    }
  }
}
