/// What one field of an entity holds, declared once in the entity's schema: how the file
/// stores it, which values are allowed and how the workbench edits it. The readers, the
/// writer, the invariant check and field editing all read this instead of knowing the field.
public enum ValueType: Hashable, Sendable {
  /// The entity's id: non-empty text, unique in the whole file.
  case id
  /// A key unique among its siblings only (a peer review score's rubric element).
  case key
  /// Text; `""` when the file has null or leaves it out.
  case text(TextStyle)
  /// Text that may be absent; an empty text means absent (`rubricFile`).
  case optionalText
  /// A list of texts (pains, learnings), each edited as a text.
  case texts
  /// A whole number within `rule`'s bounds; `optional` allows none.
  case integer(IntegerRule, optional: Bool)
  /// A finite decimal number, or none (KPI figures).
  case number
  /// Euros with at most two decimals, never negative; `optional` allows none.
  case money(optional: Bool)
  /// Yes or no.
  case flag
  /// A calendar day; `optional` allows none.
  case date(optional: Bool)
  /// One of the field's `options` (raw values of an enumeration); `optional` allows none.
  case choice(optional: Bool)
  /// The id of another entity of `kind`; `optional` allows none.
  case reference(EntityKind, optional: Bool)
  /// Ids of other entities of `kind`.
  case references(EntityKind)
  /// The joint organisation's cells: partner id → keep / share / hand over.
  case arrangements
}

/// How a text is edited: in place on one line, or as a long text that may go to `$EDITOR`.
public enum TextStyle: Hashable, Sendable {
  case line
  case long
}

/// The bounds of a whole number, some of which depend on the limits a plan is read under.
public enum IntegerRule: Hashable, Sendable {
  /// A count (SMEs, a target): not negative.
  case count
  /// A score from 1 to 5.
  case scale
  /// A calendar year a plan may start in.
  case year
  /// Years of a plan's horizon.
  case horizonYears
  /// A position in a list, from 1.
  case position
  /// Any whole number; what it must be is a rule of its own (a finance year in the horizon).
  case any

  /// The largest count a plan may hold: far above any region's SMEs, far below overflow.
  public static let largestCount = 1_000_000_000

  /// The values allowed under `limits`.
  public func range(_ limits: PlanLimits) -> ClosedRange<Int> {
    switch self {
    case .count: return 0...Self.largestCount
    case .scale: return 1...5
    case .year: return PlanLimits.startYears
    case .horizonYears: return 1...limits.maxHorizonYears
    case .position: return 1...limits.maxListCount
    case .any: return Int.min...Int.max
    }
  }
}

extension ValueType {
  /// Whether "none" is a value of this field (an empty cell in the workbench).
  public var allowsNone: Bool {
    switch self {
    case .optionalText, .number: return true
    case .integer(_, let optional), .money(let optional), .date(let optional),
      .choice(let optional), .reference(_, let optional):
      return optional
    default: return false
    }
  }

  /// The value of a field that has never been set.
  public var empty: FieldValue {
    switch self {
    case .id, .key, .text, .optionalText: return .text("")
    case .texts: return .texts([])
    case .integer: return .integer(nil)
    case .number: return .number(nil)
    case .money: return .money(nil)
    case .flag: return .flag(false)
    case .date: return .date(nil)
    case .choice: return .choice(nil)
    case .reference: return .reference(nil)
    case .references: return .references([])
    case .arrangements: return .arrangements([:])
    }
  }
}
