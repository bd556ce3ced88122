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
    var line: Int
    var column: Int
    var path: String?
    var problem: StoreProblem
    var description: String { name }

    init(
      _ name: String, _ text: String, at line: Int, _ column: Int, path: String? = nil,
      _ problem: StoreProblem
    ) {
      self.name = name
      self.text = text
      self.line = line
      self.column = column
      self.path = path
      self.problem = problem
    }
  }

  static let cases: [Case] = [
    Case("empty", "", at: 1, 1, .syntax(.empty)),
    Case("not JSON", "Dit is geen plan\n", at: 1, 1, .syntax(.unexpectedWord("Dit"))),
    Case("byte order mark", "\u{FEFF}{}", at: 1, 1, .syntax(.byteOrderMark)),
    Case("not an object", "[1, 2]", at: 1, 1, .notAPlan),
    Case("no format", "{\"name\": \"x\"}", at: 1, 1, .notPlanFormat),
    Case(
      "newer schema", "{\"format\": \"ecowerk-plan\", \"schemaVersion\": 7, \"startYear\": 2025}",
      at: 1, 45, path: "schemaVersion", .newerSchema(found: 7, supported: PlanFormat.schemaVersion)),
    Case(
      "schema version as text", "{\"format\": \"ecowerk-plan\", \"schemaVersion\": \"1\"}",
      at: 1, 45, path: "schemaVersion", .schemaVersionMissing),
    Case(
      "schema version zero", "{\"format\": \"ecowerk-plan\", \"schemaVersion\": 0}",
      at: 1, 45, path: "schemaVersion", .schemaVersionTooLow(0)),
    Case(
      "missing start year", header + "  \"name\": \"x\"\n}", at: 1, 1,
      .decode(.missingField("startYear"))),
    Case(
      "influence out of range",
      header
        + "  \"startYear\": 2025,\n  \"stakeholders\": [\n    {\"id\": \"sh-1\"},\n    {\"id\": \"sh-2\", \"influence\": 7}\n  ]\n}",
      at: 7, 33, path: "stakeholders[1].influence",
      .brokenRule(.outOfRange(value: 7, lower: 1, upper: 5))),
    Case(
      "text where a number belongs",
      header
        + "  \"startYear\": 2025,\n  \"stakeholders\": [{\"id\": \"sh-1\", \"interest\": \"hoog\"}]\n}",
      at: 5, 47, path: "stakeholders[0].interest",
      .decode(.expected(.wholeNumber, found: .text("hoog")))),
    Case(
      "a fraction where a whole number belongs",
      header + "  \"startYear\": 2025.5\n}", at: 4, 16, path: "startYear",
      .decode(.expected(.wholeNumber, found: .number("2025.5")))),
    Case(
      "unknown field", header + "  \"startYear\": 2025,\n  \"segmenten\": []\n}", at: 5, 3,
      .decode(.unknownField("segmenten", known: ["format", "schemaVersion"] + Plan.schema.keys))),
    Case(
      "unknown choice", header + "  \"startYear\": 2025,\n  \"phase\": \"bouwen\"\n}", at: 5, 12,
      path: "phase", .decode(.notAChoice("bouwen", options: Phase.allCases.map(\.rawValue)))),
    Case(
      "duplicate key", header + "  \"startYear\": 2025,\n  \"name\": \"a\",\n  \"name\": \"b\"\n}",
      at: 6, 3, .syntax(.duplicateKey("name", firstLine: 5, firstColumn: 3))),
    Case(
      "trailing comma", header + "  \"startYear\": 2025,\n}", at: 4, 20,
      .syntax(.trailingComma(closer: "}"))),
    Case(
      "impossible date",
      header
        + "  \"startYear\": 2025,\n  \"actions\": [{\"id\": \"act-1\", \"end\": \"2027-02-30\"}]\n}",
      at: 5, 38, path: "actions[0].end", .decode(.notADate("2027-02-30"))),
    Case(
      "dangling reference",
      header
        + "  \"startYear\": 2025,\n  \"actions\": [{\"id\": \"act-1\", \"owner\": \"sh-9\"}]\n}",
      at: 5, 40, path: "actions[0].owner", .brokenRule(.unknownReference("sh-9"))),
    Case(
      "duplicate id",
      header + "  \"startYear\": 2025,\n  \"chainLinks\": [{\"id\": \"x\"}, {\"id\": \"x\"}]\n}",
      at: 5, 38, path: "chainLinks[1].id", .brokenRule(.duplicateID("x"))),
    Case(
      "year outside horizon",
      header + "  \"startYear\": 2025,\n  \"finance\": [{\"year\": 2040}]\n}", at: 5, 24,
      path: "finance[0].year", .brokenRule(.yearOutsideHorizon(year: 2040, first: 2025, last: 2030))
    ),
    Case(
      "three decimals",
      header + "  \"startYear\": 2025,\n  \"finance\": [{\"year\": 2025, \"ngf\": 1.005}]\n}",
      at: 5, 37, path: "finance[0].ngf", .decode(.tooManyDecimals("1.005"))),
    Case(
      "number out of range", header + "  \"startYear\": 2025,\n  \"targetNewSMEs\": 1e999\n}",
      at: 5, 20, path: "targetNewSMEs", .syntax(.numberOutOfRange)),
    Case(
      "invalid UTF-8", header + "  \"name\": \"caf\u{E9}\"\n}", at: 4, 15, path: "name",
      .syntax(.invalidUTF8(byte: 0xE9))),
  ]

  @Test(arguments: cases)
  func eachMalformedFileGivesALocatedProblemAndStaysUntouched(_ example: Case) throws {
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
      #expect(error.file == path)
      #expect(error.line == example.line && error.column == example.column, "\(error)")
      #expect(error.path == example.path, "\(error)")
      #expect(error.problem == example.problem, "\(error)")
      let message = error.description.replacingOccurrences(of: folder.path + "/", with: "")
      #expect(message.hasPrefix("plan.json:\(example.line):\(example.column): "), "\(message)")
      #expect(!message.contains("Swift") && !message.contains("Error("))
    }
    #expect(try folder.read("plan.json") == bytes)
    #expect(folder.entries == ["plan.json"])
  }

  @Test func aNewerFileIsNeverOverwrittenByLoading() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "new.json",
      "{\"format\": \"ecowerk-plan\", \"schemaVersion\": \(PlanFormat.schemaVersion + 1), \"future\": true}"
    )
    do {
      _ = try PlanStore.load(path)
      Issue.record("loaded a newer file")
    } catch {
      let newer = PlanFormat.schemaVersion + 1
      #expect(error.kind == .tooNew(found: newer, supported: PlanFormat.schemaVersion))
      #expect(error.problem == .newerSchema(found: newer, supported: PlanFormat.schemaVersion))
    }
  }
}
