import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The value propositions of pane 5 as an accordion: a line per proposition, the open one with
/// its description, segments and solution directions.
extension PropositionsPane {
  /// How many items a proposition takes, open or closed: name, description, segments, the
  /// pains, gains and barriers it answers, what it integrates, what names it from elsewhere
  /// (partners, business models, failures), and one per solution direction (one placeholder
  /// when there are none).
  /// Name, description and segments; the answers; integration, the day it was added and what
  /// names it; the solution directions (a placeholder when there are none).
  static func itemCount(_ proposition: ValueProposition) -> Int {
    3 + answerFields.count + 3 + max(1, proposition.solutionDirections.count)
  }

  /// The needs of its segments a proposition answers, each a pick list of them.
  static let answerFields: [Field] = [.relieves, .creates, .removes]

  /// The proposition whose items hold the selection (the first when the selection is on the
  /// heading above them); nil when the selection is further down the pane.
  static func openProposition(_ state: AppState) -> Int? {
    let row = cursor(state).row
    var start = 1
    for (index, proposition) in state.plan.propositions.enumerated() {
      start += itemCount(proposition)
      if row < start { return index }
    }
    return nil
  }

  /// The heading and each proposition's items; `open` is the one shown in full, nil for all.
  static func propositions(_ state: AppState, width: Int, open: Int?) -> [DetailItem] {
    let plan = state.plan
    let s = state.strings
    var items: [DetailItem] = [.heading(s.format("propositions.heading", plan.propositions.count))]
    guard !plan.propositions.isEmpty else {
      // Selectable, so that `a` here adds the first proposition.
      return items + [
        DetailItem.block(s["propositions.empty"], width: width, indent: 2, style: .muted)
          .inList(.propositions, at: nil)
      ]
    }
    let segmentNames = Dictionary(
      plan.segments.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    for (index, proposition) in plan.propositions.enumerated() {
      let names = proposition.segments.map {
        segmentNames[$0].map { orUnnamed($0, s) } ?? $0.rawValue
      }
      // Name, description and segments stand for the proposition in its list; the solution
      // directions are entries of their own list.
      let own =
        open == nil || open == index
        ? opened(proposition, segments: names, state, width: width)
        : closed(proposition, segments: names, state, width: width)
      items += own.map { item in
        item.target?.field == .solutionDirections ? item : item.inList(.propositions, at: index)
      }
    }
    return items
  }

  /// One line: the marker, the name in bold and the segments it serves.
  static func closed(
    _ proposition: ValueProposition, segments: [String], _ state: AppState, width: Int
  ) -> [DetailItem] {
    let ref = EntityRef.proposition(proposition.id)
    let title = Sanitizer.line(orUnnamed(proposition.name, state.strings))
    // The segments get what the name leaves, cut with "…" so a cut is never mistaken for all.
    let room = width - 4 - DisplayWidth.of(title)
    let served =
      segments.isEmpty || room < 4
      ? ""
      : "  " + TextLayout.truncate(Sanitizer.line(segments.joined(separator: ", ")), toWidth: room)
    var name = DetailItem.row(
      [
        Span("\(state.settings.glyphs.collapsed) ", .muted), Span(title, Style(bold: true)),
        Span(served, .muted),
      ], target: Target(ref, .name))
    name.editColumn = 2
    var items = [name, .folded(Target(ref, .description)), .folded(Target(ref, .segments))]
    items += answerFields.map { .folded(Target(ref, $0)) }
    items.append(.folded(Target(ref, .integration)))
    items.append(.folded(Target(ref, .added)))
    items.append(.folded(nil))
    items += (0..<max(1, proposition.solutionDirections.count)).map {
      .folded(Target(ref, .solutionDirections, index: $0))
    }
    return items
  }

  static func opened(
    _ proposition: ValueProposition, segments: [String], _ state: AppState, width: Int
  ) -> [DetailItem] {
    let s = state.strings
    let ref = EntityRef.proposition(proposition.id)
    let labels = labelWidth(width)
    let wrapped = TextLayout.wrap(
      Sanitizer.text(orUnnamed(proposition.name, s)), width: max(1, width - 2))
    let nameLines = wrapped.enumerated().map { index, line in
      [
        Span(index == 0 ? "\(state.settings.glyphs.expanded) " : "  ", .muted),
        Span(line, Style(bold: true)),
      ]
    }
    var name = DetailItem(lines: nameLines, target: Target(ref, .name), isSelectable: true)
    name.editColumn = 2
    let described = !proposition.description.allSatisfy(\.isWhitespace)
    var items: [DetailItem] = [
      name,
      .block(
        described ? proposition.description : s["propositions.noDescription"], width: width,
        indent: 2, style: described ? .plain : .muted, target: Target(ref, .description)),
      .field(
        s.label(Field.segments),
        segments.isEmpty ? s["propositions.noSegments"] : segments.joined(separator: ", "),
        width: width, labelWidth: labels, target: Target(ref, .segments),
        style: segments.isEmpty ? .muted : .plain, indent: 2),
    ]
    // Step 2 on step 1: the pains it relieves, the gains it creates, the barriers it removes.
    for field in answerFields {
      let names = ValueText.names(ofReferences: field, of: proposition, at: ref, plan: state.plan)
      // One line each, the count first and the names cut with "…": the segments pane shows
      // every pain, gain and barrier with what answers it in full.
      let value =
        names.isEmpty
        ? s["propositions.noAnswers"] : "\(names.count): " + names.joined(separator: "; ")
      let room = max(1, width - 2 - labels - 1)
      var line = DetailItem.row(
        [
          Span("  " + TextLayout.pad(s.label(field), toWidth: labels) + " ", .muted),
          Span(
            TextLayout.truncate(Sanitizer.line(value), toWidth: room),
            names.isEmpty ? .muted : .plain),
        ], target: Target(ref, field))
      line.editColumn = 2 + labels + 1
      items.append(line)
    }
    let integrated = !proposition.integration.allSatisfy(\.isWhitespace)
    items.append(
      .field(
        s.label(Field.integration),
        integrated ? proposition.integration : s["propositions.noIntegration"], width: width,
        labelWidth: labels, target: Target(ref, .integration), style: integrated ? .plain : .muted,
        indent: 2))
    // When the proposition joined the offer: the overview and print show the offer growing.
    items.append(
      .field(
        s.label(Field.added), proposition.added.map { s.date($0) } ?? "–", width: width,
        labelWidth: labels, target: Target(ref, .added),
        style: proposition.added == nil ? .muted : .plain, indent: 2))
    items.append(
      LinkedFrom.line(
        LinkedFrom.proposition(proposition.id, LinkedFrom.links(state), s), s, width: width,
        indent: 2))
    let directions = proposition.solutionDirections
    if directions.isEmpty {
      items.append(
        .field(
          s.label(Field.solutionDirections), s["propositions.noDirections"], width: width,
          labelWidth: labels, target: Target(ref, .solutionDirections), style: .muted, indent: 2))
    }
    for (position, direction) in directions.enumerated() {
      items.append(
        .listEntry(
          direction, label: position == 0 ? s.label(Field.solutionDirections) : nil, width: width,
          indent: 2, labelWidth: labels, bullet: "\(state.settings.glyphs.leaf) ",
          target: Target(ref, .solutionDirections, index: position)))
    }
    return items
  }
}
