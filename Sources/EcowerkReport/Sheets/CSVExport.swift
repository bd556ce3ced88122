import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The stakeholder matrix, the segments and the financial plan as CSV for a spreadsheet.
///
/// This is data, not a document: every field, numbers as numbers, ids to import back. So it is
/// built from the plan rather than from the report's document, whose tables are made for
/// reading. The Dutch dialect is what Excel expects in a Dutch locale (`;` between fields,
/// decimal comma); the English one uses `,` and a decimal point. Both start with a UTF-8 byte
/// order mark, without which Excel reads UTF-8 as Windows-1252 and mangles "ë".
public struct CSVExport: Sendable {
  public enum Dialect: String, CaseIterable, Sendable {
    case dutch = "nl"
    case english = "en"

    var separator: Character { self == .dutch ? ";" : "," }
    var decimal: Character { self == .dutch ? "," : "." }
  }

  /// The tables CSV can hold, by the section names `--section` takes.
  public static let sections: [ReportSectionID] = [.stakeholders, .segments, .finance]

  public var plan: Plan
  public var strings: Strings
  public var dialect: Dialect

  public init(plan: Plan, language: Language, dialect: Dialect) {
    self.plan = plan
    strings = Strings(language)
    self.dialect = dialect
  }

  /// The chosen tables (all three when nil), each under a title line and separated by an
  /// empty line.
  public func render(sections: Set<ReportSectionID>? = nil) -> String {
    var tables: [(String, [[String]])] = []
    for section in Self.sections where sections?.contains(section) ?? true {
      switch section {
      case .stakeholders: tables.append((strings["report.section.stakeholders"], stakeholderRows()))
      case .segments: tables.append((strings["report.section.segments"], segmentRows()))
      default: tables.append((strings["report.section.finance"], financeRows()))
      }
    }
    var output = "\u{FEFF}"
    for (index, (title, rows)) in tables.enumerated() {
      if index > 0 { output += "\r\n" }
      // A single table (the usual case for importing) has no title line above its header.
      if tables.count > 1 { output += line([title]) }
      for row in rows { output += line(row) }
    }
    return output
  }

  /// The stakeholder matrix with every field; `import` reads it back.
  public func stakeholderRows() -> [[String]] {
    let fields = CSVColumns.stakeholderFields
    var rows = [["id"] + fields.map { strings.label($0) }]
    for stakeholder in plan.stakeholders {
      var row = [stakeholder.id.rawValue]
      for field in fields {
        switch field {
        case .kind: row.append(strings.label(stakeholder.kind))
        case .level: row.append(strings.label(stakeholder.level))
        case .influence: row.append(String(stakeholder.influence))
        case .interest: row.append(String(stakeholder.interest))
        case .inMVE: row.append(strings.label(stakeholder.inMVE))
        case .isOrchestrator: row.append(strings.label(stakeholder.isOrchestrator))
        case .chainLinks:
          row.append(
            stakeholder.chainLinks.compactMap { id in plan.chainLinks.first { $0.id == id }?.name }
              .joined(separator: "\n"))
        default:
          if case .text(let text)? = stakeholder.value(of: field) {
            row.append(text)
          } else {
            row.append("")
          }
        }
      }
      rows.append(row)
    }
    return rows
  }

  public func segmentRows() -> [[String]] {
    let fields = CSVColumns.segmentFields
    var rows = [["id"] + fields.map { strings.label($0) }]
    for segment in plan.segments {
      var row = [segment.id.rawValue]
      for field in fields {
        switch segment.value(of: field) {
        case .text(let text)?: row.append(text)
        case .texts(let texts)?: row.append(texts.joined(separator: "\n"))
        case .integer(let number)?: row.append(number.map(String.init) ?? "")
        default: row.append("")
        }
      }
      rows.append(row)
    }
    return rows
  }

  /// Lines down (each partner's cash and in kind, NGF, income, costs), years across, amounts
  /// in euros with the dialect's decimal mark and no grouping, so a spreadsheet reads numbers.
  public func financeRows() -> [[String]] {
    let years = Array(plan.horizon)
    var rows = [[strings["report.finance.partners"]] + years.map(String.init)]
    func amounts(_ value: (FinanceYear) -> Money) -> [String] {
      years.map { year in plan.financeYear(year).map { amount(value($0)) } ?? amount(.zero) }
    }
    for partner in plan.contributingPartners {
      rows.append(
        ["\(partner.name) — \(strings.label(Field.cash))"]
          + amounts { $0.contribution(of: partner.id).cash })
      rows.append(
        ["\(partner.name) — \(strings.label(Field.inKind))"]
          + amounts { $0.contribution(of: partner.id).inKind })
    }
    rows.append([strings.label(Field.ngf)] + amounts(\.ngf))
    rows.append([strings.label(Field.income)] + amounts(\.income))
    rows.append([strings.label(Field.costs)] + amounts(\.costs))
    return rows
  }

  func amount(_ money: Money) -> String {
    let negative = money.cents < 0
    let magnitude = money.cents.magnitude
    var text = String(magnitude / 100)
    if magnitude % 100 != 0 {
      let cents = magnitude % 100
      text += String(dialect.decimal) + (cents < 10 ? "0" : "") + String(cents)
    }
    return (negative ? "-" : "") + text
  }

  /// One record: fields quoted when they hold the separator, a quote or a line break, and a
  /// leading `'` before text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`).
  func line(_ fields: [String]) -> String {
    fields.map(field).joined(separator: String(dialect.separator)) + "\r\n"
  }

  func field(_ raw: String) -> String {
    var text = Sanitizer.text(raw)
    // By scalar, not by character: "=" followed by a combining mark is one character, but a
    // spreadsheet still sees a cell that starts with "=".
    if let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first),
      Double(text.replacingDecimal(dialect.decimal)) == nil
    {
      text = "'" + text
    }
    let needsQuotes =
      text.contains { $0 == dialect.separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || text.first == " " || text.last == " "
    guard needsQuotes else { return text }
    return "\""
      + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
      + "\""
  }
}

/// The fields of each CSV table, in column order; the importer maps headers back to these.
public enum CSVColumns {
  public static let stakeholderFields: [Field] = [
    .name, .kind, .sector, .discipline, .level, .role, .influence, .interest, .inMVE,
    .isOrchestrator, .chainLinks, .contributions, .sharedInterests, .ownInterests, .addedValue,
  ]
  public static let segmentFields: [Field] = [
    .name, .sector, .sizeClass, .region, .smeCount, .participating, .target, .alleyPosition,
    .pains, .gains, .notes,
  ]
}

extension String {
  fileprivate func replacingDecimal(_ decimal: Character) -> String {
    decimal == "," ? String(map { $0 == "," ? "." : $0 }) : self
  }
}
