import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// A plan kept in a real git repository with ecowerk as its diff and merge driver, set up as
/// the README says: two partners' branches merge like code, and `git diff` speaks the
/// method's words.
@Suite(.enabled(if: Git.available, "git is not installed"))
struct GitMergeDriverTests {
  /// A repository with the plan committed on `main`, and the drivers configured.
  static func repository() throws -> (Scratch, Git) {
    let scratch = try Scratch()
    let git = Git(folder: scratch.path)
    try git.run("init", "-q", "-b", "main")
    try git.run("config", "user.email", "test@example.org")
    try git.run("config", "user.name", "Test")
    _ = try scratch.write(".gitattributes", "*.ecowerk.json diff=ecowerk merge=ecowerk\n")
    try git.run("config", "diff.ecowerk.command", Binary.path + " diff")
    try git.run("config", "merge.ecowerk.name", "ecowerk plan merge")
    try git.run("config", "merge.ecowerk.driver", Binary.path + " merge %O %A %B --path %P")
    try PlanStore.save(
      try DemoPlan.load(), to: scratch.file("plan.ecowerk.json"), keepBackup: false)
    try git.run("add", ".")
    try git.run("commit", "-q", "-m", "base")
    return (scratch, git)
  }

  /// Changes the committed plan on a new branch from `main` and commits it.
  static func branch(_ name: String, _ git: Git, _ scratch: Scratch, _ change: (inout Plan) -> Void)
    throws
  {
    try git.run("checkout", "-q", "-b", name, "main")
    let path = scratch.file("plan.ecowerk.json")
    var plan = try PlanStore.load(path)
    change(&plan)
    try PlanStore.save(plan, to: path, keepBackup: false)
    try git.run("commit", "-q", "-a", "-m", name)
  }

  @Test func twoPartnersBranchesMergeCleanlyAndGitDiffSpeaksTheMethod() throws {
    let (scratch, git) = try Self.repository()
    // Both add a stakeholder at the end of the list, under the same new id: for git's own
    // line merge that is a conflict, for the plan two new partners.
    try Self.branch("ons", git, scratch) { plan in
      plan.stakeholders.append(Stakeholder(id: plan.newID(Stakeholder.self), name: "Waterschap"))
      plan.stakeholders[0].influence = 5
    }
    try Self.branch("hun", git, scratch) { plan in
      plan.stakeholders.append(Stakeholder(id: plan.newID(Stakeholder.self), name: "Kamer van K"))
      plan.finance[0].ngf = Money(euros: 123_456)
    }
    try git.run("checkout", "-q", "ons")
    let merge = try git.run("merge", "--no-edit", "hun", allowFailure: true)
    #expect(merge.status == 0, "\(merge.output)\(merge.error)")
    let merged = try PlanStore.load(scratch.file("plan.ecowerk.json"))
    #expect(merged.stakeholders.suffix(2).map(\.name) == ["Waterschap", "Kamer van K"])
    #expect(merged.stakeholders[0].influence == 5)
    #expect(merged.finance[0].ngf == Money(euros: 123_456))
    #expect(merged.violations() == [])
    let status = try git.run("status", "--porcelain", "--ignored")
    #expect(status.output.isEmpty, "nothing left beside the plan: \(status.output)")

    let diff = try git.run("diff", "main", "HEAD", "--", "plan.ecowerk.json")
    #expect(diff.output.contains("Stakeholder Waterschap added"), "\(diff.output)")
    #expect(diff.output.contains("Stakeholder Kamer van K added"))
    #expect(diff.output.contains("Finance \(merged.finance[0].year): NGF"))
  }

  @Test func aConflictStopsTheMergeAndWaitsBesideThePlan() throws {
    let (scratch, git) = try Self.repository()
    try Self.branch("ons", git, scratch) { $0.stakeholders[0].influence = 5 }
    try Self.branch("hun", git, scratch) { $0.stakeholders[0].influence = 1 }
    try git.run("checkout", "-q", "ons")
    let merge = try git.run("merge", "--no-edit", "hun", allowFailure: true)
    #expect(merge.status != 0)
    let path = scratch.file("plan.ecowerk.json")
    let merged = try PlanStore.loadFile(path)
    #expect(merged.plan.stakeholders[0].influence == 5, "ours, and a valid plan: no markers")
    let conflicts = try ConflictFile.load(ConflictFile.path(for: path))
    #expect(conflicts.plan == Journal.fingerprint(merged.bytes))
    #expect(
      conflicts.conflicts.map(\.kind) == [
        .field(
          .influence, base: .integer(try DemoPlan.load().stakeholders[0].influence),
          ours: .integer(5), theirs: .integer(1))
      ])
    let status = try git.run("status", "--porcelain")
    #expect(status.output.contains("UU plan.ecowerk.json"))
    #expect(!status.output.contains(".merge_file"))
  }
}

/// Runs git in one folder.
struct Git {
  let folder: String

  static var available: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/git")
  }

  @discardableResult
  func run(_ arguments: String..., allowFailure: Bool = false) throws -> Binary.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    var environment = ProcessInfo.processInfo.environment
    environment["LC_ALL"] = "C.UTF-8"
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    environment["HOME"] = folder
    process.environment = environment
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let result = Binary.Result(
      status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
      error: String(decoding: errData, as: UTF8.self), outputBytes: outData)
    if result.status != 0 && !allowFailure {
      throw GitFailure(arguments: arguments, result: result)
    }
    return result
  }
}

struct GitFailure: Error, CustomStringConvertible {
  var arguments: [String]
  var result: Binary.Result
  var description: String { "git \(arguments.joined(separator: " ")): \(result.error)" }
}
