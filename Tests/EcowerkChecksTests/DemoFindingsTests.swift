import EcowerkChecks
import EcowerkModel
import EcowerkReport
import EcowerkStore
import EcowerkStrings
import Foundation
import Testing

/// The shipped demo plan's findings, as `ecowerk check` prints them, compared byte for byte
/// with `Golden/`. `RECORD_SNAPSHOTS=1` writes them anew after an intended change; read the
/// diff before committing it.
@Suite struct DemoFindingsTests {
  static let today = CleanPlan.today

  @Test(arguments: Language.allCases)
  func theDemoPlansFindingsAsText(_ language: Language) throws {
    let plan = try DemoPlan.load()
    let health = PlanHealth(plan: plan, today: Self.today)
    let text = CheckListing.text(
      health, plan: plan, file: "demo.ecowerk.json", strings: Strings(language))
    try Golden.assertMatches(text, file: "demo.\(language.rawValue).txt")
  }

  @Test func theDemoPlansFindingsAsJSON() throws {
    let plan = try DemoPlan.load()
    let health = PlanHealth(plan: plan, today: Self.today)
    let json = CheckListing.json(
      health, plan: plan, file: "demo.ecowerk.json", strings: Strings(.english))
    try Golden.assertMatches(json, file: "demo.en.json")
    let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let findings = try #require(parsed?["findings"] as? [[String: Any]])
    #expect(findings.count == health.count)
    #expect(
      findings.first?.keys.sorted() == ["entity", "field", "id", "message", "severity", "step"])
  }

  @Test func everyMessageExistsInBothLanguagesWithoutGaps() throws {
    var plans = [try DemoPlan.load()] + Breakage.all.map(\.plan)
    plans.append(Plan(startYear: 2025))
    for plan in plans {
      for finding in PlanHealth(plan: plan, today: Self.today).findings {
        for language in Language.allCases {
          let text = Strings(language).message(finding, in: plan)
          #expect(!text.contains("⟦") && !text.contains("{"), "\(finding.message): \(text)")
        }
      }
    }
  }

  @Test func hostileTextInThePlanCannotBreakTheJSONOrTheTerminal() throws {
    var plan = CleanPlan.make()
    plan.segments[0].smeCount = nil
    plan.segments[0].name = "Evil\u{1B}[2J\"\\\n\u{202E}"
    let health = PlanHealth(plan: plan, today: Self.today)
    plan.name = "x\u{7}"
    let json = CheckListing.json(health, plan: plan, file: "p.json", strings: Strings(.english))
    #expect(!json.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
    let text = CheckListing.text(
      health, plan: plan, file: "p.json", strings: Strings(.english))
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
  }
}

/// Golden files next to this source file.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static func assertMatches(
    _ output: String, file: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(file)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try Data(output.utf8).write(to: url)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "Golden/\(file) is missing; run with RECORD_SNAPSHOTS=1 to record it",
        sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if output != expected {
      let line =
        zip(output.split(separator: "\n"), expected.split(separator: "\n"))
        .enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? 0
      Issue.record(
        "output differs from Golden/\(file) near line \(line + 1); re-record with RECORD_SNAPSHOTS=1 if intended",
        sourceLocation: sourceLocation)
    }
  }
}
