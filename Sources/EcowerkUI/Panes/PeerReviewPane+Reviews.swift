import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The reviews under the elements, oldest first: per review its date, phase and note, each a
/// line to edit, and the latest marked as the one the levels above are scored in.
extension PeerReviewPane {
  static func reviewList(_ context: Context, into layout: inout Layout) {
    let s = context.strings
    let plan = context.state.plan
    let reviews = context.history.reviews
    layout.items += [.blank, .heading(s.format("review.reviews", reviews.count))]
    guard !reviews.isEmpty else {
      // Selectable, so that `a` here adds the first review.
      layout.roles[layout.items.count] = .noReviews
      layout.items.append(
        DetailItem.block(
          context.state.keyed(
            s.format(
              "review.addFirst", s.date(context.state.settings.today), s.label(plan.phase))),
          width: context.width, indent: 2, style: .muted
        ).inList(.reviews, at: nil))
      return
    }
    let positions = Dictionary(
      plan.reviews.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let labels = [Field.phase, .note].map { DisplayWidth.of(s.label($0)) }.max() ?? 10
    for review in reviews {
      let ref = EntityRef.review(review.id)
      var date = DetailItem.row(
        [
          Span(s.date(review.date), Style(bold: true)),
          Span(
            review.id == context.history.latest?.id ? "  " + s["review.latestMarker"] : "",
            .muted),
        ], target: Target(ref, .date))
      date.editColumn = 0
      let note = review.note.allSatisfy(\.isWhitespace) ? s["review.noNote"] : review.note
      let items: [DetailItem] = [
        date,
        .field(
          s.label(Field.phase), s.label(review.phase), width: context.width, labelWidth: labels,
          target: Target(ref, .phase), indent: 2),
        .field(
          s.label(Field.note), note, width: context.width, labelWidth: labels,
          target: Target(ref, .note), style: note == review.note ? .plain : .muted, indent: 2),
      ]
      for item in items {
        layout.roles[layout.items.count] = .review(review.id)
        layout.items.append(item.inList(.reviews, at: positions[review.id]))
      }
    }
  }
}
