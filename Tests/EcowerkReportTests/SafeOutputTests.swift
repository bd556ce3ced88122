import EcowerkModel
import EcowerkReport
import EcowerkSheets
import EcowerkStrings
import Foundation
import Testing

/// A plan that arrives by e-mail is printed safely in every format: its text cannot add
/// markup, scripts, terminal escapes or spreadsheet formulas, and the HTML stands on its own.
@Suite struct SafeOutputTests {
  static func render(_ format: ReportFormat, _ language: Language = .dutch) -> String {
    Report.render(
      ReportFixture.plan, format: format, language: language, today: ReportFixture.today,
      rubric: ReportFixture.rubric)
  }

  /// Control characters a terminal or a viewer would act on: C0 except line feed, DEL, C1,
  /// and the bidi overrides that reorder what a reader sees.
  static func dangerous(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
      || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
  }

  @Test(
    "no control character survives into text, Markdown or HTML", arguments: ReportFormat.allCases)
  func noControlCharacters(format: ReportFormat) {
    let output = Self.render(format)
    let found = output.unicodeScalars.filter(Self.dangerous)
    #expect(found.isEmpty, "\(found.map { String($0.value, radix: 16) })")
    #expect(output.contains("ROOD"), "the hostile text itself is still shown")
  }

  @Test(
    "script tags from the plan are text, never markup", arguments: [ReportFormat.markdown, .html])
  func scriptsAreEscaped(format: ReportFormat) {
    let output = Self.render(format)
    // In Markdown a backslash makes `<` plain text; in HTML it becomes an entity.
    let raw = output.components(separatedBy: "<script").count
    let escaped = output.components(separatedBy: "\\<script").count
    #expect(raw == escaped, "every <script is escaped")
    #expect(output.contains("&lt;script&gt;") || output.contains("\\<script\\>"))
  }

  @Test func theHTMLIsWellFormedAndReferencesNothingOutsideItself() throws {
    for language in Language.allCases {
      let html = Self.render(.html, language)
      #expect(try HTMLCheck.unbalancedTag(in: html) == nil)
      for forbidden in ["<script", "src=", "href=", "url(", "@import", "http:", "https:", "<link"] {
        #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
      }
      #expect(html.contains("@media print"))
      #expect(html.contains("break-before: page"), "a page break before each step")
      #expect(html.contains("display: table-header-group"), "table headers repeat")
      #expect(html.contains("break-inside: avoid"), "rows are not split")
    }
  }

  @Test(arguments: [CSVExport.Dialect.dutch, .english])
  func csvQuotesSeparatorsAndDefusesFormulas(dialect: CSVExport.Dialect) throws {
    var plan = ReportFixture.plan
    plan.stakeholders[0].role = "=HYPERLINK(\"http://x\";\"klik\")"
    plan.stakeholders[0].contributions = "-2+3"
    plan.stakeholders[0].ownInterests = "@SUM(A1)"
    let output = CSVExport(
      plan: plan, language: .dutch, dialect: dialect, today: ReportFixture.today
    ).render()
    #expect(output.hasPrefix("\u{FEFF}"))
    #expect(output.contains("'=HYPERLINK"), "a formula is shown as text")
    #expect(output.contains("'-2+3") && output.contains("'@SUM(A1)"))
    let found = output.unicodeScalars.filter {
      Self.dangerous($0) && $0 != "\r"
    }
    #expect(found.isEmpty, "\(found.map { String($0.value, radix: 16) })")
    // Every record reads back to the same number of fields as its table's header.
    let reader = try SheetText.read(output)
    #expect(reader.separator == (dialect == .dutch ? ";" : ","))
    let widths = reader.rows.map(\.fields.count)
    #expect(widths.filter { $0 > 1 }.count > 10)
    // The stakeholder table: its header, then rows up to the empty line before the next one.
    let start = try #require(reader.rows.firstIndex { $0.fields.first == "id" })
    let header = reader.rows[start]
    let rows = reader.rows[(start + 1)...].prefix { $0.fields != [""] }
    #expect(rows.count == plan.stakeholders.count)
    #expect(rows.allSatisfy { $0.fields.count == header.fields.count })
  }
}

/// A small checker for the HTML we write: every element that is opened is closed, in order.
enum HTMLCheck {
  struct Malformed: Error {}
  static let void: Set<String> = ["meta", "br", "wbr", "hr", "img", "link", "input"]

  /// The first tag that does not close properly, or nil when all are balanced.
  static func unbalancedTag(in html: String) throws -> String? {
    var stack: [String] = []
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      guard let close = rest[open...].firstIndex(of: ">") else { throw Malformed() }
      let tag = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      // A comment, or an SVG element that closes itself (`<rect …/>`).
      if tag.hasPrefix("!") || tag.hasSuffix("/") { continue }
      let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
      if void.contains(name) { continue }
      if tag.hasPrefix("/") {
        guard stack.last == name else { return name }
        stack.removeLast()
      } else {
        stack.append(name)
      }
    }
    return stack.last
  }
}
