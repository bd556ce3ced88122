import EcowerkModel
import EcowerkStrings

/// The words for what is wrong, in the session's language.
extension ImportProblem {
  public func message(_ strings: Strings) -> String {
    switch self {
    case .noTable(let table):
      return strings.format("import.noTable", strings[table.titleKey])
    case .noNameColumn:
      let name = Strings(.dutch).label(Field.name) + " / " + Strings(.english).label(Field.name)
      return strings.format("import.noNameColumn", name)
    case .wrongTable(let table):
      return strings.format(
        "import.looksLike", strings["sheet.noun.\(table.rawValue)"], "--" + table.rawValue)
    case .noYears: return strings["import.noYears"]
    case .noName: return strings.format("import.noName", strings.label(Field.name))
    case .twice(let name, let line): return strings.format("import.twice", name, line)
    case .badChoice(let field, let text):
      let choices: String
      switch field {
      case .kind:
        choices = StakeholderKind.allCases.map { strings.label($0) }.joined(separator: ", ")
      default: choices = GovernanceLevel.allCases.map { strings.label($0) }.joined(separator: ", ")
      }
      return strings.format("import.badChoice", strings.label(field), text, choices)
    case .badScale(let field, let text):
      return strings.format("import.badScale", strings.label(field), text)
    case .badFlag(let field, let text):
      return strings.format("import.badFlag", strings.label(field), text)
    case .badCount(let field, let text):
      return strings.format("import.badCount", strings.label(field), text)
    case .badDate(let field, let text):
      return strings.format("import.badDate", strings.label(field), text)
    case .badAmount(let label, let text): return strings.format("import.badAmount", label, text)
    case .badByte(let line, let byte):
      let hex = String(byte, radix: 16, uppercase: true)
      return strings.format("import.badByte", line, byte < 16 ? "0" + hex : hex)
    case .unknownPartner(let name): return strings.format("import.unknownPartner", name)
    case .unknownLine(let label): return strings.format("import.unknownLine", label)
    case .yearOutsideHorizon(let year, let first, let last):
      return strings.format("import.yearOutside", year, first, last)
    case .breaksRule(let violation):
      return strings.format(
        "import.breaksRule", violation.path, strings.violation(violation.problem))
    case .editRefused(let error): return strings.refusal(error)
    }
  }
}
