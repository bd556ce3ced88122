import EcowerkModel
import EcowerkStore
import Testing

/// A file the JSON reader stops on still names the field it stopped in, found by scanning the
/// bytes before the error again; punctuation and keys name no field.
@Suite struct ParseErrorPathTests {
  static let header = "{\"format\": \"ecowerk-plan\", \"schemaVersion\": 1, \"startYear\": 2025, "

  @Test(
    arguments: [
      ("\"name\": \"caf\\ud800\"}", "name"),
      ("\"segments\": [{\"id\": \"s\", \"pains\": [\"a\", \"b\\q\"]}]}", "segments[0].pains[1]"),
      ("\"stakeholders\": [{}, {\"id\": \"x\", \"name\": tru}]}", "stakeholders[1].name"),
      (
        "\"theoryOfChange\": [{\"id\": \"a\", \"title\": \"\\\"{[,:\", \"kpis\": [{\"target\": 1e999}]}]}",
        "theoryOfChange[0].kpis[0].target"
      ),
      ("\"finance\": [{\"year\": 2025}, {\"year\": 2026, \"ngf\": -}]}", "finance[1].ngf"),
      ("\"actions\": [],}", nil),
      ("\"name\": \"a\", \"name\": \"b\"}", nil),
      ("\"name\" \"a\"}", nil),
    ] as [(String, String?)])
  func theParseErrorNamesTheFieldItStoppedIn(_ text: String, _ path: String?) throws {
    do {
      _ = try PlanFile.decode(Array((Self.header + text).utf8), file: "plan.json")
      Issue.record("\(text) loaded")
    } catch {
      #expect(error.path == path, "\(error)")
      #expect(error.line == 1 && error.column != nil)
    }
  }
}
