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
      .id(\.id),
      .text(.name, \.name),
      .text(.customer, \.customer),
      .text(.revenue, \.revenue),
      .text(.description, \.description, .long),
    ])
}
