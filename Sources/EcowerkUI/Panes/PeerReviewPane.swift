import EcowerkModel
import EcowerkStrings
import EcowerkText

/// Pane 9: the partnership against the peer review rubric — a profile per dimension comparing
/// the latest review with the one before, every element's level over the reviews, the
/// description of the level reached for the selected element, and the reviews themselves.
enum PeerReviewPane: DetailPane {
  static func cursor(_ state: AppState) -> ListCursor { state.views.peerReview }
  static func setCursor(_ cursor: ListCursor, _ state: inout AppState) {
    state.views.peerReview = cursor
  }

  /// What the items are built from, worked out once per frame.
  struct Context {
    var state: AppState
    var history: ReviewHistory
    var width: Int
    /// Where the profile's review columns and the elements' levels start.
    var labelWidth: Int

    var strings: Strings { state.strings }
    var glyphs: Glyphs { state.settings.glyphs }
    var english: Bool { state.strings.language == .english }
  }

  static func items(_ state: AppState, width: Int) -> [DetailItem] {
    let history = ReviewHistory(state.plan.reviews)
    let context = Context(
      state: state, history: history, width: width,
      labelWidth: max(1, min(widestLabel(state, history), max(width / 2, width - 40))))
    var items: [DetailItem] = []
    var expansions: [Int: [[Span]]] = [:]
    if state.rubric == nil {
      items.append(
        .text(
          context.strings["review.noRubric"], width: width, style: .colored(.warning, bold: true)))
      if history.reviews.isEmpty {
        items.append(.text(context.strings["review.noneYet"], width: width, style: .muted))
      }
    } else if history.reviews.isEmpty {
      items.append(.text(context.strings["review.none"], width: width, style: .muted))
    } else {
      items += profile(context)
    }
    if let latest = history.latest { items.append(phaseLine(context, latest: latest)) }
    items += elements(context, base: items.count, expansions: &expansions)
    items += reviewList(context)
    items += rubricInfo(context)
    // Only the selected element shows its level descriptions, so the list stays an overview.
    let selected = DetailView(items: items).selectable(from: cursor(state).row, direction: 1)
    if let extra = expansions[selected] { items[selected].lines += extra }
    return items
  }

  /// The room dimension names (and indented element names) need before the figures start.
  static func widestLabel(_ state: AppState, _ history: ReviewHistory) -> Int {
    let english = state.strings.language == .english
    let dimensions =
      state.rubric?.dimensions.map { DisplayWidth.of($0.name.text(english: english)) + 2 } ?? []
    let elements =
      state.rubric?.elements.map { DisplayWidth.of($0.element.name.text(english: english)) + 3 }
      ?? []
    let others = history.elementIDs(outside: state.rubric).map { DisplayWidth.of($0) + 3 }
    return (dimensions + elements + others).max() ?? 24
  }

  /// One decimal always ("1,0", not "1"), so the figures line up under each other.
  static func oneDecimal(_ value: Double?, _ s: Strings) -> String {
    guard let value, value.isFinite else { return "–" }
    let tenths = (value * 10).rounded()
    let text = s.decimal(tenths / 10)
    return tenths.truncatingRemainder(dividingBy: 10) == 0
      ? text + (s.language == .dutch ? ",0" : ".0") : text
  }

  /// Bars of the average level per dimension for the previous and the latest review, with the
  /// dates and phases above, and whether the latest review belongs to the current phase.
  static func profile(_ context: Context) -> [DetailItem] {
    let s = context.strings
    let glyphs = context.glyphs
    guard let rubric = context.state.rubric, let latest = context.history.latest else { return [] }
    let compared = context.history.compared
    let columnWidth = max(0, min(30, (context.width - context.labelWidth) / compared.count))
    let barWidth = max(0, min(20, columnWidth - 7))
    let blank = TextLayout.pad("", toWidth: context.labelWidth)
    var dates = [Span(blank)]
    var phases = [Span(blank)]
    for review in compared {
      let isLatest = review.id == latest.id
      dates.append(
        Span(TextLayout.pad(s.date(review.date), toWidth: columnWidth), Style(bold: isLatest)))
      phases.append(Span(TextLayout.pad(s.label(review.phase), toWidth: columnWidth), .muted))
    }
    var items: [DetailItem] = [
      .heading(s["review.profile"]), .row(dates, selectable: false),
      .row(phases, selectable: false),
    ]
    for dimension in rubric.dimensions {
      var spans = [
        Span(
          TextLayout.pad(
            Sanitizer.line(dimension.name.text(english: context.english)),
            toWidth: context.labelWidth))
      ]
      for review in compared {
        let average = ReviewHistory.average(review, dimension)
        let filled = Int(
          ((average ?? 0) / Double(ElementScore.levels.upperBound) * Double(barWidth)).rounded())
        let isLatest = review.id == latest.id
        let figure = TextLayout.pad(oneDecimal(average, s), toWidth: 3, alignment: .right)
        spans += [
          Span(
            String(repeating: glyphs.barFull, count: max(0, min(barWidth, filled))),
            isLatest ? .colored(.accent) : .muted),
          Span(String(repeating: glyphs.barEmpty, count: max(0, barWidth - filled)), .muted),
          Span(
            TextLayout.pad(" " + figure, toWidth: max(0, columnWidth - barWidth)),
            Style(bold: isLatest)),
        ]
      }
      items.append(.row(spans, selectable: false))
    }
    return items
  }

  /// Whether the latest review is a review of the phase the partnership is in now; a plan that
  /// moved on without being reviewed again gets a warning.
  static func phaseLine(_ context: Context, latest: PeerReview) -> DetailItem {
    let s = context.strings
    let phase = context.state.plan.phase
    let date = s.date(latest.date)
    if latest.phase == phase, !latest.scores.isEmpty {
      return .text(
        s.format("review.latestInPhase", context.glyphs.check, date, s.label(phase)),
        width: context.width,
        style: .colored(.good))
    }
    if context.history.hasScoredReview(in: phase) {
      return .text(
        s.format("review.latestOtherPhase", date, s.label(latest.phase), s.label(phase)),
        width: context.width,
        style: .colored(.warning))
    }
    return .text(
      s.format(
        "review.noneInPhase", context.glyphs.warning, s.label(phase), date, s.label(latest.phase)),
      width: context.width, style: .colored(.warning, bold: true))
  }

  /// The reviews, oldest first, each with its phase and note.
  static func reviewList(_ context: Context) -> [DetailItem] {
    let s = context.strings
    let reviews = context.history.reviews
    guard !reviews.isEmpty else { return [] }
    var items: [DetailItem] = [.blank, .heading(s["review.reviews"])]
    let labelWidth = reviews.map { DisplayWidth.of(s.date($0.date)) }.max() ?? 10
    for review in reviews {
      let note = review.note.allSatisfy(\.isWhitespace) ? s["review.noNote"] : review.note
      items.append(
        .field(
          s.date(review.date), s.label(review.phase) + " — " + note, width: context.width,
          labelWidth: labelWidth, target: Target(.review(review.id), .note)))
    }
    return items
  }

  /// Which rubric this is and what it is not: the shipped one says it is not the official one.
  static func rubricInfo(_ context: Context) -> [DetailItem] {
    guard let rubric = context.state.rubric else { return [] }
    let s = context.strings
    var items: [DetailItem] = [
      .blank, .heading(s["review.rubric"]),
      .text(
        rubric.name.text(english: context.english), width: context.width, style: Style(bold: true)),
    ]
    let note = rubric.note.text(english: context.english)
    if !note.allSatisfy(\.isWhitespace) {
      items.append(.text(note, width: context.width, style: .muted))
    }
    return items
  }
}
