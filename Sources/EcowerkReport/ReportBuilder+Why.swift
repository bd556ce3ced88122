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
    var facts = [
      ReportFact(field(.sector), names.orDash(segment.sector)),
      ReportFact(field(.sizeClass), names.orDash(segment.sizeClass)),
      ReportFact(field(.region), names.orDash(segment.region)),
      ReportFact(field(.smeCount), names.number(segment.smeCount)),
      ReportFact(field(.participatingAtStart), names.number(segment.participatingAtStart)),
      ReportFact(field(.reachedSinceStart), names.number(segment.reachedSinceStart)),
      ReportFact(strings["report.segmentTarget"], names.number(segment.target)),
    ]
    // The other ends of the links to the segment: the impact goals and business models that
    // serve it.
    if let nodes = links.nodesBySegment[segment.id] {
      facts.append(ReportFact(strings["link.servedBy"], names.list(nodes.map(names.node))))
    }
    if let models = links.modelsBySegment[segment.id] {
      facts.append(
        ReportFact(strings["link.businessModels"], names.list(models.map(names.businessModel))))
    }
    var blocks: [ReportBlock] = [
      .heading(names.orUnnamed(segment.name)),
      .facts(facts),
      .list(title: field(.pains), items: answered(segment.pains.map { ($0.id.rawValue, $0.text) })),
      .list(title: field(.gains), items: answered(segment.gains.map { ($0.id.rawValue, $0.text) })),
    ]
    for kind in BarrierKind.allCases {
      let barriers = segment.barriers.filter { $0.kind == kind }.map { ($0.id.rawValue, $0.text) }
      blocks.append(
        .list(title: strings["report.barrier.\(kind.rawValue)"], items: answered(barriers)))
    }
    blocks.append(conversations(segment.conversations))
    if !segment.notes.allSatisfy(\.isWhitespace) {
      blocks.append(.facts([ReportFact(field(.notes), segment.notes)]))
    }
    return blocks
  }

  /// Each pain, gain or barrier with the propositions that answer it, and how: step 2 read
  /// from the needs of step 1.
  private func answered(_ needs: [(id: String, text: String)]) -> [String] {
    let filled = needs.filter { !$0.text.allSatisfy(\.isWhitespace) }
    guard !filled.isEmpty else { return [strings["report.none"]] }
    return filled.map { need in
      let answers = links.answers(to: need.id)
      guard !answers.isEmpty else { return "\(need.text) — \(strings["answeredBy.none"])" }
      let byAnswer = PlanLinks.Answer.allCases.compactMap { answer -> String? in
        let propositions = answers.filter { $0.answer == answer }.map {
          names.proposition($0.proposition)
        }
        guard !propositions.isEmpty else { return nil }
        return strings.format("answeredBy.\(answer.rawValue)", names.list(propositions))
      }
      return "\(need.text) — \(byAnswer.joined(separator: "; "))"
    }
  }

  /// The conversations, captioned with how many were with SMEs outside the partnership: the
  /// method asks for those in particular.
  private func conversations(_ conversations: [Conversation]) -> ReportBlock {
    let outsiders = conversations.filter { $0.membership == .nonMember }.count
    let title = strings.format(
      "report.conversations", strings.number(conversations.count), strings.number(outsiders))
    guard !conversations.isEmpty else { return .list(title: title, items: orNone([])) }
    return .table(
      ReportTable(
        title: title,
        columns: [
          .init(field(.date)), .init(field(.counterpart)),
          .init(field(.membership)), .init(field(.learned)),
        ],
        rows: conversations.map { conversation in
          [
            strings.date(conversation.date).isEmpty ? "–" : strings.date(conversation.date),
            names.orDash(conversation.counterpart), strings.label(conversation.membership),
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

  /// The failures with who is concerned (and, for a system failure, the missing or weak
  /// interaction) and what addresses them: propositions, partners, Theory of Change nodes.
  private func failures(_ failures: [Failure], title: String) -> ReportBlock {
    guard !failures.isEmpty else { return .list(title: title, items: [strings["report.none"]]) }
    return .table(
      ReportTable(
        title: title,
        columns: [
          .init(field(.description)), .init(field(.actors)), .init(strings["link.addressedBy"]),
        ],
        rows: failures.map { failure in
          [names.orDash(failure.description), actors(of: failure), addressing(failure)]
        }))
  }

  private func actors(of failure: Failure) -> String {
    var parts: [String] = []
    if !failure.actors.allSatisfy(\.isWhitespace) { parts.append(failure.actors) }
    let parties = failure.parties.map(names.stakeholder)
    if !parties.isEmpty { parts.append(parties.joined(separator: ", ")) }
    if let interaction = failure.interaction {
      parts.append(
        strings.format(
          "link.interaction", strings.label(interaction),
          names.list(failure.between.map(names.stakeholder))))
    }
    return parts.isEmpty ? "–" : parts.joined(separator: "; ")
  }

  private func addressing(_ failure: Failure) -> String {
    let parts =
      failure.propositions.map(names.proposition) + failure.partners.map(names.stakeholder)
      + (links.nodesByFailure[failure.id] ?? []).map {
        strings.format("link.node", names.node($0))
      }
    return parts.isEmpty ? strings["link.notAddressed"] : parts.joined(separator: ", ")
  }

  /// The items, or a single "none" so an empty list still shows that it was looked at.
  func orNone(_ items: [String]) -> [String] {
    let filled = items.filter { !$0.allSatisfy(\.isWhitespace) }
    return filled.isEmpty ? [strings["report.none"]] : filled
  }
}
