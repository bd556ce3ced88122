import EcowerkModel
import EcowerkSheets
import EcowerkStrings
import EcowerkText

/// A plan's tables as data for a spreadsheet: every field, numbers as numbers, ids to import
/// back. One builder for both CSV and `.xlsx`, so the two always hold the same tables.
///
/// Built from the plan rather than from the report's document, whose tables are made for
/// reading. Text is passed through the sanitiser: a plan that arrives by e-mail cannot put
/// terminal escapes or control characters into a partner's spreadsheet.
public struct PlanTables: Sendable {
  public let plan: Plan
  public let strings: Strings
  public let today: CalendarDate
  let builder: ReportBuilder

  public init(plan: Plan, language: Language, today: CalendarDate) {
    self.plan = plan
    strings = Strings(language)
    self.today = today
    builder = ReportBuilder(plan: plan, language: language, today: today)
  }

  /// The chosen tables in their order, all of them when `tables` is nil.
  public func tables(_ tables: Set<DataTable>? = nil) -> [SheetTable] {
    DataTable.allCases.filter { tables?.contains($0) ?? true }.map(table)
  }

  public func table(_ table: DataTable) -> SheetTable {
    var sheet: SheetTable
    switch table {
    case .stakeholders: sheet = stakeholders()
    case .chainLinks: sheet = chainLinks()
    case .segments: sheet = segments()
    case .finance: sheet = finance()
    case .kpis: sheet = kpis()
    case .actions: sheet = actions()
    }
    sheet.title = strings[table.titleKey]
    return sheet
  }

  func text(_ raw: String) -> SheetTable.Cell {
    .text(Sanitizer.text(raw))
  }

  func header(_ fields: [Field]) -> [SheetTable.Cell] {
    [.text("id")] + fields.map { .text(strings.label($0)) }
  }

  /// The stakeholder matrix with every field; `import` reads it back.
  func stakeholders() -> SheetTable {
    let fields = StakeholderColumns.columns.map(\.field)
    var rows = [header(fields)]
    let links = Dictionary(plan.chainLinks.map { ($0.id, $0.name) }) { first, _ in first }
    for stakeholder in plan.stakeholders {
      var row = [text(stakeholder.id.rawValue)]
      for field in fields {
        switch field {
        case .kind: row.append(.text(strings.label(stakeholder.kind)))
        case .level: row.append(.text(strings.label(stakeholder.level)))
        case .influence: row.append(.integer(stakeholder.influence))
        case .interest: row.append(.integer(stakeholder.interest))
        case .inMVE: row.append(.text(strings.label(stakeholder.inMVE)))
        case .isOrchestrator: row.append(.text(strings.label(stakeholder.isOrchestrator)))
        case .chainLinks:
          row.append(text(stakeholder.chainLinks.compactMap { links[$0] }.joined(separator: "\n")))
        default:
          switch stakeholder.value(of: field) {
          case .text(let value)?: row.append(text(value))
          case .date(let date?)?: row.append(.text(date.description))
          default: row.append(.empty)
          }
        }
      }
      rows.append(row)
    }
    return SheetTable(table: .stakeholders, title: "", rows: rows, frozenColumns: 2)
  }

  func chainLinks() -> SheetTable {
    var rows = [header([.name])]
    for link in plan.chainLinks { rows.append([text(link.id.rawValue), text(link.name)]) }
    return SheetTable(table: .chainLinks, title: "", rows: rows, frozenColumns: 2)
  }

  func segments() -> SheetTable {
    let fields = SegmentColumns.columns.map(\.field)
    var rows = [header(fields)]
    for segment in plan.segments {
      var row = [text(segment.id.rawValue)]
      for field in fields {
        if let texts = segment.needTexts(field) {
          row.append(text(texts.joined(separator: "\n")))
          continue
        }
        switch segment.value(of: field) {
        case .text(let value)?: row.append(text(value))
        case .texts(let values)?: row.append(text(values.joined(separator: "\n")))
        case .integer(let number?)?: row.append(.integer(number))
        // As text, ISO: a spreadsheet reads it as a date, and it reads back the same anywhere.
        case .date(let date?)?: row.append(.text(date.description))
        default: row.append(.empty)
        }
      }
      rows.append(row)
    }
    return SheetTable(table: .segments, title: "", rows: rows, frozenColumns: 2)
  }
}
