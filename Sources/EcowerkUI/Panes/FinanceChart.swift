import EcowerkModel
import EcowerkStrings
import EcowerkText

/// Where each year's money comes from: per year one stacked bar of partner cash, partner in
/// kind, income and NGF, all bars on one scale, the costs marked on each, and the NGF share
/// after it. NGF comes last so that its part, shrinking year by year, sits where the eye ends.
///
/// Every part has a glyph of its own as well as a colour, so the chart reads in monochrome and
/// on a projector that washes colours out.
struct FinanceChart {
  /// The parts of a bar, in the order they are stacked.
  enum Part: CaseIterable {
    case cash
    case inKind
    case income
    case ngf

    /// The legend's key in the string table.
    var key: String {
      switch self {
      case .cash: return "finance.chart.cash"
      case .inKind: return "finance.chart.inKind"
      case .income: return "finance.chart.income"
      case .ngf: return "finance.chart.ngf"
      }
    }

    var style: Style {
      switch self {
      case .cash: return .colored(.accent)
      case .inKind: return .colored(.accent)
      case .income: return .colored(.good)
      case .ngf: return .colored(.warning)
      }
    }

    /// Dense to light, so the NGF part is the lightest; ASCII where the glyph set is ASCII.
    func symbol(_ glyphs: Glyphs) -> Character {
      let ascii = glyphs.barFull.isASCII
      switch self {
      case .cash: return ascii ? "#" : "█"
      case .inKind: return ascii ? "=" : "▓"
      case .income: return ascii ? "+" : "▒"
      case .ngf: return ascii ? "." : "░"
      }
    }
  }

  /// One year's bar.
  struct Bar {
    var year: Int
    /// The amount of each part, in `Part.allCases` order.
    var parts: [Money]
    var costs: Money
    var share: Double?
  }

  let bars: [Bar]
  /// What a full bar stands for: the most any year brings in or spends.
  let scale: Money

  init(_ sheet: FinanceSheet) {
    bars = zip(sheet.years, sheet.figures).map { year, figures in
      Bar(
        year: year, parts: [figures.cash, figures.inKind, figures.income, figures.ngf],
        costs: figures.costs, share: figures.ngfShare)
    }
    scale = bars.reduce(Money.zero) { largest, bar in
      max(largest, bar.parts.reduce(Money.zero, +), bar.costs)
    }
  }

  /// Whether there is anything to draw.
  var isEmpty: Bool { scale <= .zero }

  /// The text after each bar: "55% NGF", as wide for every year so the bars line up.
  func shareTexts(_ strings: Strings) -> [String] {
    bars.map { strings.format("finance.chart.share", strings.percent($0.share)) }
  }

  /// Year `index`'s line: the year, the bar in `barWidth` cells with the costs marker in the
  /// cell after the costs (one extra cell, for costs as large as the scale), then the share.
  func line(
    _ index: Int, barWidth: Int, shareWidth: Int, selected: Bool, glyphs: Glyphs,
    strings: Strings
  ) -> [Span] {
    let bar = bars[index]
    var spans = [Span(String(bar.year), selected ? Style(bold: true, reverse: true) : .plain)]
    guard barWidth > 0 else { return spans + [Span(" " + shareTexts(strings)[index])] }
    var cells = [(Character, Style)](repeating: (" ", .plain), count: barWidth + 1)
    var sum = Money.zero
    var filled = 0
    for (part, amount) in zip(Part.allCases, bar.parts) {
      sum += amount
      let end = cellsFor(sum, width: barWidth)
      for cell in filled..<max(filled, end) { cells[cell] = (part.symbol(glyphs), part.style) }
      filled = max(filled, end)
    }
    if bar.costs > .zero {
      cells[cellsFor(bar.costs, width: barWidth)] = (glyphs.vertical, Style(bold: true))
    }
    spans.append(Span(" "))
    for (character, style) in cells {
      if let last = spans.last, last.style == style, spans.count > 1 {
        spans[spans.count - 1].text.append(character)
      } else {
        spans.append(Span(String(character), style))
      }
    }
    let share = TextLayout.pad(shareTexts(strings)[index], toWidth: shareWidth, alignment: .right)
    return spans + [Span(" " + share, bar.share == nil ? .muted : .plain)]
  }

  /// The legend: each part's glyph and name, then the costs marker.
  func legend(glyphs: Glyphs, strings: Strings) -> [Span] {
    var spans: [Span] = []
    for part in Part.allCases {
      spans.append(Span(String(part.symbol(glyphs)), part.style))
      spans.append(Span(" " + strings[part.key] + "  "))
    }
    spans.append(Span(String(glyphs.vertical), Style(bold: true)))
    spans.append(Span(" " + strings["finance.chart.costs"]))
    return spans
  }

  /// The cells an amount fills, rounded, at most `width`.
  private func cellsFor(_ amount: Money, width: Int) -> Int {
    guard scale > .zero else { return 0 }
    let fraction = Double(amount.cents) / Double(scale.cents)
    return min(width, max(0, Int((fraction * Double(width)).rounded())))
  }
}
