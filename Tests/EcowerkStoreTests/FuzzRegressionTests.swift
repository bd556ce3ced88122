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

  /// What the hand-made fixtures must give under the standard limits: the start of the message
  /// after the file name. Inputs the fuzzer found need only load or fail cleanly.
  static let expected: [String: String] = [
    "start-year-overflow.json":
      ":1:56: startYear: 9223372036854775807 is not between 1900 and 2200",
    "horizon-overflow.json": ":1:76: horizonYears: 9223372036854775807 is not between 1 and 30",
    "integer-beyond-64-bits.json": ":1:56: startYear: number out of range",
    "nesting-100000-deep.json": ":1:73: [0][0][0]",
    "lone-surrogate-escape.json": ":1:69: name: lone surrogate",
    "overlong-utf8.json": ":1:69: name: invalid UTF-8",
    "nul-byte-in-key.json": ":1:64: control character U+0000",
    "amount-1e300.json": ":1:91: finance[0].ngf: the amount 1e+300 is larger",
    "kpi-number-overflow.json": ":1:164: theoryOfChange[0].kpis[0].target: number out of range",
    "id-shared-by-two-kinds.json": ":1:",
    "escaped-unknown-partner.json": ":1:",
    "bom-then-truncated.json": ":1:1: ",
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
          #expect(error.description.hasPrefix(name + expected), "\(error)")
        }
      }
    }
  }
}
