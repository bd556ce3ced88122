import EcowerkModel

/// The financial plan as a spreadsheet, declared once: lines down, years across. A partner's
/// lines are `partner — part` (cash, in kind); the plan's own lines are NGF, income and
/// costs; each has an actual twin marked `(realisatie)` / `(actual)`. Totals, the balance and
/// the NGF share are computed by the export and never read back.
enum FinanceLines {
  /// The parts of a partner's contribution; their headers are declared in
  /// `Contribution.schema`.
  static let partnerParts = SheetColumn.columns(of: Contribution.schema, [.cash, .inKind])

  /// The lines of a year that belong to no partner, declared in `FinanceYear.schema`.
  static let yearLines = SheetColumn.columns(of: FinanceYear.schema, [.ngf, .income, .costs])

  /// Words after a line's label that make it the actual figure instead of the planned one.
  static let actualMarkers = [
    "realisatie", "gerealiseerd", "werkelijk", "actual", "actuals", "realised", "realized",
  ].map(SheetKey.fold)

  /// The string table keys of the lines the export computes (in both languages, with or
  /// without an actual marker); a row with one of these labels is skipped on import.
  static let computedKeys = [
    "report.total", "sheet.totalSources", "report.balance", "report.ngfShare",
  ]

  /// What stands between a partner's name and the part in a line's label.
  static let separators = [" — ", " – ", " - ", ": "]

  /// The twin of a planned field that holds the actual figure.
  static func actual(_ field: Field) -> Field {
    switch field {
    case .cash: return .actualCash
    case .inKind: return .actualInKind
    case .ngf: return .actualNGF
    case .income: return .actualIncome
    default: return .actualCosts
    }
  }
}
