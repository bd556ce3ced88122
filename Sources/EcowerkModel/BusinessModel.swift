/// One of the business models under the blueprint: who pays for what, so that the partnership
/// can go on when the NGF subsidy ends.
public struct BusinessModel: Identifiable, Hashable, Sendable {
  public var id: BusinessModelID
  public var name: String
  /// Who pays (SMEs, partners, a government).
  public var customer: String
  /// How money comes in (fees, memberships, contracts).
  public var revenue: String
  public var description: String

  public init(
    id: BusinessModelID, name: String = "", customer: String = "", revenue: String = "",
    description: String = ""
  ) {
    self.id = id
    self.name = name
    self.customer = customer
    self.revenue = revenue
    self.description = description
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
    ])
}
