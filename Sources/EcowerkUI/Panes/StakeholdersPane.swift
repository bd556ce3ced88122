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

  /// Influence or interest of this much or more counts as high in the quadrant view.
  static let high = 3

  static func table(_ state: AppState) -> Table {
    let cursor = state.views.stakeholders
    return Table(
      columns: columns.map {
        Table.Column(title: state.strings.label($0.field), width: $0.width, alignment: $0.alignment)
      },
      frozen: 1, rowCount: state.plan.stakeholders.count, rows: cursor.rows,
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
      table(state).draw(into: &grid, in: body) { row, column in
        cellText(plan.stakeholders[row], columns[column].field, plan, s, state.settings.glyphs)
      }
      if plan.stakeholders.isEmpty {
        grid.text(s["stakeholders.empty"], x: body.x + 1, y: body.y + 2, style: .muted, clip: body)
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

  static func drawSummary(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let plan = state.plan
    let s = state.strings
    let uncovered = plan.uncoveredChainLinks.map(\.name)
    let orchestrators = plan.orchestrators.map(\.name)
    let missing = plan.missingSectors.map { s.label($0) } + plan.missingLevels.map { s.label($0) }
    var spans: [Span] = [
      Span(
        s.format("stakeholders.mve", plan.mveMembers.count, plan.stakeholders.count),
        Style(bold: true)),
      Span("  "),
      Span(s["stakeholders.openLinks"] + " ", .muted),
      Span(
        uncovered.isEmpty ? s["stakeholders.none"] : uncovered.joined(separator: ", "),
        uncovered.isEmpty ? .colored(.good) : .colored(.warning, bold: true)),
    ]
    var second: [Span] = [
      Span(s["stakeholders.orchestrator"] + " ", .muted),
      Span(
        orchestrators.isEmpty
          ? s["stakeholders.noOrchestrator"] : orchestrators.joined(separator: ", "),
        orchestrators.count == 1 ? Style(bold: true) : .colored(.warning, bold: true)),
      Span("  "),
      Span(s["stakeholders.missing"] + " ", .muted),
      Span(
        missing.isEmpty ? s["stakeholders.none"] : missing.joined(separator: ", "),
        missing.isEmpty ? .colored(.good) : .colored(.warning, bold: true)),
    ]
    if rect.height == 1 {
      spans += [Span("  ")] + second
      second = []
    }
    for (index, line) in [spans, second].enumerated() where index < rect.height && !line.isEmpty {
      var x = rect.x
      for span in line {
        x = grid.text(span.text, x: x, y: rect.y + index, style: span.style, clip: rect)
      }
    }
  }

  static func drawQuadrant(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard rect.height >= 4, rect.width >= 10 else { return }
    let s = state.strings
    let plan = state.plan
    let selected =
      plan.stakeholders.indices.contains(state.views.stakeholders.rows.row)
      ? plan.stakeholders[state.views.stakeholders.rows.row].id : nil
    let (top, bottom) = rect.splitTop(rect.height / 2)
    let (topLeft, topRight) = top.splitLeft(rect.width / 2)
    let (bottomLeft, bottomRight) = bottom.splitLeft(rect.width / 2)
    let quadrants: [(Rect, String, (Stakeholder) -> Bool)] = [
      (topLeft, s["quadrant.keepSatisfied"], { $0.influence >= high && $0.interest < high }),
      (topRight, s["quadrant.manageClosely"], { $0.influence >= high && $0.interest >= high }),
      (bottomLeft, s["quadrant.monitor"], { $0.influence < high && $0.interest < high }),
      (bottomRight, s["quadrant.keepInformed"], { $0.influence < high && $0.interest >= high }),
    ]
    for (area, title, test) in quadrants {
      let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
      grid.heading(title, x: inner.x, y: inner.y, width: inner.width, glyphs: state.settings.glyphs)
      let members = plan.stakeholders.filter(test).sorted {
        ($0.influence + $0.interest, $1.name) > ($1.influence + $1.interest, $0.name)
      }
      for (index, member) in members.enumerated() {
        let y = inner.y + 1 + index
        guard y < inner.maxY else {
          break
        }
        if y == inner.maxY - 1 && index < members.count - 1 {
          grid.text(
            s.format("quadrant.more", members.count - index), x: inner.x, y: y, style: .muted,
            clip: inner)
          break
        }
        let label = "\(member.influence)/\(member.interest) \(member.name)"
        let style =
          member.id == selected ? Style(bold: true, reverse: true) : Style(bold: member.inMVE)
        grid.field(label, x: inner.x, y: y, width: inner.width, style: style, clip: inner)
      }
    }
    grid.verticalLine(
      x: rect.x + rect.width / 2, from: rect.y, to: rect.maxY, glyphs: state.settings.glyphs)
    grid.text(s["quadrant.axes"], x: rect.x + 1, y: rect.maxY - 1, style: .muted, clip: rect)
  }

  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    let (body, _) = split(rect)
    var cursor = state.views.stakeholders
    let count = state.plan.stakeholders.count
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
    default: return false
    }
    state.views.stakeholders = cursor
    normalize(&state, in: rect)
    return true
  }

  static func search(_ query: String, forward: Bool, _ state: inout AppState, in rect: Rect) -> Bool
  {
    let s = state.strings
    let texts = state.plan.stakeholders.map { stakeholder in
      [
        stakeholder.name, s.label(stakeholder.kind), stakeholder.sector, stakeholder.role,
        stakeholder.contributions, stakeholder.discipline,
      ].joined(separator: " ")
    }
    guard
      let index = TextSearch.next(
        in: texts, matching: query, after: state.views.stakeholders.rows.row, forward: forward)
    else { return false }
    state.views.stakeholders.rows.row = index
    normalize(&state, in: rect)
    return true
  }

  static func click(x: Int, y: Int, _ state: inout AppState, in rect: Rect) {
    let (body, _) = split(rect)
    guard !state.views.stakeholders.quadrant, y > body.y, y < body.maxY else { return }
    let row = state.views.stakeholders.rows.offset + (y - body.y - 1)
    guard row < state.plan.stakeholders.count else { return }
    state.views.stakeholders.rows.row = row
    let shown = table(state).visibleColumns(width: body.width)
    var left = body.x
    for column in shown {
      let width = columns[column].width
      if x >= left && x < left + width {
        state.views.stakeholders.column = column
        break
      }
      left += width + 1
    }
    normalize(&state, in: rect)
  }

  static func normalize(_ state: inout AppState, in rect: Rect) {
    let (body, _) = split(rect)
    var cursor = state.views.stakeholders
    cursor.rows.clamp(
      count: state.plan.stakeholders.count, visible: Table.visibleRows(height: body.height))
    cursor.column = min(max(0, cursor.column), columns.count - 1)
    cursor.columnOffset = Table.normalizedOffset(
      columns: table(state).columns, frozen: 1, selected: cursor.column,
      offset: cursor.columnOffset,
      width: body.width)
    state.views.stakeholders = cursor
  }
}
