import EcowerkModel
import EcowerkStrings

/// How the report names the entities a plan refers to by id, looked up once per report.
///
/// A plan that passed its invariants has no dangling references, but a report is also printed
/// for plans being repaired, so an unknown id is shown as itself rather than dropped.
struct ReportNames: Sendable {
  let strings: Strings
  private let stakeholders: [StakeholderID: String]
  private let segments: [SegmentID: String]
  private let propositions: [PropositionID: String]
  private let chainLinks: [ChainLinkID: String]
  private let nodes: [NodeID: String]
  private let failures: [FailureID: String]
  private let businessModels: [BusinessModelID: String]
  /// Pains, gains and barriers by id: what a proposition answers.
  private let needs: [String: String]

  init(plan: Plan, strings: Strings) {
    self.strings = strings
    stakeholders = Self.index(plan.stakeholders.map { ($0.id, $0.name) })
    segments = Self.index(plan.segments.map { ($0.id, $0.name) })
    propositions = Self.index(plan.propositions.map { ($0.id, $0.name) })
    chainLinks = Self.index(plan.chainLinks.map { ($0.id, $0.name) })
    nodes = Self.index(plan.allNodes().map { ($0.node.id, $0.node.title) })
    failures = Self.index(plan.allFailures.map { ($0.failure.id, $0.failure.description) })
    businessModels = Self.index(plan.businessModels.map { ($0.id, $0.name) })
    var needs: [(String, String)] = []
    for segment in plan.segments {
      needs += segment.pains.map { ($0.id.rawValue, $0.text) }
      needs += segment.gains.map { ($0.id.rawValue, $0.text) }
      needs += segment.barriers.map { ($0.id.rawValue, $0.text) }
    }
    self.needs = Self.index(needs)
  }

  func stakeholder(_ id: StakeholderID?) -> String { name(id, in: stakeholders) }
  func segment(_ id: SegmentID?) -> String { name(id, in: segments) }
  func proposition(_ id: PropositionID?) -> String { name(id, in: propositions) }
  func chainLink(_ id: ChainLinkID?) -> String { name(id, in: chainLinks) }
  func node(_ id: NodeID?) -> String { name(id, in: nodes) }
  func failure(_ id: FailureID?) -> String { name(id, in: failures) }
  func businessModel(_ id: BusinessModelID?) -> String { name(id, in: businessModels) }
  /// A pain, gain or barrier by its id: its text.
  func need(_ id: String) -> String { needs[id].map(orUnnamed) ?? id }

  /// The names joined into one line, or a dash for none.
  func list(_ names: [String]) -> String {
    names.isEmpty ? "–" : names.joined(separator: ", ")
  }

  /// The text, or a dash when it is empty, so an empty cell reads as "not filled in".
  func orDash(_ text: String) -> String {
    text.allSatisfy(\.isWhitespace) ? "–" : text
  }

  /// The name, or a marker for an entity whose name was left empty.
  func orUnnamed(_ name: String) -> String {
    name.allSatisfy(\.isWhitespace) ? strings["report.unnamed"] : name
  }

  /// A whole number, or a dash when it was not filled in.
  func number(_ value: Int?) -> String {
    value.map(strings.number) ?? "–"
  }

  /// A period such as "1-3-2026 – 30-6-2026", with either end possibly open.
  func period(_ start: CalendarDate?, _ end: CalendarDate?) -> String {
    switch (start, end) {
    case (let start?, let end?): return "\(strings.date(start)) – \(strings.date(end))"
    case (let start?, nil): return strings.format("report.period.from", strings.date(start))
    case (nil, let end?): return strings.format("report.period.until", strings.date(end))
    case (nil, nil): return "–"
    }
  }

  private func name<Entity>(_ id: EntityID<Entity>?, in names: [EntityID<Entity>: String])
    -> String
  {
    guard let id else { return "–" }
    guard let name = names[id] else { return id.rawValue }
    return orUnnamed(name)
  }

  /// First entry wins, like every lookup by id in the model.
  private static func index<Key: Hashable>(_ pairs: [(Key, String)]) -> [Key: String] {
    Dictionary(pairs, uniquingKeysWith: { first, _ in first })
  }
}
