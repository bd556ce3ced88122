import EcowerkModel
import EcowerkStrings
import EcowerkText

/// Pane 8: the pilots — "think big, act small and learn fast" — as a list beside the selected
/// pilot's hypothesis, learnings, the pain points it exposed in the cooperation, and the
/// decision taken on it.
enum PilotsPane: MasterDetailPane {
  static func view(_ state: AppState) -> MasterDetail { state.views.pilots }
  static func setView(_ view: MasterDetail, _ state: inout AppState) {
    state.views.pilots = view
  }

  static func rowCount(_ state: AppState) -> Int { state.plan.pilots.count }

  static let masterList = ListRef.pilots
  static let nameField = Field.name
  static let nameColumn = 1

  static func masterRef(_ state: AppState, row: Int) -> EntityRef? {
    state.plan.pilots.indices.contains(row) ? .pilot(state.plan.pilots[row].id) : nil
  }

  /// Flag, name, status, period, decision; the period goes first when the list is narrow, as
  /// the detail shows both dates anyway.
  static func columns(_ state: AppState) -> [MasterList.Column] {
    let s = state.strings
    func width(_ title: String, _ values: [String]) -> Int {
      ([title] + values).map { DisplayWidth.of($0) }.max() ?? 1
    }
    let status = s["pilots.column.status"]
    let period = s["pilots.column.period"]
    let decision = s["pilots.column.decision"]
    return [
      MasterList.Column(title: "", width: 1),
      MasterList.Column(title: s["pilots.column.name"], width: 10, isFlexible: true),
      MasterList.Column(
        title: status, width: width(status, PilotStatus.allCases.map { s.label($0) })),
      MasterList.Column(
        title: period, width: width(period, state.plan.pilots.map { self.period($0, s) }),
        dropOrder: 2),
      MasterList.Column(
        title: decision, width: width(decision, PilotDecision.allCases.map { s.label($0) }),
        dropOrder: 1),
    ]
  }

  static func cells(_ state: AppState, rows: Range<Int>) -> [[Span]] {
    let s = state.strings
    let today = state.settings.today
    let warning = String(state.settings.glyphs.warning)
    return rows.map { row in
      let pilot = state.plan.pilots[row]
      return [
        needsLearnings(pilot, today: today)
          ? Span(warning, .colored(.warning, bold: true)) : Span(""),
        pilot.name.isEmpty ? Span(s["pilots.unnamed"], .muted) : Span(pilot.name),
        Span(s.label(pilot.status), statusStyle(pilot.status)),
        Span(period(pilot, s)),
        pilot.decision.map { Span(s.label($0), decisionStyle($0)) } ?? Span("–", .muted),
      ]
    }
  }

  static func searchTexts(_ state: AppState) -> [String] {
    state.plan.pilots.map { pilot in
      ([pilot.name, pilot.hypothesis] + pilot.learnings + pilot.painPoints.map(\.text))
        .joined(separator: " ")
    }
  }

  static func emptyItems(_ state: AppState, width: Int) -> [DetailItem] {
    [.heading(state.strings["pane.pilots"]), .text(state.strings["pilots.empty"], width: width)]
  }

  /// How many pilots are planned, running and finished, and what the warning mark means.
  static func footer(_ state: AppState) -> [MasterList.FooterLine] {
    let s = state.strings
    let pilots = state.plan.pilots
    let counts = PilotStatus.allCases.compactMap { status -> String? in
      let count = pilots.filter { $0.status == status }.count
      return count > 0 ? "\(count) \(s.label(status))" : nil
    }
    var lines: [MasterList.FooterLine] = [
      .text([Span(counts.joined(separator: " · "), .muted)])
    ]
    if pilots.contains(where: { needsLearnings($0, today: state.settings.today) }) {
      lines.append(
        .text([
          Span(String(state.settings.glyphs.warning), .colored(.warning, bold: true)),
          Span(" " + s["pilots.legendLearnings"], .muted),
        ]))
    }
    return lines
  }

  /// A pilot that is over — finished, or past its end date — without a single learning: the
  /// learnings are what a pilot is for, so the pane flags it in the list and the detail.
  static func needsLearnings(_ pilot: Pilot, today: CalendarDate) -> Bool {
    guard pilot.learnings.isEmpty else { return false }
    if pilot.status == .finished { return true }
    guard let end = pilot.end else { return false }
    return end < today
  }

  /// Start and end as month and year, short enough for the list: `9-2025–3-2026`.
  static func period(_ pilot: Pilot, _ s: Strings) -> String {
    func month(_ date: CalendarDate?) -> String {
      guard let date else { return "?" }
      return s.language == .dutch
        ? "\(date.month)-\(date.year)" : String(date.description.prefix(7))
    }
    guard pilot.start != nil || pilot.end != nil else { return "–" }
    return "\(month(pilot.start))–\(month(pilot.end))"
  }

  /// Colour adds to the status text, never replaces it.
  static func statusStyle(_ status: PilotStatus) -> Style {
    switch status {
    case .planned: return .muted
    case .running: return .colored(.accent)
    case .finished: return .plain
    }
  }

  static func decisionStyle(_ decision: PilotDecision) -> Style {
    switch decision {
    case .scaleUp: return .colored(.good, bold: true)
    case .adjust: return .colored(.warning)
    case .stop: return .colored(.bad)
    }
  }
}
