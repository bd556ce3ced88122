import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// `ecowerk check`, run as a pre-commit hook or CI would run it.
@Suite struct CheckCommandTests {
  @Test func theDemoPlanHasErrorsSoCheckExitsWithOne() throws {
    let result = try Binary.run(["check", Binary.demoPlan, "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.error.isEmpty)
    let output = result.output
    #expect(output.contains("Step 2 — The blueprint"))
    #expect(output.contains("blueprint.mve-chain-gap  chain link link-7"))
    #expect(output.contains("errors,"))
    let step2 = try #require(output.range(of: "Step 2"))
    let step3 = try #require(output.range(of: "Step 3"))
    #expect(step2.lowerBound < step3.lowerBound, "grouped by step, in order")
    let dutch = try Binary.run(["check", Binary.demoPlan, "--lang", "nl"])
    #expect(dutch.output.contains("Stap 2 — De bouwtekening"))
  }

  /// A plan file of schema version 1 (the previous release's demo, kept as it was shipped) is
  /// checked as it is, migrated in memory and left untouched on disk: its conversations that
  /// nobody marked are asked about, its pains answered by no proposition yet.
  @Test func aVersionOnePlanIsCheckedAndLeftAsItIs() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "EcowerkStoreTests/Fixtures/demo-v1.ecowerk.json"
      ).path
    let before = try Data(contentsOf: URL(fileURLWithPath: file))
    let result = try Binary.run(["check", file, "--lang", "en"])
    #expect(result.status == 1, "errors, as the demo has: \(result.error)")
    #expect(result.error.isEmpty)
    #expect(result.output.contains("why.membership-unchosen"))
    #expect(result.output.contains("blueprint.need-unanswered"))
    #expect(result.output.contains("blueprint.mve-chain-gap"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
  }

  @Test func aPlanWithoutErrorsExitsWithZero() throws {
    let scratch = try Scratch()
    var plan = try DemoPlan.load()
    // The demo's three errors, mended: a partner without added value, a chain link nobody in
    // the MVE covers, and a last year with more coming in than going out.
    for index in plan.stakeholders.indices where plan.stakeholders[index].addedValue.isEmpty {
      plan.stakeholders[index].addedValue = "Nieuwe klanten"
    }
    if let link = plan.uncoveredChainLinks.first,
      let member = plan.stakeholders.firstIndex(where: \.inMVE)
    {
      plan.stakeholders[member].chainLinks.append(link.id)
    }
    for index in plan.finance.indices {
      plan.finance[index].costs = plan.finance[index].sources
    }
    let file = scratch.file("goed.ecowerk.json")
    try PlanStore.save(plan, to: file, keepBackup: false)
    let result = try Binary.run(["check", file, "--format", "json"])
    #expect(result.status == 0, "\(result.output)")
    let json = try JSONSerialization.jsonObject(with: result.outputBytes) as? [String: Any]
    #expect(json?["errors"] as? Int == 0)
    #expect(json?["format"] as? String == "ecowerk-check")
  }

  @Test func jsonIsMachineReadableAndStable() throws {
    let first = try Binary.run(["check", Binary.demoPlan, "--format", "json"])
    let second = try Binary.run(["check", Binary.demoPlan, "--format", "json"])
    #expect(first.status == 1 && first.output == second.output)
    let json = try #require(
      try JSONSerialization.jsonObject(with: first.outputBytes) as? [String: Any])
    let findings = try #require(json["findings"] as? [[String: Any]])
    let chainGap = try #require(findings.first { $0["id"] as? String == "blueprint.mve-chain-gap" })
    #expect(chainGap["severity"] as? String == "error")
    #expect(chainGap["step"] as? Int == 2)
    let entity = try #require(chainGap["entity"] as? [String: Any])
    #expect(entity["kind"] as? String == "chainLink" && entity["id"] as? String == "link-7")
    #expect((chainGap["message"] as? String)?.isEmpty == false)
    let steps = findings.compactMap { $0["step"] as? Int }
    #expect(steps == steps.sorted(), "grouped by step")
  }

  @Test func aMalformedPlanGivesTheStoresLocatedErrorAndExitOne() throws {
    let scratch = try Scratch()
    var text = try String(contentsOfFile: Binary.demoPlan, encoding: .utf8)
    text = text.replacingOccurrences(of: "\"influence\": 4", with: "\"influence\": 7")
    let file = try scratch.write("kapot.ecowerk.json", text)
    let result = try Binary.run(["check", file])
    #expect(result.status == 1)
    #expect(result.output.isEmpty)
    #expect(result.error.contains("kapot.ecowerk.json:"), "\(result.error)")
    #expect(result.error.contains("influence: 7 is not between 1 and 5"), "\(result.error)")
    let missing = try Binary.run(["check", scratch.file("er-niet.json")])
    #expect(missing.status == 1 && missing.error.contains("er-niet.json"))
  }

  /// `ecowerk check bad.json --lang nl`: the store's `FILE:LINE:COLUMN: field.path: what`,
  /// the place the same in both languages and the words in the session's language — also when
  /// the language comes from the environment.
  @Test func aMalformedPlanIsExplainedInTheSessionsLanguage() throws {
    let scratch = try Scratch()
    let header = "{\n  \"format\": \"ecowerk-plan\",\n  \"schemaVersion\": 1,\n"
    let wrongType = try scratch.write(
      "bad.json",
      header
        + "  \"startYear\": 2025,\n  \"stakeholders\": [{\"id\": \"sh-1\", \"interest\": \"hoog\"}]\n}\n"
    )
    let dutch = try Binary.run(["check", wrongType, "--lang", "nl"])
    #expect(dutch.status == 1 && dutch.output.isEmpty)
    #expect(
      dutch.error
        == "ecowerk: \(wrongType):5:47: stakeholders[0].interest: een geheel getal verwacht, maar "
        + "de tekst \"hoog\" gevonden\n")
    let english = try Binary.run(["check", wrongType, "--lang", "en"])
    #expect(
      english.error
        == "ecowerk: \(wrongType):5:47: stakeholders[0].interest: expected a whole number, found "
        + "the text \"hoog\"\n")
    let syntax = try scratch.write("komma.json", header + "  \"startYear\": 2025,\n}\n")
    let fromEnvironment = try Binary.run(["check", syntax], environment: ["LC_ALL": "nl_NL.UTF-8"])
    #expect(fromEnvironment.status == 1)
    #expect(
      fromEnvironment.error
        == "ecowerk: \(syntax):4:20: er mag geen komma vlak voor '}' staan; haal hem weg\n")
    let missing = try Binary.run(["check", scratch.file("er-niet.json"), "--lang", "nl"])
    #expect(
      missing.error
        == "ecowerk: \(scratch.file("er-niet.json")): niet te lezen: het bestand of de map "
        + "bestaat niet\n")
  }

  @Test(arguments: [
    (["check"], "'ecowerk check' needs one plan"),
    (["check", "a.json", "--format", "md"], "unknown format 'md'; choose text or json"),
    (["check", "a.json", "b.json"], "'ecowerk check' needs one plan"),
    (["check", "a.json", "--section", "finance"], "unknown option --section"),
  ])
  func usageErrorsExitWithTwo(_ arguments: [String], _ message: String) throws {
    let result = try Binary.run(arguments)
    #expect(result.status == 2)
    #expect(result.error.contains(message), "\(result.error)")
  }
}
