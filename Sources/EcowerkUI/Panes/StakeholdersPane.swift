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
    /// A short header (explained in the legend under the table) for a narrow column.
    var short: Bool = false
    /// Grows with the window.
    var grows: Bool = false
  }

  /// The matrix's columns: what the room discusses first — who, influence, interest, MVE,
  /// orchestrator — then the rest. Narrow columns have short headers and a legend, so that no
  /// header is ever cut.
  static let columns: [Column] = [
    Column(field: .name, width: 24, grows: true),
    Column(field: .influence, width: 5, alignment: .center, short: true),
    Column(field: .interest, width: 5, alignment: .center, short: true),
    Column(field: .inMVE, width: 4, alignment: .center, short: true),
    Column(field: .isOrchestrator, width: 5, alignment: .center, short: true),
    Column(field: .kind, width: 18, grows: true),
    Column(field: .sector, width: 16, grows: true),
    Column(field: .level, width: 13),
    Column(field: .role, width: 22, grows: true),
    Column(field: .chainLinks, width: 24, grows: true),
    Column(field: .propositions, width: 24, grows: true),
    Column(field: .contributions, width: 26, grows: true),
    Column(field: .discipline, width: 16, grows: true),
    Column(field: .sharedInterests, width: 28, grows: true),
    Column(field: .ownInterests, width: 28, grows: true),
    Column(field: .addedValue, width: 28, grows: true),
    // The partnership's history: when a party joined, and when and why it left.
    Column(field: .joined, width: 11),
    Column(field: .left, width: 11),
    Column(field: .leftReason, width: 28, grows: true),
  ]

  /// Influence or interest of this much or more counts as high in the quadrant view, as in
  /// the printed quadrant and the legend (one constant in the model for all three).
  static let high = Stakeholder.highStake

  /// A column's header: the short one with its legend, else the field's label — and never
  /// narrower than its header, in either language.
  static func header(_ column: Column, _ s: Strings) -> String {
    column.short ? s["matrix.short.\(column.field.rawValue)"] : s.label(column.field)
  }

  static func table(_ state: AppState) -> Table {
    let cursor = state.views.stakeholders
    let s = state.strings
    // On a wide screen the text columns widen (up to 1.6 times at 190 columns and more) and
    // the name column up to the longest name, before the room left is shared out: a projector
    // shows whole names rather than more cut ones.
    let width = Workbench.paneRect(state).width
    let scale = min(1.6, max(1.0, Double(width) / 120))
    return Table(
      columns: columns.enumerated().map { index, column in
        let title = header(column, s)
        var wide = column.grows ? Int((Double(column.width) * scale).rounded()) : column.width
        if index == 0 {
          wide = max(column.width, min(longestName(state), max(column.width, width / 4)))
        }
        return Table.Column(
          title: title, width: max(wide, DisplayWidth.of(title)), alignment: column.alignment,
          grows: column.grows)
      },
      frozen: 1, rowCount: rows(state).count + 1, rows: cursor.rows,
      selectedColumn: cursor.column, columnOffset: cursor.columnOffset)
  }

  /// The matrix, the detail line(s) with the selected cell's full text, the legend of the
  /// short headers, and the two lines of summary. The detail grows on a tall screen.
  struct Parts {
    var table: Rect
    var detail: Rect
    var legend: Rect
    var summary: Rect
  }

  static func parts(_ rect: Rect) -> Parts {
    let summaryHeight = min(2, max(0, rect.height - 4))
    let detailHeight = rect.height >= 50 ? 3 : rect.height >= 26 ? 2 : 1
    let (upper, summary) = rect.splitBottom(summaryHeight)
    let (rest, legend) = upper.splitBottom(upper.height > 6 ? 1 : 0)
    let (table, detail) = rest.splitBottom(rest.height > 4 ? detailHeight : 0)
    return Parts(table: table, detail: detail, legend: legend, summary: summary)
  }

  /// The matrix area and everything below it (kept for the callers that only need those).
  static func split(_ rect: Rect) -> (Rect, Rect) {
    let parts = parts(rect)
    return (parts.table, parts.summary)
  }

  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let parts = parts(rect)
    if state.views.stakeholders.quadrant {
      drawQuadrant(state, into: &grid, in: parts.table)
    } else if state.views.stakeholders.chainLinks {
      ChainLinksView.draw(state, into: &grid, in: parts.table)
    } else {
      let plan = state.plan
      let s = state.strings
      let shown = rows(state)
      table(state).draw(into: &grid, in: parts.table) { row, column in
        guard shown.indices.contains(row) else { return ("", .plain) }
        return cellText(
          plan.stakeholders[shown[row]], columns[column].field, plan, s, state.settings.glyphs)
      }
      drawNewRow(state, into: &grid, in: parts.table)
      if !plan.stakeholders.isEmpty && shown.isEmpty {
        grid.text(
          state.keyed(s.format("stakeholders.noMatch", state.views.stakeholders.filter)),
          x: parts.table.x + 1,
          y: parts.table.y + 3, style: .muted, clip: parts.table)
      }
      drawDetail(state, into: &grid, in: parts.detail)
      drawLegend(state, into: &grid, in: parts.legend)
    }
    drawSummary(state, into: &grid, in: parts.summary)
  }

  /// The widest name in the plan, in display columns; measured over the first thousand, which
  /// is what a screen shows anyway.
  static func longestName(_ state: AppState) -> Int {
    state.plan.stakeholders.prefix(1000).map { DisplayWidth.of($0.name) }.max() ?? 0
  }

  /// The empty row at the end: typing there adds a stakeholder.
  static func newRowText(_ state: AppState) -> String {
    state.strings[state.plan.stakeholders.isEmpty ? "stakeholders.empty" : "stakeholders.newRow"]
  }

  /// The empty row's text across the whole row (no cells to keep apart there), reversed when
  /// the cursor stands on it.
  static func drawNewRow(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    let cursor = state.views.stakeholders.rows
    let row = rows(state).count
    let line = row - cursor.offset
    guard line >= 0, line < Table.visibleRows(height: rect.height) else { return }
    let selected = cursor.row == row
    let text = newRowText(state)
    grid.field(
      text, x: rect.x, y: rect.y + 1 + line, width: min(rect.width, DisplayWidth.of(text)),
      style: Style(reverse: selected, dim: !selected), clip: rect)
  }

  /// The selected cell in full — a name cut in its column, every chain link, a long role —
  /// under its column's full name, wrapped over the detail's lines.
  static func drawDetail(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let s = state.strings
    let column = columns[min(state.views.stakeholders.column, columns.count - 1)]
    let label = s.label(column.field) + ": "
    var text: String
    var style = Style.plain
    if let index = selectedIndex(state) {
      let stakeholder = state.plan.stakeholders[index]
      text = fullText(stakeholder, column.field, state)
      if text.isEmpty {
        text = "–"
        style = .muted
      }
    } else {
      text = s["stakeholders.newRowDetail"]
      style = .muted
    }
    let labelWidth = DisplayWidth.of(label)
    let lines = TextLayout.wrap(
      Sanitizer.text(text), width: max(1, rect.width - labelWidth)
    )
    grid.text(label, x: rect.x, y: rect.y, style: Style(color: .accent, bold: true), clip: rect)
    for (index, line) in lines.prefix(rect.height).enumerated() {
      var shown = line
      if index == rect.height - 1, lines.count > rect.height {
        shown = TextLayout.truncate(
          line + " " + state.settings.glyphs.ellipsis, toWidth: rect.width - labelWidth)
      }
      grid.text(shown, x: rect.x + labelWidth, y: rect.y + index, style: style, clip: rect)
    }
  }

  /// A cell's value written out whole, as the detail line shows it.
  static func fullText(_ stakeholder: Stakeholder, _ field: Field, _ state: AppState) -> String {
    let s = state.strings
    switch field {
    case .influence, .interest:
      let value = field == .influence ? stakeholder.influence : stakeholder.interest
      return s.format("stakeholders.scoreDetail", value, high)
    case .inMVE:
      // A partner who left stays in the plan for its history, marked as former.
      guard let left = stakeholder.left else { return s.label(stakeholder.inMVE) }
      return s.format("stakeholders.former", s.date(left), stakeholder.leftReason)
    case .isOrchestrator: return s.label(stakeholder.isOrchestrator)
    default:
      return cellText(stakeholder, field, state.plan, s, state.settings.glyphs).0
    }
  }

  /// What the short headers stand for, in one line.
  static func drawLegend(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let long = state.strings.format("matrix.legend", high)
    let text =
      DisplayWidth.of(long) <= rect.width ? long : state.strings.format("matrix.legendShort", high)
    grid.field(text, x: rect.x, y: rect.y, width: rect.width, style: .muted, clip: rect)
  }

  static func cellText(
    _ stakeholder: Stakeholder, _ field: Field, _ plan: Plan, _ s: Strings, _ glyphs: Glyphs
  ) -> (String, Style) {
    switch field {
    case .name:
      if stakeholder.isFormer { return (stakeholder.name, .muted) }
      return (stakeholder.name, Style(bold: stakeholder.isOrchestrator))
    case .kind: return (s.label(stakeholder.kind), .plain)
    case .sector: return (stakeholder.sector, .plain)
    case .discipline: return (stakeholder.discipline, .plain)
    case .level: return (s.label(stakeholder.level), .plain)
    case .role: return (stakeholder.role, .plain)
    case .influence: return (String(stakeholder.influence), .plain)
    case .interest: return (String(stakeholder.interest), .plain)
    case .contributions: return (stakeholder.contributions, .plain)
    case .inMVE where stakeholder.isFormer:
      return (String(glyphs.cross), .colored(.warning))
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
    case .joined: return (stakeholder.joined.map { s.date($0) } ?? "", .plain)
    case .left: return (stakeholder.left.map { s.date($0) } ?? "", .colored(.warning))
    case .leftReason: return (stakeholder.leftReason, .plain)
    default: return ("", .plain)
    }
  }

  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    if state.views.stakeholders.chainLinks, command != .toggleQuadrant,
      ChainLinksView.handle(command, &state, in: parts(rect).table)
    {
      return true
    }
    let (body, _) = split(rect)
    var cursor = state.views.stakeholders
    // The empty row at the end counts as a row: the cursor can stand on it to add.
    let count = cursor.quadrant || cursor.chainLinks ? rows(state).count : rows(state).count + 1
    let page = Table.visibleRows(height: body.height)
    switch command {
    case .moveDown: cursor.rows.move(1, count: count)
    case .moveUp: cursor.rows.move(-1, count: count)
    case .pageDown: cursor.rows.move(page, count: count)
    case .pageUp: cursor.rows.move(-page, count: count)
    case .top: cursor.rows.row = 0
    // The last stakeholder; the empty row is one step further down.
    case .bottom: cursor.rows.row = max(0, rows(state).count - 1)
    case .moveRight: cursor.column = min(columns.count - 1, cursor.column + 1)
    case .moveLeft: cursor.column = max(0, cursor.column - 1)
    case .toggleQuadrant:
      // Table → quadrant → chain links → table.
      if cursor.quadrant {
        cursor.quadrant = false
        cursor.chainLinks = true
      } else if cursor.chainLinks {
        cursor.chainLinks = false
      } else {
        cursor.quadrant = true
      }
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
    let labels = Labels(state.strings)
    let plan = state.plan
    let shown = rows(state)
    guard
      let row = TextSearch.next(
        count: shown.count, after: state.views.stakeholders.rows.row, forward: forward,
        query: query,
        matches: { row, needle in
          matches(plan.stakeholders[shown[row]], needle, labels)
        })
    else { return false }
    state.views.stakeholders.rows.row = row
    normalize(&state, in: rect)
    return true
  }

  /// The labels of kinds and levels, looked up once for a pass over many rows rather than
  /// once per row (a filter typed over ten thousand stakeholders).
  struct Labels {
    var kinds: [StakeholderKind: String]
    var levels: [GovernanceLevel: String]

    init(_ s: Strings) {
      kinds = Dictionary(uniqueKeysWithValues: StakeholderKind.allCases.map { ($0, s.label($0)) })
      levels = Dictionary(uniqueKeysWithValues: GovernanceLevel.allCases.map { ($0, s.label($0)) })
    }
  }

  /// Whether a stakeholder's searchable fields contain the needle, field by field, stopping
  /// at the first that does.
  static func matches(_ stakeholder: Stakeholder, _ needle: TextSearch.Needle, _ s: Strings)
    -> Bool
  {
    matches(stakeholder, needle, Labels(s))
  }

  static func matches(
    _ stakeholder: Stakeholder, _ needle: TextSearch.Needle, _ labels: Labels
  ) -> Bool {
    TextSearch.contains(stakeholder.name, needle)
      || TextSearch.contains(labels.kinds[stakeholder.kind] ?? "", needle)
      || TextSearch.contains(stakeholder.sector, needle)
      || TextSearch.contains(stakeholder.role, needle)
      || TextSearch.contains(stakeholder.contributions, needle)
      || TextSearch.contains(stakeholder.discipline, needle)
      || TextSearch.contains(labels.levels[stakeholder.level] ?? "", needle)
  }

  static func click(x: Int, y: Int, _ state: inout AppState, in rect: Rect) {
    let (body, _) = split(rect)
    guard !state.views.stakeholders.quadrant, !state.views.stakeholders.chainLinks, y > body.y,
      y < body.maxY
    else { return }
    let row = state.views.stakeholders.rows.offset + (y - body.y - 1)
    guard row <= rows(state).count else { return }
    state.views.stakeholders.rows.row = row
    if let column = column(atX: x, state, in: body) { state.views.stakeholders.column = column }
    normalize(&state, in: rect)
  }

  /// The column drawn at screen column `x`.
  static func column(atX x: Int, _ state: AppState, in body: Rect) -> Int? {
    table(state).placed(width: body.width).first {
      x >= body.x + $0.x && x < body.x + $0.x + $0.width
    }?
    .column
  }

  static func normalize(_ state: inout AppState, in rect: Rect) {
    if state.views.stakeholders.chainLinks {
      ChainLinksView.normalize(&state, in: parts(rect).table)
    }
    refreshOrder(&state)
    let (body, _) = split(rect)
    var cursor = state.views.stakeholders
    cursor.rows.clamp(
      count: rows(state).count + 1, visible: Table.visibleRows(height: body.height))
    cursor.column = min(max(0, cursor.column), columns.count - 1)
    cursor.columnOffset = Table.normalizedOffset(
      columns: table(state).columns, frozen: 1, selected: cursor.column,
      offset: cursor.columnOffset, width: body.width)
    state.views.stakeholders = cursor
  }
}
