import EcowerkFixtures
import EcowerkModel
import EcowerkReport
import EcowerkSheets
import EcowerkStrings
import Testing

/// With a hostile string in every text field and every id, every snapshot format stays
/// inert: no control character, escape sequence or bidi control reaches the text, Markdown or
/// HTML, the HTML stays well formed, and the CSV holds nothing but its own record breaks, no
/// formula a spreadsheet would run, and reads back to the same shape.
@Suite struct HostileReportTests {
  /// C0 other than the line feed, DEL, C1, the Unicode line and paragraph separators, and bidi
  /// marks, embeddings, overrides and isolates.
  static func isRaw(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A: return false
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  static func raw(in text: String) -> [String] {
    text.unicodeScalars.filter(isRaw).map { String($0.value, radix: 16) }
  }

  /// The report fixture with `hostile` in every text field and every id.
  static func plan(_ hostile: String) -> Plan {
    HostileStrings.renamingIDs(
      HostileStrings.filling(ReportFixture.plan, with: hostile), with: hostile)
  }

  @Test func theFixtureHasHostileTextInEveryTextField() throws {
    let plan = Self.plan("\u{1B}[2Jx")
    let fields = HostileStrings.textFields(of: plan)
    #expect(fields.count > 80, "\(fields.count)")
    for (ref, field) in fields {
      let value = try #require(plan.value(of: field, at: ref))
      #expect(value == .text("\u{1B}[2Jx") || value == .texts(["\u{1B}[2Jx", "\u{1B}[2Jx"]))
    }
    #expect(plan.violations().isEmpty)
    #expect(plan.segments.allSatisfy { $0.id.rawValue.hasPrefix("\u{1B}[2Jx#") })
  }

  @Test(arguments: HostileStrings.all)
  func textMarkdownAndHTMLCarryNoRawControl(_ hostile: String) throws {
    let plan = Self.plan(hostile)
    for language in Language.allCases {
      for format in ReportFormat.allCases {
        let output = Report.render(
          plan, format: format, language: language, today: ReportFixture.today,
          rubric: ReportFixture.rubric)
        #expect(Self.raw(in: output).isEmpty, "\(format) \(language): \(Self.raw(in: output))")
        if format == .html {
          #expect(try HTMLCheck.unbalancedTag(in: output) == nil, "\(language)")
          let lower = output.lowercased()
          // As text these are harmless ("&lt;img src=x"); as markup they would run or link.
          for markup in ["<script", "<img", "</table><h1>", "<!--", "<a ", "<iframe"] {
            #expect(!lower.contains(markup), "\(markup) in the HTML for \(language)")
          }
        }
        if format == .markdown {
          // A backslash makes `<` plain text: every tag from the plan carries one.
          for tag in ["<script", "<img", "</table>"] {
            let raw = output.ranges(of: tag).count
            #expect(raw == output.ranges(of: "\\" + tag).count, "\(tag) in Markdown")
          }
          #expect(!output.contains("[link](javascript"), "a link from the plan is not a link")
        }
      }
    }
  }

  @Test(arguments: HostileStrings.all)
  func csvHoldsOnlyItsOwnBreaksAndNoFormula(_ hostile: String) throws {
    let plan = Self.plan(hostile)
    for dialect in CSVExport.Dialect.allCases {
      let output = CSVExport(
        plan: plan, language: .dutch, dialect: dialect, today: ReportFixture.today
      ).render()
      #expect(
        Self.breakProblem(in: output) == nil, "\(dialect): \(Self.breakProblem(in: output) ?? "")")
      let reader = try SheetText.read(output)
      #expect(reader.separator == (dialect == .dutch ? ";" : ","))
      for field in reader.rows.flatMap(\.fields) {
        guard let first = field.unicodeScalars.first, "=+-@".unicodeScalars.contains(first)
        else { continue }
        let number = field.replacing(",", with: ".")
        #expect(
          Double(number) != nil, "\(dialect): a spreadsheet would run \(field.debugDescription)")
      }
      // The stakeholder table reads back with one record per stakeholder, each as wide as the
      // header: no text from the plan split a record or a field.
      let start = try #require(reader.rows.firstIndex { $0.fields.first == "id" })
      let header = reader.rows[start]
      let rows = reader.rows[(start + 1)...].prefix { $0.fields != [""] }
      #expect(rows.count == plan.stakeholders.count)
      #expect(rows.allSatisfy { $0.fields.count == header.fields.count })
    }
  }

  /// Where CSV output holds a control character other than CR LF between records and LF inside
  /// a quoted field, or nil when it holds none.
  static func breakProblem(in csv: String) -> String? {
    var quoted = false
    var previous: Unicode.Scalar = " "
    let scalars = Array(csv.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      defer { previous = scalar }
      switch scalar {
      case "\"": quoted.toggle()
      case "\r":
        guard !quoted, index + 1 < scalars.count, scalars[index + 1] == "\n" else {
          return "a CR that does not end a record at scalar \(index)"
        }
      case "\n":
        if !quoted && previous != "\r" { return "a bare LF between records at scalar \(index)" }
      default:
        if isRaw(scalar) { return "U+\(String(scalar.value, radix: 16)) at scalar \(index)" }
      }
    }
    return quoted ? "a quote left open" : nil
  }

  @Test func theBreakCheckCanFail() {
    #expect(Self.breakProblem(in: "a;b\r\nc;d\r\n") == nil)
    #expect(Self.breakProblem(in: "\"a\nb\";c\r\n") == nil)
    #expect(Self.breakProblem(in: "a\nb\r\n") != nil)
    #expect(Self.breakProblem(in: "a\rb\r\n") != nil)
    #expect(Self.breakProblem(in: "\"a\u{1B}[2J\"\r\n") != nil)
    #expect(Self.breakProblem(in: "a\u{202E}b\r\n") != nil)
  }
}
