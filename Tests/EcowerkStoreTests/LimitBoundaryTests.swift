import EcowerkFixtures
import EcowerkJSON
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// Every defined limit holds exactly: a plan at the limit N loads, saves and loads back equal;
/// one more (N+1) is refused with `FILE:LINE:COLUMN: field.path: what`. Small limits keep most
/// cases fast; the standard limits are tested where that is cheap (text, list, depth, file).
@Suite struct LimitBoundaryTests {
  /// Limits small enough to build every case by hand.
  static let small = PlanLimits(
    maxTextBytes: 40, maxListCount: 10, maxTreeDepth: 5, maxNodeCount: 12, maxHorizonYears: 8)

  /// The rich fixture with every text short, so that only the text under test is long.
  static var base: Plan {
    HostileStrings.filling(FixturePlans.rich()) { _, _ in "kort" }
  }

  /// The error `bytes` give, or nil when they load (and then also save and load back equal).
  static func refusal(
    _ bytes: [UInt8], _ limits: PlanLimits,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> StoreError? {
    do {
      let plan = try PlanFile.decode(bytes, file: "plan.json", limits: limits)
      let again = PlanFile.encode(plan)
      #expect(
        (try? PlanFile.decode(again, file: "plan.json", limits: limits)) == plan,
        "a plan that loads saves and loads back equal", sourceLocation: sourceLocation)
      return nil
    } catch {
      return error
    }
  }

  /// The offset of the first occurrence of `needle` in `bytes`.
  static func offset(of needle: String, in bytes: [UInt8]) throws -> Int {
    let target = Array(needle.utf8)
    return try #require(
      bytes.indices.first { bytes[$0...].starts(with: target) }, "\(needle) is in the file")
  }

  /// `FILE:LINE:COLUMN` of the first occurrence of `needle`, plus `skip` bytes, as the
  /// message should give it.
  static func location(of needle: String, in bytes: [UInt8], skip: Int = 0) throws -> String {
    let location = EcowerkJSON.SourceLocation(
      offset: try offset(of: needle, in: bytes) + skip, in: bytes)
    return "plan.json:\(location.line):\(location.column)"
  }

  // MARK: Text length

  /// A text of exactly `bytes` UTF-8 bytes that starts with `marker` and needs escaping.
  static func text(_ bytes: Int, marker: String = "TXT") -> String {
    var text = marker + "\"\u{1}"
    while text.utf8.count + 2 <= bytes { text += "é" }
    while text.utf8.count < bytes { text += "x" }
    return text
  }

  @Test func everyTextFieldTakesNBytesAndNamesItselfAtNPlusOne() throws {
    let limit = Self.small.maxTextBytes
    let fields = HostileStrings.textFields(of: Self.base)
    #expect(fields.count > 60)
    for (ref, field) in fields {
      let atLimit = HostileStrings.filling(Self.base) { r, f in
        r == ref && f == field ? Self.text(limit) : "kort"
      }
      #expect(atLimit.violations(limits: Self.small).isEmpty, "\(ref) \(field)")
      #expect(Self.refusal(PlanFile.encode(atLimit), Self.small) == nil, "\(ref) \(field) at N")

      let over = HostileStrings.filling(Self.base) { r, f in
        r == ref && f == field ? Self.text(limit + 1) : "kort"
      }
      // The invariant (what editing checks) and the file (what loading checks) agree on the
      // field, and its path ends in the field's name.
      let violation = try #require(over.violations(limits: Self.small).first)
      #expect(violation.problem == .textTooLong(bytes: limit + 1, limit: limit))
      let name = field.rawValue
      #expect(
        violation.path.hasSuffix("." + name) || violation.path == name
          || violation.path.hasSuffix(".\(name)[0]"), "\(violation.path)")
      let bytes = PlanFile.encode(over)
      let error = try #require(Self.refusal(bytes, Self.small), "\(ref) \(field) at N+1")
      #expect(error.location == "\(try Self.location(of: "\"TXT", in: bytes)): \(violation.path): ")
      #expect(error.problem == .syntax(.textTooLong(limit: limit)))
    }
  }

  @Test func theStandardTextLimitIsExactlyOneHundredThousandBytes() throws {
    var plan = FixturePlans.rich()
    plan.stakeholders[1].addedValue = Self.text(100_000)
    #expect(Self.refusal(PlanFile.encode(plan), .standard) == nil)
    plan.stakeholders[1].addedValue = Self.text(100_001)
    let bytes = PlanFile.encode(plan)
    let error = try #require(Self.refusal(bytes, .standard))
    #expect(
      error.location
        == "\(try Self.location(of: "\"TXT", in: bytes)): stakeholders[1].addedValue: ")
    #expect(error.problem == .syntax(.textTooLong(limit: 100_000)))
    #expect(
      plan.violations().first
        == PlanViolation(
          path: "stakeholders[1].addedValue",
          problem: .textTooLong(bytes: 100_001, limit: 100_000)))
  }

  // MARK: List length

  @Test(arguments: ["stakeholders", "segments[1].pains", "theoryOfChange[0].kpis", "pilots"])
  func listsTakeNEntriesAndNameThemselvesAtNPlusOne(_ path: String) throws {
    let limit = Self.small.maxListCount
    func plan(_ count: Int) -> Plan {
      var plan = Self.base
      switch path {
      case "stakeholders":
        plan.stakeholders += (plan.stakeholders.count..<count).map {
          Stakeholder(id: .init("extra-\($0)"), name: "Partner \($0)")
        }
      case "segments[1].pains":
        // The pains are new ones, so the proposition answers none of the old ones.
        plan.propositions[0].relieves = []
        plan.segments[1].pains = (0..<count).map {
          Need(id: .init("pijn-\($0)"), text: "pijn \($0)")
        }
      case "theoryOfChange[0].kpis":
        plan.theoryOfChange[0].kpis = (0..<count).map { KPI(id: .init("k-\($0)"), name: "\($0)") }
      default: plan.pilots = (0..<count).map { Pilot(id: .init("p-\($0)"), name: "\($0)") }
      }
      return plan
    }
    #expect(plan(limit).violations(limits: Self.small).isEmpty)
    #expect(Self.refusal(PlanFile.encode(plan(limit)), Self.small) == nil)
    let over = plan(limit + 1)
    #expect(
      over.violations(limits: Self.small)
        == [PlanViolation(path: path, problem: .listTooLong(count: limit + 1, limit: limit))])
    let bytes = PlanFile.encode(over)
    let error = try #require(Self.refusal(bytes, Self.small))
    #expect(error.path == path)
    #expect(error.problem == .syntax(.arrayTooLong(limit: limit)))
    #expect(error.line != nil && error.column != nil)
  }

  @Test func theStandardListLimitIsExactlyOneHundredThousandEntries() throws {
    var plan = FixturePlans.rich()
    plan.propositions[0].creates = []
    plan.segments[0].gains = (0..<100_000).map { Need(id: .init("g-\($0)")) }
    #expect(Self.refusal(PlanFile.encode(plan), .standard) == nil)
    plan.segments[0].gains.append(Need(id: "g-extra"))
    let bytes = PlanFile.encode(plan)
    let error = try #require(Self.refusal(bytes, .standard))
    let list = try Self.location(of: "\"gains\": [", in: bytes, skip: "\"gains\": ".utf8.count)
    #expect(error.location == "\(list): segments[0].gains: ")
    #expect(error.problem == .syntax(.arrayTooLong(limit: 100_000)))
  }

  // MARK: Theory of Change depth and size

  /// A chain of `depth` nodes, each the only child of the one above; the deepest has an
  /// assumption and a KPI, which sit deeper in the JSON than the node itself.
  static func chain(_ depth: Int) -> [ChangeNode] {
    var node = ChangeNode(
      id: .init("toc-\(depth)"), level: .activity, title: "diepste",
      assumptions: [Assumption(id: .init("as-deep"), text: "klopt")],
      kpis: [KPI(id: .init("kpi-deep"), name: "meting", target: 1)])
    for level in stride(from: depth - 1, through: 1, by: -1) {
      node = ChangeNode(id: .init("toc-\(level)"), level: .outcome, children: [node])
    }
    return [node]
  }

  @Test(arguments: [5, 32])
  func theTreeTakesNLevelsAndNamesTheLevelBelowAtNPlusOne(_ limit: Int) throws {
    let limits = limit == 32 ? PlanLimits.standard : Self.small
    var plan = Self.base
    plan.theoryOfChange = Self.chain(limit)
    #expect(plan.violations(limits: limits).isEmpty)
    #expect(Self.refusal(PlanFile.encode(plan), limits) == nil)
    plan.theoryOfChange = Self.chain(limit + 1)
    // A path of more than sixteen steps is shown by its first and last six.
    let steps =
      ["theoryOfChange", "[0]"] + Array(repeating: [".children", "[0]"], count: limit - 1).joined()
      + [".children"]
    let path =
      steps.count > 16
      ? steps.prefix(6).joined() + "…" + steps.suffix(6).joined() : steps.joined()
    let bytes = PlanFile.encode(plan)
    let error = try #require(Self.refusal(bytes, limits))
    #expect(error.path == path)
    #expect(error.problem == .brokenRule(.treeTooDeep(limit: limit)))
    #expect(error.line != nil && error.column != nil)
  }

  @Test func aTreeFarTooDeepForTheParserStillNamesTheNode() throws {
    var plan = FixturePlans.rich()
    plan.theoryOfChange = Self.chain(200)
    let error = try #require(Self.refusal(PlanFile.encode(plan), .standard))
    let path = try #require(error.path)
    #expect(path.hasPrefix("theoryOfChange[0].children[0].children[0]"))
    #expect(error.line != nil && error.column != nil)
  }

  @Test func theTreeTakesNNodesAndRefusesNPlusOneAtItsRoot() throws {
    let limit = Self.small.maxNodeCount
    var plan = Self.base
    // A chain as deep as allowed and the rest as roots, so depth, roots and count are all at
    // or under their limits together.
    plan.theoryOfChange = Self.chain(Self.small.maxTreeDepth)
    while plan.nodeCount < limit {
      plan.theoryOfChange.append(
        ChangeNode(id: .init("root-\(plan.nodeCount)"), level: .impact, title: "doel"))
    }
    #expect(plan.violations(limits: Self.small).isEmpty)
    #expect(Self.refusal(PlanFile.encode(plan), Self.small) == nil)
    plan.theoryOfChange[1].children = [ChangeNode(id: .init("one-more"), level: .outcome)]
    let bytes = PlanFile.encode(plan)
    let error = try #require(Self.refusal(bytes, Self.small))
    let tree = try Self.location(
      of: "\"theoryOfChange\": [", in: bytes, skip: "\"theoryOfChange\": ".utf8.count)
    #expect(error.location == "\(tree): theoryOfChange: ")
    #expect(error.problem == .brokenRule(.tooManyNodes(count: limit + 1, limit: limit)))
  }

  // MARK: File size

  @Test func aFileOfExactlyTheLimitIsReadAndOneByteMoreIsRefused() throws {
    let plan = Array(
      "{\"format\": \"ecowerk-plan\", \"schemaVersion\": 1, \"startYear\": 2025}".utf8)
    var bytes =
      plan + Array(repeating: UInt8(ascii: "\n"), count: PlanFormat.maxFileBytes - plan.count)
    #expect(bytes.count == 64 * 1_048_576)
    #expect(try PlanFile.decode(bytes, file: "plan.json") == Plan(startYear: 2025))
    bytes.append(UInt8(ascii: "\n"))
    do {
      _ = try PlanFile.decode(bytes, file: "plan.json")
      Issue.record("a file over the limit was read")
    } catch {
      #expect(error.kind == .tooLarge)
      #expect(error.location == "plan.json: ")
      #expect(error.problem == .fileTooLarge(.plan, bytes: 67_108_865, limit: 67_108_864))
    }
  }

  @Test func aFileOnDiskOfExactlyTheLimitIsReadNotRefusedForItsSize() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("plan.json", "{\"format\": \"ecowerk-plan\"}")
    // Sparse: 64 MB of NUL bytes after the object cost no disk.
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: UInt64(PlanFormat.maxFileBytes))
    try handle.close()
    do {
      _ = try PlanStore.load(path)
      Issue.record("NUL bytes loaded as a plan")
    } catch {
      // It was read: the complaint is about its content, located, not about its size.
      #expect(error.kind == .invalid)
      #expect(error.location == path + ":1:27: ", "\(error)")
      #expect(error.problem == .syntax(.unexpected(.endOfFile, found: .controlCharacter(0))))
    }
  }

  // MARK: Everything at once

  /// A plan at every limit at the same time.
  static func planAtEveryLimit(_ limits: PlanLimits) -> Plan {
    var plan = base
    plan.name = text(limits.maxTextBytes)
    plan.propositions[0].relieves = []
    plan.propositions[0].creates = []
    plan.segments[0].pains = (0..<3).map {
      Need(id: .init("p-\($0)"), text: text(limits.maxTextBytes, marker: "P"))
    }
    plan.segments[1].gains = (0..<limits.maxListCount).map { Need(id: .init("g-\($0)")) }
    plan.horizonYears = limits.maxHorizonYears
    plan.theoryOfChange = chain(limits.maxTreeDepth)
    // The standard 100,000 nodes would make this slow; the node count has its own test.
    while plan.nodeCount < min(limits.maxNodeCount, 1_000) {
      plan.theoryOfChange.append(
        ChangeNode(id: .init("root-\(plan.nodeCount)"), level: .impact, title: "doel"))
    }
    return plan
  }

  @Test(arguments: [false, true])
  func aPlanAtEveryLimitSavesAndLoadsBackEqual(standard: Bool) throws {
    let limits = standard ? PlanLimits.standard : Self.small
    let plan = Self.planAtEveryLimit(limits)
    #expect(plan.violations(limits: limits).isEmpty)
    if !standard { #expect(plan.nodeCount == limits.maxNodeCount) }
    let folder = try TemporaryFolder()
    let path = folder.file("grens.ecowerk.json")
    try PlanStore.save(plan, to: path)
    let loaded = try PlanStore.load(path, limits: limits)
    #expect(loaded == plan)
    try PlanStore.save(loaded, to: path)
    #expect(try folder.read("grens.ecowerk.json") == PlanFile.encode(plan))
  }

  @Test func arrangementsForMoreThanTenThousandPartnersLoadAgain() throws {
    var plan = FixturePlans.rich()
    plan.stakeholders = (0..<10_001).map { Stakeholder(id: .init("sh-\($0)")) }
    plan.jointOrganisation = [
      OrgFunction(
        id: "fn-1", name: "Alles",
        arrangements: Dictionary(uniqueKeysWithValues: plan.stakeholders.map { ($0.id, .share) }))
    ]
    plan.finance = []
    plan.theoryOfChange = []
    plan.changeLinks = []
    plan.actions = []
    plan.pilots = []
    #expect(plan.violations().isEmpty)
    #expect(Self.refusal(PlanFile.encode(plan), .standard) == nil)
  }
}
