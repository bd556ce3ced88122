import EcowerkModel

/// What kind of value a field holds, which decides how it is edited: typed in a one-line
/// editor and checked, cycled with Space, picked from a list, or written in `$EDITOR`.
public enum FieldKind: Hashable, Sendable {
  /// A short text, typed in place.
  case text
  /// A long text (vision, notes, plan B): typed in place or written in `$EDITOR` with `E`.
  case longText
  /// A whole number of at least `minimum`, or empty for none when `optional`.
  case integer(minimum: Int, maximum: Int, optional: Bool)
  /// A score from 1 to 5.
  case scale
  /// A calendar year.
  case year
  /// A decimal number (KPIs), or empty for none.
  case number
  /// A date as `2027-03-01` or `1-3-2027`; empty for none when `optional`.
  case date(optional: Bool)
  /// Euros in Dutch or English notation; empty for none when `optional`.
  case money(optional: Bool)
  /// One of a fixed set, cycled with Space or picked with Enter; `optional` allows none.
  case choice(options: [String], optional: Bool)
  /// Yes or no, toggled with Space.
  case flag
  /// Another entity of the plan, picked from a list; `optional` allows none.
  case reference(ReferenceKind, optional: Bool)
  /// Several other entities, toggled in a pick list.
  case references(ReferenceKind)
  /// A list of texts (pains, learnings): each entry edited as a text.
  case textList
  /// The joint organisation's cells, edited cell by cell.
  case arrangements

  /// Whether this kind is a number or a date: its editor opens with the value selected, so
  /// that typing replaces it rather than adding digits to it ("3" then "4" is 4, not 34).
  public var isNumeric: Bool {
    switch self {
    case .integer, .scale, .year, .number, .date, .money: return true
    default: return false
    }
  }

  /// Whether this kind is edited by choosing rather than typing.
  public var isChoice: Bool {
    switch self {
    case .choice, .flag, .reference, .references: return true
    default: return false
    }
  }
}

/// The kinds of entity a reference can point at.
public enum ReferenceKind: String, Hashable, Sendable {
  case stakeholder
  case segment
  case proposition
  case node
  case chainLink
  /// A pain, gain or barrier of a segment: what a value proposition answers.
  case pain
  case gain
  case barrier
  /// What an impact goal serves or addresses.
  case systemFailure
  case transformationFailure
  /// An assumption of the Theory of Change, an element's or a link's: the one whose breaking
  /// explains a missed KPI.
  case assumption

  /// The kind as the string table keys it: `pick.new.chainLink`.
  var key: String { rawValue }
}

extension FieldKind {
  /// The kind of `field` on the entity `ref` refers to, as its schema declares it.
  public static func of(_ field: Field, on ref: EntityRef) -> FieldKind {
    // A KPI's figure is its latest measurement (see `Materialize`): typed as a number.
    if field == .actual, ref.kind == .nodeKPI || ref.kind == .actionKPI { return .number }
    guard let declaration = ref.kind.declaration(of: field) else { return .text }
    let limits = PlanLimits.standard
    switch declaration.type {
    case .id, .key, .optionalText, .text(.line): return .text
    case .text(.long): return .longText
    case .texts: return .textList
    case .integer(.scale, _): return .scale
    case .integer(.year, _): return .year
    case .integer(let rule, let optional):
      let range = rule.range(limits)
      return .integer(minimum: range.lowerBound, maximum: range.upperBound, optional: optional)
    case .number: return .number
    case .money(let optional): return .money(optional: optional)
    case .flag: return .flag
    case .date(let optional): return .date(optional: optional)
    case .choice(let optional): return .choice(options: declaration.options, optional: optional)
    case .reference(let kind, let optional):
      return .reference(ReferenceKind(kind) ?? .stakeholder, optional: optional)
    case .references(let kind): return .references(ReferenceKind(kind) ?? .stakeholder)
    case .arrangements: return .arrangements
    }
  }
}

extension ReferenceKind {
  /// The kinds of entity a reference field can point at; nil for the others.
  init?(_ kind: EntityKind) {
    switch kind {
    case .stakeholder: self = .stakeholder
    case .segment: self = .segment
    case .proposition: self = .proposition
    case .node: self = .node
    case .chainLink: self = .chainLink
    case .pain: self = .pain
    case .gain: self = .gain
    case .barrier: self = .barrier
    case .systemFailure: self = .systemFailure
    case .transformationFailure: self = .transformationFailure
    case .assumption, .linkAssumption: self = .assumption
    default: return nil
    }
  }
}
