import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// The real binary, run as a user runs it from a shell.
@Suite struct CommandLineTests {
  @Test func helpAndVersionSucceed() throws {
    let help = try Binary.run(["--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("ecowerk print PLAN"))
    let dutch = try Binary.run(["--help", "--lang", "nl"])
    #expect(dutch.output.contains("druk een momentopname af"))
    let version = try Binary.run(["--version"])
    #expect(version.status == 0 && version.output.hasPrefix("ecowerk 0."))
  }

  @Test(arguments: [
    (["print"], "'ecowerk print' needs one plan"),
    (["print", "a.json", "--format", "pdf"], "unknown format 'pdf'"),
    (["--lang", "fr", "--help"], "unknown language 'fr'"),
    (["--frobnicate"], "unknown option --frobnicate"),
    (["a.json", "b.json"], "one plan at a time"),
    (["new"], "'ecowerk new' needs one file name"),
    (["print", "x.json", "--format"], "--format needs a value"),
  ])
  func usageErrorsExitWithTwoAndOneClearLine(_ arguments: [String], _ message: String) throws {
    let result = try Binary.run(arguments)
    #expect(result.status == 2)
    #expect(result.error.contains(message), "\(result.error)")
    #expect(result.error.split(separator: "\n").count == 2, "the message and the hint")
  }

  @Test func printShowsEveryPartOfTheMethod() throws {
    let result = try Binary.run(["print", Binary.demoPlan])
    #expect(result.status == 0)
    for heading in [
      "Status at a glance", "Step 1", "Segments", "System failures", "Transformation failures",
      "Step 2", "Value propositions", "Stakeholder", "joint execution organisation",
      "Business models", "Financial plan", "Peer review", "Step 3", "Theory of Change",
      "Action plan", "Pilots", "Bowling alley",
    ] {
      #expect(result.output.contains(heading), "missing \(heading)")
    }
    for line in result.output.split(separator: "\n") {
      #expect(line.unicodeScalars.count <= 80 || line.count <= 80, "too wide: \(line)")
    }
  }

  @Test func printWritesMarkdownAndJsonToAFile() throws {
    let scratch = try Scratch()
    let markdown = try Binary.run([
      "print", Binary.demoPlan, "--format", "md", "-o", scratch.file("plan.md"),
    ])
    #expect(markdown.status == 0)
    #expect(scratch.read("plan.md").hasPrefix("# Energiek Mkb Twente"))
    let json = try Binary.run(["print", Binary.demoPlan, "--format", "json"])
    #expect(json.status == 0)
    let original = try String(contentsOfFile: Binary.demoPlan, encoding: .utf8)
    #expect(json.output == original)
  }

  @Test func printOfOneSectionPrintsOnlyThatSection() throws {
    let result = try Binary.run(["print", Binary.demoPlan, "--section", "finance", "--lang", "nl"])
    #expect(result.status == 0)
    #expect(result.output.contains("Financieel plan") || result.output.contains("Financiën"))
    #expect(!result.output.contains("Veranderingstheorie"))
    // A section name that does not exist is a mistake on the command line: a usage error.
    let unknown = try Binary.run(["print", Binary.demoPlan, "--section", "geld"])
    #expect(unknown.status == 2)
    #expect(unknown.error.contains("unknown section 'geld'"))
  }

  @Test func newCreatesAnEmptyPlanOrADemoCopyAndNeverOverwrites() throws {
    let scratch = try Scratch()
    let empty = try Binary.run(["new", scratch.file("leeg.ecowerk.json")])
    #expect(empty.status == 0)
    let plan = try PlanStore.load(scratch.file("leeg.ecowerk.json"))
    #expect(plan.segments.isEmpty && plan.finance.count == 6)
    let demo = try Binary.run(["new", scratch.file("demo.ecowerk.json"), "--demo"])
    #expect(demo.status == 0)
    #expect(try PlanStore.load(scratch.file("demo.ecowerk.json")) == (try DemoPlan.load()))
    let again = try Binary.run(["new", scratch.file("demo.ecowerk.json")])
    #expect(again.status == 1)
    #expect(again.error.contains("already exists"))
  }

  @Test func aBrokenPlanGivesItsLocationAndExitsWithOne() throws {
    let scratch = try Scratch()
    let path = try scratch.write(
      "kapot.json",
      "{\n  \"format\": \"ecowerk-plan\",\n  \"schemaVersion\": 1,\n  \"startYear\": 2025,\n  \"stakeholders\": [{\"id\": \"sh-1\", \"influence\": 9}]\n}\n"
    )
    let before = scratch.read("kapot.json")
    let result = try Binary.run(["print", path])
    #expect(result.status == 1)
    #expect(
      result.error == "ecowerk: \(path):5:48: stakeholders[0].influence: 9 is not between 1 and 5\n"
    )
    #expect(scratch.read("kapot.json") == before)
  }

  @Test func theWorkbenchRefusesToDrawIntoAPipe() throws {
    let result = try Binary.run([Binary.demoPlan])
    #expect(result.status == 1)
    #expect(result.error.contains("the workbench needs a terminal"))
    #expect(result.output.isEmpty)
  }

  @Test func messagesAboutAPlanNeverCarryControlCharacters() throws {
    let scratch = try Scratch()
    let path = try scratch.write("evil\u{1B}[2J.json", "not json")
    let result = try Binary.run(["print", path])
    #expect(result.status == 1)
    #expect(!result.error.unicodeScalars.contains { $0.value == 0x1B })
    #expect(result.error.contains("evil␛[2J.json"))
  }
}
