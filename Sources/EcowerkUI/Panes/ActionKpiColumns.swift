import EcowerkChecks
import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The columns of an action's KPI table in the detail: a standing marker, then one column per
/// field of the KPI in the order Tab walks them. The name takes what the figures leave; on a
/// narrow pane the figures scroll beside it.
struct ActionKpiColumns {
  /// The KPI's fields, one column each after the marker.
  static let fields: [Field] = [.name, .unit, .baseline, .actual, .target, .deadline]
  static let nameMinimum = 12

  private(set) var widths: [Int]

  init(width: Int, strings s: Strings) {
    let dateWidth = max(10, DisplayWidth.of(s.label(Field.deadline)))
    let number = { (field: Field) in max(8, DisplayWidth.of(s.label(field))) }
    let figures = [
      max(10, DisplayWidth.of(s.label(Field.unit))), number(.baseline), number(.actual),
      number(.target), dateWidth,
    ]
    let used = 1 + figures.reduce(0) { $0 + $1 + 1 } + 1
    widths = [1, max(Self.nameMinimum, width - used)] + figures
  }

  func table(rows: Int, cursor: ListCursor, selected: Int?, width: Int, _ s: Strings) -> Table {
    let columns = widths.enumerated().map { index, width in
      Table.Column(
        title: index == 0 ? "" : s.label(Self.fields[index - 1]), width: width,
        alignment: [3, 4, 5].contains(index) ? .right : index == 0 ? .center : .left)
    }
    // The marker is column 0, so field n is table column n + 1.
    let offset = Table.normalizedOffset(
      columns: columns, frozen: 2, selected: (selected ?? 0) + 1, offset: 2, width: width)
    return Table(
      columns: columns, frozen: 2, rowCount: rows, rows: cursor,
      selectedColumn: selected.map { $0 + 1 }, columnOffset: offset)
  }

  /// The field drawn `x` cells from the table's left edge, with field `selected` on screen.
  func field(atX x: Int, selected: Int, width: Int, _ s: Strings) -> Int? {
    let table = table(rows: 0, cursor: ListCursor(), selected: selected, width: width, s)
    var left = 0
    for column in table.visibleColumns(width: width) {
      if column > 0, x >= left, x < left + widths[column] { return column - 1 }
      left += widths[column] + 1
    }
    return nil
  }

  /// Where field `selected` is drawn, counted from the table's left edge, and its width.
  func place(of selected: Int, width: Int, _ s: Strings) -> (x: Int, width: Int)? {
    let table = table(rows: 0, cursor: ListCursor(), selected: selected, width: width, s)
    var left = 0
    for column in table.visibleColumns(width: width) {
      if column == selected + 1 { return (left, min(widths[column], max(1, width - left))) }
      left += widths[column] + 1
    }
    return nil
  }

  /// One cell: the marker, or a field of the KPI as the room reads it (`–` for no figure).
  func cell(_ column: Int, _ kpi: KPI, standing: KpiStanding, _ s: Strings, glyphs: Glyphs)
    -> (String, Style)
  {
    guard column > 0 else { return (standing.marker(glyphs), standing.style) }
    switch Self.fields[column - 1] {
    case .name: return (kpi.name.isEmpty ? "–" : kpi.name, Style(bold: true))
    case .unit: return (kpi.unit, .plain)
    case .baseline: return (s.decimal(kpi.baseline), .plain)
    case .actual:
      return (
        s.decimal(kpi.actual), standing == .late || standing == .behind ? standing.style : .plain
      )
    case .target: return (s.decimal(kpi.target), .plain)
    case .deadline:
      return (s.date(kpi.deadline), standing == .late ? standing.style : .plain)
    default: return ("", .plain)
    }
  }
}
