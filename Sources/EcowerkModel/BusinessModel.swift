/// One of the business models under the blueprint: who pays for what, so that the partnership
/// can go on when the NGF subsidy ends.
///
/// A model names the propositions and segments it earns on, who pays once the NGF money
/// stops, what it costs besides what it brings in, and the yearly income of the financial plan
/// it stands for: income in the financial plan that no model stands for is a hope, not a plan.
public struct BusinessModel: Identifiable, Hashable, Sendable {
  public var id: BusinessModelID
  public var name: String
  /// Who pays (SMEs, partners, a government).
  public var customer: String
  /// How money comes in (fees, memberships, contracts).
  public var revenue: String
  public var description: String
  /// The value propositions the model earns on.
  public var propositions: [PropositionID]
  /// The segments whose SMEs it serves.
  public var segments: [SegmentID]
  /// Who pays once the NGF money stops.
  public var payerAfterNGF: String
  /// What the model costs (people, a hall, licences), in words.
  public var costs: String
  /// The yearly income of the financial plan the model stands for, at the end of the horizon.
  public var income: Money?

  public init(
    id: BusinessModelID, name: String = "", customer: String = "", revenue: String = "",
    description: String = "", propositions: [PropositionID] = [], segments: [SegmentID] = [],
    payerAfterNGF: String = "", costs: String = "", income: Money? = nil
  ) {
    self.id = id
    self.name = name
    self.customer = customer
    self.revenue = revenue
    self.description = description
    self.propositions = propositions
    self.segments = segments
    self.payerAfterNGF = payerAfterNGF
    self.costs = costs
    self.income = income
  }
}

extension BusinessModel: SchemaEntity {
  public static let schema = EntitySchema<BusinessModel>(
    "businessModel", blank: BusinessModel(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.name, { $0.name }, { $0.name = $1 }),
      .text(.customer, { $0.customer }, { $0.customer = $1 }),
      .text(.revenue, { $0.revenue }, { $0.revenue = $1 }),
      .text(.description, { $0.description }, { $0.description = $1 }, .long),
      .references(.propositions, { $0.propositions }, { $0.propositions = $1 }, to: .proposition),
      .references(.segments, { $0.segments }, { $0.segments = $1 }, to: .segment),
      .text(.payerAfterNGF, { $0.payerAfterNGF }, { $0.payerAfterNGF = $1 }),
      .text(.costs, { $0.costs }, { $0.costs = $1 }, .long),
      .money(.income, { $0.income }, { $0.income = $1 }),
    ])
}
