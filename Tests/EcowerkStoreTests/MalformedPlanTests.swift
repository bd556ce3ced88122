import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Testing

/// Every way a plan file can be wrong gives `FILE:LINE:COLUMN: what` and changes nothing.
@Suite struct MalformedPlanTests {
  static let header = "{\n  \"format\": \"ecowerk-plan\",\n  \"schemaVersion\": 1,\n"

  struct Case: CustomStringConvertible, Sendable {
    var name: String
    var text: String
    var expected: String
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(name: "empty", text: "", expected: "plan.json:1:1: the file is empty"),
    Case(
      name: "not JSON", text: "Dit is geen plan\n",
      expected: "plan.json:1:1: "),
    Case(
      name: "byte order mark", text: "\u{FEFF}{}",
      expected: "plan.json:1:1: the file starts with a UTF-8 byte order mark (BOM)"),
    Case(
      name: "not an object", text: "[1, 2]",
      expected: "plan.json:1:1: this is not an ecowerk plan: expected an object"),
    Case(
      name: "no format", text: "{\"name\": \"x\"}",
      expected: "plan.json:1:1: this is not an ecowerk plan: it needs \"format\": \"ecowerk-plan\""),
    Case(
      name: "newer schema",
      text: "{\"format\": \"ecowerk-plan\", \"schemaVersion\": 7, \"startYear\": 2025}",
      expected:
        "plan.json:1:45: schemaVersion: this plan was written by a newer ecowerk (schema version 7); this ecowerk reads schema version 1"
    ),
    Case(
      name: "missing start year", text: header + "  \"name\": \"x\"\n}",
      expected: "plan.json:1:1: the field \"startYear\" is missing"),
    Case(
      name: "influence out of range",
      text: header
        + "  \"startYear\": 2025,\n  \"stakeholders\": [\n    {\"id\": \"sh-1\"},\n    {\"id\": \"sh-2\", \"influence\": 7}\n  ]\n}",
      expected: "plan.json:7:33: stakeholders[1].influence: 7 is not between 1 and 5"),
    Case(
      name: "text where a number belongs",
      text: header
        + "  \"startYear\": 2025,\n  \"stakeholders\": [{\"id\": \"sh-1\", \"interest\": \"hoog\"}]\n}",
      expected:
        "plan.json:5:47: stakeholders[0].interest: expected a whole number, found the text \"hoog\""
    ),
    Case(
      name: "unknown field",
      text: header + "  \"startYear\": 2025,\n  \"segmenten\": []\n}",
      expected: "plan.json:5:3: unknown field \"segmenten\""),
    Case(
      name: "unknown choice",
      text: header + "  \"startYear\": 2025,\n  \"phase\": \"bouwen\"\n}",
      expected: "plan.json:5:12: phase: \"bouwen\" is not one of \"verkennen\""),
    Case(
      name: "duplicate key",
      text: header + "  \"startYear\": 2025,\n  \"name\": \"a\",\n  \"name\": \"b\"\n}",
      expected: "plan.json:6:3: duplicate key \"name\""),
    Case(
      name: "trailing comma",
      text: header + "  \"startYear\": 2025,\n}",
      expected: "plan.json:4:20: a comma must not come right before '}'"),
    Case(
      name: "impossible date",
      text: header
        + "  \"startYear\": 2025,\n  \"actions\": [{\"id\": \"act-1\", \"end\": \"2027-02-30\"}]\n}",
      expected:
        "plan.json:5:38: actions[0].end: \"2027-02-30\" is not a date; write it as YYYY-MM-DD"),
    Case(
      name: "dangling reference",
      text: header
        + "  \"startYear\": 2025,\n  \"actions\": [{\"id\": \"act-1\", \"owner\": \"sh-9\"}]\n}",
      expected: "plan.json:5:40: actions[0].owner: refers to \"sh-9\", which is not in the plan"),
    Case(
      name: "duplicate id",
      text: header
        + "  \"startYear\": 2025,\n  \"chainLinks\": [{\"id\": \"x\"}, {\"id\": \"x\"}]\n}",
      expected: "plan.json:5:38: chainLinks[1].id: the id \"x\" is used more than once"),
    Case(
      name: "year outside horizon",
      text: header + "  \"startYear\": 2025,\n  \"finance\": [{\"year\": 2040}]\n}",
      expected:
        "plan.json:5:24: finance[0].year: the year 2040 is outside the plan's horizon 2025–2030"),
    Case(
      name: "three decimals",
      text: header + "  \"startYear\": 2025,\n  \"finance\": [{\"year\": 2025, \"ngf\": 1.005}]\n}",
      expected: "plan.json:5:37: finance[0].ngf: the amount 1.005 has more than two decimals"),
    Case(
      name: "number out of range",
      text: header + "  \"startYear\": 2025,\n  \"targetNewSMEs\": 1e999\n}",
      expected: "plan.json:5:20: "),
    Case(
      name: "invalid UTF-8",
      text: header + "  \"name\": \"caf\u{E9}\"\n}",
      expected: ""),
  ]

  @Test(arguments: cases)
  func eachMalformedFileGivesALocatedMessageAndStaysUntouched(_ example: Case) throws {
    let folder = try TemporaryFolder()
    var bytes = Array(example.text.utf8)
    if example.name == "invalid UTF-8" {
      // Latin-1 é, as an old editor would write it.
      bytes = Array((Self.header + "  \"name\": \"caf").utf8) + [0xE9] + Array("\"\n}".utf8)
    }
    let path = try folder.write("plan.json", bytes)
    do {
      _ = try PlanStore.load(path)
      Issue.record("\(example.name) was accepted")
    } catch {
      let message = error.description.replacingOccurrences(of: folder.path + "/", with: "")
      if example.name == "invalid UTF-8" {
        #expect(message.hasPrefix("plan.json:4:15: "), "\(message)")
      } else {
        #expect(message.hasPrefix(example.expected), "\(message)")
      }
      #expect(!message.contains("Swift") && !message.contains("Error("))
    }
    #expect(try folder.read("plan.json") == bytes)
    #expect(folder.entries == ["plan.json"])
  }

  @Test func aNewerFileIsNeverOverwrittenByLoading() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "new.json", "{\"format\": \"ecowerk-plan\", \"schemaVersion\": 2, \"future\": true}")
    do {
      _ = try PlanStore.load(path)
      Issue.record("loaded a newer file")
    } catch {
      #expect(error.kind == .tooNew(found: 2, supported: 1))
      #expect(error.description.contains("Update ecowerk to open it"))
    }
  }
}
