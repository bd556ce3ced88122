import EcowerkModel
import EcowerkReport
import EcowerkStrings
import Testing

@Suite("Markdown renderer")
struct MarkdownRendererTests {
  /// The cells of a pipe-table row: split at every "|" that is not escaped.
  static func cells(_ row: Substring) -> Int {
    var count = 0
    var escaped = false
    for character in row {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "|" {
        count += 1
      }
    }
    return count - 1
  }

  /// Each table as its lines: runs of lines that start with "|".
  static func tables(_ markdown: String) -> [[Substring]] {
    var tables: [[Substring]] = []
    var current: [Substring] = []
    for line in Render.lines(markdown) {
      if line.hasPrefix("|") {
        current.append(line)
      } else if !current.isEmpty {
        tables.append(current)
        current = []
      }
    }
    return tables
  }

  @Test("every row of a table has as many cells as its header", arguments: Language.allCases)
  func tablesHaveTheSameNumberOfCellsInEveryRow(language: Language) {
    let tables = Self.tables(Render.markdown(ReportFixture.plan, language))
    #expect(tables.count > 10)
    for table in tables {
      let header = Self.cells(table[0])
      #expect(header > 0)
      #expect(table.count >= 3, "a header, the alignment row and at least one row")
      for row in table {
        #expect(Self.cells(row) == header, "\(row)")
      }
    }
  }

  @Test("a pipe typed in a plan is escaped and cannot split a cell")
  func hostilePipeIsEscaped() {
    let markdown = Render.markdown(sections: [.stakeholders])
    #expect(markdown.contains("| Bank \u{241B}\\[31m\\|Rabo\\| | Financier |"))
    #expect(!markdown.contains("|Rabo|"))
  }

  @Test("script tags and emphasis in a plan stay literal text")
  func htmlAndEmphasisAreEscaped() {
    let markdown = Render.markdown()
    #expect(markdown.contains("Detailhandel \\<script\\>alert(1)\\</script\\>"))
    #expect(!markdown.contains("<script>"))
    #expect(markdown.contains("\\*niet vet\\*"))
    #expect(markdown.contains("\\<b\\>opgeleid\\</b\\>"))
  }

  @Test("no control, DEL, C1 or bidi character survives", arguments: Language.allCases)
  func outputHasNoControlCharacters(language: Language) {
    let markdown = Render.markdown(ReportFixture.plan, language)
    #expect(!markdown.unicodeScalars.contains(where: Render.isUnsafe))
  }

  @Test("headings step down from the title to the steps, sections and parts")
  func headingLevels() {
    let lines = Set(Render.lines(Render.markdown(ReportFixture.plan, .english)).map(String.init))
    #expect(lines.contains("# Warmtetransitie Twente — mkb aan de slag"))
    #expect(lines.contains("## Status at a glance"))
    #expect(lines.contains("## Step 2 — The blueprint"))
    #expect(lines.contains("### Financial plan"))
    #expect(lines.contains("#### Budget per year (in euros)"))
    #expect(lines.contains("#### Detailhandel \\<script\\>alert(1)\\</script\\>"))
  }

  @Test("the Theory of Change is a nested list with its details under each node")
  func treeIsANestedList() {
    let markdown = Render.markdown(ReportFixture.plan, .english, sections: [.theoryOfChange])
    let expected = """
      - **Impact: 200 mkb'ers in Twente hebben hun warmtevraag gehalveerd**
        - Owner: Gemeente Enschede
        - Segments: Installatiebedrijven, Voedingsmiddelenindustrie 食品加工
        - Addresses failures: Geen partij die mkb'ers onafhankelijk adviseert, Het mbo-curriculum loopt jaren achter op de techniek ⇄tnemetats
        - KPI Mkb'ers met warmteplan: 0 → 45 → 200 bedrijven (23%), deadline 2030-12-31
        - **Outcome: Installateurs plaatsen warmtepompen**
      """
    #expect(markdown.contains(expected))
    #expect(markdown.contains("\n      - **Activity: Praktijklessen op de campus**\n"))
  }

  @Test("a line break in a plan text becomes <br>, so it cannot end a table row")
  func newlinesBecomeBreaks() {
    var plan = ReportFixture.plan
    plan.businessModels[0].description = "Regel één\nRegel twee"
    let markdown = Render.markdown(plan, sections: [.businessModels])
    #expect(markdown.contains("| Regel één<br>Regel twee |"))
  }

  @Test("rendering twice gives the same bytes")
  func renderingIsDeterministic() {
    #expect(Render.markdown() == Render.markdown())
    #expect(
      Render.markdown(ReportFixture.plan, .english)
        == Render.markdown(ReportFixture.plan, .english))
  }
}
