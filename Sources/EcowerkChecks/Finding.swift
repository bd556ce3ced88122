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
  /// The message's key in the string table: `check.` and the id, sometimes with a variant.
  public var message: String
  public var arguments: [CheckArgument]

  public init(
    _ check: Check, _ entity: EntityRef, field: Field? = nil, message: String? = nil,
    _ arguments: [CheckArgument] = []
  ) {
    self.check = check
    self.entity = entity
    self.field = field
    self.message = message ?? "check.\(check.rawValue)"
    self.arguments = arguments
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
  case count(Int)
  /// A calendar year, printed without a thousands separator.
  case year(Int)
  case money(Money)
  /// A fraction, printed as a whole percentage.
  case percent(Double)
  case date(CalendarDate)
  case phase(Phase)
  case fields([Field])
  case sectors([KindSector])
  case levels([GovernanceLevel])
}
