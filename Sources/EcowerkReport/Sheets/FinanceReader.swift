import EcowerkModel
import EcowerkSheets
import EcowerkStrings

/// Reads the financial plan as its export writes it — lines down, years across — into edits:
/// a partner's cash and in kind (`Gemeente — Cash`), NGF, income and costs, planned and actual.
/// Totals, the balance and the NGF share are computed and skipped; a partner must be a
/// stakeholder of the plan (import the stakeholder list first, or in the same command).
struct FinanceReader: TableReader {
  let plan: Plan
  var parts = ReadOutcome()
  var labelColumn = 0
  var yearColumns: [(index: Int, year: Int)] = []
  var partners: [String: StakeholderID] = [:]
  /// The figures as they will be, per year, starting from the plan's.
  var years: [Int: FinanceYear] = [:]
  var newYears: [Int] = []
  var newContributions: [(year: Int, partner: StakeholderID)] = []
  var sets: [Edit] = []
  /// The line that gave each line of the plan (partner and field, or the year field).
  var seen: [String: Int] = [:]

  init(plan: Plan) {
    self.plan = plan
    for stakeholder in plan.stakeholders {
      let key = CellValues.nameKey(stakeholder.name)
      if partners[key] == nil { partners[key] = stakeholder.id }
    }
    for year in plan.finance where years[year.year] == nil { years[year.year] = year }
  }

  static func year(_ text: String) -> Int? {
    guard let year = Int(text.trimmingSpaces), PlanLimits.startYears.contains(year) else {
      return nil
    }
    return year
  }

  func findHeader(_ rows: ArraySlice<SheetRow>) -> Int? {
    rows.indices.prefix(30).first { index in
      rows[index].fields.dropFirst().contains { Self.year($0) != nil }
    }
  }

  func missingHeader(_ rows: ArraySlice<SheetRow>) -> ImportProblem { .noYears }

  mutating func use(header: SheetRow, rows: ArraySlice<SheetRow>) -> [SheetImport.UnknownColumn] {
    var unknown: [SheetImport.UnknownColumn] = []
    let horizon = plan.horizon
    for (index, cell) in header.fields.enumerated() where index != labelColumn {
      if let year = Self.year(cell) {
        guard horizon.contains(year) else {
          parts.problems.append(
            SheetImport.Problem(
              line: header.line,
              kind: .yearOutsideHorizon(
                year: year, first: horizon.lowerBound, last: horizon.upperBound)))
          continue
        }
        if !yearColumns.contains(where: { $0.year == year }) { yearColumns.append((index, year)) }
      } else if Self.computed[SheetKey.fold(cell)] == nil {
        let key = SheetKey.fold(cell)
        if !key.isEmpty || rows.contains(where: { !$0[index].trimmingSpaces.isEmpty }) {
          unknown.append(SheetImport.UnknownColumn(header: cell.trimmingSpaces, column: index))
        }
      }
    }
    return unknown
  }

  /// Labels of computed lines and columns, folded, with and without an actual marker.
  static let computed: [String: Bool] = {
    var keys: [String: Bool] = [:]
    for language in Language.allCases {
      for key in FinanceLines.computedKeys {
        let label = SheetKey.fold(Strings(language)[key])
        keys[label] = true
        for marker in FinanceLines.actualMarkers { keys[label + marker] = true }
      }
    }
    return keys
  }()

  func skips(_ row: SheetRow) -> Bool {
    Self.computed[SheetKey.fold(row[labelColumn])] != nil
  }

  /// The line a label names: a year's own field, or a partner's part.
  enum Line: Hashable {
    case year(Field)
    case partner(StakeholderID, Field)
  }

  mutating func read(_ row: SheetRow) {
    let label = row[labelColumn].trimmingSpaces
    let line: Line
    switch Self.line(label, partners: partners) {
    case .success(let found): line = found
    case .failure(let box):
      parts.refuse(row.line, box.problem)
      return
    }
    let key = "\(line)"
    if let first = seen[key] {
      parts.refuse(row.line, .twice(name: label, firstLine: first))
      return
    }
    seen[key] = row.line
    var amounts: [(Int, Money)] = []
    for (index, year) in yearColumns {
      let text = row[index].trimmingSpaces
      if text.isEmpty { continue }
      guard let amount = Self.amount(text, isNumber: row.numbers.contains(index)) else {
        parts.refuse(row.line, .badAmount(label: label, text: text))
        return
      }
      amounts.append((year, amount))
    }
    var changedYears: [String] = []
    var field = Field.ngf
    for (year, amount) in amounts where change(line, year, amount, &field) {
      changedYears.append(String(year))
    }
    if changedYears.isEmpty {
      parts.unchanged += 1
    } else {
      parts.changes.append(
        SheetImport.Change(
          line: row.line, name: label, id: changedYears.joined(separator: ", "),
          kind: .update([field])))
    }
  }

  /// Records the change of one figure; false when it is already so.
  private mutating func change(_ line: Line, _ year: Int, _ amount: Money, _ field: inout Field)
    -> Bool
  {
    if years[year] == nil {
      years[year] = FinanceYear(year: year)
      newYears.append(year)
    }
    guard var figures = years[year] else { return false }
    switch line {
    case .year(let yearField):
      field = yearField
      guard let old = figures.value(of: yearField), old != .money(amount) else { return false }
      sets.append(.set(.financeYear(year), yearField, from: old, to: .money(amount)))
      _ = figures.assign(.money(amount), to: yearField)
    case .partner(let partner, let part):
      field = part
      var index = figures.contributions.firstIndex { $0.partner == partner }
      if index == nil {
        figures.contributions.append(Contribution(partner: partner))
        newContributions.append((year, partner))
        index = figures.contributions.count - 1
      }
      guard let position = index, let old = figures.contributions[position].value(of: part),
        old != .money(amount)
      else {
        years[year] = figures
        return false
      }
      sets.append(
        .set(.contribution(year: year, partner: partner), part, from: old, to: .money(amount)))
      _ = figures.contributions[position].assign(.money(amount), to: part)
    }
    years[year] = figures
    return true
  }

  /// A label as a line of the plan: NGF, income or costs (planned or actual), or a partner's
  /// part after the partner's name and a dash.
  static func line(_ label: String, partners: [String: StakeholderID]) -> Result<
    Line, ProblemBox
  > {
    if let field = field(SheetKey.fold(label), in: yearLines) { return .success(.year(field)) }
    for separator in FinanceLines.separators {
      guard let (name, rest) = split(label, atLast: separator) else { continue }
      let part = SheetKey.fold(rest)
      guard let field = field(part, in: partnerParts) else { continue }
      guard let partner = partners[CellValues.nameKey(name)] else {
        return .failure(ProblemBox(.unknownPartner(name)))
      }
      return .success(.partner(partner, field))
    }
    return .failure(ProblemBox(.unknownLine(label)))
  }

  /// The text before and after the last `separator`, both trimmed.
  static func split(_ label: String, atLast separator: String) -> (String, String)? {
    let characters = Array(label)
    let wanted = Array(separator)
    guard characters.count > wanted.count else { return nil }
    var start = characters.count - wanted.count
    while start >= 0 {
      if Array(characters[start..<(start + wanted.count)]) == wanted {
        return (
          String(characters[..<start]).trimmingSpaces,
          String(characters[(start + wanted.count)...]).trimmingSpaces
        )
      }
      start -= 1
    }
    return nil
  }

  static let yearLines = SheetColumn.lookup(FinanceLines.yearLines)
  static let partnerParts = SheetColumn.lookup(FinanceLines.partnerParts)

  /// The field a folded label names, the actual twin when an actual marker ends it.
  static func field(_ key: String, in lookup: [String: Field]) -> Field? {
    if let field = lookup[key] { return field }
    for marker in FinanceLines.actualMarkers where key.hasSuffix(marker) {
      if let field = lookup[String(key.dropLast(marker.count))] {
        return FinanceLines.actual(field)
      }
    }
    return nil
  }

  /// An amount of zero or more: a workbook's number as it is, text as people type it.
  static func amount(_ text: String, isNumber: Bool) -> Money? {
    let money: Money?
    if isNumber, let value = Double(text), value.isFinite,
      abs(value) <= Double(Money.limit.cents) / 100
    {
      money = Money(cents: Int64((value * 100).rounded()))
    } else if case .success(let parsed) = Money.parse(text) {
      money = parsed
    } else {
      money = nil
    }
    guard let money, money.cents >= 0 else { return nil }
    return money
  }

  var outcome: ReadOutcome {
    var finished = parts
    let yearInserts = newYears.enumerated().map { offset, year in
      Edit.insert(
        .financeYear(FinanceYear(year: year)), into: .financeYears, at: plan.finance.count + offset)
    }
    var counts: [Int: Int] = [:]
    for year in plan.finance where counts[year.year] == nil {
      counts[year.year] = year.contributions.count
    }
    let contributionInserts = newContributions.map { year, partner in
      let index = counts[year, default: 0]
      counts[year] = index + 1
      return Edit.insert(
        .contribution(Contribution(partner: partner)), into: .contributions(year: year), at: index)
    }
    finished.edits = yearInserts + contributionInserts + sets
    return finished
  }

  func line(forPath path: String) -> Int? { nil }

  mutating func refuse(_ line: Int, _ kind: ImportProblem) {
    parts.refuse(line, kind)
  }
}

/// An import problem as an `Error`, for `Result`.
struct ProblemBox: Error {
  var problem: ImportProblem

  init(_ problem: ImportProblem) {
    self.problem = problem
  }
}
