import EcowerkModel
import EcowerkStrings
import EcowerkText

/// Pane 3: the stakeholder field as a matrix — one row per party, a column per attribute, the
/// name column frozen while the rest scrolls — or as an influence × interest quadrant; and a
/// summary of what the minimum viable ecosystem still lacks.
enum StakeholdersPane: PaneBehavior {
  struct Column {
    var field: Field
    var width: Int
    var alignment: TextLayout.Alignment = .left
  }

  /// The matrix's columns, in the order of `Stakeholder.fields`.
  static let columns: [Column] = [
    Column(field: .name, width: 24),
    Column(field: .kind, width: 18),
    Column(field: .sector, width: 16),
    Column(field: .level, width: 13),
    Column(field: .role, width: 22),
    Column(field: .influence, width: 7, alignment: .center),
    Column(field: .interest, width: 7, alignment: .center),
    Column(field: .contributions, width: 26),
    Column(field: .inMVE, width: 5, alignment: .center),
    Column(field: .isOrchestrator, width: 11, alignment: .center),
    Column(field: .chainLinks, width: 28),
    Column(field: .discipline, width: 16),
    Column(field: .sharedInterests, width: 28),
    Column(field: .ownInterests, width: 28),
    Column(field: .addedValue, width: 28),
  ]

  /// Influence or interest of this much or more counts as high in the quadrant view; a new
  /// stakeholder starts at 3, so parties nobody has assessed yet are not put in "manage
  /// closely".
  static let high = 4

  static func table(_ state: AppState) -> Table {
    let cursor = state.views.stakeholders
    return Table(
      columns: columns.map {
        Table.Column(title: state.strings.label($0.field), width: $0.width, alignment: $0.alignment)
      },
      frozen: 1, rowCount: rows(state).count, rows: cursor.rows,
      selectedColumn: cursor.column, columnOffset: cursor.columnOffset)
  }

  /// The matrix area and the summary line below it.
  static func split(_ rect: Rect) -> (Rect, Rect) {
    rect.splitBottom(min(2, max(0, rect.height - 2)))
  }

  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let (body, summary) = split(rect)
    if state.views.stakeholders.quadrant {
      drawQuadrant(state, into: &grid, in: body)
    } else {
      let plan = state.plan
      let s = state.strings
      let shown = rows(state)
      table(state).draw(into: &grid, in: body) { row, column in
        cellText(
          plan.stakeholders[shown[row]], columns[column].field, plan, s, state.settings.glyphs)
      }
      if plan.stakeholders.isEmpty {
        grid.text(s["stakeholders.empty"], x: body.x + 1, y: body.y + 2, style: .muted, clip: body)
      } else if shown.isEmpty {
        grid.text(
          s.format("stakeholders.noMatch", state.views.stakeholders.filter), x: body.x + 1,
          y: body.y + 2, style: .muted, clip: body)
      }
    }
    drawSummary(state, into: &grid, in: summary)
  }

  static func cellText(
    _ stakeholder: Stakeholder, _ field: Field, _ plan: Plan, _ s: Strings, _ glyphs: Glyphs
  ) -> (String, Style) {
    switch field {
    case .name: return (stakeholder.name, Style(bold: stakeholder.isOrchestrator))
    case .kind: return (s.label(stakeholder.kind), .plain)
    case .sector: return (stakeholder.sector, .plain)
    case .discipline: return (stakeholder.discipline, .plain)
    case .level: return (s.label(stakeholder.level), .plain)
    case .role: return (stakeholder.role, .plain)
    case .influence: return (String(stakeholder.influence), .plain)
    case .interest: return (String(stakeholder.interest), .plain)
    case .contributions: return (stakeholder.contributions, .plain)
    case .inMVE:
      return (
        stakeholder.inMVE ? String(glyphs.check) : "·",
        stakeholder.inMVE ? .colored(.good, bold: true) : .muted
      )
    case .isOrchestrator:
      return (
        stakeholder.isOrchestrator ? String(glyphs.check) : "·",
        stakeholder.isOrchestrator ? .colored(.accent, bold: true) : .muted
      )
    case .chainLinks:
      let names = stakeholder.chainLinks.compactMap { id in
        plan.chainLinks.first { $0.id == id }?.name
      }
      return (names.joined(separator: ", "), .plain)
    case .sharedInterests: return (stakeholder.sharedInterests, .plain)
    case .ownInterests: return (stakeholder.ownInterests, .plain)
    case .addedValue:
      return stakeholder.addedValue.isEmpty
        ? ("–", .colored(.warning)) : (stakeholder.addedValue, .plain)
    default: return ("", .plain)
    }
  }

  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    let (body, _) = split(rect)
    var cursor = state.views.stakeholders
    let count = rows(state).count
    let page = Table.visibleRows(height: body.height)
    switch command {
    case .moveDown: cursor.rows.move(1, count: count)
    case .moveUp: cursor.rows.move(-1, count: count)
    case .pageDown: cursor.rows.move(page, count: count)
    case .pageUp: cursor.rows.move(-page, count: count)
    case .top: cursor.rows.row = 0
    case .bottom: cursor.rows.row = max(0, count - 1)
    case .moveRight: cursor.column = min(columns.count - 1, cursor.column + 1)
    case .moveLeft: cursor.column = max(0, cursor.column - 1)
    case .toggleQuadrant: cursor.quadrant.toggle()
    case .sortColumn:
      let field = columns[cursor.column].field
      switch cursor.sort {
      case let sort? where sort.field == field && sort.ascending:
        cursor.sort = SortOrder(field: field, ascending: false)
      case let sort? where sort.field == field:
        cursor.sort = nil
      default:
        cursor.sort = SortOrder(field: field)
      }
      let selected = selectedIndex(state)
      state.views.stakeholders = cursor
      refreshOrder(&state)
      if let selected { reveal(selected, &state) }
      normalize(&state, in: rect)
      return true
    case .filterRows:
      state.mode = .filtering(LineEditor(cursor.filter))
      return true
    default: return false
    }
    state.views.stakeholders = cursor
    normalize(&state, in: rect)
    return true
  }

  static func search(
    _ query: String, forward: Bool, _ state: inout AppState, in rect: Rect
  ) -> Bool {
    let s = state.strings
    let plan = state.plan
    let shown = rows(state)
    guard
      let row = TextSearch.next(
        count: shown.count, after: state.views.stakeholders.rows.row, forward: forward,
        query: query,
        matches: { row, needle in
          matches(plan.stakeholders[shown[row]], needle, s)
        })
    else { return false }
    state.views.stakeholders.rows.row = row
    normalize(&state, in: rect)
    return true
  }

  /// Whether a stakeholder's searchable fields contain the needle, field by field, stopping
  /// at the first that does.
  static func matches(_ stakeholder: Stakeholder, _ needle: TextSearch.Needle, _ s: Strings)
    -> Bool
  {
    TextSearch.contains(stakeholder.name, needle)
      || TextSearch.contains(s.label(stakeholder.kind), needle)
      || TextSearch.contains(stakeholder.sector, needle)
      || TextSearch.contains(stakeholder.role, needle)
      || TextSearch.contains(stakeholder.contributions, needle)
      || TextSearch.contains(stakeholder.discipline, needle)
      || TextSearch.contains(s.label(stakeholder.level), needle)
  }

  static func click(x: Int, y: Int, _ state: inout AppState, in rect: Rect) {
    let (body, _) = split(rect)
    guard !state.views.stakeholders.quadrant, y > body.y, y < body.maxY else { return }
    let row = state.views.stakeholders.rows.offset + (y - body.y - 1)
    guard row < rows(state).count else { return }
    state.views.stakeholders.rows.row = row
    if let column = column(atX: x, state, in: body) { state.views.stakeholders.column = column }
    normalize(&state, in: rect)
  }

  /// The column drawn at screen column `x`.
  static func column(atX x: Int, _ state: AppState, in body: Rect) -> Int? {
    var left = body.x
    for column in table(state).visibleColumns(width: body.width) {
      let width = columns[column].width
      if x >= left && x < left + width { return column }
      left += width + 1
    }
    return nil
  }

  static func normalize(_ state: inout AppState, in rect: Rect) {
    refreshOrder(&state)
    let (body, _) = split(rect)
    var cursor = state.views.stakeholders
    cursor.rows.clamp(count: rows(state).count, visible: Table.visibleRows(height: body.height))
    cursor.column = min(max(0, cursor.column), columns.count - 1)
    cursor.columnOffset = Table.normalizedOffset(
      columns: table(state).columns, frozen: 1, selected: cursor.column,
      offset: cursor.columnOffset, width: body.width)
    state.views.stakeholders = cursor
  }
}
