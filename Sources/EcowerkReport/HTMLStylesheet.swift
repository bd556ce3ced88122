/// The style sheet of an HTML snapshot: a calm page on screen, and an A4 document on paper
/// with the plan's name, the date and "page 3 of 12" in the page margins.
enum HTMLStylesheet {
  /// The whole sheet; `running` fills the page margins.
  static func css(title: String, running: ReportDocument.Running) -> String {
    let top = HTMLText.cssString(title)
    let date = HTMLText.cssString(running.date)
    let page = HTMLText.cssContent(running.page, ["counter(page)", "counter(pages)"])
    return base + """
      @page {
        size: A4;
        margin: 17mm 15mm 16mm;
        @top-left { content: \(top); font: 8pt system-ui, sans-serif; color: #333;
          vertical-align: bottom; padding-bottom: 3mm; }
        @top-right { content: \(date); font: 8pt system-ui, sans-serif; color: #333;
          white-space: nowrap; vertical-align: bottom; padding-bottom: 3mm; }
        @bottom-center { content: \(page); font: 8pt system-ui, sans-serif; color: #333;
          white-space: nowrap; vertical-align: top; padding-top: 3mm; }
      }
      @page wide { size: A4 landscape; }

      """ + print
  }

  /// The screen: text columns stay narrow enough to read, tables and pictures may use the
  /// width of a 1200-pixel window.
  static let base = """
    body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
      line-height: 1.45; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: #111;
      background: #fff; }
    p, ul, ol, dl { max-width: 48rem; }
    h1 { font-size: 1.8rem; margin-bottom: .3rem; }
    h2 { font-size: 1.45rem; border-bottom: 2px solid #111; padding-bottom: .2rem; margin-top: 2.5rem; }
    h3 { font-size: 1.2rem; margin-top: 1.8rem; }
    h4, h5, h6 { font-size: 1rem; margin-top: 1.2rem; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
    dl.facts dt { font-weight: bold; }
    dl.facts dd { margin: 0; }
    header dl.facts { grid-template-columns: max-content 1fr max-content 1fr; }
    p.list-title { font-weight: bold; margin-bottom: .2rem; }
    table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .9rem; }
    caption { text-align: left; font-weight: bold; padding: .3rem 0; }
    th, td { border: 1px solid #888; padding: .25em .45em; vertical-align: top; text-align: left; }
    th { overflow-wrap: normal; word-break: normal; hyphens: manual; }
    td { overflow-wrap: break-word; }
    .wide table { font-size: .8rem; }
    .wide th, .wide td { padding: .2em .3em; }
    thead th { border-bottom: 2px solid #111; }
    tfoot th { border-top: 2px solid #111; }
    .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .nw { white-space: nowrap; }
    ul.tree, ul.tree ul { list-style: none; padding-left: 1.4rem; border-left: 1px dotted #666; }
    ul.tree { border-left: none; padding-left: 0; }
    .node { font-weight: bold; }
    ul.details { list-style: disc; font-weight: normal; margin: .1rem 0 .4rem; }
    figure { margin: 1rem 0; }
    figure figcaption { font-weight: bold; margin-bottom: .3rem; }
    figure p.legend { font-size: .9rem; margin: .2rem 0 0; }
    svg.picture { display: block; max-width: 100%; height: auto; }
    svg.picture text { font-family: system-ui, "DejaVu Sans", sans-serif; fill: #000; }

    """

  /// Paper: a page break before each step and the KPI dashboard, wide tables on landscape
  /// pages, headings kept with what follows them, rows and pictures never split.
  static let print = """
    @media print {
      body { margin: 0; max-width: none; font-size: 10pt; padding: 0; line-height: 1.35; }
      h1 { margin-top: 0; }
      h2 { margin-top: 1.2rem; }
      h3 { margin-top: 1.2rem; }
      p, ul, ol, dl, figure { margin-top: .5rem; margin-bottom: .5rem; }
      dl.facts { gap: 0 1rem; }
      p, ul, ol, dl { max-width: none; }
      section.step, section#kpis, section#checks { break-before: page; }
      .wide { page: wide; }
      .wide table { font-size: 8.5pt; }
      thead { display: table-header-group; }
      tfoot { display: table-footer-group; }
      tr, li, dl.facts dt, dl.facts dd, figure { break-inside: avoid; }
      h1, h2, h3, h4, h5, h6, caption, p.list-title, figcaption { break-after: avoid; }
    }
    """
}
