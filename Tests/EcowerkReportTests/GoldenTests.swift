import EcowerkModel
import EcowerkReport
import EcowerkStore
import EcowerkStrings
import Foundation
import Testing

/// The fixture printed in every format and language, compared byte for byte with the files in
/// `Golden/`. Run with `RECORD_SNAPSHOTS=1` to write them anew after an intended change, then
/// read the diff before committing it.
@Suite("Golden files")
struct GoldenTests {
  static let cases: [(ReportFormat, Language)] = [
    (.text, .dutch), (.text, .english), (.markdown, .dutch), (.markdown, .english),
    (.html, .dutch), (.html, .english),
  ]

  @Test("the fixture renders exactly as recorded", arguments: cases)
  func fixtureMatchesGoldenFile(format: ReportFormat, language: Language) throws {
    let output = Report.render(
      ReportFixture.plan, format: format, language: language, today: ReportFixture.today,
      rubric: ReportFixture.rubric)
    let ext = ["text": "txt", "markdown": "md", "html": "html"][format.rawValue] ?? "?"
    try Golden.assertMatches(output, file: "fixture.\(language.rawValue).\(ext)")
  }

  @Test("the demo plan prints exactly as recorded", arguments: cases)
  func demoMatchesGoldenFile(format: ReportFormat, language: Language) throws {
    let demo = try DemoPlan.load()
    let output = Report.render(
      demo, format: format, language: language, today: ReportFixture.today,
      rubric: try RubricFile.loadDefault())
    let ext = ["text": "txt", "markdown": "md", "html": "html"][format.rawValue] ?? "?"
    try Golden.assertMatches(output, file: "demo.\(language.rawValue).\(ext)")
  }

  @Test(
    "the demo plan's tables export exactly as recorded",
    arguments: [(Language.dutch, CSVExport.Dialect.dutch), (.english, .english)])
  func demoCSVMatchesGoldenFile(language: Language, dialect: CSVExport.Dialect) throws {
    let output = CSVExport(
      plan: try DemoPlan.load(), language: language, dialect: dialect, today: ReportFixture.today
    ).render()
    try Golden.assertMatches(output, file: "demo.\(language.rawValue).csv")
  }

  @Test(
    "the fixture's tables export exactly as recorded",
    arguments: [(Language.dutch, CSVExport.Dialect.dutch), (.english, .english)])
  func fixtureCSVMatchesGoldenFile(language: Language, dialect: CSVExport.Dialect) throws {
    let output = CSVExport(
      plan: ReportFixture.plan, language: language, dialect: dialect, today: ReportFixture.today
    ).render()
    try Golden.assertMatches(output, file: "fixture.\(language.rawValue).csv")
  }

  /// Each picture of the demo's HTML snapshot as its own file, to open in a browser when a
  /// change to a picture is reviewed (the namespace added, which a page does not need).
  @Test("the demo's pictures draw exactly as recorded", arguments: Language.allCases)
  func demoPicturesMatchGoldenFiles(language: Language) throws {
    let pictures = SVGSupport.pictures(in: try SVGSupport.demoHTML(language))
    #expect(pictures.count == 7, "SMEs, grid, money, profile, two impact goals, alley")
    for (index, svg) in pictures.enumerated() {
      let file = svg.replacingOccurrences(
        of: "<svg ", with: "<svg xmlns=\"http://www.w3.org/2000/svg\" ", options: .anchored)
      try Golden.assertMatches(file, file: "demo.\(language.rawValue).picture-\(index + 1).svg")
    }
  }

  @Test("the fixture without a rubric renders exactly as recorded")
  func fixtureWithoutRubricMatchesGoldenFile() throws {
    let output = Report.render(
      ReportFixture.plan, format: .text, language: .english, today: ReportFixture.today,
      sections: [.peerReview])
    try Golden.assertMatches(output, file: "peer-review-without-rubric.en.txt")
  }
}

/// Golden files next to this source file, found from `#filePath` so the tests need no
/// bundle resources.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static var recording: Bool {
    ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  }

  static func assertMatches(
    _ output: String, file: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(file)
    if recording {
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
      let line = firstDifference(output, expected)
      let message =
        "output differs from Golden/\(file) at line \(line); "
        + "run with RECORD_SNAPSHOTS=1 to re-record if the change is intended"
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
  }

  /// The first line (1-based) where the two texts differ, to point at the change.
  static func firstDifference(_ lhs: String, _ rhs: String) -> Int {
    let left = lhs.split(separator: "\n", omittingEmptySubsequences: false)
    let right = rhs.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(left.count, right.count) {
      let a = index < left.count ? left[index] : nil
      let b = index < right.count ? right[index] : nil
      if a != b { return index + 1 }
    }
    return 0
  }
}
