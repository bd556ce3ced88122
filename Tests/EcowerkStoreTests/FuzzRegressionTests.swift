import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// Replays every input in `FuzzRegressions/`: what the fuzzer (`fuzz/run.sh`) ever crashed on,
/// and hand-made nasty files. Each must load as a valid plan that saves and loads back equal,
/// or be refused with `FILE:LINE:COLUMN: …` — never crash, hang or be refused without a place.
@Suite struct FuzzRegressionTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("FuzzRegressions").path

  static let fixtures: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()

  /// The same tiny limits the fuzz target also loads with, so limit paths are replayed too.
  static let tinyLimits = PlanLimits(
    maxTextBytes: 24, maxListCount: 6, maxTreeDepth: 4, maxNodeCount: 12, maxHorizonYears: 8)

  /// Where and why a hand-made fixture must be refused under the standard limits.
  struct Refusal: Sendable {
    var line: Int
    var column: Int
    var path: String?
    var problem: StoreProblem
  }

  /// What the hand-made fixtures must give under the standard limits. Inputs the fuzzer found
  /// need only load or fail cleanly.
  static let expected: [String: Refusal] = [
    "start-year-overflow.json": Refusal(
      line: 1, column: 56, path: "startYear",
      problem: .brokenRule(.outOfRange(value: Int.max, lower: 1900, upper: 2200))),
    "horizon-overflow.json": Refusal(
      line: 1, column: 76, path: "horizonYears",
      problem: .brokenRule(.outOfRange(value: Int.max, lower: 1, upper: 30))),
    "integer-beyond-64-bits.json": Refusal(
      line: 1, column: 56, path: "startYear", problem: .syntax(.integerOutOfRange)),
    "nesting-100000-deep.json": Refusal(
      line: 1, column: 73, path: "[0][0][0][0][0][0]…[0][0][0][0][0][0]",
      problem: .syntax(.tooDeep(limit: 72))),
    "lone-surrogate-escape.json": Refusal(
      line: 1, column: 69, path: "name", problem: .syntax(.loneHighSurrogate(0xD800))),
    "overlong-utf8.json": Refusal(
      line: 1, column: 69, path: "name", problem: .syntax(.invalidUTF8(byte: 0xC0))),
    "nul-byte-in-key.json": Refusal(
      line: 1, column: 64, path: nil, problem: .syntax(.controlCharacterInText(0))),
    "amount-1e300.json": Refusal(
      line: 1, column: 91, path: "finance[0].ngf", problem: .decode(.amountTooLarge("1e300"))),
    "kpi-number-overflow.json": Refusal(
      line: 1, column: 164, path: "theoryOfChange[0].kpis[0].target",
      problem: .syntax(.numberOutOfRange)),
    "id-shared-by-two-kinds.json": Refusal(
      line: 1, column: 107, path: "stakeholders[0].id", problem: .brokenRule(.duplicateID("x"))),
    "escaped-unknown-partner.json": Refusal(
      line: 1, column: 141, path: "jointOrganisation[0].arrangements[0]",
      problem: .brokenRule(.unknownReference("\u{1B}[2Jsh-9"))),
    "bom-then-truncated.json": Refusal(
      line: 1, column: 1, path: nil, problem: .syntax(.byteOrderMark)),
  ]

  @Test func thereAreFixturesToReplayAndEachHandMadeOneIsThere() {
    #expect(Self.fixtures.count >= 10)
    for name in Self.expected.keys { #expect(Self.fixtures.contains(name), "\(name)") }
  }

  @Test(arguments: fixtures)
  func eachFixtureLoadsOrIsRefusedWithALocatedMessage(_ name: String) throws {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(Self.folder)/\(name)")))
    for limits in [PlanLimits.standard, Self.tinyLimits] {
      do {
        let plan = try PlanFile.decode(bytes, file: name, limits: limits)
        let saved = PlanFile.encode(plan)
        #expect(try PlanFile.decode(saved, file: name, limits: limits) == plan)
        #expect(Self.expected[name] == nil || limits != .standard, "\(name) should be refused")
      } catch {
        #expect(error.line != nil && error.column != nil, "\(error)")
        #expect(!error.description.contains("Error("), "\(error)")
        if limits == .standard, let expected = Self.expected[name] {
          #expect(error.file == name && error.kind == .invalid, "\(error)")
          #expect(error.line == expected.line && error.column == expected.column, "\(error)")
          #expect(error.path == expected.path && error.problem == expected.problem, "\(error)")
        }
      }
    }
  }
}
