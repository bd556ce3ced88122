import EcowerkFixtures
import EcowerkJSON
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// The fast reader and the careful one agree: on every well-formed plan the fast one reads the
/// same plan, and on anything else loading gives exactly what the careful one gives.
@Suite struct FastPlanReaderTests {
  static func bytes(_ plan: Plan) -> [UInt8] { PlanFile.encode(plan) }

  @Test func everyKindOfPlanIsReadTheSameFast() throws {
    var plans = [try DemoPlan.load(), FixturePlans.rich(), Plan(startYear: 2025)]
    plans.append(
      PlanGenerator(seed: 3).plan(stakeholders: 200, segments: 12, nodes: 300, actions: 400))
    for seed in 0..<2_000 { plans.append(PlanGenerator(seed: UInt64(seed)).variedPlan()) }
    var differences = 0
    for plan in plans {
      let fast = PlanFile.decodeFast(Self.bytes(plan))
      if fast != plan { differences += 1 }
    }
    #expect(differences == 0, "\(differences) of \(plans.count) plans read differently")
  }

  /// Every object's keys reversed and the file written compactly: still the same plan.
  @Test func keysInAnyOrderAndNoWhitespaceReadTheSame() throws {
    let demo = try DemoPlan.load()
    func reversed(_ node: JSONNode) -> JSONValue {
      switch node.value {
      case .object(let object):
        return .object(
          JSONObject(
            members: object.members.reversed().map {
              JSONObject.Member(key: $0.key, value: JSONNode(reversed($0.value)))
            }))
      case .array(let elements):
        return .array(elements.map { JSONNode(reversed($0)) })
      default:
        return node.value
      }
    }
    let root = try JSONParser.parse(Self.bytes(demo))
    let shuffled = JSONWriter.encode(reversed(root), style: .compact)
    #expect(PlanFile.decodeFast(shuffled) == demo)
    #expect(try PlanFile.decode(shuffled, file: "plan.json") == demo)
  }

  @Test(
    "what the careful reader refuses, the fast one gives up on",
    arguments: [
      ("\"influence\": 4,", "\"influence\": 4, \"influence\": 4,"),
      ("\"influence\": 4,", "\"influence\": 4.0,"),
      ("\"influence\": 4,", "\"influence\": 4, \"mood\": 1,"),
      ("\"influence\": 4,", "\"influence\": \"4\","),
      ("\"inMVE\": true", "\"inMVE\": 1"),
      ("\"schemaVersion\": \(PlanFormat.schemaVersion)", "\"schemaVersion\": 0"),
      ("\"kind\": \"vocationalSchool\"", "\"kind\": \"castle\""),
      ("\"chainLinks\": [", "\"chainLinks\": [ ,"),
    ])
  func refusals(original: String, broken: String) throws {
    let text = String(decoding: Self.bytes(try DemoPlan.load()), as: UTF8.self)
    let compact = text.replacingOccurrences(of: "\": ", with: "\": ")
    #expect(compact.contains(original), "the demo file has \(original)")
    let bytes = Array(compact.replacingOccurrences(of: original, with: broken).utf8)
    #expect(PlanFile.decodeFast(bytes) == nil)
    #expect(throws: StoreError.self) { try PlanFile.decode(bytes, file: "plan.json") }
  }

  @Test func theFuzzFixturesLoadExactlyAsTheCarefulReaderLoadsThem() throws {
    for name in FuzzRegressionTests.fixtures {
      let bytes = [UInt8](
        try Data(contentsOf: URL(fileURLWithPath: FuzzRegressionTests.folder + "/" + name)))
      for limits in [PlanLimits.standard, FuzzRegressionTests.tinyLimits] {
        let quick = outcome { () throws(StoreError) -> Plan in
          try PlanFile.decode(bytes, file: name, limits: limits)
        }
        let careful = outcome { () throws(StoreError) -> Plan in
          try PlanFile.decodeCarefully(bytes, file: name, limits: limits)
        }
        #expect(quick == careful, "\(name)")
      }
    }
  }

  func outcome(_ load: () throws(StoreError) -> Plan) -> String {
    do {
      return "plan \(try load())"
    } catch {
      return "error \(error.description)"
    }
  }
}
