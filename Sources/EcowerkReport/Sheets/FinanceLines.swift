import EcowerkModel

/// The financial plan as a spreadsheet, declared once: lines down, years across. A partner's
/// lines are `partner — part` (cash, in kind); the plan's own lines are NGF, income and
/// costs; each has an actual twin marked `(realisatie)` / `(actual)`. Totals, the balance and
/// the NGF share are computed by the export and never read back.
enum FinanceLines {
  /// The parts of a partner's contribution, with the labels partners use for them.
  static let partnerParts: [SheetColumn] = [
    SheetColumn(
      .cash, nl: ["Cash", "Geld", "In geld", "Financieel"], en: ["Cash", "Money", "In cash"]),
    SheetColumn(
      .inKind, nl: ["In-kind", "In natura", "Uren", "In kind"], en: ["In kind", "In-kind", "Hours"]),
  ]

  /// The lines of a year that belong to no partner.
  static let yearLines: [SheetColumn] = [
    SheetColumn(
      .ngf, nl: ["NGF", "NGF-subsidie", "Nationaal Groeifonds", "Groeifonds"],
      en: ["NGF", "NGF subsidy", "National Growth Fund"]),
    SheetColumn(
      .income, nl: ["Inkomsten", "Overige inkomsten", "Opbrengsten", "Omzet"],
      en: ["Income", "Other income", "Revenue"]),
    SheetColumn(.costs, nl: ["Kosten", "Uitgaven", "Lasten"], en: ["Costs", "Expenses"]),
  ]

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
