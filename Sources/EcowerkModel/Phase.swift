/// The phases a partnership goes through, as named in the peer review framework.
public enum Phase: String, CaseIterable, Sendable, Comparable {
  case verkennen
  case starten
  case ontwikkelen
  case valideren
  case uitbreiden
  case verduurzamen

  public var ordinal: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.ordinal < rhs.ordinal }

  /// The phase after this one, or nil in the last phase.
  public var next: Phase? {
    let all = Self.allCases
    return ordinal + 1 < all.count ? all[ordinal + 1] : nil
  }
}
