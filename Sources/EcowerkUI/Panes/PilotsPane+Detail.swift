import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The selected pilot's detail: what it set out to test, for whom, when, what it taught and
/// what was decided.
extension PilotsPane {
  static func items(_ state: AppState, row: Int, width: Int) -> [DetailItem] {
    let plan = state.plan
    guard plan.pilots.indices.contains(row) else { return [] }
    let pilot = plan.pilots[row]
    let s = state.strings
    let ref = EntityRef.pilot(pilot.id)
    let over = needsLearnings(pilot, today: state.settings.today)
    let labels = [
      s.label(Field.hypothesis), s.label(Field.segment), s["pilots.proposition"],
      s.label(Field.start), s.label(Field.end), s.label(Field.status), s.label(Field.decision),
    ]
    let labelWidth = min(max(6, width / 3), labels.map { DisplayWidth.of($0) }.max() ?? 6)
    func field(_ label: String, _ value: String, _ field: Field, style: Style = .plain)
      -> DetailItem
    {
      // An empty field still gets a line, so the cursor can stop on it.
      .field(
        label, value.isEmpty ? "–" : value, width: width, labelWidth: labelWidth,
        target: Target(ref, field), style: value.isEmpty ? .muted : style)
    }
    func date(_ label: String, _ value: CalendarDate?, _ target: Field) -> DetailItem {
      value.map { field(label, s.date($0), target) }
        ?? field(label, s["pilots.noDate"], target, style: .muted)
    }
    var items: [DetailItem] = [
      .title(
        pilot.name.isEmpty ? s["pilots.unnamed"] : pilot.name, width: width,
        target: Target(ref, .name)),
      .blank,
      field(s.label(Field.hypothesis), pilot.hypothesis, .hypothesis),
      reference(
        s.label(Field.segment), id: pilot.segment?.rawValue,
        name: pilot.segment.flatMap { plan.segment($0)?.name }, .segment, field, s),
      reference(
        s["pilots.proposition"], id: pilot.proposition?.rawValue,
        name: pilot.proposition.flatMap { id in plan.propositions.first { $0.id == id }?.name },
        .proposition, field, s),
      date(s.label(Field.start), pilot.start, .start),
      date(s.label(Field.end), pilot.end, .end),
      field(
        s.label(Field.status), s.label(pilot.status), .status, style: statusStyle(pilot.status)),
      pilot.decision.map {
        field(s.label(Field.decision), s.label($0), .decision, style: decisionStyle($0))
      }
        ?? field(s.label(Field.decision), s["pilots.undecided"], .decision, style: .muted),
      .blank,
      .heading(s["pilots.learnings"]),
    ]
    let learnings = Target(ref, .learnings)
    if over {
      items.append(
        .warning(
          s["pilots.missingLearnings"], width: width, glyph: state.settings.glyphs.warning,
          target: learnings))
    } else if pilot.learnings.isEmpty {
      items.append(.placeholder(s["pilots.noLearnings"], width: width, target: learnings))
    }
    items += pilot.learnings.enumerated().map { index, learning in
      .bullet(
        learning, width: width, glyphs: state.settings.glyphs,
        target: Target(ref, .learnings, index: index))
    }
    items += painPoints(pilot, state, width: width)
    return items
  }

  /// A segment or proposition by name; a dangling id shows as unknown rather than vanishing.
  static func reference(
    _ label: String, id: String?, name: String?, _ target: Field,
    _ field: (String, String, Field, Style) -> DetailItem, _ s: Strings
  ) -> DetailItem {
    guard let id else { return field(label, s["pilots.none"], target, .muted) }
    guard let name else {
      return field(label, s.format("pilots.unknown", id), target, .colored(.warning, bold: true))
    }
    return field(label, name, target, .plain)
  }

  /// Pain points under resistance, information flows, culture differences and other; only the
  /// kinds a pilot brought up, as the labels are long and the detail is narrow.
  static func painPoints(_ pilot: Pilot, _ state: AppState, width: Int) -> [DetailItem] {
    let s = state.strings
    var items: [DetailItem] = [.blank, .heading(s["pilots.painPoints"])]
    let list = ListRef.painPoints(pilot.id)
    if pilot.painPoints.isEmpty {
      // `a` here adds the first pain point.
      items.append(
        DetailItem.placeholder(
          state.keyed(s["pilots.noPainPoints"]), width: width, target: nil
        )
        .inList(list, at: nil))
    }
    for kind in PainPointKind.allCases {
      let ofKind = pilot.painPoints.enumerated().filter { $0.element.kind == kind }
      guard !ofKind.isEmpty else { continue }
      items.append(.row([Span("  " + s.label(kind), Style(bold: true))]))
      items += ofKind.map { position, point in
        DetailItem.bullet(
          point.text, width: width, glyphs: state.settings.glyphs,
          target: Target(.painPoint(pilot.id, point.id), .text), indent: 4
        ).inList(list, at: position, choice: kind.rawValue, cycle: .kind)
      }
    }
    return items
  }
}
