import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The rubric's elements with their levels over the reviews, and what the selected one shows
/// underneath: the description of the level reached, the reviewers' note, the next step.
extension PeerReviewPane {
  /// Element rows under their dimensions, then scores the rubric does not know. `expansions`
  /// receives, by item index from `base`, the lines an element shows when it is selected.
  static func elements(
    _ context: Context, base: Int, expansions: inout [Int: [[Span]]]
  ) -> [DetailItem] {
    let s = context.strings
    let history = context.history
    var items: [DetailItem] = []
    if !history.reviews.isEmpty {
      let dates = history.reviews.map { s.date($0.date) }
      items += [
        .blank,
        .text(
          s.format("review.order", dates.joined(separator: " \(context.glyphs.arrow) ")),
          width: context.width, style: .muted),
      ]
    }
    func add(id: String, name: String, element: RubricElement?) {
      expansions[base + items.count] = expansion(context, id: id, element: element)
      items.append(row(context, id: id, name: name, element: element))
    }
    if let rubric = context.state.rubric {
      for dimension in rubric.dimensions {
        items += [.blank, .heading(dimension.name.text(english: context.english))]
        for element in dimension.elements {
          add(id: element.id, name: element.name.text(english: context.english), element: element)
        }
      }
    }
    let others = history.elementIDs(outside: context.state.rubric)
    if !others.isEmpty {
      items += [
        .blank, .heading(s[context.state.rubric == nil ? "review.scores" : "review.otherScores"]),
      ]
      for id in others { add(id: id, name: id, element: nil) }
    }
    return items
  }

  /// "  Gedeelde visie                  2 → 3": the levels start where the profile's bars do,
  /// oldest first, the latest in bold; older ones give way when the screen is narrow.
  static func row(
    _ context: Context, id: String, name: String, element: RubricElement?
  ) -> DetailItem {
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
    let target = context.history.latest.flatMap { latest in
      latest.score(of: id).map { _ in Target(.score(latest.id, element: id), .level) }
    }
    var item = DetailItem(lines: [spans], target: target, isSelectable: true)
    item.editColumn = context.labelWidth
    return item
  }

  /// What the selected element shows below its row.
  static func expansion(_ context: Context, id: String, element: RubricElement?) -> [[Span]] {
    let s = context.strings
    func description(_ level: Int) -> String? {
      guard let element, element.levels.indices.contains(level - 1) else { return nil }
      return element.levels[level - 1].text(english: context.english)
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
      return description(1).map { lines(s.format("review.notScored", $0), .muted) } ?? []
    }
    var result: [[Span]] = []
    if let text = description(score.level) {
      result += lines(s.format("review.level", score.level, text), .plain)
    }
    if !score.note.allSatisfy(\.isWhitespace) {
      result += lines(s.format("review.note", score.note), .plain)
    }
    if let next = description(score.level + 1) {
      result += lines(s.format("review.nextLevel", score.level + 1, next), .muted)
    }
    return result
  }
}
