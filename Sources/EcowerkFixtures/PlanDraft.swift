import EcowerkModel

/// The state of one generation: the random source and the id counters. A value made afresh for
/// each plan, so that `PlanGenerator` itself stays a constant.
struct PlanDraft {
  var random: SplitMix64
  private var counters: [String: Int] = [:]
  private var prefixes: [ObjectIdentifier: String] = [:]
  /// The stakeholders made so far, for owners, partners and arrangements.
  var stakeholderIDs: [StakeholderID] = []
  /// The core of the partnership: the first stakeholders, who are in the MVE.
  var coreIDs: [StakeholderID] = []

  static let startYear = 2025
  static let horizonYears = 6
  /// The size of the minimum viable ecosystem: the first stakeholders made.
  static let coreSize = 12
  /// The first day of the plan, for spreading dates over the horizon.
  static let firstDay = CalendarDate(dayNumber: 20_089)  // 2025-01-01
  /// The day the generated statuses are relative to: halfway through the horizon.
  static let referenceDay = firstDay.dayNumber + 540

  init(seed: UInt64) {
    random = SplitMix64(seed: seed)
  }

  /// The next id for an entity of type `T`, numbered per kind with the prefix the plan's own
  /// id scheme uses ("sh-1", "sh-2"...), so a generated plan's next new id follows on.
  mutating func nextID<T>(_ type: T.Type) -> EntityID<T> {
    let prefix: String
    if let known = prefixes[ObjectIdentifier(type)] {
      prefix = known
    } else {
      // The first id of an empty plan is "PREFIX-1".
      prefix = String(Plan.empty(startYear: Self.startYear).newID(type).rawValue.dropLast(2))
      prefixes[ObjectIdentifier(type)] = prefix
    }
    let number = counters[prefix, default: 0] + 1
    counters[prefix] = number
    return EntityID("\(prefix)-\(number)")
  }

  /// A date `offset` days after the plan's first day.
  func day(_ offset: Int) -> CalendarDate {
    CalendarDate(dayNumber: Self.firstDay.dayNumber + offset)
  }

  /// `count` different texts from `list` (all of it when it is shorter).
  mutating func some(_ list: [String], _ count: ClosedRange<Int>) -> [String] {
    random.sample(random.int(in: count), of: list.count).map { list[$0] }
  }

  mutating func plan(stakeholders: Int, segments: Int, nodes: Int, actions: Int) -> Plan {
    let region = random.pick(Vocabulary.places)
    var plan = Plan(
      name: "Energiek Mkb \(region)", region: "\(region) en omstreken",
      challenge: "Het mkb in \(region) moet verduurzamen en elektrificeren, maar mist kennis, "
        + "geld en tijd. Het stroomnet zit vol en vakmensen zijn schaars.",
      vision: "In 2030 is verduurzamen voor elke mkb'er in \(region) een logische stap. Eén "
        + "aanspreekpunt brengt scan, financiering, uitvoering en vakmensen samen.",
      phase: .ontwikkelen, startYear: Self.startYear, horizonYears: Self.horizonYears)
    plan.systemFailures = Vocabulary.failures.prefix(3).map { failure($0) }
    plan.transformationFailures = Vocabulary.failures.dropFirst(3).map { failure($0) }
    for index in 0..<segments {
      plan.segments.append(segment(index, after: plan.segments.last?.id))
    }
    plan.targetNewSMEs = plan.segments.compactMap(\.target).reduce(0, +)
    plan.propositions = propositions(plan.segments.map(\.id))
    plan.chainLinks = Vocabulary.chainLinks.map { ChainLink(id: nextID(ChainLink.self), name: $0) }
    plan.stakeholders = (0..<stakeholders).map { stakeholder($0, links: plan.chainLinks) }
    stakeholderIDs = plan.stakeholders.map(\.id)
    coreIDs = Array(stakeholderIDs.prefix(Self.coreSize))
    plan.jointOrganisation = organisation()
    plan.businessModels = Vocabulary.businessModels.map { name, customer, revenue in
      BusinessModel(
        id: nextID(BusinessModel.self), name: name, customer: customer, revenue: revenue,
        description: "Kostendekkend vanaf \(Self.startYear + random.int(in: 2...4)).")
    }
    plan.finance = finance()
    plan.reviews = reviews()
    plan.theoryOfChange = theoryOfChange(nodes)
    plan.actions = self.actions(actions, nodes: plan.allNodes().map(\.node.id))
    plan.pilots = pilots(segments: plan.segments.map(\.id), plan.propositions.map(\.id))
    return plan
  }

  mutating func failure(_ text: (String, String)) -> Failure {
    Failure(id: nextID(Failure.self), description: text.0, actors: text.1)
  }
}
