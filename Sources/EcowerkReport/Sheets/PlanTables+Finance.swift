import EcowerkModel
import EcowerkSheets

/// The financial plan as a table: lines down, years across and a total column; after the
/// planned lines their total, the balance and the NGF share per year, then the same for the
/// actual figures. `import --finance` reads the lines back and skips what is computed.
extension PlanTables {
  func finance() -> SheetTable {
    let years = Array(plan.horizon)
    let total = strings["report.total"]
    var rows: [[SheetTable.Cell]] = [
      [.text(strings["sheet.line"])] + years.map { .integer($0) } + [.text(total)]
    ]
    var bold: Set<Int> = [0]
    let yearsByNumber = Dictionary(plan.finance.map { ($0.year, $0) }) { first, _ in first }
    func amounts(_ label: String, _ value: (FinanceYear) -> Money?) -> [SheetTable.Cell] {
      let figures = years.map { year in yearsByNumber[year].flatMap(value) }
      let known = figures.compactMap { $0 }
      return [text(label)] + figures.map { $0.map { .euros($0.cents) } ?? .empty }
        + [known.isEmpty ? .empty : .euros(known.sum().cents)]
    }
    for actual in [false, true] {
      let partners = plan.contributingPartners
      if actual {
        let anyActual = plan.finance.contains { year in
          year.actualNGF != nil || year.actualIncome != nil || year.actualCosts != nil
            || year.contributions.contains { $0.actualCash != nil || $0.actualInKind != nil }
        }
        guard anyActual else { break }
        rows.append([])
      }
      for partner in partners {
        for field in [Field.cash, .inKind] {
          let part = actual ? FinanceLines.actual(field) : field
          rows.append(
            amounts("\(partner.name) — \(strings.label(part))") { year in
              // No contribution that year is an empty cell, not a zero: read back, it stays none.
              guard let contribution = year.contributions.first(where: { $0.partner == partner.id })
              else { return nil }
              switch part {
              case .cash: return contribution.cash
              case .inKind: return contribution.inKind
              case .actualCash: return contribution.actualCash
              default: return contribution.actualInKind
              }
            })
        }
      }
      for field in [Field.ngf, .income, .costs] {
        let line = actual ? FinanceLines.actual(field) : field
        rows.append(
          amounts(strings.label(line)) { year in
            switch line {
            case .ngf: return year.ngf
            case .income: return year.income
            case .costs: return year.costs
            case .actualNGF: return year.actualNGF
            case .actualIncome: return year.actualIncome
            default: return year.actualCosts
            }
          })
      }
      let marker = actual ? " (\(strings["sheet.actual"]))" : ""
      func sources(_ year: FinanceYear) -> Money? {
        actual ? actualSources(year) : year.sources
      }
      func costs(_ year: FinanceYear) -> Money? {
        actual ? year.actualCosts : year.costs
      }
      func ngf(_ year: FinanceYear) -> Money? {
        actual ? year.actualNGF : year.ngf
      }
      bold.insert(rows.count)
      rows.append(amounts(strings["sheet.totalSources"] + marker, sources))
      bold.insert(rows.count)
      rows.append(
        amounts(strings["report.balance"] + marker) { year in
          guard let income = sources(year) else { return nil }
          return income - (costs(year) ?? .zero)
        })
      var share: [SheetTable.Cell] = [text(strings["report.ngfShare"] + marker)]
      var allNGF = Money.zero
      var allSources = Money.zero
      for year in years {
        guard let figures = yearsByNumber[year], let income = sources(figures),
          let fraction = (ngf(figures) ?? .zero).share(of: income)
        else {
          share.append(.empty)
          continue
        }
        allNGF += ngf(figures) ?? .zero
        allSources += income
        share.append(.percent(fraction))
      }
      share.append(allNGF.share(of: allSources).map { .percent($0) } ?? .empty)
      rows.append(share)
    }
    return SheetTable(table: .finance, title: "", rows: rows, boldRows: bold, frozenColumns: 1)
  }

  /// Everything that came in, when any actual figure of the year is known.
  private func actualSources(_ year: FinanceYear) -> Money? {
    let parts: [Money?] =
      year.contributions.flatMap { [$0.actualCash, $0.actualInKind] }
      + [year.actualNGF, year.actualIncome]
    let known = parts.compactMap { $0 }
    return known.isEmpty ? nil : known.sum()
  }
}
