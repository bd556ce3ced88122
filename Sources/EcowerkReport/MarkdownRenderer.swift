/// Renders a report as Markdown for GitHub, GitLab or any CommonMark viewer: headings, pipe
/// tables, bulleted lists, and the Theory of Change as nested lists.
///
/// Plan text is escaped so that it renders exactly as typed (see `MarkdownEscaping`).
public struct MarkdownRenderer: ReportRenderer {
  /// Characters in a bar: a bar is a code span, so it does not scale with the page.
  public static let barWidth = 20

  public init() {}

  public func render(_ document: ReportDocument) -> String {
    var blocks = [heading(document.title, level: 1)]
    if let facts = facts(document.facts) { blocks.append(facts) }
    var step: Int?
    for section in document.sections {
      if let sectionStep = section.step, sectionStep.number != step {
        blocks.append(heading(sectionStep.title, level: 2))
      }
      step = section.step?.number
      let level = section.step == nil ? 2 : 3
      blocks.append(heading(section.title, level: level))
      blocks += section.blocks.compactMap { block($0, headingLevel: level + 1) }
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private func block(_ block: ReportBlock, headingLevel: Int) -> String? {
    switch block {
    case .heading(let text): return heading(text, level: headingLevel)
    case .paragraph(let text): return inline(text)
    case .facts(let list): return facts(list)
    case .list(let title, let items): return list(title: title, items: items)
    case .table(let table): return self.table(table)
    case .tree(let lines): return tree(lines)
    case .bars(let chart): return bars(chart)
    case .numbered(let title, let items):
      let list = items.enumerated().map { "\($0.offset + 1). " + inline($0.element) }
        .joined(separator: "\n")
      return title.map { caption($0) + "\n\n" + list } ?? list
    case .figure(let figure): return self.figure(figure, headingLevel: headingLevel)
    }
  }

  /// The Theory of Change as Mermaid charts; any other picture as its fallback blocks.
  private func figure(_ figure: ReportFigure, headingLevel: Int) -> String? {
    var parts: [String] = []
    if case .theoryOfChange(let diagram) = figure.picture {
      for (caption, chart) in MermaidDiagram.charts(diagram) {
        parts.append(self.caption(caption))
        parts.append(chart)
      }
    }
    parts += figure.fallback.compactMap { block($0, headingLevel: headingLevel) }
    return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
  }

  private func inline(_ text: String) -> String {
    MarkdownEscaping.inline(text)
  }

  /// Bold text, or nothing for an empty string ("****" would render as a rule of stars).
  private func bold(_ text: String) -> String {
    let escaped = inline(text)
    return escaped.isEmpty ? "" : "**\(escaped)**"
  }

  private func heading(_ text: String, level: Int) -> String {
    String(repeating: "#", count: min(max(level, 1), 6)) + " "
      + MarkdownEscaping.inline(text, lineBreak: " ")
  }

  /// Label and value pairs as a bulleted list with bold labels: a two-column table would
  /// need a header row that says nothing.
  private func facts(_ facts: [ReportFact]) -> String? {
    guard !facts.isEmpty else { return nil }
    return facts.map { fact in
      let value = fact.value.allSatisfy(\.isWhitespace) ? "–" : inline(fact.value)
      return "- \(bold(fact.label + ":")) \(value)"
    }.joined(separator: "\n")
  }

  private func caption(_ title: String) -> String {
    bold(title.hasSuffix(":") ? title : title + ":")
  }

  private func list(title: String?, items: [String]) -> String {
    let bullets = items.map { "- " + inline($0) }.joined(separator: "\n")
    guard let title else { return bullets }
    return bullets.isEmpty ? caption(title) : caption(title) + "\n\n" + bullets
  }

  /// A pipe table; every row has exactly one cell per column, and the totals row is bold.
  private func table(_ table: ReportTable) -> String? {
    guard !table.columns.isEmpty else { return table.title.map(caption) }
    func row(_ cells: [String]) -> String {
      "| " + cells.joined(separator: " | ") + " |"
    }
    var lines = [
      row(table.columns.map { inline($0.title) }),
      row(table.columns.map { $0.alignment == .right ? "---:" : "---" }),
    ]
    lines += table.rows.map { row(table.cells(of: $0).map(inline)) }
    if let totals = table.totals {
      lines.append(row(table.cells(of: totals).map(bold)))
    }
    let body = lines.joined(separator: "\n")
    return table.title.map { caption($0) + "\n\n" + body } ?? body
  }

  /// Nested lists, two spaces per level: nodes in bold, their details as plain items under
  /// them. A line is never nested more than one level below the one before it, because
  /// Markdown would turn a deeper jump into a code block.
  private func tree(_ treeLines: [ReportTreeLine]) -> String {
    var lines: [String] = []
    var previousDepth = -1
    for line in treeLines {
      let depth = min(max(0, line.depth), previousDepth + 1)
      previousDepth = depth
      let indent = String(repeating: "  ", count: depth)
      lines.append(indent + "- " + bold(line.text))
      lines += line.details.map { indent + "  - " + inline($0) }
    }
    return lines.joined(separator: "\n")
  }

  /// Bars as list items with the bar in a code span, so it is drawn in a monospaced font.
  private func bars(_ chart: ReportBarChart) -> String {
    var text = chart.rows.map { row in
      let bar = ReportBarChart.bar(row.fractions, width: Self.barWidth)
      return "- \(inline(row.label)) `[\(bar)]` \(inline(row.caption))"
    }.joined(separator: "\n")
    if !chart.legend.isEmpty {
      let symbols = ReportBarChart.partSymbols
      let legend = chart.legend.enumerated().map { index, name in
        "`\(symbols[index % symbols.count])` \(inline(name))"
      }
      text += "\n\n" + legend.joined(separator: ", ")
    }
    return text
  }
}
