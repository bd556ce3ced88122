import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The selected segment's detail: each line a field of the segment or of one of its parts, so
/// that every line the cursor stops on can later be edited in place.
extension SegmentsPane {
  static func items(_ state: AppState, row: Int, width: Int) -> [DetailItem] {
    let plan = state.plan
    guard plan.segments.indices.contains(row) else { return [] }
    let segment = plan.segments[row]
    let s = state.strings
    let ref = EntityRef.segment(segment.id)
    let labels = [
      s.label(Field.sector), s.label(Field.sizeClass), s.label(Field.region),
      s["segments.position"], s.label(Field.added), s["segments.smes"], s["segments.atStart"],
      s["segments.reached"],
      s["segments.target"], s["segments.progress"],
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
    func number(_ label: String, _ value: Int?, _ target: Field) -> DetailItem {
      value.map { field(label, s.number($0), target) } ?? field(label, "–", target, style: .muted)
    }
    var items: [DetailItem] = [
      .title(
        segment.name.isEmpty ? s["segments.unnamed"] : segment.name, width: width,
        target: Target(ref, .name)),
      .blank,
      .heading(s["segments.profile"]),
      field(s.label(Field.sector), segment.sector, .sector),
      field(s.label(Field.sizeClass), segment.sizeClass, .sizeClass),
      field(s.label(Field.region), segment.region, .region),
      segment.alleyPosition.map {
        field(s["segments.position"], s.format("segments.positionValue", $0), .alleyPosition)
      } ?? field(s["segments.position"], s["segments.notPlaced"], .alleyPosition, style: .muted),
      field(s.label(Field.added), segment.added.map { s.date($0) } ?? "", .added),
      .blank,
      .heading(s["segments.numbers"]),
      number(s["segments.smes"], segment.smeCount, .smeCount),
      number(s["segments.atStart"], segment.participatingAtStart, .participatingAtStart),
      number(s["segments.reached"], segment.reachedSinceStart, .reachedSinceStart),
      number(s["segments.target"], segment.target, .target),
      progress(segment, state, width: width, labelWidth: labelWidth),
    ]
    items += needs(s["segments.pains"], segment, .pains, state, width: width)
    items += needs(s["segments.gains"], segment, .gains, state, width: width)
    items += barriers(segment, state, width: width)
    items += conversations(segment, state, width: width)
    items += propositions(segment, state, width: width)
    items += [
      .blank, .heading(s["links.heading"]),
      LinkedFrom.line(
        LinkedFrom.segment(segment.id, LinkedFrom.links(state), s), s, width: width, indent: 2),
    ]
    items += ambassadors(segment, state, width: width)
    items += [.blank, .heading(s["segments.notes"])]
    items.append(
      segment.notes.isEmpty
        ? .placeholder(s["segments.nothingYet"], width: width, target: Target(ref, .notes))
        : .bullet(segment.notes, width: width, target: Target(ref, .notes), bullet: ""))
    return items
  }

  /// New SMEs reached against the target of new SMEs as a small bar, the percentage and both
  /// numbers — the bar for the room, the numbers for whoever reads the printout. Those taking
  /// part at the start are not progress on a target of new ones.
  static func progress(
    _ segment: Segment, _ state: AppState, width: Int, labelWidth: Int
  ) -> DetailItem {
    let s = state.strings
    let label = Span(TextLayout.pad(s["segments.progress"], toWidth: labelWidth) + " ", .muted)
    guard let target = segment.target, target > 0 else {
      return .row([label, Span(s["segments.noTarget"], .muted)])
    }
    let reachedSince = segment.reachedSinceStart ?? 0
    let fraction = Double(reachedSince) / Double(target)
    let glyphs = state.settings.glyphs
    let reached = fraction >= 1
    let value = s.format(
      "segments.progressValue", s.percent(fraction), s.number(reachedSince), s.number(target))
    // The bar takes what the numbers leave, up to ten cells; the numbers always show.
    let barWidth = max(0, min(10, width - labelWidth - 1 - DisplayWidth.of(value) - 1))
    let filled = Int((min(1, max(0, fraction)) * Double(barWidth)).rounded())
    let bar =
      String(repeating: glyphs.barFull, count: filled)
      + String(repeating: glyphs.barEmpty, count: barWidth - filled)
    return .row([
      label, Span(bar, reached ? .colored(.good) : .colored(.accent)),
      Span((barWidth > 0 ? " " : "") + value, Style(bold: reached)),
    ])
  }

  /// A heading and one bullet per pain or gain, each an entity of its list (so `a` adds one,
  /// `d` deletes it with the answers to it), or a placeholder when there are none.
  static func needs(
    _ title: String, _ segment: Segment, _ field: Field, _ state: AppState, width: Int
  ) -> [DetailItem] {
    let needs = field == .pains ? segment.pains : segment.gains
    let list: ListRef = field == .pains ? .pains(segment.id) : .gains(segment.id)
    var items: [DetailItem] = [.blank, .heading(title)]
    if needs.isEmpty {
      items.append(
        DetailItem.placeholder(state.strings["segments.nothingYet"], width: width, target: nil)
          .inList(list, at: nil))
    }
    for (index, need) in needs.enumerated() {
      let ref: EntityRef =
        field == .pains ? .pain(segment.id, need.id) : .gain(segment.id, need.id)
      items.append(
        DetailItem.bullet(
          need.text + answeredBy(need.id.rawValue, state), width: width,
          glyphs: state.settings.glyphs, target: Target(ref, .text)
        ).inList(list, at: index))
    }
    return items
  }

  /// Barriers under weten / willen / kunnen. All three questions always show, so an empty
  /// one reads as a question nobody has asked the segment yet.
  static func barriers(_ segment: Segment, _ state: AppState, width: Int) -> [DetailItem] {
    let s = state.strings
    let labelWidth =
      BarrierKind.allCases.map { DisplayWidth.of(s.label($0)) }.max().map { min($0, width / 3) }
      ?? 6
    var items: [DetailItem] = [.blank, .heading(s["segments.barriers"])]
    let list = ListRef.barriers(segment.id)
    for kind in BarrierKind.allCases {
      let ofKind = segment.barriers.enumerated().filter { $0.element.kind == kind }
      guard !ofKind.isEmpty else {
        // Selectable, so that `a` here adds the first barrier of this kind.
        items.append(
          DetailItem.field(
            s.label(kind), "–", width: width, labelWidth: labelWidth, style: .muted, indent: 2
          ).inList(list, at: nil, choice: kind.rawValue))
        continue
      }
      for (index, (position, barrier)) in ofKind.enumerated() {
        items.append(
          DetailItem.field(
            index == 0 ? s.label(kind) : "", barrier.text + answeredBy(barrier.id.rawValue, state),
            width: width, labelWidth: labelWidth,
            target: Target(.barrier(segment.id, barrier.id), .text), indent: 2
          ).inList(list, at: position, choice: kind.rawValue, cycle: .kind))
      }
    }
    return items
  }

  /// The propositions that answer a pain, gain or barrier, read from the other end (a
  /// proposition names the needs it answers): "  ← Energiecoach", empty when none does.
  static func answeredBy(_ id: String, _ state: AppState) -> String {
    let names = state.plan.propositions.filter { proposition in
      proposition.relieves.contains { $0.rawValue == id }
        || proposition.creates.contains { $0.rawValue == id }
        || proposition.removes.contains { $0.rawValue == id }
    }.map { PropositionsPane.orUnnamed($0.name, state.strings) }
    // A no-break space keeps the arrow with the first name when the line wraps.
    return names.isEmpty ? "" : "  ←\u{00A0}" + names.joined(separator: ", ")
  }

  /// Conversations, non-members marked: the method insists on talking to SMEs that do not
  /// take part yet, so the heading counts them and their absence is a warning.
  static func conversations(_ segment: Segment, _ state: AppState, width: Int) -> [DetailItem] {
    let s = state.strings
    let talks = segment.conversations
    let outside = talks.filter { $0.membership == .nonMember }.count
    var items: [DetailItem] = [
      .blank,
      .heading(
        talks.isEmpty
          ? s["segments.conversations"]
          : s.format("segments.conversationsCount", talks.count, outside)),
    ]
    if outside == 0 {
      items.append(
        .warning(
          s["segments.noNonMemberTalks"], width: width, glyph: state.settings.glyphs.warning))
    }
    let list = ListRef.conversations(segment.id)
    if talks.isEmpty {
      items.append(
        DetailItem.placeholder(
          state.keyed(s["segments.addConversation"]), width: width, target: nil
        )
        .inList(list, at: nil))
    }
    let member = s["segments.member"]
    let nonMember = s["segments.nonMember"]
    // Said with the keys of the keymap in use: a key that cycles a value where there is one
    // (vim keys), else the date's editor and Tab, which open the choice.
    let cycles = state.settings.keymap.keyLabel(for: .cycleValue, in: state.pane) != nil
    let unchosen = state.keyed(
      s[cycles ? "segments.membershipUnchosen.cycle" : "segments.membershipUnchosen"])
    for (position, talk) in talks.enumerated() {
      let ref = EntityRef.conversation(segment.id, talk.id)
      // Three lines, each a field: the date with the member tag (Space flips it), with whom,
      // and what was learned.
      let tag: Span
      switch talk.membership {
      case .member?: tag = Span(member, .muted)
      case .nonMember?: tag = Span(nonMember, .colored(.accent, bold: true))
      case nil: tag = Span(unchosen, .colored(.warning, bold: true))
      }
      var dateLine = DetailItem.row(
        [
          Span("  "), Span(talk.date.map { s.date($0) } ?? "–", Style(bold: true)), Span("  "), tag,
        ],
        target: Target(ref, .date))
      dateLine.editColumn = 2
      items.append(dateLine.inList(list, at: position, cycle: .membership))
      items.append(
        DetailItem.bullet(
          talk.counterpart.isEmpty ? "–" : talk.counterpart, width: width,
          target: Target(ref, .counterpart), indent: 4, bullet: ""
        ).inList(list, at: position, cycle: .membership))
      items.append(
        DetailItem.bullet(
          talk.learned.isEmpty ? "–" : talk.learned, width: width, target: Target(ref, .learned),
          style: talk.learned.isEmpty ? .muted : .plain, indent: 4, bullet: ""
        ).inList(list, at: position, cycle: .membership))
    }
    return items
  }

  /// The value propositions that name this segment.
  static func propositions(_ segment: Segment, _ state: AppState, width: Int) -> [DetailItem] {
    let s = state.strings
    let serving = state.plan.propositions.filter { $0.segments.contains(segment.id) }
    var items: [DetailItem] = [.blank, .heading(s["segments.propositions"])]
    if serving.isEmpty {
      items.append(.placeholder(s["segments.noPropositions"], width: width, target: nil))
    }
    items += serving.map {
      .bullet(
        $0.name, width: width, glyphs: state.settings.glyphs,
        target: Target(.proposition($0.id), .name))
    }
    return items
  }

  /// Earlier segments whose SMEs open the door to this one, with a warning when a segment
  /// further down the alley has none.
  static func ambassadors(_ segment: Segment, _ state: AppState, width: Int) -> [DetailItem] {
    let s = state.strings
    let plan = state.plan
    let target = Target(.segment(segment.id), .ambassadors)
    var items: [DetailItem] = [.blank, .heading(s["segments.ambassadors"])]
    if needsAmbassador(segment, in: plan) {
      items.append(
        .warning(
          s["segments.noAmbassador"], width: width, glyph: state.settings.glyphs.warning,
          target: segment.ambassadors.isEmpty ? target : nil))
    } else if segment.alleyPosition == 1 && segment.ambassadors.isEmpty {
      items.append(.placeholder(s["segments.firstSegment"], width: width, target: target))
    } else if segment.ambassadors.isEmpty {
      items.append(.placeholder(s["segments.nothingYet"], width: width, target: target))
    }
    for id in segment.ambassadors {
      let text: String
      if let ambassador = plan.segment(id) {
        let name = ambassador.name.isEmpty ? s["segments.unnamed"] : ambassador.name
        text = ambassador.alleyPosition.map { "#\($0) \(name)" } ?? name
      } else {
        text = s.format("segments.unknown", id.rawValue)
      }
      items.append(.bullet(text, width: width, glyphs: state.settings.glyphs, target: target))
    }
    return items
  }
}
