import EcowerkModel
import EcowerkStrings

/// Step 1, the why: the challenge and shared vision, the segments, and the failures in the
/// system the partnership answers.
extension ReportBuilder {
  var visionBlocks: [ReportBlock] {
    [
      .heading(field(.challenge)),
      .paragraph(names.orDash(plan.challenge)),
      .heading(field(.vision)),
      .paragraph(names.orDash(plan.vision)),
      .facts([
        ReportFact(field(.targetNewSMEs), names.number(plan.targetNewSMEs)),
        ReportFact(strings["report.segmentTargets"], strings.number(plan.smeTotals.target)),
      ]),
    ]
  }

  var segmentBlocks: [ReportBlock] {
    guard !plan.segments.isEmpty else { return nothingYet }
    return plan.segments.flatMap(segmentBlocks)
  }

  private func segmentBlocks(_ segment: Segment) -> [ReportBlock] {
    var blocks: [ReportBlock] = [
      .heading(names.orUnnamed(segment.name)),
      .facts([
        ReportFact(field(.sector), names.orDash(segment.sector)),
        ReportFact(field(.sizeClass), names.orDash(segment.sizeClass)),
        ReportFact(field(.region), names.orDash(segment.region)),
        ReportFact(field(.smeCount), names.number(segment.smeCount)),
        ReportFact(field(.participating), names.number(segment.participating)),
        ReportFact(strings["report.segmentTarget"], names.number(segment.target)),
      ]),
      .list(title: field(.pains), items: orNone(segment.pains)),
      .list(title: field(.gains), items: orNone(segment.gains)),
    ]
    for kind in BarrierKind.allCases {
      let texts = segment.barriers.filter { $0.kind == kind }.map(\.text)
      blocks.append(.list(title: strings["report.barrier.\(kind.rawValue)"], items: orNone(texts)))
    }
    blocks.append(conversations(segment.conversations))
    if !segment.notes.allSatisfy(\.isWhitespace) {
      blocks.append(.facts([ReportFact(field(.notes), segment.notes)]))
    }
    return blocks
  }

  /// The conversations, captioned with how many were with SMEs outside the partnership: the
  /// method asks for those in particular.
  private func conversations(_ conversations: [Conversation]) -> ReportBlock {
    let outsiders = conversations.filter { !$0.isMember }.count
    let title = strings.format(
      "report.conversations", strings.number(conversations.count), strings.number(outsiders))
    guard !conversations.isEmpty else { return .list(title: title, items: orNone([])) }
    return .table(
      ReportTable(
        title: title,
        columns: [
          .init(field(.date)), .init(field(.counterpart)),
          .init(field(.isMember)), .init(field(.learned)),
        ],
        rows: conversations.map { conversation in
          [
            strings.date(conversation.date).isEmpty ? "–" : strings.date(conversation.date),
            names.orDash(conversation.counterpart), strings.label(conversation.isMember),
            names.orDash(conversation.learned),
          ]
        }))
  }

  var failureBlocks: [ReportBlock] {
    [
      failures(plan.systemFailures, title: strings["report.systemFailures"]),
      failures(plan.transformationFailures, title: strings["report.transformationFailures"]),
    ]
  }

  private func failures(_ failures: [Failure], title: String) -> ReportBlock {
    guard !failures.isEmpty else { return .list(title: title, items: [strings["report.none"]]) }
    return .table(
      ReportTable(
        title: title,
        columns: [.init(field(.description)), .init(field(.actors))],
        rows: failures.map { [names.orDash($0.description), names.orDash($0.actors)] }))
  }

  /// The items, or a single "none" so an empty list still shows that it was looked at.
  func orNone(_ items: [String]) -> [String] {
    let filled = items.filter { !$0.allSatisfy(\.isWhitespace) }
    return filled.isEmpty ? [strings["report.none"]] : filled
  }
}
