import Testing

@testable import EcowerkReport

/// Plan text on an HTML page: escaped, figures kept on one line, and safe inside the style
/// sheet's page margins.
@Suite struct HTMLTextTests {
  @Test(arguments: [
    ("€ 1.250.000 en 30-6-2026.", ["€ 1.250.000", "30-6-2026"]),
    ("2025–2030, 55% NGF", ["2025–2030", "55%"]),
    ("fase 3 van 6", []),
    ("CO2-uitstoot -12 ton", ["-12"]),
    ("€1,190,000", ["€1,190,000"]),
  ])
  func figuresAreFoundWhole(_ text: String, _ figures: [String]) {
    let runs = HTMLText.figureRuns(text)
    #expect(runs.filter(\.isFigure).map(\.text) == figures)
    #expect(runs.map(\.text).joined() == text, "nothing lost")
  }

  @Test func aFigureIsASpanThatDoesNotWrap() {
    #expect(HTMLText.body("kosten € 9.000") == "kosten <span class=\"nw\">€ 9.000</span>")
    #expect(HTMLText.body("<b>1-3-2026</b>").contains("&lt;b&gt;<span class=\"nw\">1-3-2026"))
  }

  @Test func aPlanNameCannotLeaveTheStyleSheet() {
    let hostile = "Plan\"; } body { display: none } </style><script>x</script>\\"
    let css = HTMLText.cssString(hostile)
    #expect(!css.contains("<") && !css.contains(">"))
    #expect(css.hasPrefix("\"") && css.hasSuffix("\""))
    // Every quote inside is escaped, so the string ends only where it should.
    let inner = css.dropFirst().dropLast()
    var escaped = false
    for character in inner {
      if character == "\"" { #expect(escaped, "a bare quote ends the string") }
      escaped = character == "\\" && !escaped
    }
    #expect(!escaped, "a trailing backslash would swallow the closing quote")
  }

  @Test func thePageNumberIsTextAroundCounters() {
    #expect(
      HTMLText.cssContent("Pagina {1} van {2}", ["counter(page)", "counter(pages)"])
        == "\"Pagina \" counter(page) \" van \" counter(pages)")
  }
}
