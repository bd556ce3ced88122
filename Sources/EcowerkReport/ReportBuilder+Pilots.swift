import EcowerkModel
import EcowerkStrings

/// Step 3, learning and scaling: the pilots with what they taught, and the bowling alley of
/// segments served one after the other.
extension ReportBuilder {
  var pilotBlocks: [ReportBlock] {
    guard !plan.pilots.isEmpty else { return nothingYet }
    return plan.pilots.flatMap { pilot -> [ReportBlock] in
      [
        .heading(names.orUnnamed(pilot.name)),
        .facts([
          ReportFact(field(.hypothesis), names.orDash(pilot.hypothesis)),
          ReportFact(field(.segment), names.segment(pilot.segment)),
          ReportFact(field(.proposition), names.proposition(pilot.proposition)),
          ReportFact(strings["report.period"], names.period(pilot.start, pilot.end)),
          ReportFact(field(.status), strings.label(pilot.status)),
          ReportFact(
            field(.decision),
            pilot.decision.map(strings.label) ?? strings["report.pilot.noDecision"]),
          ReportFact(strings["report.pilot.verdict"], verdict(pilot)),
        ]),
        .list(
          title: strings["report.pilot.verdict"],
          items: orNone(pilot.criteria.map(criterionText))),
        .list(title: field(.learnings), items: orNone(pilot.learnings)),
        .list(
          title: strings["report.pilot.painPoints"],
          items: orNone(
            pilot.painPoints.map { "\(strings.label($0.kind)): \(names.orDash($0.text))" })),
      ]
    }
  }

  /// Segments in alley order with the propositions that serve them and the earlier segments
  /// that act as their ambassadors; segments not yet placed follow as a list.
  var bowlingAlleyBlocks: [ReportBlock] {
    let placed = plan.segments.enumerated()
      .compactMap { entry in entry.element.alleyPosition.map { ($0, entry.offset, entry.element) } }
      .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
      .map(\.2)
    let unplaced = plan.segments.filter { $0.alleyPosition == nil }
    // Which propositions serve each segment, gathered once rather than searched per segment.
    var served: [SegmentID: [String]] = [:]
    for proposition in plan.propositions {
      for segment in Set(proposition.segments) {
        served[segment, default: []].append(names.orUnnamed(proposition.name))
      }
    }
    var blocks: [ReportBlock] = [.paragraph(strings["report.alley.intro"])]
    if placed.isEmpty {
      blocks += nothingYet
    } else {
      blocks.append(.figure(alleyFigure(placed, served: served)))
      blocks.append(
        .table(
          ReportTable(
            columns: [
              .init(strings["report.alley.position"], .right), .init(field(.segment)),
              .init(strings["report.alley.propositions"]), .init(field(.ambassadors)),
            ],
            rows: placed.map { segment in
              [
                names.number(segment.alleyPosition), names.orUnnamed(segment.name),
                names.list(served[segment.id] ?? []),
                names.list(segment.ambassadors.map(names.segment)),
              ]
            })))
    }
    if !unplaced.isEmpty {
      blocks.append(
        .list(
          title: strings["report.alley.unplaced"],
          items: unplaced.map { names.orUnnamed($0.name) }))
    }
    return blocks + growthBlocks
  }

  /// The alley as a sequence of boxes, one per placed segment, in order.
  private func alleyFigure(_ placed: [Segment], served: [SegmentID: [String]]) -> ReportFigure {
    let steps = placed.map { segment in
      let propositions = served[segment.id] ?? []
      let ambassadors = segment.ambassadors.map(names.segment)
      return AlleySequence.Step(
        position: names.number(segment.alleyPosition), segment: names.orUnnamed(segment.name),
        propositions: propositions.isEmpty
          ? "" : strings.format("report.alley.propositionsLine", names.list(propositions)),
        ambassadors: ambassadors.isEmpty
          ? "" : strings.format("report.alley.ambassadorsLine", names.list(ambassadors)))
    }
    let description = steps.map { step in
      ([step.position + ". " + step.segment, step.propositions, step.ambassadors]
        .filter { !$0.isEmpty }).joined(separator: " — ")
    }.joined(separator: "; ")
    return ReportFigure(
      title: strings["report.alley.sequence"], description: description,
      picture: .bowlingAlley(AlleySequence(steps: steps)))
  }
}
