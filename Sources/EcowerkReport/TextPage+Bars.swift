import EcowerkText

/// Bar charts in plain text: label, bar in brackets, the figure itself.
extension TextPage {
  /// Longer bars add no information a reader can see and leave less room for labels.
  static let longestBar = 40
  /// Below this a bar shows nothing, so the rows become plain "label: figure" lines.
  static let shortestBar = 5

  mutating func bars(_ chart: ReportBarChart) {
    blank()
    let labels = chart.rows.map { Self.clean($0.label) }
    let captions = chart.rows.map { Self.clean($0.caption) }
    let labelWidth = min(labels.map { DisplayWidth.of($0) }.max() ?? 0, width / 3)
    let captionWidth = captions.map { DisplayWidth.of($0) }.max() ?? 0
    // Label, a space, "[", the bar, "]", a space, the caption.
    let barWidth = min(Self.longestBar, width - labelWidth - captionWidth - 4)
    guard barWidth >= Self.shortestBar, captionWidth <= width / 3 else {
      facts(chart.rows.map { ReportFact($0.label, $0.caption) })
      legend(chart.legend)
      return
    }
    for (index, row) in chart.rows.enumerated() {
      let labelLines = wrap(labels[index], width: labelWidth)
      let bar = "[" + ReportBarChart.bar(row.fractions, width: barWidth) + "]"
      append(TextLayout.pad(labelLines[0], toWidth: labelWidth) + " " + bar + " " + captions[index])
      for line in labelLines.dropFirst() { append(line) }
    }
    legend(chart.legend)
  }

  /// "# cash  = in kind  + NGF": which symbol stands for which part.
  private mutating func legend(_ names: [String]) {
    guard !names.isEmpty else { return }
    let entries = names.enumerated().map { index, name in
      let symbols = ReportBarChart.partSymbols
      return "\(symbols[index % symbols.count]) \(Self.clean(name))"
    }
    blank()
    lines += wrap(entries.joined(separator: "   "), width: width)
  }
}
