/// One function of the joint execution organisation (a joint acquisition channel towards SMEs,
/// a pool of coaches, a joint campus) and, per partner, whether it keeps that function to
/// itself, shares it, or hands it over to the joint organisation.
public struct OrgFunction: Identifiable, Hashable, Sendable {
  public var id: OrgFunctionID
  public var name: String
  public var description: String
  /// Partners not listed keep the function to themselves.
  public var arrangements: [StakeholderID: Arrangement]

  public init(
    id: OrgFunctionID, name: String = "", description: String = "",
    arrangements: [StakeholderID: Arrangement] = [:]
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.arrangements = arrangements
  }

  /// The arrangement of one partner; `.keep` when none was recorded.
  public func arrangement(of partner: StakeholderID) -> Arrangement {
    arrangements[partner] ?? .keep
  }
}

/// How much autonomy a partner gives up for one function.
public enum Arrangement: String, CaseIterable, Sendable {
  case keep
  case share
  case handOver

  /// The next arrangement in the cycle keep → share → hand over → keep.
  public var next: Arrangement {
    switch self {
    case .keep: return .share
    case .share: return .handOver
    case .handOver: return .keep
    }
  }
}

extension OrgFunction: SchemaEntity {
  public static let schema = EntitySchema<OrgFunction>(
    "orgFunction", blank: OrgFunction(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.name, { $0.name }, { $0.name = $1 }),
      .text(.description, { $0.description }, { $0.description = $1 }, .long),
      .arrangements(.arrangements, { $0.arrangements }, { $0.arrangements = $1 }),
    ])
}
