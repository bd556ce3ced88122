import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The rubric's elements with their levels over the reviews, and what the selected one shows
/// underneath: the description of the level reached, the next step, the reviewers' note.
extension PeerReviewPane {
  /// Element rows under their dimensions, then scores the rubric does not know. Each row is
  /// followed by its note's item, closed until the element is opened.
  static func elements(_ context: Context, into layout: inout Layout) {
    let s = context.strings
    let history = context.history
    if !history.reviews.isEmpty {
      let dates = history.reviews.map { s.date($0.date) }
      layout.items += [
        .blank,
        .text(
          s.format("review.order", dates.joined(separator: " \(context.glyphs.arrow) ")),
          width: context.width, style: .muted),
      ]
    }
    func add(id: String, name: String) {
      layout.elementRows[id] = layout.items.count
      layout.roles[layout.items.count] = .element(id)
      layout.items.append(row(context, id: id, name: name))
      // In its place but empty, so that item indices do not depend on what is open.
      layout.roles[layout.items.count] = .note(id)
      layout.items.append(.folded(nil))
    }
    if let rubric = context.state.rubric {
      for dimension in rubric.dimensions {
        layout.items += [.blank, .heading(dimension.name.text(english: context.english))]
        for element in dimension.elements {
          add(id: element.id, name: element.name.text(english: context.english))
        }
      }
    }
    let others = history.elementIDs(outside: context.state.rubric)
    if !others.isEmpty {
      layout.items += [
        .blank, .heading(s[context.state.rubric == nil ? "review.scores" : "review.otherScores"]),
      ]
      for id in others { add(id: id, name: id) }
    }
  }

  /// "  Gedeelde visie                  2 → 3": the levels start where the profile's bars do,
  /// oldest first, the latest in bold; older ones give way when the screen is narrow.
  static func row(_ context: Context, id: String, name: String) -> DetailItem {
    let arrow = " \(context.glyphs.arrow) "
    let levels = context.history.levels(of: id)
    let room = context.width - context.labelWidth
    let step = 1 + DisplayWidth.of(arrow)
    let ellipsis = context.glyphs.ellipsis + " "
    var shown = levels.count
    while shown > 0, shown * step - DisplayWidth.of(arrow) > room { shown -= 1 }
    if shown < levels.count {
      while shown > 0, shown * step - DisplayWidth.of(arrow) + DisplayWidth.of(ellipsis) > room {
        shown -= 1
      }
    }
    var spans = [
      Span(
        "  " + TextLayout.pad(Sanitizer.line(name), toWidth: max(0, context.labelWidth - 3)) + " ")
    ]
    if shown < levels.count, shown > 0 { spans.append(Span(ellipsis, .muted)) }
    for (index, level) in levels.suffix(shown).enumerated() {
      if index > 0 { spans.append(Span(arrow, .muted)) }
      let isLatest = index == shown - 1
      spans.append(Span(level.map(String.init) ?? "–", isLatest ? Style(bold: true) : .muted))
    }
    // Scored or not, the row stands for the element's level in the latest review: scoring an
    // unscored element inserts its score.
    let target = context.history.latest.map {
      Target(.score($0.id, element: id), .level)
    }
    var item = DetailItem(lines: [spans], target: target, isSelectable: true)
    item.editColumn = context.labelWidth
    return item
  }

  /// Opens element `id`: its row shows the levels' descriptions, and its note becomes a line
  /// of its own once the element is scored in the latest review.
  static func open(_ id: String, _ context: Context, in layout: inout Layout) {
    guard let row = layout.elementRows[id] else { return }
    layout.items[row].lines += expansion(
      context, id: id, element: context.state.rubric?.element(id))
    guard let latest = context.history.latest, let score = latest.score(of: id),
      layout.items.indices.contains(row + 1)
    else { return }
    let s = context.strings
    let empty = score.note.allSatisfy(\.isWhitespace)
    let label = s.label(Field.note) + ":"
    layout.items[row + 1] = .field(
      label, empty ? context.state.keyed(s["review.noScoreNote"]) : score.note,
      width: context.width,
      labelWidth: DisplayWidth.of(label),
      target: Target(.score(latest.id, element: id), .note), style: empty ? .muted : .plain,
      indent: 4)
  }

  /// The description of `level` of `element` in the interface's language, if the rubric has it.
  static func description(_ element: RubricElement?, level: Int, english: Bool) -> String? {
    guard let element, element.levels.indices.contains(level - 1) else { return nil }
    return element.levels[level - 1].text(english: english)
  }

  /// What the opened element shows below its row.
  static func expansion(_ context: Context, id: String, element: RubricElement?) -> [[Span]] {
    let s = context.strings
    func description(_ level: Int) -> String? {
      Self.description(element, level: level, english: context.english)
    }
    func lines(_ text: String, _ style: Style) -> [[Span]] {
      DetailItem.wrappedLines(text, width: context.width, indent: 4, style: style)
    }
    guard let latest = context.history.latest else {
      // No review yet: the whole scale, to score the first one against.
      return ElementScore.levels.flatMap { level in
        description(level).map { lines(s.format("review.level", level, $0), .plain) } ?? []
      }
    }
    guard let score = latest.score(of: id) else {
      let first = description(1).map { s.format("review.level", 1, $0) } ?? ""
      return lines(
        context.state.keyed(s.format("review.notScored", s.date(latest.date), first)), .muted)
    }
    var result: [[Span]] = []
    if let text = description(score.level) {
      result += lines(s.format("review.level", score.level, text), .plain)
    }
    if let next = description(score.level + 1) {
      result += lines(s.format("review.nextLevel", score.level + 1, next), .muted)
    }
    return result
  }
}
