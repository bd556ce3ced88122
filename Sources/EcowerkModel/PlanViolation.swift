/// One way in which a plan breaks its invariants, with the field path where it happens, e.g.
/// `stakeholders[3].influence: 7 is not between 1 and 5`.
public struct PlanViolation: Hashable, Sendable, CustomStringConvertible {
  /// A readable path into the plan file: `segments[0].barriers[2].kind`.
  public var path: String
  public var problem: Problem

  public init(path: String, problem: Problem) {
    self.path = path
    self.problem = problem
  }

  public var description: String { "\(path): \(problem)" }

  /// What is wrong, with the values needed to say it in any language.
  public enum Problem: Hashable, Sendable, CustomStringConvertible {
    case outOfRange(value: Int, lower: Int, upper: Int)
    case negative(String)
    case emptyID
    case duplicateID(String)
    case unknownReference(String)
    case selfReference(String)
    case yearOutsideHorizon(year: Int, first: Int, last: Int)
    case duplicateYear(Int)
    case duplicateEntry(String)
    case notFinite
    case textTooLong(bytes: Int, limit: Int)
    case listTooLong(count: Int, limit: Int)
    case treeTooDeep(limit: Int)
    case tooManyNodes(count: Int, limit: Int)
    case tooLarge(String)
    /// The financial plan's amounts add up to more than `Money.totalLimit`; reported at the
    /// amount where the running total passes it.
    case totalTooLarge

    public var description: String {
      switch self {
      case .outOfRange(let value, let lower, let upper):
        return "\(value) is not between \(lower) and \(upper)"
      case .negative(let value): return "\(value) is negative; amounts and counts cannot be"
      case .emptyID: return "the id is empty; every entity needs an id"
      case .duplicateID(let id): return "the id \"\(id)\" is used more than once"
      case .unknownReference(let id): return "refers to \"\(id)\", which is not in the plan"
      case .selfReference(let id): return "\"\(id)\" refers to itself"
      case .yearOutsideHorizon(let year, let first, let last):
        return "the year \(year) is outside the plan's horizon \(first)–\(last)"
      case .duplicateYear(let year): return "the year \(year) appears more than once"
      case .duplicateEntry(let key): return "\"\(key)\" appears more than once"
      case .notFinite: return "the number is not finite"
      case .textTooLong(let bytes, let limit):
        return "the text is \(bytes) bytes long; at most \(limit) are allowed"
      case .listTooLong(let count, let limit):
        return "the list has \(count) entries; at most \(limit) are allowed"
      case .treeTooDeep(let limit):
        return "the Theory of Change is nested more than \(limit) levels deep"
      case .tooManyNodes(let count, let limit):
        return "the Theory of Change has \(count) nodes; at most \(limit) are allowed"
      case .tooLarge(let value): return "\(value) is larger than ecowerk allows"
      case .totalTooLarge:
        return "the amounts of the financial plan add up to more than ecowerk can total "
          + "(\(Money.totalLimit.formatted(.english))); lower this amount"
      }
    }
  }
}
