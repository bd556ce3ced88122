import EcowerkModel

/// What is wrong with a row or header of an imported table: a kind and its values. The words
/// are chosen where it is shown (`ImportProblem.message(_:)`), in the session's language.
public enum ImportProblem: Hashable, Sendable {
  /// A file of several tables without this one.
  case noTable(DataTable)
  /// No header names the name column.
  case noNameColumn
  /// The header belongs to another table: the file was given to the wrong option.
  case wrongTable(DataTable)
  /// The finance table has no header with years.
  case noYears
  /// The name cell of a row is empty.
  case noName
  /// A second row for the same entity.
  case twice(name: String, firstLine: Int)
  case badChoice(Field, text: String)
  case badScale(Field, text: String)
  case badFlag(Field, text: String)
  case badCount(Field, text: String)
  /// A date column (joined, left, added) that is not a date.
  case badDate(Field, text: String)
  case badAmount(label: String, text: String)
  /// A byte that is not UTF-8 on `line` of an otherwise UTF-8 file.
  case badByte(line: Int, byte: UInt8)
  /// A finance line for a partner the plan does not have.
  case unknownPartner(String)
  /// A finance line that is none of the plan's lines.
  case unknownLine(String)
  /// A year column outside the plan's horizon.
  case yearOutsideHorizon(year: Int, first: Int, last: Int)
  /// The rows together break a rule of the plan.
  case breaksRule(PlanViolation)
  /// The plan refused the edit (it changed while the rows were read).
  case editRefused(EditError)
}
