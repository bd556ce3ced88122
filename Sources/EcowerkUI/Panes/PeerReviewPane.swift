import EcowerkModel
import EcowerkStrings
import EcowerkText

/// Pane 9: the partnership against the peer review rubric — a profile per dimension comparing
/// the latest review with the one before, every element's level over the reviews, the
/// description of the level reached for the selected element, and the reviews themselves.
///
/// Scoring happens in the latest review: Space counts the selected element's level up, `e` or
/// Enter picks it from the five described levels; `a` under Reviews starts a new review.
enum PeerReviewPane: DetailPane {
  static func cursor(_ state: AppState) -> ListCursor { state.views.peerReview }
  static func setCursor(_ cursor: ListCursor, _ state: inout AppState) {
    state.views.peerReview = cursor
  }

  /// What an item stands for where its target does not say enough for the editing commands.
  enum Role: Hashable {
    /// An element's row, by element id.
    case element(String)
    /// The note of an element's score in the latest review.
    case note(String)
    /// A line of one review.
    case review(ReviewID)
    /// The line that stands in for the reviews while there are none.
    case noReviews
  }

  /// The pane's items, the roles of those that play one, and where each element's row and
  /// note are.
  struct Layout {
    var items: [DetailItem] = []
    var roles: [Int: Role] = [:]
    var elementRows: [String: Int] = [:]

    /// The element whose row or note item is at `row`.
    func element(at row: Int) -> String? {
      switch roles[row] {
      case .element(let id), .note(let id): return id
      default: return nil
      }
    }
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
    layout(state, width: width).items
  }

  static func layout(_ state: AppState, width: Int) -> Layout {
    let history = ReviewHistory(state.plan.reviews)
    let context = Context(
      state: state, history: history, width: width,
      labelWidth: max(1, min(widestLabel(state, history), max(width / 2, width - 40))))
    var layout = Layout()
    if state.rubric == nil {
      layout.items.append(
        .text(
          context.strings["review.noRubric"], width: width, style: .colored(.warning, bold: true)))
      if history.reviews.isEmpty {
        layout.items.append(.text(context.strings["review.noneYet"], width: width, style: .muted))
      }
    } else if history.reviews.isEmpty {
      layout.items.append(.text(context.strings["review.none"], width: width, style: .muted))
    } else {
      layout.items += profile(context)
    }
    if let latest = history.latest { layout.items.append(phaseLine(context, latest: latest)) }
    elements(context, into: &layout)
    reviewList(context, into: &layout)
    layout.items += rubricInfo(context)
    // Only the element holding the selection opens, so the list stays an overview.
    let row = cursor(state).row
    let open =
      layout.element(at: row)
      ?? layout.element(at: DetailView(items: layout.items).selectable(from: row, direction: 1))
    if let open { self.open(open, context, in: &layout) }
    return layout
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
  /// moved on without being reviewed again gets a warning, and a review just started says
  /// how to score it.
  static func phaseLine(_ context: Context, latest: PeerReview) -> DetailItem {
    let s = context.strings
    let phase = context.state.plan.phase
    let date = s.date(latest.date)
    if latest.scores.isEmpty {
      return .text(
        context.state.keyed(
          s.format("review.latestEmpty", context.glyphs.arrow, date, s.label(latest.phase))),
        width: context.width, style: .colored(.accent, bold: true))
    }
    if latest.phase == phase {
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
    items.append(.text(s["review.rubricHow"], width: context.width, style: .muted))
    return items
  }
}
