import EcowerkModel
import EcowerkStrings
import EcowerkText

/// Pane 2: the SME segments — "the SME does not exist" — as a list beside the selected
/// segment's profile, numbers, pains and gains, barriers, conversations, propositions and
/// ambassadors.
enum SegmentsPane: MasterDetailPane {
  static func view(_ state: AppState) -> MasterDetail { state.views.segments }
  static func setView(_ view: MasterDetail, _ state: inout AppState) {
    state.views.segments = view
  }

  static func rowCount(_ state: AppState) -> Int { state.plan.segments.count }

  static let masterList = ListRef.segments
  static let nameField = Field.name
  static let nameColumn = 2

  static func masterRef(_ state: AppState, row: Int) -> EntityRef? {
    state.plan.segments.indices.contains(row) ? .segment(state.plan.segments[row].id) : nil
  }

  /// Flag, position, name, SMEs, taking part, target. The numbers are as wide as the totals
  /// under them need, so a plan of small segments leaves the name more room.
  static func columns(_ state: AppState) -> [MasterList.Column] {
    let s = state.strings
    let totals = state.plan.smeTotals
    func width(_ title: String, _ largest: Int) -> Int {
      max(DisplayWidth.of(title), DisplayWidth.of(s.number(largest)))
    }
    let position = s["segments.column.position"]
    let smes = s["segments.column.smes"]
    let reached = s["segments.column.reached"]
    let target = s["segments.column.target"]
    let lastPosition = state.plan.segments.lazy.compactMap(\.alleyPosition).max() ?? 0
    return [
      MasterList.Column(title: "", width: 1),
      MasterList.Column(
        title: position, width: width(position, lastPosition), alignment: .right, dropOrder: 2),
      MasterList.Column(title: s["segments.column.name"], width: 10, isFlexible: true),
      MasterList.Column(
        title: smes, width: width(smes, totals.count), alignment: .right, dropOrder: 3),
      MasterList.Column(
        title: reached, width: width(reached, totals.reached), alignment: .right, dropOrder: 1),
      MasterList.Column(
        title: target,
        width: width(target, max(totals.target, state.plan.targetNewSMEs ?? 0)),
        alignment: .right),
    ]
  }

  static func cells(_ state: AppState, rows: Range<Int>) -> [[Span]] {
    let s = state.strings
    let plan = state.plan
    let warning = String(state.settings.glyphs.warning)
    func number(_ value: Int?) -> Span {
      value.map { Span(s.number($0)) } ?? Span("–", .muted)
    }
    // Positions by id, built once for all visible rows rather than a search per ambassador.
    var positions: [SegmentID: Int]?
    var result: [[Span]] = []
    result.reserveCapacity(rows.count)
    for segment in plan.segments[rows] {
      var flagged = false
      if segment.alleyPosition ?? 0 > 1 {
        let index =
          positions
          ?? Dictionary(
            plan.segments.compactMap { segment in segment.alleyPosition.map { (segment.id, $0) } },
            uniquingKeysWith: { first, _ in first })
        positions = index
        flagged = needsAmbassador(segment) { index[$0] }
      }
      result.append([
        flagged ? Span(warning, .colored(.warning, bold: true)) : Span(""),
        segment.alleyPosition.map { Span(String($0)) } ?? Span("–", .muted),
        segment.name.isEmpty ? Span(s["segments.unnamed"], .muted) : Span(segment.name),
        number(segment.smeCount),
        number(segment.reachedSinceStart),
        number(segment.target),
      ])
    }
    return result
  }

  static func searchTexts(_ state: AppState) -> [String] {
    state.plan.segments.map { segment in
      ([segment.name, segment.sector, segment.region] + segment.pains.map(\.text)
        + segment.gains.map(\.text) + segment.barriers.map(\.text)).joined(separator: " ")
    }
  }

  static func emptyItems(_ state: AppState, width: Int) -> [DetailItem] {
    [
      .heading(state.strings["pane.segments"]),
      .text(state.strings["segments.empty"], width: width),
    ]
  }

  /// The segments' totals, the plan's own target when it is set — the segments' targets
  /// should add up to it — and what the warning mark means.
  static func footer(_ state: AppState) -> [MasterList.FooterLine] {
    let s = state.strings
    let plan = state.plan
    let totals = plan.smeTotals
    let bold = Style(bold: true)
    let warning = state.settings.glyphs.warning
    var lines: [MasterList.FooterLine] = [
      .cells([
        Span(""), Span(""), Span(s["segments.total"], bold), Span(s.number(totals.count), bold),
        Span(s.number(totals.reached), bold), Span(s.number(totals.target), bold),
      ])
    ]
    if let planTarget = plan.targetNewSMEs {
      let matches = planTarget == totals.target
      let style = matches ? Style.muted : .colored(.warning, bold: true)
      lines.append(
        .cells([
          matches ? Span("") : Span(String(warning), style), Span(""),
          Span(s["segments.planTarget"], style), Span(""), Span(""),
          Span(s.number(planTarget), style),
        ]))
    }
    if plan.segments.contains(where: { needsAmbassador($0, in: plan) }) {
      lines.append(
        .text([
          Span(String(warning), .colored(.warning, bold: true)),
          Span(" " + s["segments.legendAmbassador"], .muted),
        ]))
    }
    return lines
  }

  /// Whether a segment further down the bowling alley lacks an ambassador from an earlier
  /// segment — the lever for scale the method relies on.
  static func needsAmbassador(_ segment: Segment, in plan: Plan) -> Bool {
    needsAmbassador(segment) { id in plan.segment(id)?.alleyPosition }
  }

  /// The same, with the other segments' positions looked up by `position`.
  static func needsAmbassador(_ segment: Segment, position: (SegmentID) -> Int?) -> Bool {
    guard let own = segment.alleyPosition, own > 1 else { return false }
    return !segment.ambassadors.contains { id in
      guard let earlier = position(id) else { return false }
      return earlier < own
    }
  }
}
