/// What a pilot must show to count as a success: a measurable threshold ("at least 12 SMEs
/// take part"), tied to a KPI of the plan or stated on its own, and the result observed.
///
/// "Think big, act small, learn fast" only works when a pilot's decision (scale up, adjust,
/// stop) is held against what was agreed beforehand, not against how the pilot felt.
public struct SuccessCriterion: Identifiable, Hashable, Sendable {
  public var id: CriterionID
  /// The criterion in words.
  public var text: String
  /// The KPI that measures it, when one of the plan's KPIs does; its latest figure in the
  /// pilot's period is the result when none is entered here.
  public var kpi: KPIID?
  public var comparison: Comparison
  public var threshold: Double?
  /// The result observed at the end of the pilot.
  public var observed: Double?

  public init(
    id: CriterionID, text: String = "", kpi: KPIID? = nil, comparison: Comparison = .atLeast,
    threshold: Double? = nil, observed: Double? = nil
  ) {
    self.id = id
    self.text = text
    self.kpi = kpi
    self.comparison = comparison
    self.threshold = threshold
    self.observed = observed
  }

  /// Which side of the threshold is success.
  public enum Comparison: String, CaseIterable, Sendable {
    /// The result must reach the threshold or more (SMEs reached, satisfaction).
    case atLeast
    /// The result must stay at the threshold or below (costs per SME, waiting time).
    case atMost
  }

  /// Whether `result` meets the criterion; nil without a threshold or a result.
  public func isMet(by result: Double?) -> Bool? {
    guard let threshold, let result else { return nil }
    switch comparison {
    case .atLeast: return result >= threshold
    case .atMost: return result <= threshold
    }
  }
}

public typealias CriterionID = EntityID<SuccessCriterion>

extension SuccessCriterion: SchemaEntity {
  public static let schema = EntitySchema<SuccessCriterion>(
    "criterion", blank: SuccessCriterion(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.text, { $0.text }, { $0.text = $1 }),
      .reference(.kpi, { $0.kpi }, { $0.kpi = $1 }, to: .nodeKPI),
      .choice(.comparison, { $0.comparison }, { $0.comparison = $1 }, default: .atLeast),
      .number(.threshold, { $0.threshold }, { $0.threshold = $1 }),
      .number(.observed, { $0.observed }, { $0.observed = $1 }),
    ])
}
