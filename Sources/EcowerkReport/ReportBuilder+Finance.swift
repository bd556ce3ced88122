import EcowerkModel
import EcowerkStrings

/// Step 2, the financial plan: the budget per year, where the money comes from, what each
/// partner puts in, and whether the partnership stands on its own when the NGF money stops.
extension ReportBuilder {
  var financeBlocks: [ReportBlock] {
    let years = plan.financeByYear
    guard !years.isEmpty else { return nothingYet + verdictBlocks }
    var blocks: [ReportBlock] = [
      .heading(strings["report.finance.budget"]), .table(budget(years)),
      .figure(moneyFigure(years)),
    ]
    if let actuals = actuals(years) {
      blocks += [.heading(strings["report.finance.actuals"]), .table(actuals)]
    }
    blocks += [
      .heading(strings["report.finance.partners"]), .table(partners),
      .facts([
        ReportFact(strings["report.finance.cofinancing"], strings.percent(plan.cofinancingShare))
      ]),
    ]
    return blocks + [.heading(strings["report.verdict.title"])] + verdictBlocks
  }

  /// Whole euros without the sign: the columns say they are euros, and with signs and cents
  /// eight columns of millions would not fit a printed page.
  func euros(_ amount: Money) -> String {
    amount.formattedEuros(strings.language == .dutch ? .dutch : .english)
  }

  private func budget(_ years: [FinanceYear]) -> ReportTable {
    func row(_ label: String, _ parts: [Money], share: Double?) -> [String] {
      [label] + parts.map(euros) + [strings.percent(share)]
    }
    func figures(_ year: FinanceYear) -> [Money] {
      [year.cash, year.inKind, year.ngf, year.income, year.costs, year.balance]
    }
    let sums = (0..<6).map { column in years.map { figures($0)[column] }.sum() }
    let allSources = years.map(\.sources).sum()
    let ngf = years.map(\.ngf).sum()
    return ReportTable(
      columns: [
        .init(strings["report.year"]), .init(field(.cash), .right),
        .init(field(.inKind), .right), .init(field(.ngf), .right),
        .init(field(.income), .right), .init(field(.costs), .right),
        .init(strings["report.balance"], .right), .init(strings["report.ngfShare"], .right),
      ],
      rows: years.map { row(String($0.year), figures($0), share: $0.ngfShare) },
      totals: row(strings["report.total"], sums, share: ngf.share(of: allSources)))
  }

  /// Each year's money by source against its costs, with the NGF share: as a picture, and as
  /// the bars of the sources' shares in text.
  private func moneyFigure(_ years: [FinanceYear]) -> ReportFigure {
    let title = strings["report.finance.sources"]
    let highest = years.map { Self.euros(max($0.sources, $0.costs)) }.max() ?? 0
    let scale = ChartScale.nice(largest: highest) { value in
      self.euros(Money(euros: Int64(value.rounded())))
    }
    let description =
      strings["report.money.description"]
      + years.map { year in
        strings.format(
          "report.money.year", String(year.year), strings.money(year.sources),
          strings.percent(year.ngfShare), strings.money(year.costs))
      }.joined(separator: "; ")
    return ReportFigure(
      title: title, description: description,
      picture: .money(
        MoneyChart(
          years: years.map { year in
            MoneyChart.Year(
              label: String(year.year),
              sources: [year.cash, year.inKind, year.ngf, year.income].map(Self.euros),
              costs: Self.euros(year.costs), ngfShare: strings.percent(year.ngfShare))
          },
          legend: [field(.cash), field(.inKind), field(.ngf), field(.income)],
          costsLabel: field(.costs), ngfShareLabel: strings["report.ngfShare"], scale: scale)),
      fallback: [.heading(title), .bars(sources(years))])
  }

  /// An amount in euros as a number for a chart's scale.
  static func euros(_ amount: Money) -> Double {
    Double(amount.cents) / 100
  }

  /// Cash, in kind, NGF and income as parts of everything that comes in, per year: the NGF
  /// part should shrink towards the end of the horizon.
  private func sources(_ years: [FinanceYear]) -> ReportBarChart {
    ReportBarChart(
      legend: [
        field(.cash), field(.inKind), field(.ngf),
        field(.income),
      ],
      rows: years.map { year in
        ReportBarChart.Row(
          label: String(year.year),
          fractions: [year.cash, year.inKind, year.ngf, year.income].map {
            $0.share(of: year.sources) ?? 0
          },
          caption: euros(year.sources))
      })
  }

  /// The realised figures of the years that have any, or nil when no year has.
  private func actuals(_ years: [FinanceYear]) -> ReportTable? {
    func known(_ amounts: [Money]) -> Money? { amounts.isEmpty ? nil : amounts.sum() }
    let rows = years.compactMap { year -> [String]? in
      let figures = [
        known(year.contributions.compactMap(\.actualCash)),
        known(year.contributions.compactMap(\.actualInKind)),
        year.actualNGF, year.actualIncome, year.actualCosts,
      ]
      guard figures.contains(where: { $0 != nil }) else { return nil }
      return [String(year.year)] + figures.map { $0.map(euros) ?? "–" }
    }
    guard !rows.isEmpty else { return nil }
    return ReportTable(
      columns: [
        .init(strings["report.year"]), .init(field(.cash), .right),
        .init(field(.inKind), .right), .init(field(.ngf), .right),
        .init(field(.income), .right), .init(field(.costs), .right),
      ],
      rows: rows)
  }

  /// Cash, in kind and their total per partner over all years, summed in one pass because a
  /// plan may hold many partners and years. Partners are in stakeholder order; a contribution
  /// from an id that is no stakeholder still counts, so the totals match the budget's.
  private var partners: ReportTable {
    var cash: [StakeholderID: Money] = [:]
    var inKind: [StakeholderID: Money] = [:]
    for year in plan.finance {
      for contribution in year.contributions {
        cash[contribution.partner, default: .zero] += contribution.cash
        inKind[contribution.partner, default: .zero] += contribution.inKind
      }
    }
    let known = plan.stakeholders.map(\.id).filter { cash[$0] != nil }
    let unknown = Set(cash.keys).subtracting(known).sorted()
    var seen = Set<StakeholderID>()
    let ids = (known + unknown).filter { seen.insert($0).inserted }
    let rows = ids.map { id -> [Money] in
      let figures = (cash[id] ?? .zero, inKind[id] ?? .zero)
      return [figures.0, figures.1, figures.0 + figures.1]
    }
    let sums = (0..<3).map { column in rows.map { $0[column] }.sum() }
    return ReportTable(
      columns: [
        .init(strings["report.partner"]), .init(field(.cash), .right),
        .init(field(.inKind), .right), .init(strings["report.total"], .right),
      ],
      rows: zip(ids, rows).map { [names.stakeholder($0)] + $1.map(euros) },
      totals: [strings["report.total"]] + sums.map(euros))
  }

  /// The verdict in words: the year after which the plan stands alone, or how far each year
  /// falls short without NGF money.
  var verdictBlocks: [ReportBlock] {
    guard let last = plan.financeByYear.last else {
      return [.paragraph(strings["report.verdict.noFinance"])]
    }
    let verdict = plan.ngfVerdict
    if verdict.standsAlone {
      return [.paragraph(strings.format("report.verdict.standsAlone", verdict.lastYear))]
    }
    var blocks: [ReportBlock] = [
      .paragraph(strings.format("report.verdict.notAlone", verdict.lastYear))
    ]
    if last.ngf.cents > 0 {
      blocks.append(
        .paragraph(
          strings.format("report.verdict.ngfInLastYear", last.year, strings.money(last.ngf))))
    }
    if !verdict.gaps.isEmpty {
      var items = verdict.gaps.map { "\($0.year): \(strings.money($0.amount))" }
      if verdict.gaps.count > 1 {
        items.append(
          "\(strings["report.total"]): \(strings.money(verdict.gaps.map(\.amount).sum()))")
      }
      blocks.append(.list(title: strings["report.verdict.gaps"], items: items))
    }
    return blocks
  }
}
