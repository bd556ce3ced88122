import EcowerkJSON
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// Plan files last six years: a file of every earlier schema version opens, is migrated on its
/// first save, and loses nothing. The demo plan of each earlier version is kept as it was
/// shipped (`Fixtures/demo-vN.ecowerk.json`) to prove it.
@Suite struct MigrationTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The shipped demo of every schema version up to this one, by version.
  static func demos() throws -> [(version: Int, bytes: [UInt8])] {
    try (1...PlanFormat.schemaVersion).compactMap { version in
      let url = fixtures.appendingPathComponent("demo-v\(version).ecowerk.json")
      guard FileManager.default.fileExists(atPath: url.path) else { return nil }
      return (version, Array(try Data(contentsOf: url)))
    }
  }

  @Test func theDemoOfTheVersionBeforeThisOneIsKept() throws {
    let versions = try Self.demos().map(\.version)
    #expect(versions.contains(max(1, PlanFormat.schemaVersion - 1)), "\(versions)")
  }

  @Test func everyEarlierDemoOpensAndSavesAsTheCurrentVersion() throws {
    for (version, bytes) in try Self.demos() {
      let plan = try PlanFile.decode(bytes, file: "demo-v\(version).ecowerk.json")
      let saved = PlanFile.encode(plan)
      let root = try JSONParser.parse(saved)
      guard case .object(let object) = root.value else {
        Issue.record("not an object")
        continue
      }
      #expect(
        object["schemaVersion"]?.value == .integer(Int64(PlanFormat.schemaVersion)),
        "version \(version) is saved as the current one")
      // The saved file reads back as the same plan, through the fast reader too.
      #expect(try PlanFile.decode(saved, file: "saved") == plan)
      #expect(PlanFile.decodeFast(saved) == plan)
    }
  }

  /// Every text and every number of an older file is in the migrated one: a migration may move
  /// a value or give it another shape, never drop it.
  @Test func nothingOfAnEarlierDemoIsLost() throws {
    for (version, bytes) in try Self.demos() where version < PlanFormat.schemaVersion {
      let plan = try PlanFile.decode(bytes, file: "demo-v\(version).ecowerk.json")
      // The version number itself is the one value that changes.
      let before = Self.scalars(Self.withoutVersion(try JSONParser.parse(bytes).value))
      let after = Self.scalars(
        Self.withoutVersion(try JSONParser.parse(PlanFile.encode(plan)).value))
      var missing: [String] = []
      var left = Dictionary(after.map { ($0, 1) }, uniquingKeysWith: +)
      for value in before {
        if let count = left[value], count > 0 {
          left[value] = count - 1
        } else {
          missing.append(value)
        }
      }
      #expect(missing.isEmpty, "version \(version) lost \(missing.prefix(10))")
    }
  }

  /// A version-1 plan with what version 2 gives another shape.
  static let versionOne = """
    {"format": "ecowerk-plan", "schemaVersion": 1, "name": "Oud", "startYear": 2025,
     "segments": [
      {"id": "seg-1", "name": "Metaal", "participating": 40,
       "pains": ["Te duur", "Geen tijd"], "gains": ["Lagere kosten"],
       "barriers": [{"id": "need-1", "kind": "knowledge", "text": "Een drempel met dat id"}],
       "conversations": [
        {"id": "con-1", "counterpart": "Lid", "isMember": true},
        {"id": "con-2", "counterpart": "Onbekend", "isMember": false}]},
      {"id": "seg-2", "name": "Bouw", "pains": [], "gains": ["Meer werk"]}]}
    """

  @Test func painsAndGainsBecomeEntitiesWithNewIDsAndTheirTexts() throws {
    let plan = try PlanFile.decode(Array(Self.versionOne.utf8), file: "oud.ecowerk.json")
    // Numbered in file order, past the need-1 the file already uses for a barrier.
    #expect(
      plan.segments[0].pains == [
        Need(id: "need-2", text: "Te duur"), Need(id: "need-3", text: "Geen tijd"),
      ])
    #expect(plan.segments[0].gains == [Need(id: "need-4", text: "Lagere kosten")])
    #expect(plan.segments[1].pains == [])
    #expect(plan.segments[1].gains == [Need(id: "need-5", text: "Meer werk")])
    #expect(plan.violations().isEmpty, "every id is unique")
  }

  @Test func membershipIsKeptWhereItWasChosenAndOpenWhereItWasTheDefault() throws {
    let plan = try PlanFile.decode(Array(Self.versionOne.utf8), file: "oud.ecowerk.json")
    // Version 1 wrote false for a conversation nobody marked: it cannot count as a
    // conversation with an outsider until someone says so.
    #expect(plan.segments[0].conversations.map(\.membership) == [.member, nil])
  }

  @Test func participatingBecomesTakingPartAtTheStart() throws {
    let plan = try PlanFile.decode(Array(Self.versionOne.utf8), file: "oud.ecowerk.json")
    #expect(plan.segments[0].participatingAtStart == 40)
    #expect(plan.segments[0].reachedSinceStart == nil)
    #expect(plan.segments[1].participatingAtStart == nil)
  }

  @Test func aVersionOneFileSavesAsTheCurrentVersionAndReadsBackTheSame() throws {
    let plan = try PlanFile.decode(Array(Self.versionOne.utf8), file: "oud.ecowerk.json")
    let saved = PlanFile.encode(plan)
    #expect(
      String(decoding: saved, as: UTF8.self).contains(
        "\"schemaVersion\": \(PlanFormat.schemaVersion)"))
    #expect(try PlanFile.decode(saved, file: "nieuw") == plan)
  }

  /// The top-level object without its `schemaVersion` member.
  static func withoutVersion(_ value: JSONValue) -> JSONValue {
    guard case .object(var object) = value else { return value }
    object.members.removeAll { $0.key == "schemaVersion" }
    return .object(object)
  }

  /// Every text and number in the tree, as text.
  static func scalars(_ value: JSONValue) -> [String] {
    switch value {
    case .string(let text): return [text]
    case .integer(let number): return [String(number)]
    case .double(let number): return [String(number)]
    case .bool, .null: return []
    case .array(let elements): return elements.flatMap { scalars($0.value) }
    case .object(let object): return object.members.flatMap { scalars($0.value.value) }
    }
  }
}

/// Version 1 → 2: a KPI's one `actual` becomes the first, undated measurement of its series.
@Suite struct KPIActualMigrationTests {
  static func plan(kpis: String) throws -> Plan {
    let text = """
      {"format": "ecowerk-plan", "schemaVersion": 1, "name": "Oud", "startYear": 2025,
       "theoryOfChange": [{"id": "toc-1", "level": "impact", "title": "Doel", "kpis": [\(kpis)],
         "children": [{"id": "toc-2", "level": "outcome", "kpis": [
           {"id": "kpi-9", "name": "Diep", "actual": 7}]}]}],
       "actions": [{"id": "act-1", "what": "Doen", "kpis": [
         {"id": "kpi-8", "name": "Actie", "actual": 2.5, "target": 10}]}]}
      """
    return try PlanFile.decode(Array(text.utf8), file: "oud.ecowerk.json")
  }

  @Test func everyKPIsActualBecomesItsFirstUndatedMeasurement() throws {
    let plan = try Self.plan(
      kpis: #"{"id": "kpi-1", "name": "Scans", "baseline": 0, "target": 200, "actual": 35.5}"#)
    let kpi = try #require(plan.kpi("kpi-1"))
    #expect(kpi.measurements.count == 1)
    #expect(kpi.measurements.first?.value == 35.5)
    #expect(kpi.measurements.first?.date == nil, "version 1 never said when it was measured")
    #expect(kpi.actual == 35.5)
    #expect(plan.kpi("kpi-9")?.actual == 7, "under a child node")
    #expect(plan.kpi("kpi-8")?.actual == 2.5, "an action's KPI")
    #expect(plan.violations() == [])
    // The ids are new and distinct.
    let ids = plan.allKPIs().flatMap { $0.kpi.measurements.map(\.id.rawValue) }
    #expect(Set(ids).count == 3)
  }

  @Test func aKPIWithoutAnActualGetsNoMeasurement() throws {
    let plan = try Self.plan(kpis: #"{"id": "kpi-1", "name": "Leeg", "actual": null}"#)
    #expect(plan.kpi("kpi-1")?.measurements == [])
    let none = try Self.plan(kpis: #"{"id": "kpi-1", "name": "Leeg"}"#)
    #expect(none.kpi("kpi-1")?.measurements == [])
  }

  @Test func aNewMeasurementsIdNeverTakesAnIdTheFileUses() throws {
    let plan = try Self.plan(kpis: #"{"id": "ms-1", "name": "Heet al ms-1", "actual": 1}"#)
    let ids = plan.allKPIs().flatMap { $0.kpi.measurements.map(\.id.rawValue) }
    #expect(!ids.contains("ms-1"))
    #expect(plan.violations() == [])
  }

  @Test func theDemoOfVersionOneKeepsEveryKPIsFigure() throws {
    let bytes = try #require(try MigrationTests.demos().first { $0.version == 1 }?.bytes)
    // Every "actual" of a KPI in the old file, in file order.
    var figures: [Double] = []
    func walk(_ value: JSONValue, inKPIs: Bool) {
      switch value {
      case .object(let object):
        if inKPIs, let actual = object["actual"]?.value {
          switch actual {
          case .integer(let number): figures.append(Double(number))
          case .double(let number): figures.append(number)
          default: break
          }
        }
        for member in object.members { walk(member.value.value, inKPIs: member.key == "kpis") }
      case .array(let elements):
        for element in elements { walk(element.value, inKPIs: inKPIs) }
      default: break
      }
    }
    walk(try JSONParser.parse(bytes).value, inKPIs: false)
    #expect(figures.count >= 5)
    let plan = try PlanFile.decode(bytes, file: "demo-v1.ecowerk.json")
    let migrated = plan.allKPIs().flatMap { $0.kpi.measurements.compactMap(\.value) }
    #expect(migrated.sorted() == figures.sorted())
  }
}
