import EcowerkModel
import EcowerkStrings

/// Pane 1: the plan's why — challenge, vision, phase — its system and transformation failures,
/// and the plan at a glance.
enum OverviewPane: DetailPane {
  static func cursor(_ state: AppState) -> ListCursor { state.views.overview }
  static func setCursor(_ cursor: ListCursor, _ state: inout AppState) {
    state.views.overview = cursor
  }

  static func items(_ state: AppState, width: Int) -> [DetailItem] {
    let plan = state.plan
    let s = state.strings
    let labelWidth = min(24, max(10, width / 4))
    func field(_ field: Field, _ value: String, style: Style = .plain) -> DetailItem {
      .field(
        s.label(field), value, width: width, labelWidth: labelWidth,
        target: Target(.plan, field), style: style)
    }
    var items: [DetailItem] = [
      .heading(s["overview.plan"]),
      field(.name, plan.name, style: Style(bold: true)),
      field(.region, plan.region),
      field(.challenge, plan.challenge),
      field(.vision, plan.vision),
      field(.phase, s.label(plan.phase)),
      .text(phaseGuidance(plan.phase, s), width: width, style: .muted, indent: labelWidth + 1),
      field(.startYear, String(plan.startYear)),
      field(
        .horizonYears,
        s.format(
          "overview.horizon", plan.horizonYears, plan.horizon.lowerBound, plan.horizon.upperBound)),
      field(.targetNewSMEs, plan.targetNewSMEs.map { s.number($0) } ?? "–"),
      .blank,
      // Who orchestrates is a flag in the stakeholder field; how it works is written here.
      .heading(s["link.orchestration"]),
      field(
        .orchestrationMandate, orDash(plan.orchestrationMandate),
        style: muted(plan.orchestrationMandate)),
      field(.decisionMaking, orDash(plan.decisionMaking), style: muted(plan.decisionMaking)),
      field(
        .orchestrationFunding, orDash(plan.orchestrationFunding),
        style: muted(plan.orchestrationFunding)),
      field(.jointValue, orDash(plan.jointValue), style: muted(plan.jointValue)),
      .blank,
      .heading(s["overview.systemFailures"]),
    ]
    items += failures(plan.systemFailures, .systemFailures, width: width, state) {
      .systemFailure($0)
    }
    items += [.blank, .heading(s["overview.transformationFailures"])]
    items += failures(plan.transformationFailures, .transformationFailures, width: width, state) {
      .transformationFailure($0)
    }
    items += [.blank, .heading(s["overview.glance"])]
    items += glance(state, width: width, labelWidth: labelWidth)
    return items
  }

  /// Each failure as its description and, under it, the actors concerned: two lines, each a
  /// field to edit; `a` adds one, also from the line that says there are none yet.
  static func failures(
    _ failures: [Failure], _ list: ListRef, width: Int, _ state: AppState,
    ref: (FailureID) -> EntityRef
  ) -> [DetailItem] {
    let s = state.strings
    let links = LinkedFrom.links(state)
    guard !failures.isEmpty else {
      return [
        DetailItem.text(state.keyed(s["overview.none"]), width: width, style: .muted, indent: 2)
          .inList(list, at: nil)
      ]
    }
    var items: [DetailItem] = []
    for (position, failure) in failures.enumerated() {
      items.append(
        DetailItem.bullet(
          failure.description.isEmpty ? "–" : failure.description, width: width,
          glyphs: state.settings.glyphs, target: Target(ref(failure.id), .description)
        ).inList(list, at: position))
      items.append(
        DetailItem.bullet(
          failure.actors.isEmpty ? s["overview.noActors"] : failure.actors, width: width,
          target: Target(ref(failure.id), .actors), style: .muted, indent: 4,
          bullet: s["overview.actors"] + " "
        ).inList(list, at: position))
      // What the approach aims at it: the links of the failure, each a pick list.
      var fields: [Field] = [.parties, .propositions, .partners]
      if list == .systemFailures { fields += [.between, .interaction] }
      for field in fields {
        let value = state.plan.value(of: field, at: ref(failure.id)) ?? .references([])
        let text = ValueText.describe(
          value, field, on: ref(failure.id), plan: state.plan, strings: s)
        items.append(
          DetailItem.bullet(
            text, width: width, target: Target(ref(failure.id), field), style: .muted,
            indent: 4, bullet: s.label(field) + ": "
          ).inList(list, at: position))
      }
      items.append(
        LinkedFrom.line(LinkedFrom.failure(failure.id, links, s), s, width: width, indent: 4))
    }
    return items
  }

  static func orDash(_ text: String) -> String { text.allSatisfy(\.isWhitespace) ? "–" : text }
  static func muted(_ text: String) -> Style { text.allSatisfy(\.isWhitespace) ? .muted : .plain }

  /// What the method says the partnership needs before it moves on to the next phase.
  static func phaseGuidance(_ phase: Phase, _ s: Strings) -> String {
    guard let next = phase.next else { return s["phase.next.verduurzamen"] }
    return s.format("overview.nextPhase", s.label(next), s["phase.next.\(phase.rawValue)"])
  }

  static func glance(_ state: AppState, width: Int, labelWidth: Int) -> [DetailItem] {
    let plan = state.plan
    let s = state.strings
    let totals = plan.smeTotals
    let uncovered = plan.uncoveredChainLinks.map(\.name)
    let orchestrators = plan.orchestrators.map(\.name)
    let verdict = plan.ngfVerdict
    func row(_ label: String, _ value: String, _ style: Style = .plain) -> DetailItem {
      .field(label, value, width: width, labelWidth: labelWidth, style: style)
    }
    // How the MVE and the bowling alley grew, once the plan keeps dates: a year at a time,
    // and who left.
    var history: [DetailItem] = []
    let growth = plan.growth(through: state.settings.today)
    if !growth.isEmpty {
      history.append(
        row(
          s["overview.growth"],
          growth.map {
            s.format("overview.growthYear", String($0.year), $0.partners, $0.segments)
          }.joined(separator: " · ")))
    }
    let former = plan.formerPartners
    if !former.isEmpty {
      history.append(
        row(
          s["overview.former"],
          former.map { partner in
            partner.name + (partner.left.map { " (" + s.date($0) + ")" } ?? "")
          }.joined(separator: ", "), .muted))
    }
    let rows: [DetailItem] = [
      row(
        s["overview.segments"],
        s.format(
          "overview.segmentsValue", plan.segments.count, s.number(totals.reached),
          s.number(totals.target), s.number(totals.atStart))),
      row(
        s["overview.stakeholders"],
        s.format("overview.stakeholdersValue", plan.stakeholders.count, plan.mveMembers.count)),
      row(
        s["overview.orchestrator"],
        orchestrators.isEmpty
          ? s["overview.noOrchestrator"] : orchestrators.joined(separator: ", "),
        orchestrators.count == 1 ? .plain : .colored(.warning, bold: true)),
      // "Every link covered" only when there are links to cover.
      plan.chainLinks.isEmpty
        ? row(s["overview.uncovered"], s["overview.noLinks"], .colored(.warning))
        : row(
          s["overview.uncovered"],
          uncovered.isEmpty ? s["overview.allCovered"] : uncovered.joined(separator: ", "),
          uncovered.isEmpty ? .colored(.good) : .colored(.warning, bold: true)),
      row(
        s["overview.ngf"],
        verdict.standsAlone
          ? s.format("overview.standsAlone", verdict.lastYear)
          : s.format("overview.needsNGF", verdict.lastYear),
        verdict.standsAlone ? .colored(.good) : .colored(.bad, bold: true)),
    ]
    return rows + history
  }
}
