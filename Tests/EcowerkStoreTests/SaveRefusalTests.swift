import EcowerkFixtures
import EcowerkJSON
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// What was saved can always be opened: a save that would give a file the loader refuses is
/// refused with the old file kept, and so is replacing a read-only file.
@Suite struct SaveRefusalTests {
  /// Edits each within the limits made a 67 MB plan, which saved and was then refused.
  @Test func aPlanTooLargeToOpenIsNotSaved() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    try PlanStore.save(FixturePlans.rich(), to: path, keepBackup: false)
    let before = try folder.read("plan.ecowerk.json")
    var plan = FixturePlans.rich()
    let text = String(repeating: "x", count: 99_000)
    plan.stakeholders = (0..<700).map {
      Stakeholder(id: .init("s\($0)"), name: "\($0)", sharedInterests: text)
    }
    plan.finance = []
    plan.jointOrganisation = []
    plan.systemFailures = plan.systemFailures.map {
      Failure(id: $0.id, description: $0.description)
    }
    plan.theoryOfChange[0].owner = nil
    plan.actions = plan.actions.map {
      var a = $0; a.owner = nil; return a
    }
    #expect(plan.violations().isEmpty, "every part within its limits")
    do {
      try PlanStore.save(plan, to: path)
      Issue.record("a plan of more than 64 MB was saved")
    } catch {
      guard case .tooLargeToSave(let bytes, let limit) = error.problem else {
        Issue.record("\(error)")
        return
      }
      #expect(bytes > limit && limit == PlanFormat.maxFileBytes)
    }
    #expect(try folder.read("plan.ecowerk.json") == before, "the old file is kept")
    #expect(folder.entries == ["plan.ecowerk.json"], "no backup, no temporary file")
  }

  @Test func aPlanThatBreaksARuleIsNotSaved() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    try PlanStore.save(FixturePlans.rich(), to: path, keepBackup: false)
    let before = try folder.read("plan.ecowerk.json")
    var plan = FixturePlans.rich()
    plan.vision = String(repeating: "v", count: 150_000)
    do {
      try PlanStore.save(plan, to: path)
      Issue.record("saved")
    } catch {
      #expect(
        error.problem
          == .wouldNotOpen(
            path: "vision", problem: .textTooLong(bytes: 150_000, limit: 100_000)))
    }
    #expect(try folder.read("plan.ecowerk.json") == before)
  }

  /// A plan file without write permission (mode 0444) was replaced without a word.
  @Test func aReadOnlyPlanFileIsNotReplaced() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    try PlanStore.save(FixturePlans.rich(), to: path, keepBackup: false)
    chmod(path, 0o444)
    let before = try folder.read("plan.ecowerk.json")
    #expect(PlanStore.isReadOnlyFile(path))
    var plan = FixturePlans.rich()
    plan.name = "Nieuw"
    do {
      try PlanStore.save(plan, to: path)
      Issue.record("a read-only file was replaced")
    } catch {
      #expect(error.problem == .readOnlyFile)
    }
    #expect(try folder.read("plan.ecowerk.json") == before)
    chmod(path, 0o644)
    try PlanStore.save(plan, to: path)
    #expect(try PlanStore.load(path).name == "Nieuw")
  }

  /// Amounts are judged as they are written: `1.0000000000000001` is the same `Double` as 1,
  /// but it has sixteen decimals, and `1.005` was already refused.
  @Test(arguments: [
    ("1.0000000000000001", false), ("1.005", false), ("0.001", false), ("12.3456e1", false),
    ("1.50", true), ("1.5e1", true), ("15e-1", true), ("1.00000000000000000000", true),
    ("150e-2", true), ("1e2", true), ("12345.67", true), ("0.10", true),
  ])
  func anAmountWithMoreThanTwoDecimalsAsWrittenIsRefused(_ amount: String, _ accepted: Bool)
    throws
  {
    let text = String(decoding: PlanFile.encode(FixturePlans.rich()), as: UTF8.self)
      .replacingOccurrences(of: "\"ngf\": 100000,", with: "\"ngf\": \(amount),")
    #expect(text.contains("\"ngf\": \(amount),"))
    let bytes = Array(text.utf8)
    if accepted {
      #expect(throws: Never.self) { try PlanFile.decode(bytes, file: "plan.json") }
      #expect(PlanFile.decodeFast(bytes) != nil, "the fast reader agrees")
    } else {
      do {
        _ = try PlanFile.decode(bytes, file: "plan.json")
        Issue.record("\(amount) was read")
      } catch {
        #expect(error.path == "finance[0].ngf")
        #expect(error.problem == .decode(.tooManyDecimals(amount)))
      }
      #expect(PlanFile.decodeFast(bytes) == nil, "the fast reader gives up on it")
    }
  }

  @Test(arguments: [
    ("1.50", 1), ("1.005", 3), ("1.0000000000000001", 16), ("15e-1", 1), ("1.5e1", 0),
    ("-0.25", 2), ("100", 0), ("1E-2", 2), ("1.2e+1", 0), ("0.000", 0),
  ])
  func decimalPlacesAreCountedAsWritten(_ text: String, _ places: Int) {
    #expect(JSONNumberText.decimalPlaces(in: Array(text.utf8), at: 0) == places)
  }

  /// A file nested 72 levels deep said `[0]` 72 times.
  @Test func aDeepPathIsShownByItsEnds() throws {
    let bytes = Array((String(repeating: "[", count: 80) + String(repeating: "]", count: 80)).utf8)
    do {
      _ = try PlanFile.decode(bytes, file: "deep.json")
      Issue.record("read")
    } catch {
      let path = try #require(error.path)
      #expect(path == "[0][0][0][0][0][0]…[0][0][0][0][0][0]")
      #expect(error.problem == .syntax(.tooDeep(limit: 72)))
    }
  }
}
