/// One link of the value chain the partners must cover together, e.g. "advies" or
/// "installatie". The plan lists them so that uncovered links can be named.
public struct ChainLink: Identifiable, Hashable, Sendable {
  public var id: ChainLinkID
  public var name: String

  public init(id: ChainLinkID, name: String = "") {
    self.id = id
    self.name = name
  }
}

extension ChainLink: SchemaEntity {
  public static let schema = EntitySchema<ChainLink>(
    "chainLink", blank: ChainLink(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.name, { $0.name }, { $0.name = $1 }).headers(
        nl: ["Naam", "Ketenschakel", "Ketenschakels", "Schakel"],
        en: ["Name", "Chain link", "Chain links", "Link"]),
    ])
}
