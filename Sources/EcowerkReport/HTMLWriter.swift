/// The HTML of one document as it is written, block by block: it numbers the pictures so
/// that the ids inside each SVG are unique on the page.
struct HTMLWriter {
  let running: ReportDocument.Running
  var html = ""
  var figures = 0

  init(running: ReportDocument.Running) {
    self.running = running
  }

  mutating func document(_ document: ReportDocument, language: String) {
    let title = HTMLText.escape(document.title)
    html += """
      <!DOCTYPE html>
      <html lang="\(HTMLText.escape(language))">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(title)</title>
      <style>
      \(HTMLStylesheet.css(title: document.title, running: running))
      </style>
      </head>
      <body>
      <header>
      <h1>\(title)</h1>

      """
    if !document.facts.isEmpty { facts(document.facts) }
    html += "</header>\n"
    var step: Int?
    var open = false
    for section in document.sections {
      if let sectionStep = section.step, sectionStep.number != step {
        if open { html += "</section>\n" }
        html += "<section class=\"step\">\n<h2>\(HTMLText.escape(sectionStep.title))</h2>\n"
        open = true
      } else if section.step == nil, open {
        html += "</section>\n"
        open = false
      }
      step = section.step?.number
      let level = section.step == nil ? 2 : 3
      html += "<section id=\"\(HTMLText.escape(section.id.rawValue))\">\n"
      let heading = "<h\(level)>\(HTMLText.escape(section.title))</h\(level)>\n"
      blocks(section.blocks, headingLevel: min(6, level + 1), after: heading)
      html += "</section>\n"
    }
    if open { html += "</section>\n" }
    html += "</body>\n</html>\n"
  }

  /// The blocks of a section after its heading. A heading right before a table that goes on
  /// a landscape page goes there with it: the change of page would otherwise leave the
  /// heading alone at the bottom of the page before.
  mutating func blocks(_ blocks: [ReportBlock], headingLevel: Int, after heading: String) {
    var pending = heading
    for block in blocks {
      if case .heading(let text) = block {
        pending += "<h\(headingLevel)>\(HTMLText.escape(text))</h\(headingLevel)>\n"
        continue
      }
      if case .table(let table) = block, HTMLTableLayout(table).page == .landscape {
        html += "<div class=\"wide\">\n" + pending
        pending = ""
        self.table(table, wrapped: false)
        html += "</div>\n"
        continue
      }
      html += pending
      pending = ""
      self.block(block, headingLevel: headingLevel)
    }
    html += pending
  }

  mutating func block(_ block: ReportBlock, headingLevel: Int) {
    switch block {
    case .heading(let text):
      html += "<h\(headingLevel)>\(HTMLText.escape(text))</h\(headingLevel)>\n"
    case .paragraph(let text): html += "<p>\(HTMLText.body(text))</p>\n"
    case .facts(let list): facts(list)
    case .list(let title, let items): list(title: title, items: items, tag: "ul")
    case .numbered(let title, let items): list(title: title, items: items, tag: "ol")
    case .table(let table): self.table(table)
    case .tree(let lines): tree(lines)
    case .bars(let chart): bars(chart)
    case .figure(let figure): self.figure(figure)
    }
  }

  private mutating func list(title: String?, items: [String], tag: String) {
    if let title { html += "<p class=\"list-title\">\(HTMLText.escape(title))</p>\n" }
    html += "<\(tag)>\n" + items.map { "<li>\(HTMLText.body($0))</li>\n" }.joined() + "</\(tag)>\n"
  }

  mutating func facts(_ facts: [ReportFact]) {
    html +=
      "<dl class=\"facts\">\n"
      + facts.map { "<dt>\(HTMLText.escape($0.label))</dt><dd>\(HTMLText.body($0.value))</dd>\n" }
      .joined() + "</dl>\n"
  }

  /// The Theory of Change as nested lists, details under each node.
  private mutating func tree(_ lines: [ReportTreeLine]) {
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
      html += "<span class=\"node\">\(HTMLText.escape(line.text))</span>"
      if !line.details.isEmpty {
        html += "<ul class=\"details\">"
        html += line.details.map { "<li>\(HTMLText.body($0))</li>" }.joined()
        html += "</ul>"
      }
    }
    if depth >= 0 {
      html += "</li>\n" + String(repeating: "</ul>\n</li>\n", count: depth) + "</ul>\n"
    }
  }

  /// A bar chart as a picture; its figures are written beside the bars, so it needs no
  /// other text alternative.
  private mutating func bars(_ chart: ReportBarChart) {
    figures += 1
    let svg = BarChartSVG.render(chart, title: "", id: "f\(figures)-")
    html += "<figure class=\"chart\">\n\(svg)</figure>\n"
  }

  /// The fill-in of a template such as "{1}, part {2} of {3}".
  func part(_ title: String, _ index: Int, of count: Int) -> String {
    TemplateText.fill(running.part, [title, String(index + 1), String(count)])
  }
}
