import EcowerkModel
import EcowerkStrings

/// Step 2, the peer review: with a rubric, the profile per dimension over the reviews and the
/// latest scores by element; without one, the scores as recorded.
extension ReportBuilder {
  var peerReviewBlocks: [ReportBlock] {
    let reviews = plan.reviews.sorted { $0.date < $1.date }
    guard let rubric else {
      return [.paragraph(strings["report.review.noRubric"])]
        + (reviews.isEmpty ? nothingYet : reviews.flatMap { reviewBlocks($0, rubric: nil) })
    }
    let english = strings.language == .english
    var blocks: [ReportBlock] = [
      .facts([ReportFact(strings["report.review.rubric"], rubric.name.text(english: english))])
    ]
    let note = rubric.note.text(english: english)
    if !note.allSatisfy(\.isWhitespace) { blocks.append(.paragraph(note)) }
    guard let latest = reviews.last else { return blocks + nothingYet }
    blocks += [
      .heading(strings["report.review.profile"]),
      .table(profile(reviews, rubric: rubric)),
      .figure(profileFigure(reviews, rubric: rubric, latest: latest)),
    ]
    return blocks + reviewBlocks(latest, rubric: rubric)
  }

  /// The profile per dimension over the reviews as a picture; in text, the latest review's
  /// levels as bars.
  private func profileFigure(_ reviews: [PeerReview], rubric: Rubric, latest: PeerReview)
    -> ReportFigure
  {
    let english = strings.language == .english
    let dimensions = rubric.dimensions.map { $0.name.text(english: english) }
    let highest = ElementScore.levels.upperBound
    let profile = ReviewProfile(
      dimensions: dimensions,
      reviews: reviews.map { review in
        let levels = rubric.dimensions.map { average(review, $0) }
        return ReviewProfile.Review(
          label: "\(strings.date(review.date)) (\(strings.label(review.phase)))",
          levels: levels, captions: levels.map(oneDecimal))
      },
      highestLevel: highest)
    let description =
      strings["report.review.description"]
      + profile.reviews.map { review in
        review.label + ": "
          + zip(dimensions, review.captions).map { "\($0) \($1)" }.joined(separator: ", ")
      }.joined(separator: "; ")
    let bars = ReportBarChart(
      rows: rubric.dimensions.map { dimension in
        let average = self.average(latest, dimension)
        return ReportBarChart.Row(
          label: dimension.name.text(english: english),
          fractions: [(average ?? 0) / Double(highest)],
          caption: strings.format("report.review.levelOf", oneDecimal(average), highest))
      })
    return ReportFigure(
      title: strings["report.review.profile"], description: description,
      picture: .reviewProfile(profile), fallback: [.bars(bars)])
  }

  /// Average level per dimension (rows) for each review date (columns).
  private func profile(_ reviews: [PeerReview], rubric: Rubric) -> ReportTable {
    let english = strings.language == .english
    return ReportTable(
      columns: [ReportTable.Column(strings["report.review.dimension"])]
        + reviews.map { ReportTable.Column(strings.date($0.date), .right) },
      rows: rubric.dimensions.map { dimension in
        [dimension.name.text(english: english)]
          + reviews.map { oneDecimal(average($0, dimension)) }
      })
  }

  /// The average level of the dimension's elements that were scored, nil when none was.
  private func average(_ review: PeerReview, _ dimension: RubricDimension) -> Double? {
    let levels = dimension.elements.compactMap { review.score(of: $0.id)?.level }
    guard !levels.isEmpty else { return nil }
    return Double(levels.reduce(0, +)) / Double(levels.count)
  }

  private func oneDecimal(_ value: Double?) -> String {
    strings.decimal(value.map { ($0 * 10).rounded() / 10 })
  }

  private func reviewBlocks(_ review: PeerReview, rubric: Rubric?) -> [ReportBlock] {
    let english = strings.language == .english
    var blocks: [ReportBlock] = [
      .heading(
        strings.format(
          "report.review.heading", strings.date(review.date), strings.label(review.phase)))
    ]
    if !review.note.allSatisfy(\.isWhitespace) { blocks.append(.paragraph(review.note)) }
    guard !review.scores.isEmpty else { return blocks + nothingYet }
    // In the rubric's order when there is one, so reviews read the same way every time.
    var scores = review.scores
    if let rubric {
      let order = Dictionary(
        rubric.elements.enumerated().map { ($1.element.id, $0) }, uniquingKeysWith: { a, _ in a })
      scores = scores.enumerated().sorted {
        (order[$0.element.element] ?? Int.max, $0.offset)
          < (order[$1.element.element] ?? Int.max, $1.offset)
      }.map(\.element)
    }
    blocks.append(
      .table(
        ReportTable(
          columns: [
            .init(strings["report.review.element"]), .init(field(.level), .right),
            .init(field(.note)),
          ],
          rows: scores.map { score in
            [
              rubric?.element(score.element)?.name.text(english: english) ?? score.element,
              String(score.level), names.orDash(score.note),
            ]
          })))
    return blocks
  }
}
