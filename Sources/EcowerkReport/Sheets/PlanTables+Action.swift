import EcowerkModel
import EcowerkSheets

/// Step 3 as tables: every KPI with where it belongs and how far it has come, and the action
/// plan by date. These go out to partners and boards; they are not read back.
extension PlanTables {
  func kpis() -> SheetTable {
    var rows: [[SheetTable.Cell]] = [
      [
        .text(strings["sheet.belongsTo"]), .text(strings.label(Field.name)),
        .text(strings.label(Field.unit)), .text(strings.label(Field.baseline)),
        .text(strings.label(Field.actual)), .text(strings.label(Field.target)),
        .text(strings["sheet.progress"]), .text(strings.label(Field.deadline)),
      ]
    ]
    func row(_ owner: String, _ kpi: KPI) -> [SheetTable.Cell] {
      [
        text(owner), text(kpi.name), text(kpi.unit), number(kpi.baseline), number(kpi.actual),
        number(kpi.target), kpi.progress.map { .percent($0) } ?? .empty, date(kpi.deadline),
      ]
    }
    for (node, _) in plan.allNodes() {
      for kpi in node.kpis { rows.append(row(node.title, kpi)) }
    }
    for action in plan.actions {
      for kpi in action.kpis { rows.append(row(action.what, kpi)) }
    }
    return SheetTable(table: .kpis, title: "", rows: rows, frozenColumns: 2)
  }

  /// The actions in the report's order: by start, or end, undated last.
  func actions() -> SheetTable {
    var rows: [[SheetTable.Cell]] = [
      [
        .text(strings.label(Field.what)), .text(strings.label(Field.owner)),
        .text(strings.label(Field.start)), .text(strings.label(Field.end)),
        .text(strings.label(Field.output)), .text(strings.label(Field.node)),
        .text(strings.label(Field.status)), .text(strings["sheet.overdue"]),
      ]
    ]
    for action in builder.sortedActions {
      rows.append([
        text(action.what), text(action.owner.map { builder.names.stakeholder($0) } ?? ""),
        date(action.start), date(action.end), text(action.output),
        text(action.node.map { builder.names.node($0) } ?? ""),
        .text(strings.label(action.status)),
        .text(strings.label(action.isOverdue(on: today))),
      ])
    }
    return SheetTable(table: .actions, title: "", rows: rows, frozenColumns: 1)
  }

  func number(_ value: Double?) -> SheetTable.Cell {
    value.map { .number($0) } ?? .empty
  }

  func date(_ value: CalendarDate?) -> SheetTable.Cell {
    guard let value else { return .empty }
    return .date(year: value.year, month: value.month, day: value.day)
  }
}
