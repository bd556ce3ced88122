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

  /// The kind as the string table keys it: `pick.new.chainLink`.
  var key: String { rawValue }
}

extension FieldKind {
  /// The kind of `field` on the entity `ref` refers to.
  public static func of(_ field: Field, on ref: EntityRef) -> FieldKind {
    switch (ref, field) {
    case (.plan, .startYear): return .year
    case (.plan, .horizonYears):
      return .integer(minimum: 1, maximum: PlanLimits.standard.maxHorizonYears, optional: false)
    case (.plan, .targetNewSMEs):
      return .integer(minimum: 0, maximum: 1_000_000_000, optional: true)
    case (.plan, .phase), (.review, .phase):
      return .choice(options: Phase.allCases.map(\.rawValue), optional: false)
    case (.plan, .vision), (.plan, .challenge): return .longText
    case (.segment, .smeCount), (.segment, .participating), (.segment, .target):
      return .integer(minimum: 0, maximum: 1_000_000_000, optional: true)
    case (.segment, .alleyPosition): return .integer(minimum: 1, maximum: 1_000, optional: true)
    case (.segment, .pains), (.segment, .gains), (.proposition, .solutionDirections),
      (.pilot, .learnings):
      return .textList
    case (.segment, .ambassadors), (.proposition, .segments): return .references(.segment)
    case (.segment, .notes), (.proposition, .description), (.businessModel, .description),
      (.orgFunction, .description), (.node, .description), (.assumption, .planB),
      (.pilot, .hypothesis), (.conversation, .learned), (.review, .note), (.score, .note):
      return .longText
    case (.barrier, .kind):
      return .choice(options: BarrierKind.allCases.map(\.rawValue), optional: false)
    case (.conversation, .date): return .date(optional: true)
    case (.conversation, .isMember), (.stakeholder, .inMVE), (.stakeholder, .isOrchestrator):
      return .flag
    case (.stakeholder, .kind):
      return .choice(options: StakeholderKind.allCases.map(\.rawValue), optional: false)
    case (.stakeholder, .level):
      return .choice(options: GovernanceLevel.allCases.map(\.rawValue), optional: false)
    case (.stakeholder, .influence), (.stakeholder, .interest), (.score, .level): return .scale
    case (.stakeholder, .chainLinks): return .references(.chainLink)
    case (.stakeholder, .sharedInterests), (.stakeholder, .ownInterests),
      (.stakeholder, .contributions), (.stakeholder, .addedValue):
      return .longText
    case (.orgFunction, .arrangements): return .arrangements
    case (.financeYear, .ngf), (.financeYear, .income), (.financeYear, .costs),
      (.contribution, .cash), (.contribution, .inKind):
      return .money(optional: false)
    case (.financeYear, _), (.contribution, _): return .money(optional: true)
    case (.review, .date): return .date(optional: false)
    case (.node, .level):
      return .choice(options: ChangeLevel.allCases.map(\.rawValue), optional: false)
    case (.node, .owner), (.action, .owner): return .reference(.stakeholder, optional: true)
    case (.assumption, .status):
      return .choice(options: AssumptionStatus.allCases.map(\.rawValue), optional: false)
    case (.nodeKPI, .baseline), (.nodeKPI, .target), (.nodeKPI, .actual),
      (.actionKPI, .baseline), (.actionKPI, .target), (.actionKPI, .actual):
      return .number
    case (.nodeKPI, .deadline), (.actionKPI, .deadline), (.action, .start), (.action, .end),
      (.pilot, .start), (.pilot, .end):
      return .date(optional: true)
    case (.action, .node): return .reference(.node, optional: true)
    case (.action, .status):
      return .choice(options: ActionStatus.allCases.map(\.rawValue), optional: false)
    case (.pilot, .segment): return .reference(.segment, optional: true)
    case (.pilot, .proposition): return .reference(.proposition, optional: true)
    case (.pilot, .status):
      return .choice(options: PilotStatus.allCases.map(\.rawValue), optional: false)
    case (.pilot, .decision):
      return .choice(options: PilotDecision.allCases.map(\.rawValue), optional: true)
    case (.painPoint, .kind):
      return .choice(options: PainPointKind.allCases.map(\.rawValue), optional: false)
    default: return .text
    }
  }
}
