import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The bowling alley: segments in the order the partnership serves them, each with the
/// propositions that serve it and the earlier segments that open its door. "Think big, act
/// small": start with one segment, then add them one by one, the first acting as ambassadors.
extension SegmentsPane {
  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard state.views.segments.showsAlley else {
      drawMasterDetail(state, into: &grid, in: rect)
      return
    }
    let view = DetailView(items: alleyItems(state, width: rect.width))
    view.draw(into: &grid, in: rect, cursor: alleyCursor(state, view, rect), focused: true)
  }

  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    if command == .toggleAlley {
      state.views.segments.showsAlley.toggle()
      state.views.segments.focus = .list
      normalize(&state, in: rect)
      return true
    }
    guard state.views.segments.showsAlley else {
      return handleMasterDetail(command, &state, in: rect)
    }
    let order = alleyOrder(state.plan)
    guard let current = order.firstIndex(of: state.views.segments.list.row) else {
      return false
    }
    var next = current
    switch command {
    case .moveDown: next = min(order.count - 1, current + 1)
    case .moveUp: next = max(0, current - 1)
    case .top: next = 0
    case .bottom: next = order.count - 1
    case .pageDown: next = min(order.count - 1, current + 5)
    case .pageUp: next = max(0, current - 5)
    case .activate, .switchFocus:
      // Back to the list and detail of the chosen segment.
      state.views.segments.showsAlley = false
      normalize(&state, in: rect)
      return true
    default: return false
    }
    state.views.segments.list.row = order[next]
    return true
  }

  static func isOnNewEntry(_ state: AppState, in rect: Rect) -> Bool {
    !state.views.segments.showsAlley && isOnNewEntryMasterDetail(state, in: rect)
  }

  static func editPlace(_ state: AppState, in rect: Rect) -> EditPlace? {
    guard state.views.segments.showsAlley else { return editPlaceMasterDetail(state, in: rect) }
    let view = DetailView(items: alleyItems(state, width: rect.width))
    return view.editPlace(in: rect, cursor: alleyCursor(state, view, rect))
  }

  /// In the alley, K and J move the selected segment one place earlier or later (it swaps
  /// positions with its neighbour); elsewhere the list's and detail's commands apply.
  static func action(for command: Command, _ state: AppState, in rect: Rect) -> PaneAction? {
    guard state.views.segments.showsAlley else {
      return actionMasterDetail(for: command, state, in: rect)
    }
    guard command == .moveItemUp || command == .moveItemDown else { return nil }
    let plan = state.plan
    let order = alleyOrder(plan).filter { plan.segments[$0].alleyPosition != nil }
    let row = state.views.segments.list.row
    guard let here = order.firstIndex(of: row), let position = plan.segments[row].alleyPosition
    else { return .refuse(state.strings["alley.placeFirst"]) }
    let neighbour = here + (command == .moveItemUp ? -1 : 1)
    guard order.indices.contains(neighbour),
      let other = plan.segments[order[neighbour]].alleyPosition
    else { return .refuse(state.strings["edit.atEnd"]) }
    let segment = plan.segments[row].id
    let otherID = plan.segments[order[neighbour]].id
    return .edit(
      .group([
        .set(.segment(segment), .alleyPosition, from: .integer(position), to: .integer(other)),
        .set(.segment(otherID), .alleyPosition, from: .integer(other), to: .integer(position)),
      ]))
  }

  /// Segments by alley position (unplaced ones last, in plan order), as plan indices.
  static func alleyOrder(_ plan: Plan) -> [Int] {
    plan.segments.indices.sorted { a, b in
      let left = plan.segments[a].alleyPosition ?? Int.max
      let right = plan.segments[b].alleyPosition ?? Int.max
      return left != right ? left < right : a < b
    }
  }

  static func alleyCursor(_ state: AppState, _ view: DetailView, _ rect: Rect) -> ListCursor {
    let selected = state.views.segments.list.row
    let index =
      view.items.firstIndex {
        guard case .segment(let id)? = $0.target?.ref else { return false }
        return state.plan.segments.indices.contains(selected)
          && state.plan.segments[selected].id == id
      } ?? 0
    return view.normalized(ListCursor(row: index, offset: 0), height: rect.height)
  }

  static func alleyItems(_ state: AppState, width: Int) -> [DetailItem] {
    let plan = state.plan
    let s = state.strings
    let glyphs = state.settings.glyphs
    var items: [DetailItem] = [
      .heading(s["alley.title"]),
      .text(s["alley.intro"], width: width, style: .muted),
      .blank,
    ]
    guard !plan.segments.isEmpty else {
      items.append(.text(s["segments.empty"], width: width))
      return items
    }
    // Several segments at one position: the method warns against starting them all at once.
    var counts: [Int: Int] = [:]
    for segment in plan.segments {
      if let position = segment.alleyPosition { counts[position, default: 0] += 1 }
    }
    for (position, count) in counts.sorted(by: { $0.key < $1.key }) where count > 1 {
      items.append(
        .warning(s.format("alley.crowded", count, position), width: width, glyph: glyphs.warning))
    }
    if !counts.isEmpty && counts[1] == nil {
      items.append(.warning(s["alley.noFirst"], width: width, glyph: glyphs.warning))
    }
    var placedHeading = false
    for index in alleyOrder(plan) {
      let segment = plan.segments[index]
      let ref = EntityRef.segment(segment.id)
      if segment.alleyPosition == nil && !placedHeading {
        placedHeading = true
        items += [.blank, .heading(s["alley.unplaced"])]
      }
      let flagged = needsAmbassador(segment, in: plan)
      let position = segment.alleyPosition.map { "#\($0)" } ?? "  "
      var head = DetailItem.row(
        [
          Span(flagged ? String(glyphs.warning) + " " : "  ", .colored(.warning, bold: true)),
          Span(TextLayout.pad(position, toWidth: 4), Style(bold: true)),
          Span(segment.name.isEmpty ? s["segments.unnamed"] : segment.name, Style(bold: true)),
        ], target: Target(ref, .alleyPosition))
      head.editColumn = 2
      items.append(head)
      let serving = plan.propositions.filter { $0.segments.contains(segment.id) }.map(\.name)
      items.append(
        .text(
          "\(glyphs.arrow) "
            + (serving.isEmpty ? s["alley.noProposition"] : serving.joined(separator: ", ")),
          width: width, style: serving.isEmpty ? .muted : .plain, indent: 8))
      let ambassadors = segment.ambassadors.compactMap { id -> String? in
        guard let other = plan.segment(id) else { return nil }
        return (other.alleyPosition.map { "#\($0) " } ?? "") + other.name
      }
      if flagged {
        items.append(
          .text(
            s["alley.noAmbassador"], width: width, style: .colored(.warning, bold: true), indent: 8)
        )
      } else if !ambassadors.isEmpty {
        items.append(
          .text(
            s.format("alley.ambassadors", ambassadors.joined(separator: ", ")), width: width,
            indent: 8))
      }
    }
    return items
  }
}
