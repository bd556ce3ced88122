import EcowerkText

/// Renders a report as one standalone HTML file: no scripts, nothing fetched from anywhere,
/// readable on screen and printed on A4 — a page break before each step of the method, table
/// headers repeated on every page, rows never split, and no meaning carried by colour alone.
///
/// Every piece of plan text goes through `escape`, after the sanitiser: a plan cannot add
/// markup, scripts or control characters to the page.
public struct HTMLRenderer: ReportRenderer {
  /// The `lang` attribute of the page.
  public var language: String

  public init(language: String = "nl") {
    self.language = language
  }

  public func render(_ document: ReportDocument) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="\(escape(language))">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(document.title))</title>
      <style>
      \(Self.stylesheet)
      </style>
      </head>
      <body>
      <header>
      <h1>\(escape(document.title))</h1>

      """
    if !document.facts.isEmpty { html += facts(document.facts) }
    html += "</header>\n"
    var step: Int?
    var open = false
    for section in document.sections {
      if let sectionStep = section.step, sectionStep.number != step {
        if open { html += "</section>\n" }
        html += "<section class=\"step\">\n<h2>\(escape(sectionStep.title))</h2>\n"
        open = true
      }
      step = section.step?.number
      let level = section.step == nil ? 2 : 3
      html += "<section id=\"\(escape(section.id.rawValue))\">\n"
      html += "<h\(level)>\(escape(section.title))</h\(level)>\n"
      for block in section.blocks { html += self.block(block, headingLevel: min(6, level + 1)) }
      html += "</section>\n"
    }
    if open { html += "</section>\n" }
    html += "</body>\n</html>\n"
    return html
  }

  private func block(_ block: ReportBlock, headingLevel: Int) -> String {
    switch block {
    case .heading(let text): return "<h\(headingLevel)>\(escape(text))</h\(headingLevel)>\n"
    case .paragraph(let text): return "<p>\(multiline(text))</p>\n"
    case .facts(let list): return facts(list)
    case .list(let title, let items):
      var html = title.map { "<p class=\"list-title\">\(escape($0))</p>\n" } ?? ""
      html += "<ul>\n" + items.map { "<li>\(multiline($0))</li>\n" }.joined() + "</ul>\n"
      return html
    case .table(let table): return self.table(table)
    case .tree(let lines): return tree(lines)
    case .bars(let chart): return bars(chart)
    }
  }

  private func facts(_ facts: [ReportFact]) -> String {
    "<dl class=\"facts\">\n"
      + facts.map { "<dt>\(escape($0.label))</dt><dd>\(multiline($0.value))</dd>\n" }.joined()
      + "</dl>\n"
  }

  private func table(_ table: ReportTable) -> String {
    var html = "<table>\n"
    if let title = table.title { html += "<caption>\(escape(title))</caption>\n" }
    html += "<thead><tr>"
    for column in table.columns {
      html += "<th\(align(column.alignment))>\(escape(column.title))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      html += "<tr>"
      for (column, cell) in zip(table.columns, table.cells(of: row)) {
        html += "<td\(align(column.alignment))>\(multiline(cell))</td>"
      }
      html += "</tr>\n"
    }
    html += "</tbody>\n"
    if let totals = table.totals {
      html += "<tfoot><tr>"
      for (column, cell) in zip(table.columns, table.cells(of: totals)) {
        html += "<th\(align(column.alignment))>\(multiline(cell))</th>"
      }
      html += "</tr></tfoot>\n"
    }
    return html + "</table>\n"
  }

  private func align(_ alignment: ReportTable.Alignment) -> String {
    alignment == .right ? " class=\"number\"" : ""
  }

  /// The Theory of Change as nested lists, details under each node.
  private func tree(_ lines: [ReportTreeLine]) -> String {
    var html = ""
    var depth = -1
    for line in lines {
      let target = max(0, line.depth)
      if target > depth {
        html += String(repeating: "<ul class=\"tree\">\n<li>", count: target - depth)
      } else {
        html += "</li>\n"
        html += String(repeating: "</ul>\n</li>\n", count: depth - target)
        html += "<li>"
      }
      depth = target
      html += "<span class=\"node\">\(escape(line.text))</span>"
      if !line.details.isEmpty {
        html += "<ul class=\"details\">"
        html += line.details.map { "<li>\(multiline($0))</li>" }.joined()
        html += "</ul>"
      }
    }
    if depth >= 0 {
      html += "</li>\n" + String(repeating: "</ul>\n</li>\n", count: depth) + "</ul>\n"
    }
    return html
  }

  /// Bars as text in a fixed-width font: each part its own symbol, so they read in black and
  /// white, on screen and on paper.
  private func bars(_ chart: ReportBarChart) -> String {
    var html = "<div class=\"bars\">\n"
    if !chart.legend.isEmpty {
      let legend = chart.legend.enumerated().map { index, name in
        let symbol = ReportBarChart.partSymbols[index % ReportBarChart.partSymbols.count]
        return "<span class=\"bar\">\(escape(String(symbol)))</span> \(escape(name))"
      }
      html += "<p class=\"legend\">" + legend.joined(separator: " &nbsp; ") + "</p>\n"
    }
    html += "<table class=\"chart\">\n<tbody>\n"
    for row in chart.rows {
      let bar = ReportBarChart.bar(row.fractions, width: 40)
      html += "<tr><th>\(escape(row.label))</th><td><span class=\"bar\">\(escape(bar))</span></td>"
      html += "<td>\(escape(row.caption))</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n</div>\n"
  }

  /// Text with its line breaks kept as `<br>`.
  private func multiline(_ text: String) -> String {
    Sanitizer.text(text).split(separator: "\n", omittingEmptySubsequences: false)
      .map { escape(String($0)) }.joined(separator: "<br>")
  }

  /// Sanitised and escaped for HTML text and attribute values.
  func escape(_ text: String) -> String {
    var result = ""
    for character in Sanitizer.line(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  static let stylesheet = """
    body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.45;
      max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #111; background: #fff; }
    h1 { font-size: 1.8rem; margin-bottom: .3rem; }
    h2 { font-size: 1.45rem; border-bottom: 2px solid #111; padding-bottom: .2rem; margin-top: 2.5rem; }
    h3 { font-size: 1.2rem; margin-top: 1.8rem; }
    h4, h5, h6 { font-size: 1rem; margin-top: 1.2rem; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
    dl.facts dt { font-weight: bold; }
    dl.facts dd { margin: 0; }
    table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .92rem; }
    caption { text-align: left; font-weight: bold; padding: .3rem 0; }
    th, td { border: 1px solid #888; padding: .25rem .45rem; vertical-align: top; text-align: left; }
    thead th { border-bottom: 2px solid #111; }
    tfoot th { border-top: 2px solid #111; }
    .number { text-align: right; font-variant-numeric: tabular-nums; }
    ul.tree, ul.tree ul { list-style: none; padding-left: 1.4rem; border-left: 1px dotted #666; }
    ul.tree { border-left: none; padding-left: 0; }
    .node { font-weight: bold; }
    ul.details { list-style: disc; font-weight: normal; margin: .1rem 0 .4rem; }
    .bar { font-family: ui-monospace, "DejaVu Sans Mono", monospace; white-space: pre; }
    table.chart th, table.chart td { border: none; padding: .1rem .4rem; }
    @page { size: A4; margin: 18mm 16mm; }
    @media print {
      body { margin: 0; max-width: none; font-size: 10.5pt; }
      section.step { break-before: page; page-break-before: always; }
      thead { display: table-header-group; }
      tfoot { display: table-footer-group; }
      tr, li, dl.facts dt, dl.facts dd { break-inside: avoid; page-break-inside: avoid; }
      h2, h3, h4, caption { break-after: avoid; page-break-after: avoid; }
    }
    """
}
