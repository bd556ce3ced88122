import EcowerkModel

/// One thing a check found: which check, about which entity, and the message that says what to
/// do, as a key into the string table with its arguments.
///
/// The message is not text yet: the workbench builds the text only for the rows it shows, and
/// the same finding prints in Dutch or English.
public struct Finding: Hashable, Sendable {
  public var check: Check
  /// The entity concerned; `.plan` for what the plan as a whole lacks.
  public var entity: EntityRef
  /// The field to fix, when there is one: the workbench puts the selection on it.
  public var field: Field?
  /// Which of the check's messages applies, when it has more than one (`none`, `partner`).
  public var variant: String?
  public var arguments: [CheckArgument]

  public init(
    _ check: Check, _ entity: EntityRef, field: Field? = nil, variant: String? = nil,
    _ arguments: [CheckArgument] = []
  ) {
    self.check = check
    self.entity = entity
    self.field = field
    self.variant = variant
    self.arguments = arguments
  }

  /// The message's key in the string table: `check.`, the id and the variant. Put together
  /// when a message is shown, not when thousands of findings are made after an edit.
  public var message: String {
    let key = "check." + check.rawValue
    return variant.map { key + "." + $0 } ?? key
  }

  public var severity: Severity { check.severity }
  public var step: Int { check.step }
}

/// One value in a finding's message, kept typed so that each language writes numbers, money
/// and dates its own way.
public enum CheckArgument: Hashable, Sendable {
  /// Text from the plan, such as a name; untrusted, so each output sanitises it. An empty name
  /// is printed as "(unnamed)".
  case name(String)
  /// A stakeholder, named when the message is shown: its name can change without the
  /// finding changing.
  case partner(StakeholderID)
  case count(Int)
  /// A calendar year, printed without a thousands separator.
  case year(Int)
  case money(Money)
  /// A fraction, printed as a whole percentage.
  case percent(Double)
  /// A KPI's figure with its unit ("35,5 bedrijven"); the unit is text from the plan.
  case figure(Double, unit: String)
  case date(CalendarDate)
  case phase(Phase)
  case fields([Field])
  case sectors([KindSector])
  case levels([GovernanceLevel])
  /// Conditions of a phase's entry, by their keys (`PhaseGate.Condition.key`).
  case conditions([String])
  /// Years, printed without thousands separators: `2027, 2028`.
  case years([Int])
}
